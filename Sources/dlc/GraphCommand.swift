import ArgumentParser
import DLC

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print a model's graph, before or after optimization, as text or as Graphviz DOT.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case dot
    }

    @OptionGroup var model: ModelArgument
    @OptionGroup var weightsOptions: WeightsOptions
    @OptionGroup var optimization: OptimizationArguments

    @Option(name: .long, help: "text or dot (render with: dot -Tsvg).")
    var format: Format = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to a file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        try reportingErrors {
            let graph = try model.prepare(weights: weightsOptions, optimization: optimization)
            let text = format == .dot ? graph.dot() : graph.description
            if let output {
                try writeFileAtomically(Array(text.utf8), to: output)
            } else {
                print(text, terminator: "")
            }
        }
    }
}
