import DLC
import Foundation

/// One ONNX test case in ONNX's own layout: `DIR/model.onnx` and
/// `DIR/test_data_set_0/{input,output}_N.pb`, inputs and outputs in the graph's order.
public struct ONNXCase: Sendable, CustomStringConvertible {
    public var directory: String
    public var name: String { (directory as NSString).lastPathComponent }
    public var description: String { name }

    /// What running the case gave.
    public enum Outcome: Equatable, Sendable {
        case passed
        /// dlc refused the model, with this message.
        case refused(String)
        /// dlc imported the model and computed something else.
        case wrong(String)
    }

    /// The cases under `root`, sorted by name.
    public static func all(in root: String) throws -> [ONNXCase] {
        try FileManager.default.contentsOfDirectory(atPath: root).sorted()
            .filter { FileManager.default.fileExists(atPath: "\(root)/\($0)/model.onnx") }
            .map { ONNXCase(directory: "\(root)/\($0)") }
    }

    /// Imports the model, runs it on the case's inputs with `run` (the interpreter unless given)
    /// and compares every output with the expected one: `|got - expected| <= tolerance · max(1, |expected|)`.
    public func run(tolerance: Float = 1e-4,
                    using execute: (Graph, [String: TensorData]) throws -> [String: TensorData] = { graph, inputs in
                        try Interpreter(graph: graph).run(inputs)
                    }) -> Outcome {
        let graph: Graph
        do {
            graph = try ONNXFile.load("\(directory)/model.onnx")
        } catch {
            return .refused(error.message)
        }
        do {
            var inputs: [String: TensorData] = [:]
            for (index, input) in graph.inputs.enumerated() {
                inputs[graph[input].name] = try ONNXTensorFile.read("\(directory)/test_data_set_0/input_\(index).pb").tensor
            }
            let results = try execute(graph, inputs)
            for (index, output) in graph.outputs.enumerated() {
                let expected = try ONNXTensorFile.read("\(directory)/test_data_set_0/output_\(index).pb").tensor
                guard let actual = results[output.name] else { return .wrong("output '\(output.name)' is missing") }
                guard actual.shape.reduce(1, *) == expected.shape.reduce(1, *),
                      actual.shape == expected.shape || expected.shape == [1] else {
                    return .wrong("output '\(output.name)' has shape \(actual.shape), expected \(expected.shape)")
                }
                let (got, want) = (actual.floats, expected.floats)
                for i in want.indices {
                    let allowed = tolerance * max(1, abs(want[i]))
                    let same = got[i] == want[i] || abs(got[i] - want[i]) <= allowed || (got[i].isNaN && want[i].isNaN)
                    if !same {
                        return .wrong("output '\(output.name)' element \(i): got \(got[i]), expected \(want[i])")
                    }
                }
            }
            return .passed
        } catch {
            return .wrong("running the imported model failed: \(error)")
        }
    }
}
