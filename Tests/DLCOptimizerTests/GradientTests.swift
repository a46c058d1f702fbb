import DLC
import DLCTestSupport
import Testing

/// Every gradient rule against central finite differences of the loss.
///
/// The models are small, at odd sizes, with every parameter random (biases too). For each
/// trained parameter the analytic gradient (the step's `<parameter>.grad` output) is compared
/// at a few elements, the largest among them, with `(L(p + h) - L(p - h)) / 2h`.
///
/// The tolerance: the loss is accumulated in double precision from float32 activations, each
/// carrying a relative rounding error of a few ulps per accumulated term (at most ~100 terms
/// here), so L has a relative error below 1e-6; divided by 2h = 4e-3 that is at most 2.5e-4·|L|,
/// and |L| < 4 in these tests (cross-entropy of at most 10 classes, MSE of unit-sized values):
/// 1e-3 absolute. The truncation error h²/6·|L'''| is below 1e-6 for the smooth functions. A
/// perturbation can cross a kink of ReLU or max pooling (an input within h of the kink) and bend
/// the difference by up to the slope jump; the random data keeps that rare, and the relative
/// tolerance of 2% covers a partial crossing. Allowed: 2e-3 + 0.02·|gradient|.
@Suite struct GradientTests {
    private static let h: Float = 2e-3

