import DLC
import DLCTestSupport
import Foundation
import Testing

/// NaN, ±Inf and ±0 through every activation and reduction, alone and fused into convolutions,
/// dense layers and pools, compiled for both vector widths (and the plain layout), against
/// PyTorch's definitions written out here in double precision, and against the interpreter.
/// Compiled code used to lose NaN: sigmoid(NaN) and tanh(NaN) were 1, max pooling and softmax
/// skipped a NaN, LeNet with one NaN pixel answered 0.1 for every class.
@Suite struct NonFiniteTests {
    /// The special values, then ordinary ones of both signs and some beyond exp's range.
    static let specials: [Float] = [.nan, .infinity, -.infinity, 0, -0.0, 1.5, -2.5, 30, -30, 100, -100, 0.25]

    static let activations: [(String, Activation, @Sendable (Double) -> Double)] = [
        ("relu", .relu, { $0 < 0 ? 0 : $0 }),
        ("leakyRelu", .leakyRelu(0.1), { $0 > 0 ? $0 : 0.1 * $0 }),
        ("sigmoid", .sigmoid, { 1 / (1 + Foundation.exp(-$0)) }),
        ("tanh", .tanh, { Foundation.tanh($0) }),
        ("clamp", .clamp(0, 6), { $0.isNaN ? $0 : Swift.min(Swift.max($0, 0), 6) }),
        // PyTorch's Hardsigmoid, Hardswish and GELU (both forms), from their documented formulas.
        ("hardSigmoid", .hardSigmoid, { $0.isNaN ? $0 : Swift.min(Swift.max($0 / 6 + 0.5, 0), 1) }),
        ("hardSigmoid(0.2, 0.5)", .hardSigmoid(0.2, 0.5), { $0.isNaN ? $0 : Swift.min(Swift.max(0.2 * $0 + 0.5, 0), 1) }),
        ("hardSwish", .hardSwish, { $0.isNaN ? $0 : $0 * Swift.min(Swift.max($0 + 3, 0), 6) / 6 }),
        ("gelu", .gelu, { 0.5 * $0 * (1 + Foundation.erf($0 / 2.0.squareRoot())) }),
        ("geluTanh", .geluTanh, { 0.5 * $0 * (1 + Foundation.tanh((2 / Double.pi).squareRoot() * ($0 + 0.044715 * $0 * $0 * $0))) }),
    ]

    /// `count` values cycling through the specials.
    static func values(_ count: Int, offset: Int = 0) -> [Float] {
        (0..<count).map { specials[($0 + offset) % specials.count] }
    }

    @Test(arguments: activations.map(\.0)) func activationAloneAndFused(_ name: String) throws {
        let (_, activation, reference) = Self.activations.first { $0.0 == name }!
        // Alone, on a shape with a vector tail.
        let rows = 3, columns = 37
        let x = TensorData(shape: [rows, columns], floats: Self.values(rows * columns))
        let alone = try Graph.build("op") { output("y", applying(activation, to: input("x", shape: [rows, columns]))) }
        try expectMatches(alone, ["x": x], Self.values(rows * columns).map { Float(reference(Double($0))) }, name)

        // Fused into a 1x1 convolution of one input channel (weights 1, bias 0: each of the 16
        // filters outputs act(x)), and into a dense layer of one feature (every unit act(x)).
        let pixels = Self.values(5 * 7)
        var conv = try Graph.build("op") {
            output("y", conv2d(input("x", shape: [1, 1, 5, 7]), filters: 16, kernel: 1, activation: activation))
        }
        setWeights(&conv, to: 1)
        let perPixel = pixels.map { Float(reference(Double($0 * 1 + 0))) }
        try expectMatches(conv, ["x": TensorData(shape: [1, 1, 5, 7], floats: pixels)],
                          (0..<16).flatMap { _ in perPixel }, "\(name) fused into conv2d")
        var denseGraph = try Graph.build("op") { output("y", dense(input("x", shape: [12, 1]), units: 16, activation: activation)) }
        setWeights(&denseGraph, to: 1)
        let batch = Self.values(12)
        try expectMatches(denseGraph, ["x": TensorData(shape: [12, 1], floats: batch)],
                          batch.flatMap { value in Array(repeating: Float(reference(Double(value))), count: 16) }, "\(name) fused into dense")
    }

