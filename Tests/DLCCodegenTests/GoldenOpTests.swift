import DLC
import DLCTestSupport
import Testing

/// One layer (or a small chain) on one input shape.
struct OpCase: CustomTestStringConvertible, Sendable {
    let name: String
    let shape: [Int]
    var dtype: DType = .float32
    /// Scales the random inputs (activations are checked over a wide range).
    var inputScale: Float = 1
    let build: @Sendable (Tensor) -> Tensor

    var testDescription: String { name }

    func graph() throws -> Graph {
        var graph = try Graph.build("op") { output("y", build(input("x", shape: shape, dtype: dtype))) }
        graph.initializeWeights()
        randomizeWeights(&graph)
        return graph
    }

    func inputs(_ graph: Graph) -> [String: TensorData] {
        var inputs = graph.sampleInputs()
        if inputScale != 1, let x = inputs["x"] { inputs["x"] = TensorData(shape: x.shape, floats: x.floats.map { $0 * inputScale }) }
        return inputs
    }
}

let convolutionCases: [OpCase] = [
    OpCase(name: "conv 3x3 pad 1 relu", shape: [1, 3, 16, 16]) { conv2d($0, filters: 8, kernel: 3, padding: 1, activation: .relu) },
    OpCase(name: "conv 3x3 stride 2 pad 1", shape: [1, 8, 15, 15]) { conv2d($0, filters: 16, kernel: 3, stride: 2, padding: 1) },
    OpCase(name: "conv 5x5 dilation 2", shape: [1, 4, 20, 21]) { conv2d($0, filters: 6, kernel: 5, padding: 2, dilation: 2) },
    OpCase(name: "conv 1x1 pointwise odd plane", shape: [1, 16, 14, 14]) { conv2d($0, filters: 24, kernel: 1) },
    OpCase(name: "conv 1x1 stride 2", shape: [1, 16, 14, 14]) { conv2d($0, filters: 8, kernel: 1, stride: 2) },
    OpCase(name: "conv groups 2 kernel (3, 5) asymmetric padding", shape: [1, 8, 12, 13]) {
        conv2d($0, filters: 12, kernel: (3, 5), padding: (1, 2, 0, 1), groups: 2, activation: .leakyRelu(0.1))
    },
    OpCase(name: "depthwise 3x3", shape: [1, 16, 10, 10]) { depthwiseConv2d($0, kernel: 3, padding: 1, activation: .clamp(0, 6)) },
    OpCase(name: "depthwise multiplier 2 stride 2", shape: [1, 6, 11, 11]) { depthwiseConv2d($0, kernel: 3, stride: 2, padding: 1, multiplier: 2) },
    OpCase(name: "separable", shape: [1, 8, 9, 9]) { separableConv2d($0, filters: 10, kernel: 3, padding: .same, activation: .relu) },
    OpCase(name: "conv 7x7 stride 2 stem", shape: [1, 3, 32, 32]) { conv2d($0, filters: 16, kernel: 7, stride: 2, padding: 3, bias: false) },
    OpCase(name: "conv 11x11 stride 4", shape: [1, 3, 67, 67]) { conv2d($0, filters: 8, kernel: 11, stride: 4, padding: 2, activation: .relu) },
    OpCase(name: "conv same stride 2 even", shape: [2, 3, 16, 16]) { conv2d($0, filters: 6, kernel: 4, stride: 2, padding: .same, activation: .sigmoid) },
    OpCase(name: "conv narrow output", shape: [1, 5, 5, 5]) { conv2d($0, filters: 7, kernel: 3, padding: 1, activation: .tanh) },
    OpCase(name: "conv wide rows", shape: [1, 2, 6, 70]) { conv2d($0, filters: 5, kernel: (1, 3), padding: (0, 1)) },
    OpCase(name: "conv valid stride (3, 2)", shape: [1, 3, 17, 16]) { conv2d($0, filters: 4, kernel: 3, stride: (3, 2)) },
    OpCase(name: "conv transpose stride 1", shape: [1, 4, 6, 6]) { conv2dTranspose($0, filters: 3, kernel: 3) },
    OpCase(name: "conv transpose stride 2 output padding", shape: [1, 4, 5, 6]) {
        conv2dTranspose($0, filters: 6, kernel: 3, stride: 2, padding: 1, outputPadding: 1, activation: .relu)
    },
    OpCase(name: "conv transpose groups dilation", shape: [2, 4, 5, 5]) {
        conv2dTranspose($0, filters: 6, kernel: 3, padding: (1, 0, 0, 1), dilation: 2, groups: 2, bias: false)
    },
]

