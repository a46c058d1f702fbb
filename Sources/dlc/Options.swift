import ArgumentParser
import DLC
import Foundation

/// Target and threading options of the commands that compile.
struct CompileArguments: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("An LLVM target triple to cross-compile for (default: this machine).", valueName: "triple"))
    var target: String?

    @Option(name: .long, help: ArgumentHelp("The CPU to tune for (default: this machine's, or the best x86-64 level its features allow).",
                                            valueName: "cpu"))
    var cpu: String?

    @Option(name: .long, help: ArgumentHelp("LLVM target features, e.g. +avx2,+fma (default: this machine's, or the --cpu's own when --cpu is given).", valueName: "features"))
    var features: String?

    @Option(name: .long, help: "Threads per parallel loop (default 0: the machine's cores, or OMP_NUM_THREADS).")
    var threads: Int = 0

    @Option(name: .long, help: "Layout of tensors inside the model: blocked (NCHW[lanes]c around convolutions) or plain (NCHW everywhere).")
    var layout: LayoutChoice = .blocked

    @Option(name: .customLong("conv-algorithm"),
            help: "3x3 stride-1 convolutions: auto (Winograd where the cost model expects it faster), direct, winograd (F(4x4, 3x3)) or winograd-2x2 (F(2x2, 3x3)).")
    var convolutionAlgorithm: ConvolutionAlgorithm = .auto

    func options() throws -> CompileOptions {
        let target: CodegenTarget
        if let triple = self.target {
            target = try CodegenTarget(triple: triple, cpu: cpu ?? "generic", features: features ?? "")
        } else {
            // A CPU given without features means that CPU's features, not this machine's:
            // `--cpu x86-64-v3` on an AVX-512 host must not emit AVX-512.
            let host = try CodegenTarget.host()
            target = try CodegenTarget(triple: host.triple, cpu: cpu ?? host.cpu, features: features ?? (cpu == nil ? host.features : ""))
        }
        var options = try CompileOptions(target: target, threads: threads, blockedLayout: layout == .blocked)
        options.convolutionAlgorithm = convolutionAlgorithm
        return options
    }
}

/// `--layout`: what the layout pass may choose.
enum LayoutChoice: String, ExpressibleByArgument, CaseIterable {
    case blocked
    case plain
}

extension ConvolutionAlgorithm: ExpressibleByArgument {}

/// The backends that run a model.
enum Backend: String, ExpressibleByArgument, CaseIterable {
    case interpreter
    case jit
    case aot
}

extension ModelArgument {
    /// Whether the argument names a compiled shared library rather than a model.
    var isLibrary: Bool { model.hasSuffix(".so") }

    /// The model's graph with its weights bound and the optimizer run.
    func prepare(weights: WeightsOptions, optimization: OptimizationArguments) throws -> Graph {
        var graph = try load()
        try weights.bind(&graph)
        try optimization.optimize(&graph)
        return graph
    }

    /// The model ready to run on `backend`, weights bound and graph optimized.
    func makeModel(backend: Backend, weights: WeightsOptions, compile: CompileArguments,
                   optimization: OptimizationArguments) throws -> Model {
        try makeModelAndGraph(backend: backend, weights: weights, compile: compile, optimization: optimization).model
    }

    /// The model ready to run, and the graph it was made from (nil for a compiled library).
    func makeModelAndGraph(backend: Backend, weights: WeightsOptions, compile: CompileArguments,
                           optimization: OptimizationArguments) throws -> (model: Model, graph: Graph?) {
        if isLibrary {
            guard backend == .aot else {
                throw DLCError("\(model) is a compiled library; run it with --backend aot")
            }
            return (try Model.load(model), nil)
        }
        let graph = try prepare(weights: weights, optimization: optimization)
        switch backend {
        case .interpreter: return (try Model.interpret(graph), graph)
        case .jit: return (try Model.jit(graph, options: compile.options()), graph)
        case .aot: return (try Model.compileAndLoad(graph, options: compile.options()), graph)
        }
    }
}

/// The graph optimizer's options, shared by the commands that run or compile.
struct OptimizationArguments: ParsableArguments {
    @Option(name: .customShort("O", allowingJoined: true), help: ArgumentHelp("Optimization level, 0 to 3 (default: 3).", valueName: "level"))
    var requestedLevel: Int?

    var level: Int { requestedLevel ?? 3 }

    @Flag(name: .customLong("print-after-all"), help: "Print the graph after every pass.")
    var printAfterAll = false

    @Option(name: .customLong("print-after"), help: ArgumentHelp("Print the graph after this pass (repeatable).", valueName: "pass"))
    var printAfter: [String] = []

    @Flag(name: .customLong("time-passes"), help: "Report the time each pass takes.")
    var timePasses = false

    @Flag(name: .shortAndLong, help: "Report what each pass changed, and sizes.")
    var verbose = false

    func validate() throws {
        guard (0...3).contains(level) else { throw ValidationError("-O takes a level from 0 to 3, got \(level)") }
    }

    /// Runs the pipeline of `level` on the graph, reporting on standard error.
    func optimize(_ graph: inout Graph) throws {
        var manager = try PassManager(level: level, evaluator: ReferenceEvaluator())
        manager.printAfterAll = printAfterAll
        manager.printAfter = Set(printAfter)
        manager.timePasses = timePasses
        manager.verbose = verbose
        manager.log = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        try manager.run(&graph)
    }
}