    @Test func poolsKeepNaNAndInfinities() throws {
        let (channels, height, width) = (16, 6, 6)
        let values = Self.values(channels * height * width, offset: 5)
        let x = TensorData(shape: [1, channels, height, width], floats: values)
        func window(_ c: Int, _ y: Int, _ x: Int, _ size: Int) -> [Double] {
            (0..<size).flatMap { dy in (0..<size).map { dx in Double(values[(c * height + y * size + dy) * width + x * size + dx]) } }
        }
        func torchMax(_ window: [Double]) -> Double { window.contains(where: \.isNaN) ? .nan : window.max()! }
        func mean(_ window: [Double]) -> Double { window.reduce(0, +) / Double(window.count) }
        let planes = (0..<channels)
        let maxPooled = planes.flatMap { c in (0..<3).flatMap { y in (0..<3).map { x in Float(torchMax(window(c, y, x, 2))) } } }
        let avgPooled = planes.flatMap { c in (0..<3).flatMap { y in (0..<3).map { x in Float(mean(window(c, y, x, 2))) } } }
        let globalMax = planes.map { c in Float(torchMax(window(c, 0, 0, 6))) }
        let globalAvg = planes.map { c in Float(mean(window(c, 0, 0, 6))) }
        #expect(maxPooled.contains(where: \.isNaN) && maxPooled.contains(.infinity) && maxPooled.contains(where: \.isFinite))
        let shape = [1, channels, height, width]
        try expectMatches(Graph.build("op") { output("y", maxPool2d(input("x", shape: shape), kernel: 2)) }, ["x": x], maxPooled, "maxPool2d")
        try expectMatches(Graph.build("op") { output("y", avgPool2d(input("x", shape: shape), kernel: 2)) }, ["x": x], avgPooled, "avgPool2d")
        try expectMatches(Graph.build("op") { output("y", globalMaxPool2d(input("x", shape: shape))) }, ["x": x], globalMax, "globalMaxPool2d")
        try expectMatches(Graph.build("op") { output("y", globalAvgPool2d(input("x", shape: shape))) }, ["x": x], globalAvg, "globalAvgPool2d")

        // Fused: a max pool after a convolution runs in the convolution's kernel (blocked+maxPool2d).
        var fused = try Graph.build("op") {
            output("y", maxPool2d(conv2d(input("x", shape: [1, 1, height, width]), filters: 16, kernel: 1), kernel: 2))
        }
        setWeights(&fused, to: 1)
        let plane = Array(values.prefix(height * width))
        let pooledPlane = (0..<3).flatMap { y in (0..<3).map { x in
            Float(torchMax((0..<2).flatMap { dy in (0..<2).map { dx in Double(plane[(y * 2 + dy) * width + x * 2 + dx]) } }))
        } }
        try expectMatches(fused, ["x": TensorData(shape: [1, 1, height, width], floats: plane)],
                          (0..<16).flatMap { _ in pooledPlane }, "maxPool2d fused into conv2d")
    }