let poolingCases: [OpCase] = [
    OpCase(name: "max 2x2", shape: [1, 3, 16, 16]) { maxPool2d($0, kernel: 2) },
    OpCase(name: "max 3x3 stride 2 pad 1", shape: [1, 4, 17, 17]) { maxPool2d($0, kernel: 3, stride: 2, padding: 1) },
    OpCase(name: "max 3x3 stride 2 ceil", shape: [1, 4, 14, 14]) { maxPool2d($0, kernel: 3, stride: 2, ceilMode: true) },
    OpCase(name: "avg 3x3 stride 1 pad 1", shape: [1, 3, 9, 20]) { avgPool2d($0, kernel: 3, stride: 1, padding: 1) },
    OpCase(name: "avg counting padding", shape: [1, 3, 9, 20]) { avgPool2d($0, kernel: 3, stride: 1, padding: 1, countIncludePad: true) },
    OpCase(name: "avg ceil", shape: [1, 2, 7, 7]) { avgPool2d($0, kernel: 2, ceilMode: true) },
    OpCase(name: "max (2, 3) stride (1, 2)", shape: [1, 2, 8, 25]) { maxPool2d($0, kernel: (2, 3), stride: (1, 2)) },
    OpCase(name: "global avg", shape: [2, 5, 7, 7]) { globalAvgPool2d($0) },
    OpCase(name: "global max", shape: [2, 5, 3, 11]) { globalMaxPool2d($0) },
]

