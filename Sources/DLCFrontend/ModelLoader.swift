import DLCGraph
import Foundation

/// Finds a model from what a user typed: a model file path or a built-in model's name.
///
/// ```swift
/// var graph = try ModelLoader.load("lenet")
/// try ModelLoader.bindWeights(&graph)
/// ```
public enum ModelLoader {
    /// Loads the graph `reference` names. Weights are not bound yet (see ``bindWeights(_:)``),
    /// so commands that only inspect shapes stay fast.
    public static func load(_ reference: String) throws -> Graph {
        if let graph = try BuiltinModels.graph(named: reference) { return graph }
        if FileManager.default.fileExists(atPath: reference) {
            throw DLCError("\(reference): model files are not supported yet; use a built-in model ("
                           + BuiltinModels.names.joined(separator: ", ") + ")")
        }
        throw DLCError("unknown model '\(reference)': no such file, and no built-in model of that name "
                       + "(built-in: \(BuiltinModels.names.joined(separator: ", ")))")
    }

    /// Binds the deterministic seeded initialization to every parameter without data.
    public static func bindWeights(_ graph: inout Graph, seed: UInt64 = 0) throws {
        graph.initializeWeights(seed: seed)
    }
}
