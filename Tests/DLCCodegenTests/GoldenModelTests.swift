import DLC
import DLCTestSupport
import Foundation
import Testing

@Suite struct GoldenModelTests {
    /// Every example, seeded weights and seeded inputs, compiled (JIT and shared library) vs
    /// the interpreter.
    @Test(arguments: ExampleModel.all) func exampleModel(_ example: ExampleModel) throws {
        var graph = try SwiftGraphFile.load(example.path)
        graph.initializeWeights()
        try expectBackendsAgree(graph, tolerance: modelTolerance)
    }

    /// The trained LeNet classifies all 450 held-out digits the same compiled as interpreted.
    @Test func trainedLeNetGivesTheSameHeldOutPredictions() throws {
        var graph = try ModelLoader.load("\(packageRoot)/examples/lenet.swiftgraph")
        try ModelLoader.bindWeights(&graph)
        let images = try NumPy.read("\(packageRoot)/examples/digits/heldout-images.npy").floats
        let expected = try NumPy.read("\(packageRoot)/examples/digits/heldout-predictions.npy").integers
        let interpreter = try Interpreter(graph: graph)
        for model in [try Model.jit(graph), try Model.compileAndLoad(graph)] {
            let workspace = model.makeWorkspace()
            var predictions: [Int64] = []
            for index in 0..<expected.count {
                let image = TensorData(shape: [1, 1, 28, 28], floats: Array(images[(index * 784)..<((index + 1) * 784)]))
                let probs = try model.run(["image": image], workspace: workspace)["probs"]!
                if index % 50 == 0 {
                    let reference = try interpreter.run(["image": image])["probs"]!
                    #expect(probs.difference(from: reference).relative <= modelTolerance)
                }
                predictions.append(Int64(probs.floats.indices.max { probs.floats[$0] < probs.floats[$1] }!))
            }
            #expect(predictions == expected)
        }
    }
}