    @Test func softmaxAndLogSoftmaxFollowPyTorch() throws {
        // Rows: a NaN, a +Inf, a -Inf among finite logits, ±0 only, ordinary logits.
        let rows: [[Float]] = [
            [1, .nan, 2, 3, -1, 0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
            [1, 2, .infinity, 3, -1, 0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
            [1, -.infinity, 2, 3, -1, 0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
            [0, -0.0, 0, -0.0, 0, -0.0, 0, -0.0, 0, -0.0, 0, -0.0, 0, -0.0, 0, -0.0, 0, -0.0, 0],
            (0..<19).map { Float($0) * 0.5 - 3 },
        ]
        func torchSoftmax(_ row: [Float], log: Bool) -> [Float] {
            let values = row.map(Double.init)
            let largest = values.contains(where: \.isNaN) ? .nan : values.max()!
            let shifted = values.map { $0 - largest }
            let sum = shifted.map { Foundation.exp($0) }.reduce(0, +)
            return shifted.map { Float(log ? $0 - Foundation.log(sum) : Foundation.exp($0) / sum) }
        }
        let x = TensorData(shape: [rows.count, 19], floats: rows.flatMap { $0 })
        for log in [false, true] {
            let graph = try Graph.build("op") {
                let logits = input("x", shape: [rows.count, 19])
                output("y", log ? logSoftmax(logits) : softmax(logits))
            }
            try expectMatches(graph, ["x": x], rows.flatMap { torchSoftmax($0, log: log) }, log ? "logSoftmax" : "softmax")
            // Along the first axis, where the kernel's vectors run across the rows.
            let columns = try Graph.build("op") {
                let logits = input("x", shape: [19, rows.count])
                output("y", log ? logSoftmax(logits, axis: 0) : softmax(logits, axis: 0))
            }
            let transposed = (0..<19).flatMap { j in rows.map { $0[j] } }
            let expected = rows.map { torchSoftmax($0, log: log) }
            try expectMatches(columns, ["x": TensorData(shape: [19, rows.count], floats: transposed)],
                              (0..<19).flatMap { j in expected.map { $0[j] } }, log ? "logSoftmax axis 0" : "softmax axis 0")
        }
    }

    @Test func localResponseNormalizationKeepsNaN() throws {
        let shape = [1, 16, 3, 3]
        let values = Self.values(16 * 9, offset: 3)
        let (size, alpha, beta, k) = (5, 1e-2, 0.75, 2.0)
        let expected = (0..<16).flatMap { c in (0..<9).map { p -> Float in
            let window = (Swift.max(0, c - 2)...Swift.min(15, c + 2)).map { Double(values[$0 * 9 + p]) }
            let squares = window.map { $0 * $0 }.reduce(0, +)
            return Float(Double(values[c * 9 + p]) / Foundation.pow(k + alpha / Double(size) * squares, beta))
        } }
        let graph = try Graph.build("op") { output("y", lrn(input("x", shape: shape), size: size, alpha: Float(alpha), beta: Float(beta), k: Float(k))) }
        try expectMatches(graph, ["x": TensorData(shape: shape, floats: values)], expected, "lrn")
    }

    /// LeNet (trained) with one NaN pixel: every class probability is NaN, as in PyTorch.
    @Test func lenetWithOneNaNPixelAnswersNaN() throws {
        var lenet = try SwiftGraphFile.load("\(packageRoot)/examples/lenet.swiftgraph")
        try ModelLoader.bindWeights(&lenet)
        var image = try NumPy.read("\(packageRoot)/examples/digits/7.npy")
        var pixels = image.floats
        pixels[14 * 28 + 14] = .nan
        image = TensorData(shape: image.shape, floats: pixels)
        let optimized = try lenet.optimized(level: 3)
        let interpreted = try Interpreter(graph: lenet).run(["image": image])["probs"]!.floats
        #expect(interpreted.allSatisfy { $0.isNaN })
        for (target, options) in try runnableTargets() {
            let probs = try Model.jit(optimized, options: options).run(["image": image])["probs"]!.floats
            let allNaN = probs.allSatisfy { $0.isNaN }
            #expect(allNaN, "\(target): \(probs)")
        }
    }

    /// A NaN at one time step of one sequence: the LSTM's and GRU's compiled outputs are NaN
    /// exactly where the interpreter's are (from that step on), and agree elsewhere.
    @Test func recurrentLayersKeepNaN() throws {
        for cell in ["lstm", "gru"] {
            var graph = try Graph.build("op") {
                let x = input("x", shape: [2, 5, 6])
                output("y", cell == "lstm" ? lstm(x, units: 16, returnSequences: true) : gru(x, units: 16, returnSequences: true))
            }
            graph.initializeWeights()
            randomizeWeights(&graph)
            var values = randomFloats(2 * 5 * 6, seed: 7)
            values[(1 * 5 + 2) * 6 + 3] = .nan
            let x = TensorData(shape: [2, 5, 6], floats: values)
            let reference = try Interpreter(graph: graph).run(["x": x])["y"]!.floats
            #expect(reference.contains(where: \.isNaN) && reference.contains(where: \.isFinite))
            for (target, options) in try runnableTargets() {
                let result = try Model.jit(graph, options: options).run(["x": x])["y"]!.floats
                #expect(result.map(\.isNaN) == reference.map(\.isNaN), "\(cell) \(target)")
                expectClose(result.filter { !$0.isNaN }, reference.filter { !$0.isNaN }, tolerance: 1e-5)
            }
        }
    }

    // MARK: - Helpers

    /// Every parameter of `graph` set to `value`, biases to 0.
}

/// `activation` as a layer of its own.
func applying(_ activation: Activation, to x: Tensor) -> Tensor {
    activation.elementwise.map { elementwiseLayer($0, x) } ?? x
}

/// The interpreter and the graph compiled for every runnable width give `expected`: NaN
/// where it is NaN, the same infinities, finite values within 1e-5 (relative) or 1e-6.
func expectMatches(_ graph: Graph, _ inputs: [String: TensorData], _ expected: [Float], _ what: String,
                   sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    var results = [("interpreter", try Interpreter(graph: graph).run(inputs)["y"]!.floats)]
    let optimized = try graph.optimized(level: 3)
    for (target, options) in try runnableTargets() {
        results.append((target, try Model.jit(optimized, options: options).run(inputs)["y"]!.floats))
    }
    for (backend, actual) in results {
        #expect(actual.count == expected.count, "\(what), \(backend)", sourceLocation: sourceLocation)
        let mismatches = zip(actual, expected).enumerated().filter { _, pair in
            let (a, e) = pair
            if e.isNaN || !e.isFinite { return !(a.isNaN && e.isNaN) && a != e }
            return !(abs(a - e) <= Swift.max(1e-6, 1e-5 * abs(e)))
        }
        #expect(mismatches.isEmpty, "\(what), \(backend): \(mismatches.prefix(6).map { "[\($0.offset)] \($0.element.0) expected \($0.element.1)" })",
                sourceLocation: sourceLocation)
    }
}

/// Every weight `value`, every bias 0.
func setWeights(_ graph: inout Graph, to value: Float) {
    for id in graph.parameters {
        let parameter = graph[id]
        let fill: Float = parameter.name.hasSuffix(".bias") ? 0 : value
        graph.weights[parameter.name] = TensorData(shape: parameter.type.shape, floats: Array(repeating: fill, count: parameter.type.elementCount))
    }
}
