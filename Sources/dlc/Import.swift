import ArgumentParser
import DLC
import Foundation

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn an ONNX model into a readable .swiftgraph file and a safetensors file of its weights.",
        discussion: """
            Each layer becomes a DSL call named like the ONNX node or its weights; an activation that \
            follows a convolution or dense layer becomes its activation: argument. The written model \
            computes what the ONNX file computes.
            """)

    @OptionGroup var model: ModelArgument

    @Option(name: .shortAndLong, help: ArgumentHelp("The .swiftgraph file to write.", valueName: "file"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("The safetensors file for the weights (default: the output with .safetensors).", valueName: "file"))
    var weightsOutput: String?

    func run() throws {
        try reportingErrors {
            guard model.model.lowercased().hasSuffix(".onnx") else {
                throw DLCError("\(model.model): dlc import reads ONNX models (.onnx)")
            }
            let weights = weightsOutput ?? ((output as NSString).deletingPathExtension + ".safetensors")
            try model.checkOutputs([("-o", output), ("--weights-output", weights)], graph: nil)
            guard weights != output else { throw DLCError("--weights-output must differ from -o (\(output))") }
            let graph = try model.load()
            let relative = relativePath(of: weights, from: (output as NSString).deletingLastPathComponent)
            guard !relative.hasPrefix("/") else {
                throw DLCError("--weights-output \(weights) must be inside the directory of -o \(output): a model file names its weights "
                               + "by a path relative to itself")
            }
            let source = try SwiftGraphWriter.source(graph, weightsFile: relative, header: [
                "Imported from \((model.model as NSString).lastPathComponent) by dlc \(DLCVersion.current).",
                "\(graph.nodes.count) layers, \(groupedDigits(graph.parameterCount)) parameters; weights in \(relative).",
            ])
            try Safetensors.write(graph.weights, to: weights)
            try writeFileAtomically(Array(source.utf8), to: output)
            print("imported \(graph.name) (\(graph.nodes.count) layers, \(groupedDigits(graph.parameterCount)) parameters) to \(output) and \(weights)")
        }
    }

    /// `path` relative to `directory` when it lies inside it, else absolute (refused above).
    private func relativePath(of path: String, from directory: String) -> String {
        let file = URL(fileURLWithPath: path).standardizedFileURL.path
        let base = URL(fileURLWithPath: directory.isEmpty ? "." : directory).standardizedFileURL.path
        return file.hasPrefix(base + "/") ? String(file.dropFirst(base.count + 1)) : file
    }
}
