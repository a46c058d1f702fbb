import DLC
import DLCTestSupport
import Foundation
import Testing

@Suite struct TargetTests {
    func cifar() throws -> Graph {
        var graph = try SwiftGraphFile.load("\(packageRoot)/examples/cifar10_cnn.swiftgraph")
        graph.initializeWeights()
        return graph
    }

    func assembly(_ graph: Graph, target: CodegenTarget) throws -> String {
        let directory = try makeTemporaryDirectory()
        try ModelCompiler.compile(graph, options: CompileOptions(target: target), to: ArtifactPaths(assembly: "\(directory)/m.s"))
        return try String(contentsOfFile: "\(directory)/m.s", encoding: .utf8)
    }

    /// The convolutions use the widest vectors the host has: zmm with AVX-512, ymm with AVX2.
    @Test func hostCodeUsesTheHostsVectorWidth() throws {
        let host = try CodegenTarget.host()
        try #require(host.isX86, "this check is for x86-64 hosts")
        let text = try assembly(cifar(), target: host)
        let enabled = Set(host.features.split(separator: ",").filter { $0.hasPrefix("+") }.map { $0.dropFirst() })
        if enabled.contains("avx512f") {
            #expect(text.contains("zmm"), "AVX-512 host: expected zmm registers")
            #expect(text.contains("vfmadd"))
        } else if enabled.contains("avx2") {
            #expect(text.contains("ymm"), "AVX2 host: expected ymm registers")
            #expect(text.contains("vfmadd"))
            #expect(!text.contains("zmm"))
        } else {
            #expect(text.contains("xmm"))
        }
    }

    /// Compiling for x86-64-v4 (as LLVM 14 should for a Zen 5 it calls generic) gives zmm code
    /// whatever the host is.
    @Test func avx512LevelEmitsZmm() throws {
        let v4 = "+avx512f,+avx512bw,+avx512cd,+avx512dq,+avx512vl,+avx2,+avx,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe"
        let target = try CodegenTarget(triple: "x86_64-pc-linux-gnu", cpu: CodegenTarget.x86Level(features: v4 + ",+cx16,+sahf,+popcnt,+sse3,+sse4.1,+sse4.2,+ssse3,+xsave"),
                                       features: v4)
        #expect(target.cpu == "x86-64-v4")
        let text = try assembly(cifar(), target: target)
        #expect(text.contains("zmm"))
        #expect(text.contains("vfmadd231ps\t%zmm") || text.contains("vfmadd213ps\t%zmm") || text.contains("vfmadd132ps\t%zmm"))
    }

    /// A CPU named without features gets that CPU's vector width, whatever the host has.
    @Test func aCPUAloneBringsItsOwnFeatures() throws {
        let triple = "x86_64-pc-linux-gnu"
        #expect(try CodegenTarget(triple: triple, cpu: "x86-64-v3").floatLanes == 8)
        #expect(try CodegenTarget(triple: triple, cpu: "haswell").floatLanes == 8)
        #expect(try CodegenTarget(triple: triple, cpu: "skylake-avx512").floatLanes == 16)
        #expect(try CodegenTarget(triple: triple, cpu: "x86-64").floatLanes == 4)
        #expect(try CodegenTarget(triple: triple, cpu: "x86-64-v4", features: "+avx2,+fma,-avx512f").floatLanes == 8)
        // The register file: zmm0–31 with AVX-512, ymm/xmm0–15 otherwise; v0–31 on AArch64.
        #expect(try CodegenTarget(triple: triple, cpu: "skylake-avx512").vectorRegisters == 32)
        #expect(try CodegenTarget(triple: triple, cpu: "x86-64-v3").vectorRegisters == 16)
        #expect(try CodegenTarget(triple: triple, cpu: "x86-64").vectorRegisters == 16)
        #expect(try CodegenTarget(triple: "aarch64-linux-gnu", cpu: "generic").vectorRegisters == 32)
    }

    /// `dlc compile --cpu x86-64-v3` without `--features` emits no AVX-512 on any host (it used to
    /// take the host's features and die with SIGILL on AVX2 machines).
    @Test func compileForAnAVX2CPUEmitsNoZmm() throws {
        let directory = try makeTemporaryDirectory()
        let result = try dlc("compile", "\(packageRoot)/examples/lenet.swiftgraph", "--cpu", "x86-64-v3",
                             "--emit-asm", "\(directory)/m.s", "-o", "\(directory)/m.so")
        #expect(result.status == 0, "\(result.standardError)")
        let text = try String(contentsOfFile: "\(directory)/m.s", encoding: .utf8)
        #expect(text.contains("vfmadd") && text.contains("ymm"))
        #expect(!text.contains("zmm"))
    }

    /// An aarch64 object is produced even though it cannot run here.
    @Test func crossCompilesAnAArch64Object() throws {
        let directory = try makeTemporaryDirectory()
        let result = try dlc("compile", "\(packageRoot)/examples/lenet.swiftgraph", "--target", "aarch64-linux-gnu",
                             "--emit-obj", "\(directory)/lenet.o", "--emit-asm", "\(directory)/lenet.s")
        #expect(result.status == 0, "\(result.standardError)")
        let object = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/lenet.o"))
        #expect(Array(object.prefix(4)) == [0x7F, 0x45, 0x4C, 0x46], "an ELF file")
        #expect(object[18] == 183 && object[19] == 0, "e_machine is EM_AARCH64")
        let text = try String(contentsOfFile: "\(directory)/lenet.s", encoding: .utf8)
        #expect(text.contains("fmla"), "NEON fused multiply-adds")
    }
}
