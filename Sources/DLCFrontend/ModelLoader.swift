import DLCGraph
import Foundation

/// Finds a model from what a user typed: a `.swiftgraph` file, an `.onnx` file or a built-in model's name.
///
/// ```swift
/// var graph = try ModelLoader.load("examples/lenet.swiftgraph")
/// try ModelLoader.bindWeights(&graph)
/// ```
public enum ModelLoader {
    /// Loads the graph `reference` names. Weights of a `.swiftgraph` model are not bound yet (see
    /// ``bindWeights(_:from:seed:)``), so commands that only inspect shapes stay fast; an ONNX
    /// model carries its weights and comes with them bound.
    ///
    /// `inputShapes` gives the symbolic dimensions of an ONNX model's inputs; `note` hears what
    /// was chosen for those not given (a batch of 1).
    public static func load(_ reference: String, inputShapes: [String: [Int]] = [:],
                            note: (String) -> Void = { _ in }) throws -> Graph {
        if reference.lowercased().hasSuffix(".onnx") {
            return try ONNXFile.load(reference, inputShapes: inputShapes, note: note)
        }
        guard inputShapes.isEmpty else {
            throw DLCError("--input-shape applies to ONNX models; \(reference) declares its input shapes itself")
        }
        if FileManager.default.fileExists(atPath: reference) {
            return try SwiftGraphFile.load(reference)
        }
        if let graph = try BuiltinModels.graph(named: reference) { return graph }
        if reference.hasSuffix(".swiftgraph") { throw DLCError("\(reference): no such file") }
        throw DLCError("unknown model '\(reference)': no such file, and no built-in model of that name "
                       + "(built-in: \(BuiltinModels.names.joined(separator: ", ")))")
    }

    /// Binds weights: from `file` when given, else from the file the model names (`weights(...)`),
    /// else the deterministic seeded initialization. A weights file must match the model exactly.
    public static func bindWeights(_ graph: inout Graph, from file: String? = nil, seed: UInt64 = 0) throws {
        if let path = file ?? graph.weightsFile {
            try graph.bindWeights(Safetensors.read(path), source: path)
        } else {
            graph.initializeWeights(seed: seed)
        }
    }
}
