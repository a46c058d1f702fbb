import ArgumentParser
import DLC
import Foundation

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a model on .npy inputs; write each output as NAME.npy and summarize it.")

    @OptionGroup var model: ModelArgument
    @OptionGroup var weightsOptions: WeightsOptions
    @OptionGroup var compileArguments: CompileArguments
    @OptionGroup var optimization: OptimizationArguments

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("An input as NAME=FILE.npy, or an ONNX tensor NAME=FILE.pb (repeat for each input; NAME may be omitted for a single-input model).",
                               valueName: "name=file"))
    var input: [String] = []

    @Option(name: .long, help: ArgumentHelp("Directory for the outputs (NAME.npy each), or a .npy path for a single-output model.",
                                            valueName: "path"))
    var output: String = "."

    @Option(name: .long, help: "The backend that runs the model: interpreter, jit, or aot (compiles a shared library, or loads MODEL.so).")
    var backend: Backend?

    func run() throws {
        try reportingErrors {
            let backend = self.backend ?? (model.isLibrary ? .aot : .interpreter)
            let (compiled, graph) = try model.makeModelAndGraph(backend: backend, weights: weightsOptions, compile: compileArguments,
                                                                optimization: optimization)
            let inputs = try readInputs(for: compiled)
            let destination = try outputDestination(for: compiled.info)
            try model.checkOutputs(destination.paths.sorted { $0.key < $1.key }.map { ("--output", $0.value) }, graph: graph,
                                   weights: weightsOptions, inputs: inputFiles)
            let results = try compiled.run(inputs)
            try destination.write(results)
            for output in compiled.info.outputs {
                var report = OutputReport.describe(output.name, results[output.name]!)
                if let file = destination.renamed[output.name] { report += "\n  written to \(file)" }
                print(report)
            }
        }
    }

    /// The files `--input` names.
    private var inputFiles: [String] {
        input.map { argument in argument.firstIndex(of: "=").map { String(argument[argument.index(after: $0)...]) } ?? argument }
    }

    /// Reads `--input` files, pairing unnamed ones with a single-input model's input.
    private func readInputs(for compiled: Model) throws -> [String: TensorData] {
        let info = compiled.info
        var tensors: [String: TensorData] = [:]
        for argument in input {
            let name: String
            let path: String
            if let separator = argument.firstIndex(of: "=") {
                name = String(argument[..<separator])
                path = String(argument[argument.index(after: separator)...])
            } else if info.inputs.count == 1 {
                name = info.inputs[0].name
                path = argument
            } else {
                throw DLCError("--input \(argument): name the input as NAME=FILE.npy; the model takes "
                               + info.inputs.map { "'\($0.name)'" }.joined(separator: ", "))
            }
            guard tensors[name] == nil else { throw DLCError("--input: '\(name)' is given twice") }
            tensors[name] = path.lowercased().hasSuffix(".pb") ? try ONNXTensorFile.read(path).tensor : try NumPy.read(path)
        }
        try compiled.check(tensors)
        return tensors
    }

    /// Where each output goes: `--output` as a directory (created when the outputs are written),
    /// or as a file for a single output.
    private func outputDestination(for info: ModelInfo) throws -> OutputDestination {
        let names = info.outputs.map(\.name)
        if output.hasSuffix(".npy") {
            guard names.count == 1 else {
                throw DLCError("--output \(output): the model has \(names.count) outputs; give a directory")
            }
            return OutputDestination(directory: nil, paths: [names[0]: output], renamed: [:])
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw DLCError("--output \(output): exists and is not a directory")
        }
        let files = OutputFiles.names(for: names)
        var paths: [String: String] = [:], renamed: [String: String] = [:]
        for (name, file) in zip(names, files) {
            paths[name] = "\(output)/\(file)"
            if file != name + ".npy" { renamed[name] = paths[name] }
        }
        return OutputDestination(directory: output, paths: paths, renamed: renamed)
    }
}

/// The files `dlc run` writes: all of them, or none and no directory it created.
struct OutputDestination {
    /// The `--output` directory, nil for a single `.npy` path.
    let directory: String?
    let paths: [String: String]
    /// Outputs whose names are not plain file names, and the file each goes to.
    let renamed: [String: String]

    func write(_ results: [String: TensorData]) throws {
        var created = false
        if let directory, !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw DLCError("--output \(directory): cannot create the directory")
            }
            created = true
        }
        var written: [String] = []
        do {
            for (name, path) in paths.sorted(by: { $0.key < $1.key }) {
                try NumPy.write(results[name]!, to: path)
                written.append(path)
            }
        } catch {
            for path in written { try? FileManager.default.removeItem(atPath: path) }
            if created, let directory { try? FileManager.default.removeItem(atPath: directory) }
            throw error
        }
    }
}