let layerCases: [OpCase] = [
    OpCase(name: "dense relu", shape: [1, 37]) { dense($0, units: 19, activation: .relu) },
    OpCase(name: "dense batch 3 no bias", shape: [3, 64]) { dense($0, units: 10, bias: false) },
    OpCase(name: "flatten dense softmax", shape: [1, 3, 5, 5]) { dense(flatten(conv2d($0, filters: 4, kernel: 3)), units: 6, activation: .softmax) },
    OpCase(name: "reshape dropout", shape: [2, 6, 4]) { relu(reshape(dropout($0, rate: 0.3), [4, 3, 4])) },
    OpCase(name: "channel shuffle", shape: [2, 12, 5, 7]) { reshape(transpose(reshape($0, [2, 3, 4, 5, 7]), [0, 2, 1, 3, 4]), [2, 12, 5, 7]) },
    OpCase(name: "transpose matrix", shape: [37, 19]) { transpose($0, [1, 0]) },
    OpCase(name: "transpose reversed axes", shape: [3, 1, 4, 5]) { relu(transpose($0, [3, 2, 1, 0])) },
    OpCase(name: "batch norm", shape: [2, 6, 5, 7]) { batchNorm($0, epsilon: 1e-3) },
    OpCase(name: "batch norm features", shape: [3, 10]) { batchNorm($0) },
    OpCase(name: "lrn", shape: [1, 7, 6, 6], inputScale: 10) { lrn($0) },
    OpCase(name: "lrn size 3", shape: [2, 4, 3, 5]) { lrn($0, size: 3, alpha: 0.5, beta: 0.6, k: 1.5) },
    OpCase(name: "lrn size 4, ONNX's window", shape: [1, 6, 3, 3]) { lrn($0, size: 4, alpha: 0.5, beta: 0.6, k: 1.5, moreChannelsAfter: true) },
    OpCase(name: "lrn exponents 1 and 1/2", shape: [1, 5, 3, 7], inputScale: 10) { x in
        concat([lrn(x, size: 3, alpha: 0.5, beta: 1, k: 1), lrn(x, size: 3, alpha: 0.5, beta: 0.5, k: 1)])
    },
    OpCase(name: "relu", shape: [2, 3, 4, 5], inputScale: 20) { relu($0) },
    OpCase(name: "leaky relu", shape: [1, 1000], inputScale: 20) { leakyRelu($0, alpha: 0.2) },
    OpCase(name: "sigmoid", shape: [1, 1000], inputScale: 30) { sigmoid($0) },
    OpCase(name: "tanh", shape: [1, 1000], inputScale: 12) { tanh($0) },
    OpCase(name: "tanh near zero", shape: [1, 999], inputScale: 0.01) { tanh($0) },
    OpCase(name: "softmax last axis", shape: [3, 1000], inputScale: 20) { softmax($0) },
    OpCase(name: "softmax channels", shape: [2, 5, 3, 3], inputScale: 5) { softmax($0, axis: 1) },
    OpCase(name: "log softmax", shape: [2, 17], inputScale: 50) { logSoftmax($0) },
    OpCase(name: "log softmax middle axis", shape: [2, 9, 4], inputScale: 3) { logSoftmax($0, axis: 1) },
    OpCase(name: "add and multiply", shape: [2, 3, 4, 5]) { x in x * x + relu(x) },
    OpCase(name: "concat channels", shape: [1, 4, 6, 6]) { x in concat([x, relu(x), conv2d(x, filters: 3, kernel: 1)]) },
    OpCase(name: "concat last axis", shape: [2, 3, 5]) { x in concat([x, sigmoid(x)], axis: -1) },
    OpCase(name: "pools padded by more than half the kernel", shape: [1, 3, 7, 8]) { x in
        concat([maxPool2d(x, kernel: 3, stride: 1, padding: 2), avgPool2d(x, kernel: 3, stride: 1, padding: 2),
                avgPool2d(x, kernel: 3, stride: 1, padding: 2, countIncludePad: true)], axis: 1)
    },
    OpCase(name: "pool padded by kernel - 1, stride 2, ceil mode", shape: [1, 2, 9, 10]) { x in
        concat([maxPool2d(x, kernel: 4, stride: 2, padding: (3, 2), ceilMode: true),
                avgPool2d(x, kernel: 4, stride: 2, padding: (3, 2), ceilMode: true)], axis: 1)
    },
    OpCase(name: "gather along a middle axis, int64", shape: [2, 3], dtype: .int64) { indices in
        gather(constant((0..<60).map { Float($0) / 7 }, shape: [4, 5, 3]), indices, axis: 1)
    },
    OpCase(name: "gather along the last axis, int32", shape: [7], dtype: .int32) { indices in
        gather(constant((0..<42).map { Float($0) - 20 }, shape: [2, 3, 7]), indices, axis: -1)
    },
    OpCase(name: "matmul x · xᵀ, batched", shape: [2, 5, 37]) { x in matmul(x, transpose(x, [0, 2, 1])) },
    // 37 columns: whole groups of four vectors and a partial group at 8 lanes, then single columns.
    OpCase(name: "matmul xᵀ · x", shape: [2, 5, 37]) { x in matmul(transpose(x, [0, 2, 1]), x) },
    OpCase(name: "matmul broadcast batch axes and a 1-D operand", shape: [3, 1, 4, 6]) { x in
        let weights = constant((0..<840).map { Float($0 % 17) / 8 - 1 }, shape: [2, 6, 70])
        let row = constant([0.5, -1, 2, 0.25], shape: [4])
        return concat([flatten(matmul(x, weights)), flatten(matmul(row, x))], axis: 1)
    },
    OpCase(name: "zero padding", shape: [2, 3, 5, 6]) { zeroPadding2d($0, padding: (1, 0, 2, 3)) },
    OpCase(name: "padding by a value", shape: [2, 3, 5, 6]) { pad2d($0, padding: (2, 1, 0, 3), value: -1.5) },
    OpCase(name: "reflect padding", shape: [1, 3, 5, 6]) { pad2d($0, padding: (4, 5, 1, 2), mode: .reflect) },
    OpCase(name: "edge padding", shape: [1, 2, 4, 3]) { pad2d($0, padding: (3, 4, 5, 6), mode: .edge) },
    OpCase(name: "wrap padding", shape: [1, 2, 4, 5]) { pad2d($0, padding: (4, 5, 1, 0), mode: .wrap) },
    OpCase(name: "constants", shape: [1, 2, 3]) { x in x * constant([1, -2, 3, 0.5, 0, 4], shape: [1, 2, 3]) + constant(0.25, shape: [3]) },
]

