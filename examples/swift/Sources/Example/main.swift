// dlc from Swift: a model built with the Swift DSL and compiled in process (JIT), then the
// trained LeNet compiled to a shared library, loaded back, and asked which digit
// examples/digits/7.npy is. The dlc test suite builds and runs this file (and the README's
// Swift snippets are taken from it).
import DLC
import Foundation

// The repository's examples/ directory, found from this file's place in the checkout.
let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../../../examples").standardized.path

// MARK: - A model in the Swift DSL, run by the JIT

var graph = try Graph.build("tiny") {
    let x = input("x", shape: [1, 3, 32, 32])
    output("y", globalAvgPool2d(conv2d(x, filters: 8, kernel: 3, padding: .same, activation: .relu)))
}
graph.initializeWeights()
let pixels = (0..<3 * 32 * 32).map { Float($0 % 32) / 32 }
let tiny = try Model.jit(graph.optimized(level: 3))
let y = try tiny.run(["x": TensorData(shape: [1, 3, 32, 32], floats: pixels)])["y"]!
let reference = try Interpreter(graph: graph).run(["x": TensorData(shape: [1, 3, 32, 32], floats: pixels)])["y"]!
print("tiny: y \(y.type), largest difference from the interpreter \(y.difference(from: reference).absolute)")

// MARK: - LeNet compiled to a shared library and loaded

var lenet = try SwiftGraphFile.load("\(examples)/lenet.swiftgraph")
try ModelLoader.bindWeights(&lenet)                  // the weights file the model names
let library = FileManager.default.temporaryDirectory.appendingPathComponent("lenet-\(ProcessInfo.processInfo.processIdentifier).so").path
try ModelCompiler.compile(lenet.optimized(level: 3), options: CompileOptions(), to: ArtifactPaths(library: library))
let model = try Model.load(library)
let probs = try model.run(["image": try NumPy.read("\(examples)/digits/7.npy")])["probs"]!
let digit = probs.floats.indices.max { probs.floats[$0] < probs.floats[$1] }!
print("lenet: \(library) says digit \(digit) (\(String(format: "%.1f", probs.floats[digit] * 100))%)")
try? FileManager.default.removeItem(atPath: library)
