import DLC
import DLCTestSupport
import Foundation
import Testing

/// The training step's graph: its inputs and outputs, batch statistics, dropout masks, the
/// optimizers' update rules and its errors.
@Suite struct TrainingStepTests {
    private func run(_ step: TrainingStep, _ feeds: [String: TensorData], learningRate: Float = 0.1,
                     stepNumber: Int64 = 1) throws -> [String: TensorData] {
        var feeds = feeds
        feeds[TrainingStep.learningRateInput] = TensorData(shape: [1], floats: [learningRate])
        feeds[TrainingStep.stepInput] = TensorData(shape: [1], int64s: [stepNumber])
        return try Interpreter(graph: step.graph).run(feeds)
    }

    /// PyTorch's running statistics: `(1 - m)·running + m·batch`, the variance unbiased.
    @Test func batchNormUpdatesRunningStatisticsAsPyTorch() throws {
        var model = try Graph.build("bn") {
            output("y", dense(flatten(batchNorm(input("x", shape: [2, 2, 1, 3]), name: "bn")), units: 2, name: "fc"))
        }
        model.initializeWeights()
        let step = try TrainingStep(model: model, loss: .meanSquaredError, optimizer: .sgd(), batchNormMomentum: 0.25)
        #expect(step.updatedStates.contains("bn.running_mean") && step.updatedStates.contains("bn.running_var"))
        let x: [Float] = [1, 2, 3, 10, 20, 30, 4, 5, 6, 40, 50, 60]
        let outputs = try run(step, ["x": TensorData(shape: [2, 2, 1, 3], floats: x), "labels": TensorData(zeros: TensorType(shape: [2, 2]))])
        // Channel 0: 1 2 3 4 5 6 (mean 3.5, unbiased variance 3.5); channel 1: ten times that.
        expectClose(outputs["bn.running_mean"]!.floats, [0.75 * 0 + 0.25 * 3.5, 0.25 * 35])
        expectClose(outputs["bn.running_var"]!.floats, [0.75 * 1 + 0.25 * 3.5, 0.75 + 0.25 * 350])
    }

    /// Masks keep about `1 - rate` of the elements, scale them by `1/(1 - rate)`, change with
    /// the step and the layer, and repeat for the same step.
    @Test func dropoutMasksDependOnSeedLayerAndStep() throws {
        func kept(rate: Float, seed: UInt64 = 0, layer: String, step: UInt64) -> [Bool] {
            (0..<10_000).map { DropoutTraining.keeps(rate: rate, seed: seed, layerHash: fnv1a(layer), step: step, index: UInt64($0)) }
        }
        let first = kept(rate: 0.3, layer: "drop", step: 1)
        #expect(abs(Double(first.filter { $0 }.count) / 10_000 - 0.7) < 0.02)
        #expect(first == kept(rate: 0.3, layer: "drop", step: 1))
        #expect(first != kept(rate: 0.3, layer: "drop", step: 2))
        #expect(first != kept(rate: 0.3, layer: "drop2", step: 1))
        #expect(first != kept(rate: 0.3, seed: 1, layer: "drop", step: 1))
        #expect(kept(rate: 0, layer: "drop", step: 1).allSatisfy { $0 })

        var model = try Graph.build("dropout") { output("y", dropout(dense(input("x", shape: [50, 40]), units: 40, name: "fc"), rate: 0.5, name: "drop")) }
        model.initializeWeights()
        let step = try TrainingStep(model: model, loss: .meanSquaredError, optimizer: .sgd())
        let x = randomTensor([50, 40], seed: 2)
        let y = try run(step, ["x": x, "labels": TensorData(zeros: TensorType(shape: [50, 40]))], stepNumber: 3)["y"]!.floats
        let undropped = try Interpreter(graph: model).run(["x": x])["y"]!.floats
        let mask = kept(rate: 0.5, layer: "drop", step: 3)
        for index in y.indices { #expect(y[index] == (mask[index] ? undropped[index] * 2 : 0)) }
    }

    /// Penalties, clipping by value and by global norm, against the formulas applied to the
    /// untreated gradients in the test.
    @Test func gradientTreatmentsFollowTheirFormulas() throws {
        var model = try Graph.build("treated") {
            output("y", dense(dense(input("x", shape: [4, 5]), units: 6, activation: .tanh, name: "a"), units: 3, name: "b"))
        }
        model.initializeWeights()
        randomizeWeights(&model, seed: 4)
        let feeds = ["x": randomTensor([4, 5], seed: 1), "labels": TensorData(shape: [4], int32s: [0, 2, 1, 2])]
        func gradients(_ treatment: GradientTreatment) throws -> [String: [Float]] {
            let step = try TrainingStep(model: model, loss: .crossEntropy(), optimizer: .sgd(), treatment: treatment, gradientOutputs: true)
            let outputs = try run(step, feeds)
            return Dictionary(uniqueKeysWithValues: step.trainedParameters.map { ($0, outputs["\($0).grad"]!.floats) })
        }
        let raw = try gradients(GradientTreatment())
        let penalized = try gradients(GradientTreatment(l1: 0.01, l2: 0.05))
        for (name, values) in raw {
            let weights = model.weights[name]!.floats
            let expected = values.indices.map { values[$0] + 0.01 * (weights[$0] > 0 ? 1 : -1) + 2 * 0.05 * weights[$0] }
            expectClose(penalized[name]!, expected, tolerance: 1e-6)
        }
        let clipped = try gradients(GradientTreatment(clipValue: 0.05))
        for (name, values) in raw { expectClose(clipped[name]!, values.map { min(max($0, -0.05), 0.05) }, tolerance: 1e-7) }
        let norm = raw.values.joined().reduce(0.0) { $0 + Double($1) * Double($1) }.squareRoot()
        let scale = Float(min(1, (norm / 4) / (norm + 1e-6)))
        let scaled = try gradients(GradientTreatment(clipNorm: norm / 4))
        for (name, values) in raw { expectClose(scaled[name]!, values.map { $0 * scale }, tolerance: 1e-6) }
        let unclipped = try gradients(GradientTreatment(clipNorm: 1000))
        for (name, values) in raw { expectClose(unclipped[name]!, values, tolerance: 1e-7) }
        #expect(errorMessage { _ = try TrainingStep(model: model, loss: .crossEntropy(), optimizer: .sgd(), treatment: GradientTreatment(clipNorm: 0)) }
                == "error: the clipping norm must be positive, got 0.0")
    }
}
