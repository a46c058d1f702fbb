import ArgumentParser
import DLC

struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print each layer's output shape, parameters and multiply-accumulates.")

    @OptionGroup var model: ModelArgument

    func run() throws {
        try reportingErrors {
            let graph = try model.load()
            print(graph.summary(), terminator: "")
        }
    }
}
