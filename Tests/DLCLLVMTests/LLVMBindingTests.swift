import CLLVM
import DLCLLVM
import DLCGraph
import DLCTestSupport
import Testing

/// Proves the LLVM C binding works before any code generation depends on it.
@Suite struct LLVMBindingTests {
    @Test func buildsVerifiesAndCompilesAFunction() throws {
        let module = IRModule(name: "probe")
        let add = module.addFunction("dlc_probe_add", returning: module.int32, parameters: [module.int32, module.int32])
        let builder = IRBuilder(module: module)
        builder.position(at: add.appendBlock("entry"))
        builder.return(builder.add(add.parameter(0), add.parameter(1), "sum"))
        try module.verify()
        #expect(module.irText.contains("add i32 %0, %1"))

        let host = try CodegenTarget.host()
        print("LLVM \(LLVM.version); host target: \(host.triple); CPU: \(host.cpu); features: \(host.features)")
        #expect(!host.triple.isEmpty)
        #expect(!host.features.isEmpty)
        #expect(host.cpu != "generic", "never compile for a generic CPU silently")

        let machine = try TargetMachine(host)
        machine.configure(module)
        try machine.optimize(module)
        let assembly = String(decoding: try machine.emit(module, as: .assembly), as: UTF8.self)
        #expect(assembly.contains("dlc_probe_add:"))
        #expect(!(try machine.emit(module, as: .object)).isEmpty)
    }

    @Test func brokenModulesFailVerification() {
        let module = IRModule(name: "broken")
        let function = module.addFunction("f", returning: module.int32, parameters: [])
        _ = function.appendBlock("entry")   // a block without a terminator
        let message = errorMessage { try module.verify() }
        #expect(message?.contains("LLVM module failed verification") == true)
    }

    @Test func genericCPUsBecomeTheBestX86Level() {
        let v2 = "+cx16,+sahf,+popcnt,+sse3,+sse4.1,+sse4.2,+ssse3"
        let v3 = v2 + ",+avx,+avx2,+bmi,+bmi2,+f16c,+fma,+lzcnt,+movbe,+xsave"
        let v4 = v3 + ",+avx512f,+avx512bw,+avx512cd,+avx512dq,+avx512vl"
        #expect(CodegenTarget.x86Level(features: v4) == "x86-64-v4")
        #expect(CodegenTarget.x86Level(features: v3 + ",-avx512f") == "x86-64-v3")
        #expect(CodegenTarget.x86Level(features: v4.replacingOccurrences(of: "+avx512vl", with: "-avx512vl")) == "x86-64-v3")
        #expect(CodegenTarget.x86Level(features: v2) == "x86-64-v2")
        #expect(CodegenTarget.x86Level(features: "+sse2") == "x86-64")
        #expect(CodegenTarget.resolveCPU(reported: "generic", triple: "x86_64-pc-linux-gnu", features: v4) == "x86-64-v4")
        #expect(CodegenTarget.resolveCPU(reported: "znver3", triple: "x86_64-pc-linux-gnu", features: v3) == "znver3")
        #expect(CodegenTarget.resolveCPU(reported: "generic", triple: "aarch64-linux-gnu", features: "+neon") == "generic")
    }

    @Test func unknownTriplesAreRejected() {
        #expect(errorMessage { _ = try CodegenTarget(triple: "nonsense-unknown-none") }?
            .contains("unsupported target 'nonsense-unknown-none'") == true)
    }
}
