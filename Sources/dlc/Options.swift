import ArgumentParser
import DLC

/// Target and threading options of the commands that compile.
struct CompileArguments: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("An LLVM target triple to cross-compile for (default: this machine).", valueName: "triple"))
    var target: String?

    @Option(name: .long, help: ArgumentHelp("The CPU to tune for (default: this machine's, or the best x86-64 level its features allow).",
                                            valueName: "cpu"))
    var cpu: String?

    @Option(name: .long, help: ArgumentHelp("LLVM target features, e.g. +avx2,+fma (default: this machine's).", valueName: "features"))
    var features: String?

    @Option(name: .long, help: "Threads per parallel loop (default 0: the machine's cores, or OMP_NUM_THREADS).")
    var threads: Int = 0

    func options() throws -> CompileOptions {
        let target: CodegenTarget
        if let triple = self.target {
            target = try CodegenTarget(triple: triple, cpu: cpu ?? "generic", features: features ?? "")
        } else {
            let host = try CodegenTarget.host()
            target = try CodegenTarget(triple: host.triple, cpu: cpu ?? host.cpu, features: features ?? host.features)
        }
        return try CompileOptions(target: target, threads: threads)
    }
}

/// The backends that run a model.
enum Backend: String, ExpressibleByArgument, CaseIterable {
    case interpreter
    case jit
    case aot
}

extension ModelArgument {
    /// Whether the argument names a compiled shared library rather than a model.
    var isLibrary: Bool { model.hasSuffix(".so") }

    /// The model ready to run on `backend`, weights bound.
    func makeModel(backend: Backend, weights: WeightsOptions, compile: CompileArguments) throws -> Model {
        if isLibrary {
            guard backend == .aot else {
                throw DLCError("\(model) is a compiled library; run it with --backend aot")
            }
            return try Model.load(model)
        }
        var graph = try load()
        try weights.bind(&graph)
        switch backend {
        case .interpreter: return try Model.interpret(graph)
        case .jit: return try Model.jit(graph, options: compile.options())
        case .aot: return try Model.compileAndLoad(graph, options: compile.options())
        }
    }
}
