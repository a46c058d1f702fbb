import DLC
import DLCTestSupport
import Foundation
import Testing

/// The LeNet trained with JAX on real handwritten digits (examples/digits/train_lenet.py).
@Suite struct TrainedLeNetTests {
    let digits = "\(packageRoot)/examples/digits"

    @Test func interpreterReproducesTheFrameworksHeldOutPredictions() throws {
        var graph = try ModelLoader.load("\(packageRoot)/examples/lenet.swiftgraph")
        try ModelLoader.bindWeights(&graph)
        let interpreter = try Interpreter(graph: graph)
        let images = try NumPy.read("\(digits)/heldout-images.npy")
        let labels = try NumPy.read("\(digits)/heldout-labels.npy").integers
        let expected = try NumPy.read("\(digits)/heldout-predictions.npy").integers
        let probabilities = try NumPy.read("\(digits)/heldout-probabilities.npy").floats
        let pixels = images.floats
        #expect(images.shape == [450, 1, 28, 28] && labels.count == 450)
        var predictions: [Int64] = []
        var largestDifference: Float = 0
        for index in 0..<450 {
            let image = TensorData(shape: [1, 1, 28, 28], floats: Array(pixels[(index * 784)..<((index + 1) * 784)]))
            let probs = try interpreter.run(["image": image])["probs"]!.floats
            predictions.append(Int64(probs.indices.max { probs[$0] < probs[$1] }!))
            for (a, b) in zip(probs, probabilities[(index * 10)..<((index + 1) * 10)]) { largestDifference = max(largestDifference, abs(a - b)) }
        }
        #expect(predictions == expected)
        #expect(largestDifference < 1e-4, "largest probability difference \(largestDifference)")
        let correct = zip(predictions, labels).filter { $0 == $1 }.count
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(digits)/training-report.json"))) as! [String: Any]
        #expect(correct == report["heldout_correct"] as? Int)
        #expect(Double(correct) / 450 == report["heldout_accuracy"] as? Double)
        #expect(correct >= 430, "held-out accuracy \(correct)/450")
    }

    @Test(arguments: 0..<10) func sampleDigitsAreClassified(_ digit: Int) throws {
        let result = try dlc("run", "\(packageRoot)/examples/lenet.swiftgraph", "--input", "image=\(digits)/\(digit).npy",
                             "--output", try makeTemporaryDirectory())
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("prediction: \(digit) "))
    }
}
