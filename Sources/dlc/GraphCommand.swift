import ArgumentParser
import DLC

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print a model's graph, before or after optimization, as text or as Graphviz DOT.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case dot
        case json
    }

    @OptionGroup var model: ModelArgument
    @OptionGroup var weightsOptions: WeightsOptions
    @OptionGroup var optimization: OptimizationArguments

    @Option(name: .long, help: "text, dot (render with: dot -Tsvg) or json (for tools).")
    var format: Format = .text

    @Flag(name: .long, help: "Lower the graph as the compiler does for the target: memory layouts (reorders, blocked tensors) and the kernels' fusions.")
    var layouts = false

    @OptionGroup var compileArguments: CompileArguments
    @OptionGroup var training: TrainingGraphArguments

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to a file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        try reportingErrors {
            try training.refuseIgnoredOptions([("-O", optimization.requestedLevel != nil), ("--weights", weightsOptions.weights != nil)])
            var graph = training.train ? try training.step(model.load()).graph : try model.prepare(weights: weightsOptions, optimization: optimization)
            if let output { try model.checkOutputs([("-o", output)], graph: graph, weights: weightsOptions) }
            if layouts {
                guard !training.train else { throw DLCError("--layouts: training steps are not lowered yet; show them without --layouts") }
                let options = try compileArguments.options()
                graph = try ModelCompiler.lowered(graph, for: options.target, blocked: options.blockedLayout,
                                                  algorithm: options.convolutionAlgorithm)
            }
            let text = switch format {
            case .text: graph.description
            case .dot: graph.dot()
            case .json: graph.json()
            }
            if let output {
                try writeFileAtomically(Array(text.utf8), to: output)
            } else {
                print(text, terminator: "")
            }
        }
    }
}
