import ArgumentParser
import DLC
import Foundation

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a model on .npy inputs; write each output as NAME.npy and summarize it.")

    enum Backend: String, ExpressibleByArgument, CaseIterable {
        case interpreter
    }

    @OptionGroup var model: ModelArgument
    @OptionGroup var weightsOptions: WeightsOptions

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("An input as NAME=FILE.npy (repeat for each input; NAME may be omitted for a single-input model).",
                               valueName: "name=file"))
    var input: [String] = []

    @Option(name: .long, help: ArgumentHelp("Directory for the outputs (NAME.npy each), or a .npy path for a single-output model.",
                                            valueName: "path"))
    var output: String = "."

    @Option(name: .long, help: "The backend that runs the model.")
    var backend: Backend = .interpreter

    func run() throws {
        try reportingErrors {
            var graph = try model.load()
            let inputs = try readInputs(for: graph)
            try weightsOptions.bind(&graph)
            let results: [String: TensorData]
            switch backend {
            case .interpreter: results = try Interpreter(graph: graph).run(inputs)
            }
            let paths = try outputPaths(for: graph)
            for output in graph.outputs {
                try NumPy.write(results[output.name]!, to: paths[output.name]!)
                print(OutputReport.describe(output.name, results[output.name]!))
            }
        }
    }

    /// Reads `--input` files, pairing unnamed ones with a single-input model's input.
    private func readInputs(for graph: Graph) throws -> [String: TensorData] {
        var tensors: [String: TensorData] = [:]
        for argument in input {
            let name: String
            let path: String
            if let separator = argument.firstIndex(of: "=") {
                name = String(argument[..<separator])
                path = String(argument[argument.index(after: separator)...])
            } else if graph.inputs.count == 1 {
                name = graph[graph.inputs[0]].name
                path = argument
            } else {
                throw DLCError("--input \(argument): name the input as NAME=FILE.npy; the model takes "
                               + graph.inputs.map { "'\(graph[$0].name)'" }.joined(separator: ", "))
            }
            guard tensors[name] == nil else { throw DLCError("--input: '\(name)' is given twice") }
            tensors[name] = try NumPy.read(path)
        }
        try checkInputs(tensors, against: graph)
        return tensors
    }

    /// Where each output goes: `--output` as a directory, or as a file for a single output.
    private func outputPaths(for graph: Graph) throws -> [String: String] {
        if output.hasSuffix(".npy") {
            guard graph.outputs.count == 1 else {
                throw DLCError("--output \(output): the model has \(graph.outputs.count) outputs; give a directory")
            }
            return [graph.outputs[0].name: output]
        }
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) {
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                throw DLCError("--output \(output): cannot create the directory")
            }
        } else if !isDirectory.boolValue {
            throw DLCError("--output \(output): exists and is not a directory")
        }
        return Dictionary(uniqueKeysWithValues: graph.outputs.map { ($0.name, "\(output)/\($0.name).npy") })
    }
}
