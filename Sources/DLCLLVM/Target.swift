import CLLVM
import DLCGraph

/// What code is generated for: an LLVM target triple, a CPU and a feature string.
///
/// ```swift
/// let host = try CodegenTarget.host()
/// print(host)   // x86_64-pc-linux-gnu cpu=x86-64-v4 features=+avx512f,...
/// let arm = try CodegenTarget(triple: "aarch64-linux-gnu", cpu: "generic")
/// ```
public struct CodegenTarget: Hashable, Sendable, CustomStringConvertible {
    /// The LLVM target triple (`x86_64-pc-linux-gnu`).
    public let triple: String
    /// The CPU the code is tuned for (`znver3`, `x86-64-v3`).
    public let cpu: String
    /// Empty: the CPU's own features.
    public let features: String

    /// A target from a triple, a CPU and LLVM features; fails for a target LLVM does not know.
    public init(triple: String, cpu: String = "generic", features: String = "") throws(DLCError) {
        LLVM.initializeTargets()
        var target: LLVMTargetRef?
        var message: UnsafeMutablePointer<CChar>?
        if LLVMGetTargetFromTriple(triple, &target, &message) != 0 {
            let detail = takeMessage(message)
            throw DLCError("unsupported target '\(triple)': \(detail)")
        }
        // LLVM warns about a CPU it does not know, builds a subtarget with no features at all, and
        // aborts later (an x86-64 subtarget without 64-bit mode).
        guard dlc_llvm_cpu_is_known(triple, cpu) == 1 else {
            throw DLCError("unknown CPU '\(cpu)' for \(triple); give a CPU LLVM knows (for x86-64: x86-64-v2, x86-64-v3, "
                           + "x86-64-v4, haswell, skylake-avx512, znver3, ...; `llc -mcpu=help` lists them)")
        }
        // x86-64 code cannot be made without 64-bit mode, and its calling convention returns
        // floats in SSE registers: LLVM aborts on features that turn these off.
        let required = ["64bit", "sse", "sse2"]
        if triple.hasPrefix("x86_64"), let removed = features.split(separator: ",").first(where: { $0.hasPrefix("-") && required.contains(String($0.dropFirst())) }) {
            throw DLCError("--features \(removed): x86-64 code needs \(required.joined(separator: ", ")); they cannot be turned off")
        }
        self.triple = triple
        self.cpu = cpu
        self.features = features
        floatLanes = features.isEmpty && triple.hasPrefix("x86_64")
            ? try Self.probeFloatLanes(triple: triple, cpu: cpu)
            : Self.floatLanes(triple: triple, features: features)
    }

    /// The machine dlc runs on. LLVM names the CPU when it knows it; when it says `generic`
    /// (LLVM 14 on AMD Zen 5, for instance) the best x86-64 micro-architecture level the
    /// features allow is chosen instead, so code never silently targets baseline x86-64.
    public static func host() throws(DLCError) -> CodegenTarget {
        let triple = takeMessage(LLVMGetDefaultTargetTriple())
        let reportedCPU = takeMessage(LLVMGetHostCPUName())
        let features = takeMessage(LLVMGetHostCPUFeatures())
        let cpu = resolveCPU(reported: reportedCPU, triple: triple, features: features)
        return try CodegenTarget(triple: triple, cpu: cpu, features: features)
    }

    /// The CPU name to compile for: LLVM's name unless it is `generic` on x86-64.
    public static func resolveCPU(reported: String, triple: String, features: String) -> String {
        guard reported.isEmpty || reported == "generic", triple.hasPrefix("x86_64") else { return reported }
        return x86Level(features: features)
    }

