import ArgumentParser
import DLC
import Foundation

@main
struct DLCCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dlc",
        abstract: "A static-graph deep-learning compiler: Swift DSL models to native code.",
        version: DLCVersion.current,
        subcommands: [Summary.self, Run.self, Compile.self, Verify.self, Bench.self, GraphCommand.self, Import.self, Export.self, Weights.self, Peak.self, Train.self])

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
    @Argument(help: ArgumentHelp("A model: a .swiftgraph or .onnx file, or a built-in name (\(BuiltinModels.names.joined(separator: ", "))).",
                                 valueName: "model"))
    var model: String

    @Option(name: .customLong("input-shape"),
            help: ArgumentHelp("The shape of an ONNX input with symbolic dimensions, e.g. input=1,3,224,224 (repeatable; a symbolic batch is 1 by default).",
                               valueName: "name=dims"))
    var inputShapeOptions: [String] = []

    func load() throws -> Graph {
        try ModelLoader.load(model, inputShapes: inputShapes()) { note in
            FileHandle.standardError.write(Data(("note: " + note + "\n").utf8))
        }
    }

    /// `--input-shape NAME=1,3,224,224` options by input name.
    func inputShapes() throws -> [String: [Int]] {
        var shapes: [String: [Int]] = [:]
        for option in inputShapeOptions {
            let parts = option.split(separator: "=", maxSplits: 1)
            let dims = parts.count == 2 ? parts[1].split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) } : []
            guard parts.count == 2, !parts[0].isEmpty, !dims.isEmpty, dims.allSatisfy({ ($0 ?? 0) > 0 }) else {
                throw DLCError("--input-shape '\(option)': expected NAME=D1,D2,... with positive dimensions, e.g. input=1,3,224,224")
            }
            guard shapes.updateValue(dims.map { $0! }, forKey: String(parts[0])) == nil else {
                throw DLCError("--input-shape gives input '\(parts[0])' twice")
            }
        }
        return shapes
    }

    /// Files the model is read from (the model file and its weights), which no output may replace.
    /// Refuses `outputs` that would write over a file the command reads — the model, the weights
    /// file it names, `--weights`, `inputs` — or over each other (``checkOutputPaths``: paths
    /// compared after resolving links, existing files by inode). Every command that writes calls
    /// it before writing anything.
    func checkOutputs(_ outputs: [(option: String, path: String)], graph: Graph?, weights: WeightsOptions? = nil,
                      inputs: [String] = []) throws {
        let read = [model, graph?.weightsFile, weights?.weights].compactMap { $0 } + inputs
        try checkOutputPaths(outputs, sources: read.filter { FileManager.default.fileExists(atPath: $0) })
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