let sequenceCases: [OpCase] = [
    OpCase(name: "embedding int32", shape: [2, 9], dtype: .int32) { embedding($0, vocabulary: 50, dimension: 13) },
    OpCase(name: "embedding int64 lstm", shape: [1, 6], dtype: .int64) { lstm(embedding($0, vocabulary: 40, dimension: 8), units: 5) },
    OpCase(name: "simple rnn tanh", shape: [2, 5, 7]) { simpleRNN($0, units: 6) },
    OpCase(name: "simple rnn relu sequences reverse", shape: [1, 4, 3]) {
        simpleRNN($0, units: 9, activation: .relu, returnSequences: true, direction: .reverse)
    },
    OpCase(name: "lstm", shape: [2, 6, 7]) { lstm($0, units: 5) },
    OpCase(name: "lstm sequences", shape: [1, 5, 16]) { lstm($0, units: 12, returnSequences: true) },
    OpCase(name: "lstm reverse", shape: [1, 5, 3]) { lstm($0, units: 4, direction: .reverse) },
    OpCase(name: "lstm bidirectional sequences", shape: [2, 4, 6]) { lstm($0, units: 5, returnSequences: true, direction: .bidirectional) },
    OpCase(name: "gru", shape: [2, 7, 5]) { gru($0, units: 9) },
    OpCase(name: "gru bidirectional", shape: [1, 6, 4]) { gru($0, units: 8, direction: .bidirectional) },
    OpCase(name: "gru reverse sequences", shape: [1, 3, 10]) { gru($0, units: 3, returnSequences: true, direction: .reverse) },
    OpCase(name: "peephole lstm bidirectional sequences", shape: [1, 4, 6]) {
        lstm($0, units: 5, returnSequences: true, direction: .bidirectional, peephole: true)
    },
    // Convolutional LSTMs run decomposed (DecomposeConvLSTM): blocked 3x3 convolutions of 4F filters.
    OpCase(name: "convLSTM2d", shape: [2, 3, 3, 7, 7]) { convLSTM2d($0, filters: 4, kernel: 3) },
    OpCase(name: "convLSTM2d peephole sequences", shape: [1, 4, 2, 6, 6]) {
        convLSTM2d($0, filters: 8, kernel: 3, returnSequences: true, peephole: true)
    },
    OpCase(name: "convLSTM2d valid bidirectional, even kernel", shape: [1, 3, 2, 5, 6]) {
        convLSTM2d($0, filters: 3, kernel: 2, padding: .valid, peephole: true, direction: .bidirectional)
    },
    OpCase(name: "convLSTM2d one step, reverse sequences", shape: [1, 1, 3, 4, 4]) {
        convLSTM2d($0, filters: 2, kernel: 3, returnSequences: true, direction: .bidirectional)
    },
]

@Suite struct GoldenOpTests {
    @Test(arguments: convolutionCases) func convolution(_ op: OpCase) throws { try check(op) }
    @Test(arguments: poolingCases) func pooling(_ op: OpCase) throws { try check(op) }
    @Test(arguments: layerCases) func layers(_ op: OpCase) throws { try check(op) }
    @Test(arguments: sequenceCases) func sequences(_ op: OpCase) throws { try check(op) }

    private func check(_ op: OpCase) throws {
        let graph = try op.graph()
        try expectBackendsAgree(graph, inputs: op.inputs(graph))
    }

    @Test func broadcastingOperands() throws {
        var graph = try Graph.build("broadcast") {
            let a = input("a", shape: [2, 6, 5, 5])
            let channel = input("channel", shape: [1, 6, 1, 1])
            let column = input("column", shape: [3, 1])
            let row = input("row", shape: [1, 4])
            let scalar = input("scalar", shape: [1])
            output("scaled", a * channel + scalar)
            output("outer", column * row)
            output("rows", row + column)
            output("difference", a - channel)
            output("ratio", row / column)
        }
        graph.initializeWeights()
        try expectBackendsAgree(graph)
    }

    /// Convolutions with the epilogues only the optimizer makes: a fused residual add (with and
    /// without an activation, over each convolution path) and in-place element-wise layers.
    @Test(arguments: [
        ("3x3", Size2D(square: 3), Size2D(square: 1)), ("1x1", Size2D(square: 1), Size2D(square: 1)), ("3x3 stride 2", Size2D(square: 3), Size2D(square: 2)),
    ]) func fusedEpilogues(_ name: String, _ kernel: Size2D, _ stride: Size2D) throws {
        var graph = try Graph.build("fused") {
            let x = input("x", shape: [1, 6, 9, 9])
            let shortcut = conv2d(x, filters: 8, kernel: 1, stride: (stride.height, stride.width), name: "shortcut")
            let main = conv2d(x, filters: 8, kernel: (kernel.height, kernel.width), stride: (stride.height, stride.width),
                              padding: kernel.height / 2, name: "main")
            let sum = relu(main + shortcut)
            output("y", sigmoid(sum) * tanh(sum))
        }
        graph.initializeWeights()
        randomizeWeights(&graph)
        let optimized = try graph.optimized(level: 3)
        #expect(optimized.nodes.contains { if case .conv2d(let op) = $0.operation { op.addsResidual && op.activation == .relu } else { false } },
                "\(name): the residual and the ReLU are fused")
        let inputs = graph.sampleInputs()
        let reference = try Interpreter(graph: graph).run(inputs)["y"]!
        for model in [try Model.jit(optimized), try Model.compileAndLoad(optimized)] {
            #expect(try model.run(inputs)["y"]!.difference(from: reference).relative <= singleOpTolerance)
        }
    }

    @Test func outputsThatAreInputsOrShareStorage() throws {
        var graph = try Graph.build("aliases") {
            let x = input("x", shape: [2, 8])
            let y = relu(x)
            output("same", x)
            output("relu", y)
            output("flat", reshape(y, [16]))
        }
        graph.initializeWeights()
        try expectBackendsAgree(graph)
    }
}