    /// The highest x86-64 micro-architecture level (`x86-64-v2` ... `x86-64-v4`) whose features
    /// are all enabled in an LLVM feature string such as `+avx2,+fma,-avx512f`.
    public static func x86Level(features: String) -> String {
        let enabled = Set(features.split(separator: ",").filter { $0.hasPrefix("+") }.map { String($0.dropFirst()) })
        let v2 = ["cx16", "sahf", "popcnt", "sse3", "sse4.1", "sse4.2", "ssse3"]
        let v3 = v2 + ["avx", "avx2", "bmi", "bmi2", "f16c", "fma", "lzcnt", "movbe", "xsave"]
        let v4 = v3 + ["avx512f", "avx512bw", "avx512cd", "avx512dq", "avx512vl"]
        if v4.allSatisfy(enabled.contains) { return "x86-64-v4" }
        if v3.allSatisfy(enabled.contains) { return "x86-64-v3" }
        if v2.allSatisfy(enabled.contains) { return "x86-64-v2" }
        return "x86-64"
    }

    /// Vector registers the target has: 32 on AArch64 (v0–v31) and with AVX-512 (zmm0–zmm31),
    /// 16 on other x86-64 (ymm0–ymm15 or xmm0–xmm15) and elsewhere. Register tiles are sized by it.
    public var vectorRegisters: Int {
        if triple.hasPrefix("aarch64") || triple.hasPrefix("arm64") { return 32 }
        return triple.hasPrefix("x86_64") && floatLanes == 16 ? 32 : 16
    }

    /// The widest float vector the target allows, in lanes (16 with AVX-512, 8 with AVX, 4
    /// otherwise): from the features when they are given, else from what LLVM generates for the
    /// CPU (`--cpu haswell` alone means haswell's features, whatever this machine has).
    public let floatLanes: Int

    package static func floatLanes(triple: String, features: String) -> Int {
        let enabled = Set(features.split(separator: ",").filter { $0.hasPrefix("+") }.map { String($0.dropFirst()) })
        if triple.hasPrefix("x86_64") {
            if enabled.contains("avx512f") { return 16 }
            if enabled.contains("avx2") || enabled.contains("avx") { return 8 }
        }
        return 4
    }

    /// LLVM has no C API for a CPU's features, so this compiles a 16-float addition for `cpu`
    /// and reads the registers it uses.
    package static func probeFloatLanes(triple: String, cpu: String) throws(DLCError) -> Int {
        let probe = CodegenTarget(triple: triple, cpu: cpu, features: "", floatLanes: 4)
        let module = IRModule(name: "lanes")
        let machine = try TargetMachine(probe)
        machine.configure(module)
        let vector = module.vector(module.float, 16)
        let function = module.addFunction("add", returning: vector, parameters: [vector, vector])
        function.addAttribute("target-cpu", cpu)
        function.addAttribute("min-legal-vector-width", "512")
        function.addAttribute("prefer-vector-width", "512")
        let b = IRBuilder(module: module)
        b.position(at: function.appendBlock("entry"))
        b.return(b.fadd(function.parameter(0), function.parameter(1)))
        let assembly = String(decoding: try machine.emit(module, as: .assembly), as: UTF8.self)
        return assembly.contains("zmm") ? 16 : assembly.contains("ymm") ? 8 : 4
    }

    /// A target whose blocks and vectors are `floatLanes` wide whatever its features allow:
    /// the lane-count probe, and tests running 16-lane kernels on an AVX2 host (LLVM splits
    /// each vector in two).
    package init(triple: String, cpu: String, features: String, floatLanes: Int) {
        (self.triple, self.cpu, self.features, self.floatLanes) = (triple, cpu, features, floatLanes)
    }

    /// Whether the target is x86-64.
    public var isX86: Bool { triple.hasPrefix("x86_64") }

    /// Puts the CPU and features on a function, so LLVM's cost models and code generator use
    /// the target's full vector width (AVX-512 functions otherwise default to 256-bit vectors).
    package func tune(_ function: IRFunction) {
        if !cpu.isEmpty { function.addAttribute("target-cpu", cpu) }
        if !features.isEmpty { function.addAttribute("target-features", features) }
        if floatLanes == 16 {
            function.addAttribute("prefer-vector-width", "512")
            function.addAttribute("min-legal-vector-width", "512")
        }
    }

    public var description: String {
        "\(triple) cpu=\(cpu)" + (features.isEmpty ? "" : " features=\(features)")
    }
}