    /// Checks every trained parameter of `model` for `loss`; returns the parameters checked.
    @discardableResult
    private func checkGradients(_ model: Graph, inputs: [String: TensorData], labels: TensorData, loss: LossFunction,
                                frozen: Set<String> = [], samples: Int = 5,
                                sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String] {
        var model = model
        model.initializeWeights()
        randomizeWeights(&model, seed: 7)
        let step = try TrainingStep(model: model, loss: loss, optimizer: .sgd(), frozen: frozen, gradientOutputs: true)
        var feeds = inputs
        feeds[TrainingStep.labelsInput] = labels
        feeds[TrainingStep.learningRateInput] = TensorData(shape: [1], floats: [0.1])
        feeds[TrainingStep.stepInput] = TensorData(shape: [1], int64s: [1])
        let outputs = try Interpreter(graph: step.graph).run(feeds)
        func lossValue(_ name: String, _ index: Int, _ delta: Float) throws -> Float {
            var graph = step.graph
            var values = graph.weights[name]!.floats
            values[index] += delta
            graph.weights[name] = TensorData(shape: graph.weights[name]!.shape, floats: values)
            return try Interpreter(graph: graph).run(feeds)[TrainingStep.lossOutput]!.floats[0]
        }
        for name in step.trainedParameters {
            let gradient = try #require(outputs["\(name).grad"], sourceLocation: sourceLocation).floats
            var generator = SplitMix64(seed: fnv1a(name))
            var indices = Set((0..<min(samples, gradient.count)).map { _ in Int(generator.next() % UInt64(gradient.count)) })
            indices.insert(gradient.indices.max { abs(gradient[$0]) < abs(gradient[$1]) }!)
            for index in indices.sorted() {
                let difference = (try lossValue(name, index, Self.h) - lossValue(name, index, -Self.h)) / (2 * Self.h)
                let allowed = 2e-3 + 0.02 * abs(gradient[index])
                #expect(abs(difference - gradient[index]) <= allowed,
                        "\(name)[\(index)]: rule \(gradient[index]), finite difference \(difference)", sourceLocation: sourceLocation)
            }
        }
        return step.trainedParameters
    }

    private func classes(_ batch: Int, _ count: Int, seed: UInt64) -> TensorData {
        var generator = SplitMix64(seed: seed)
        return TensorData(shape: [batch], int32s: (0..<batch).map { _ in Int32(generator.next() % UInt64(count)) })
    }

    private func image(_ shape: [Int]) -> [String: TensorData] { ["x": randomTensor(shape, seed: 3)] }

    private static func convolutionLayer(_ variant: String, _ x: Tensor) -> Tensor {
        switch variant {
        case "plain": conv2d(x, filters: 4, kernel: 3, name: "conv")
        case "stride": conv2d(x, filters: 3, kernel: 3, stride: 2, padding: 1, activation: .relu, name: "conv")
        case "dilation": conv2d(x, filters: 3, kernel: 2, stride: 1, padding: 1, dilation: 2, activation: .tanh, name: "conv")
        case "groups": conv2d(x, filters: 6, kernel: 3, padding: 1, groups: 3, activation: .sigmoid, name: "conv")
        case "same": conv2d(x, filters: 2, kernel: (2, 3), stride: 2, padding: .same, activation: .gelu, name: "conv")
        case "asymmetric": conv2d(x, filters: 2, kernel: 3, padding: (0, 1, 2, 1), bias: false, name: "conv")
        case "depthwise": depthwiseConv2d(x, kernel: 3, padding: 1, multiplier: 2, activation: .hardSwish, name: "conv")
        case "separable": separableConv2d(x, filters: 4, kernel: 3, padding: 1, activation: .relu, name: "conv")
        default: fatalError("no variant \(variant)")
        }
    }

    @Test(arguments: ["plain", "stride", "dilation", "groups", "same", "asymmetric", "depthwise", "separable"])
    func convolution(_ variant: String) throws {
        let model = try Graph.build(variant) {
            let x = input("x", shape: [2, 3, 7, 6])
            output("logits", dense(flatten(Self.convolutionLayer(variant, x)), units: 3, name: "fc"))
        }
        let trained = try checkGradients(model, inputs: image([2, 3, 7, 6]), labels: classes(2, 3, seed: 1), loss: .crossEntropy())
        #expect(trained.contains { $0.hasPrefix("conv") })
    }

    @Test(arguments: ElementwiseFunction.Kind.allCases)
    func elementwiseFunction(_ kind: ElementwiseFunction.Kind) throws {
        let function = ElementwiseFunction(kind, kind.parameters.map { $0.defaultValue ?? ($0.label == "min" ? -0.5 : 0.5) })!
        // Fused into a dense layer, and as a layer of its own.
        let model = try Graph.build(kind.rawValue) {
            let x = input("x", shape: [3, 5])
            let hidden = dense(x, units: 4, activation: .elementwise(function), name: "hidden")
            output("y", dense(elementwiseLayer(function, dense(hidden, units: 4, name: "middle")), units: 2, name: "out"))
        }
        try checkGradients(model, inputs: ["x": randomTensor([3, 5], seed: 4)], labels: randomTensor([3, 2], seed: 5),
                           loss: .meanSquaredError)
    }

    private static func poolingLayer(_ variant: String, _ x: Tensor) -> Tensor {
        switch variant {
        case "max": maxPool2d(x, kernel: 3, stride: 2, padding: 1, ceilMode: true)
        case "average": avgPool2d(x, kernel: 3, stride: 2, padding: 1, ceilMode: true)
        case "averageWithPadding": avgPool2d(x, kernel: 2, stride: 2, padding: 1, countIncludePad: true)
        case "globalMax": globalMaxPool2d(x)
        case "globalAverage": globalAvgPool2d(x)
        default: fatalError("no variant \(variant)")
        }
    }

    @Test(arguments: ["max", "average", "averageWithPadding", "globalMax", "globalAverage"])
    func pooling(_ variant: String) throws {
        let model = try Graph.build(variant) {
            let x = input("x", shape: [2, 2, 7, 5])
            let features = conv2d(x, filters: 3, kernel: 1, name: "conv")
            output("logits", dense(flatten(Self.poolingLayer(variant, features)), units: 4, name: "fc"))
        }
        try checkGradients(model, inputs: image([2, 2, 7, 5]), labels: classes(2, 4, seed: 2), loss: .crossEntropy())
    }

    /// Softmax and log-softmax inside the model, and cross-entropy fused with a softmax output,
    /// with label smoothing and one-hot labels.
    @Test func softmaxAndCrossEntropy() throws {
        let model = try Graph.build("softmaxes") {
            let x = input("x", shape: [3, 4])
            let weights = softmax(dense(x, units: 5, name: "scores"), axis: 1)
            let logs = logSoftmax(dense(x, units: 5, name: "logScores"), axis: 0)
            output("probs", dense(weights * logs, units: 4, activation: .softmax, name: "fc"))
        }
        try checkGradients(model, inputs: ["x": randomTensor([3, 4], seed: 6)], labels: classes(3, 4, seed: 3), loss: .crossEntropy())
        try checkGradients(model, inputs: ["x": randomTensor([3, 4], seed: 6)], labels: classes(3, 4, seed: 3),
                           loss: .crossEntropy(labelSmoothing: 0.1))
        let oneHot = TensorData(shape: [3, 4], floats: [0, 1, 0, 0, 1, 0, 0, 0, 0.5, 0, 0, 0.5])
        try checkGradients(model, inputs: ["x": randomTensor([3, 4], seed: 6)], labels: oneHot, loss: .crossEntropy(oneHot: true))
    }

    /// Broadcasting arithmetic, a value read twice, concatenation, transposition and reshaping.
    @Test func arithmeticAndRearranging() throws {
        let model = try Graph.build("arithmetic") {
            let x = input("x", shape: [2, 3, 4, 4])
            let a = conv2d(x, filters: 4, kernel: 3, padding: 1, name: "a")
            let gate = sigmoid(globalAvgPool2d(conv2d(x, filters: 4, kernel: 1, name: "b")))
            let mixed = a * gate + a - gate / (gate + gate)
            let joined = concat([mixed, a], axis: 1)
            let turned = reshape(transpose(joined, [0, 2, 3, 1]), [2, 128])
            output("logits", dense(turned, units: 3, name: "fc"))
        }
        try checkGradients(model, inputs: image([2, 3, 4, 4]), labels: classes(2, 3, seed: 4), loss: .crossEntropy())
    }

    @Test func binaryCrossEntropyAndSquaredError() throws {
        let probabilities = try Graph.build("bce") {
            output("p", dense(input("x", shape: [4, 3]), units: 2, activation: .sigmoid, name: "fc"))
        }
        let logits = try Graph.build("bceLogits") {
            output("z", dense(input("x", shape: [4, 3]), units: 2, name: "fc"))
        }
        let inputs = ["x": randomTensor([4, 3], seed: 8)]
        let targets = TensorData(shape: [4, 2], floats: [1, 0, 0, 1, 0.3, 0.7, 1, 1])
        try checkGradients(probabilities, inputs: inputs, labels: targets, loss: .binaryCrossEntropy())
        try checkGradients(logits, inputs: inputs, labels: targets, loss: .binaryCrossEntropy(fromLogits: true))
        try checkGradients(logits, inputs: inputs, labels: targets, loss: .meanSquaredError)
    }

    /// Frozen layers get no gradient and no update; the others still learn through them.
    @Test func frozenParametersAreNotTrained() throws {
        let model = try Graph.build("finetune") {
            let x = input("x", shape: [2, 1, 6, 6])
            let features = conv2d(x, filters: 2, kernel: 3, activation: .relu, name: "backbone")
            output("logits", dense(flatten(features), units: 3, name: "head"))
        }
        let trained = try checkGradients(model, inputs: image([2, 1, 6, 6]), labels: classes(2, 3, seed: 5), loss: .crossEntropy(),
                                         frozen: ["backbone"])
        #expect(trained == ["head.weight", "head.bias"])
        let head = try TrainingStep(model: model, loss: .crossEntropy(), optimizer: .sgd(), frozen: ["head.weight", "backbone"])
        #expect(head.trainedParameters == ["head.bias"])
        #expect(!head.graph.nodes.contains { $0.name.hasPrefix("backbone.") && $0.isTrainingLayer },
                "no layer computes a gradient for the frozen backbone")
    }

    /// Batch normalization with batch statistics: the input, weight and bias gradients.
    @Test func batchNormalization() throws {
        let model = try Graph.build("batchNorm") {
            let x = input("x", shape: [3, 2, 5, 4])
            let normalized = relu(batchNorm(conv2d(x, filters: 3, kernel: 3, padding: 1, bias: false, name: "conv"), name: "bn"))
            let flat = batchNorm(dense(flatten(normalized), units: 6, name: "hidden"), name: "bn1d")
            output("logits", dense(tanh(flat), units: 3, name: "fc"))
        }
        let trained = try checkGradients(model, inputs: image([3, 2, 5, 4]), labels: classes(3, 3, seed: 6), loss: .crossEntropy())
        #expect(trained.contains("bn.weight") && trained.contains("bn.bias") && trained.contains("conv.weight"))
    }

    /// Dropout's masks depend on the step alone, so the loss is a smooth function of the weights
    /// within a step and the mask's gradient is checked like any other.
    @Test func droppingOut() throws {
        let model = try Graph.build("dropout") {
            let x = input("x", shape: [4, 6])
            output("logits", dense(dropout(dense(x, units: 8, activation: .tanh, name: "hidden"), rate: 0.4, name: "drop"), units: 3, name: "fc"))
        }
        try checkGradients(model, inputs: ["x": randomTensor([4, 6], seed: 9)], labels: classes(4, 3, seed: 7), loss: .crossEntropy())
    }

    /// Slices, every padding mode, gathers with repeated and negative indices, LRN (both window
    /// conventions), and a product of two computed matrices with a broadcast batch.
    @Test(arguments: ["slice", "constant", "reflect", "edge", "wrap", "gather", "lrn", "lrnAfter", "matmul"])
    func rearrangingAndNormalizing(_ variant: String) throws {
        let model = try Graph.build(variant) {
            let x = input("x", shape: [2, 3, 5, 4])
            let indices = input("indices", shape: [4], dtype: .int32)
            let features = conv2d(x, filters: 6, kernel: 3, padding: 1, activation: .tanh, name: "conv")
            let shaped: Tensor
            switch variant {
            case "slice": shaped = slice(features, axis: 1, start: 1, count: 4)
            case "gather": shaped = gather(features, indices, axis: 1)
            case "lrn": shaped = lrn(features, size: 4, alpha: 0.5, beta: 0.75, k: 1)
            case "lrnAfter": shaped = lrn(features, size: 4, alpha: 0.5, beta: 0.75, k: 1, moreChannelsAfter: true)
            case "matmul":
                let rows = reshape(features, [2, 6, 20])
                shaped = matmul(rows, transpose(reshape(conv2d(x, filters: 6, kernel: 1, name: "keys"), [2, 6, 20]), [0, 2, 1]))
            default: shaped = pad2d(features, padding: 2, mode: PaddingMode(rawValue: variant)!, value: 0.5)
            }
            output("logits", dense(flatten(shaped), units: 3, name: "fc"))
        }
        var inputs = image([2, 3, 5, 4])
        inputs["indices"] = TensorData(shape: [4], int32s: [2, -1, 2, 0])
        try checkGradients(model, inputs: inputs, labels: classes(2, 3, seed: 8), loss: .crossEntropy())
    }

    /// Transposed convolutions (stride, padding, output padding, groups, dilation) and an
    /// embedding whose repeated tokens accumulate.
    @Test func transposedConvolutionAndEmbedding() throws {
        let upsampling = try Graph.build("transposed") {
            let x = input("x", shape: [2, 4, 3, 3])
            let up = conv2dTranspose(x, filters: 4, kernel: 3, stride: 2, padding: 1, outputPadding: (1, 1), groups: 2, activation: .tanh, name: "up")
            let wide = conv2dTranspose(up, filters: 3, kernel: 2, stride: 1, padding: 0, outputPadding: (0, 0), dilation: (2, 2), name: "wide")
            output("logits", dense(flatten(wide), units: 3, name: "fc"))
        }
        try checkGradients(upsampling, inputs: image([2, 4, 3, 3]), labels: classes(2, 3, seed: 9), loss: .crossEntropy())
        let text = try Graph.build("embedding") {
            let tokens = input("tokens", shape: [2, 5], dtype: .int32)
            output("logits", dense(flatten(embedding(tokens, vocabulary: 7, dimension: 3, name: "embed")), units: 2, name: "fc"))
        }
        let trained = try checkGradients(text, inputs: ["tokens": TensorData(shape: [2, 5], int32s: [1, 3, 3, 6, 0, 3, 2, 1, 1, 5])],
                                         labels: classes(2, 2, seed: 10), loss: .crossEntropy(), samples: 21)
        #expect(trained.contains("embed.weight"))
    }

    /// Back-propagation through time: every cell and direction, sequences and final states,
    /// LSTM peepholes and both GRU reset variants; the input's gradient is checked through the
    /// embedding in front.
    @Test(arguments: ["rnn", "lstm", "lstmPeephole", "lstmSequences", "gru", "gruResetBefore", "bidirectionalLSTM", "reverseGRU"])
    func recurrent(_ variant: String) throws {
        let model = try Graph.build(variant) {
            let tokens = input("tokens", shape: [2, 4], dtype: .int32)
            let x = embedding(tokens, vocabulary: 5, dimension: 3, name: "embed")
            let states: Tensor
            switch variant {
            case "rnn": states = simpleRNN(x, units: 3, name: "cell")
            case "lstm": states = lstm(x, units: 3, name: "cell")
            case "lstmPeephole": states = lstm(x, units: 3, peephole: true, name: "cell")
            case "lstmSequences": states = flatten(lstm(x, units: 3, returnSequences: true, name: "cell"))
            case "gru": states = gru(x, units: 3, name: "cell")
            case "gruResetBefore": states = flatten(gru(x, units: 3, returnSequences: true, resetAfter: false, name: "cell"))
            case "bidirectionalLSTM": states = lstm(x, units: 2, direction: .bidirectional, name: "cell")
            default: states = flatten(gru(x, units: 2, returnSequences: true, direction: .reverse, name: "cell"))
            }
            output("logits", dense(states, units: 3, name: "fc"))
        }
        let trained = try checkGradients(model, inputs: ["tokens": TensorData(shape: [2, 4], int32s: [1, 3, 0, 3, 4, 2, 2, 1])],
                                         labels: classes(2, 3, seed: 11), loss: .crossEntropy())
        #expect(trained.contains("embed.weight") && trained.contains { $0.hasPrefix("cell.weight_hh") })
    }
}
