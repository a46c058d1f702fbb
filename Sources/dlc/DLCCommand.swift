import ArgumentParser
import DLC
import Foundation

@main
struct DLCCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dlc",
        abstract: "A static-graph deep-learning compiler: Swift DSL models to native code.",
        version: DLCVersion.current,
        subcommands: [Summary.self, Run.self, Compile.self, Verify.self, Bench.self, GraphCommand.self, Weights.self, Peak.self])

    static func main() {
        TemporaryFiles.removeOnInterrupt()
        main(nil)
    }
}

/// Runs a command body, printing dlc's errors as `error: ...` on standard error with exit code 1.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as DLCError {
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
        throw ExitCode(1)
    }
}

/// The model argument shared by every command.
struct ModelArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("A model: a .swiftgraph file, or a built-in name (\(BuiltinModels.names.joined(separator: ", "))).",
                                 valueName: "model"))
    var model: String

    func load() throws -> Graph { try ModelLoader.load(model) }

    /// Files the model is read from (the model file and its weights), which no output may replace.
    func sources(weights: WeightsOptions) -> [String] {
        [model, weights.weights].compactMap { $0 }.filter { FileManager.default.fileExists(atPath: $0) }
    }
}

/// The weights options of commands that run a model.
struct WeightsOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A safetensors file to use instead of the one the model names.", valueName: "file"))
    var weights: String?

    @Option(name: .long, help: "The seed of the initialization used when no weights file is named.")
    var seed: UInt64 = 0

    func bind(_ graph: inout Graph) throws {
        try ModelLoader.bindWeights(&graph, from: weights, seed: seed)
    }
}
