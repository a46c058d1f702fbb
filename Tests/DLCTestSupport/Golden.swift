import DLC
import Testing

/// Every parameter random (biases too, so their handling is exercised): uniform within the
/// initializer's bound, or ±0.5 for biases; batch-norm variances in [0.5, 1.5).
public func randomizeWeights(_ graph: inout Graph, seed: UInt64 = 99) {
    for id in graph.parameters {
        let value = graph[id]
        var generator = SplitMix64(seed: seed ^ fnv1a(value.name))
        let count = value.type.elementCount
        // x ↦ scale · x + offset of uniform x in [0, 1): in an unsafe buffer, because the debug
        // build's `map` took over 30 s for VGG's 138 million weights.
        var (scale, offset): (Float, Float) = (1, 0.5)
        if !value.name.hasSuffix("running_var") {
            var bound: Float = 0.5
            if case .parameter(let initializer, _) = value.kind {
                switch initializer {
                case .he(let fanIn): bound = (6 / Float(fanIn)).squareRoot()
                case .glorot(let fanIn, let fanOut): bound = (6 / Float(fanIn + fanOut)).squareRoot()
                case .zeros, .ones: bound = 0.5
                }
            }
            (scale, offset) = (2 * bound, -bound)
        }
        let values = [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count { buffer[index] = generator.nextUniform() * scale + offset }
            initialized = count
        }
        graph.weights[value.name] = TensorData(shape: value.type.shape, floats: values)
    }
}

/// The tolerance compiled results are held to: the largest error relative to the reference
/// output's largest magnitude. LLVM reorders float sums and dlc's vector exp/tanh differ from
/// libm by a few ulp, so bit equality is not expected.
public let singleOpTolerance: Float = 2e-5
public let modelTolerance: Float = 1e-4

/// Runs `graph` on the interpreter, the JIT and a compiled shared library and expects the
/// compiled outputs within `tolerance` of the interpreter's.
public func expectBackendsAgree(_ graph: Graph, inputs: [String: TensorData]? = nil, tolerance: Float = singleOpTolerance,
                                sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let inputs = inputs ?? graph.sampleInputs()
    let reference = try Interpreter(graph: graph).run(inputs)
    for (backend, model) in [("jit", try Model.jit(graph)), ("aot", try Model.compileAndLoad(graph))] {
        let results = try model.run(inputs)
        for output in graph.outputs {
            let difference = results[output.name]!.difference(from: reference[output.name]!)
            #expect(difference.relative <= tolerance, "\(backend) output \(output.name): \(difference)", sourceLocation: sourceLocation)
        }
    }
}
