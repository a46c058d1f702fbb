import ArgumentParser
import DLC
import Foundation

struct Weights: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work with a model's weights files.",
        subcommands: [Initialize.self])

    struct Initialize: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Write the deterministic seeded initialization of a model's parameters as safetensors.")

        @OptionGroup var model: ModelArgument

        @Option(name: .shortAndLong, help: ArgumentHelp("The safetensors file to write.", valueName: "file"))
        var output: String

        @Option(name: .long, help: "The initialization seed.")
        var seed: UInt64 = 0

        func run() throws {
            try reportingErrors {
                var graph = try model.load()
                try model.checkOutputs([("-o", output)], graph: graph)
                graph.initializeWeights(seed: seed)
                try Safetensors.write(graph.weights, to: output)
                print("wrote \(graph.weights.count) tensors, \(groupedDigits(graph.parameterCount)) parameters, to \(output)")
            }
        }
    }
}
