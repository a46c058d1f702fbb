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
            help: ArgumentHelp("An input as NAME=FILE.npy (repeat for each input; NAME may be omitted for a single-input model).",
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
            let compiled = try model.makeModel(backend: backend, weights: weightsOptions, compile: compileArguments, optimization: optimization)
            let inputs = try readInputs(for: compiled)
            let results = try compiled.run(inputs)
            let paths = try outputPaths(for: compiled.info)
            for output in compiled.info.outputs {
                try NumPy.write(results[output.name]!, to: paths[output.name]!)
                print(OutputReport.describe(output.name, results[output.name]!))
            }
        }
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
            tensors[name] = try NumPy.read(path)
        }
        try compiled.check(tensors)
        return tensors
    }

    /// Where each output goes: `--output` as a directory, or as a file for a single output.
    private func outputPaths(for info: ModelInfo) throws -> [String: String] {
        if output.hasSuffix(".npy") {
            guard info.outputs.count == 1 else {
                throw DLCError("--output \(output): the model has \(info.outputs.count) outputs; give a directory")
            }
            return [info.outputs[0].name: output]
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
        return Dictionary(uniqueKeysWithValues: info.outputs.map { ($0.name, "\(output)/\($0.name).npy") })
    }
}
