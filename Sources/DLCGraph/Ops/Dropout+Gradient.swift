extension Dropout {
    /// A training step drops with random masks (``DropoutTraining``), whose rule is the one that runs.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        throw builder.notDifferentiable("internal error: a training step drops with random masks (dropoutTraining)")
    }
}

/// Dropout as it trains: each element kept with probability `1 - rate` and scaled by
/// `1 / (1 - rate)` (inverted dropout), or zeroed. Inputs: `X`, the step number (`[1]` int64).
///
/// The mask is a function of the seed, the layer's name, the step and the element's index
/// (``keeps(seed:layer:step:index:)``), so the interpreter and compiled code draw the same masks
/// without sharing a generator, the backward pass recomputes them instead of storing them, and a
/// resumed run draws what an uninterrupted one would have.
public struct DropoutTraining: OperatorDefinition, Encodable {
    /// The probability of dropping an element.
    public var rate: Float
    /// The forward layer's name, hashed into the mask.
    public var layer: String
    /// The run's seed.
    public var seed: UInt64

    /// The training form of the dropout layer `layer`.
    public init(rate: Float, layer: String, seed: UInt64) {
        self.rate = rate
        self.layer = layer
        self.seed = seed
    }

    public var kindName: String { "dropoutTraining" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 2)
        _ = try Dropout(rate: rate).outputType(inputs: [inputs[0]])
        guard inputs[1].shape == [1], inputs[1].dtype == .int64 else { throw OperatorError("the step must be int64 [1], got \(inputs[1])") }
        return TensorType(shape: inputs[0].shape)
    }

    public var attributeSummary: String { "rate=\(rate) seed=\(seed)" }

    /// The same mask and scale applied to `dY`.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        var gradients = LayerGradients(inputs: 2, parameters: 0)
        gradients.inputs[0] = try builder.add("grad_input", layer.operation, [outputGradient, layer.inputs[1]])
        return gradients
    }

    /// Whether element `index` of `layer`'s input is kept at `step`: SplitMix64's finalizer of
    /// `seed·φ + fnv1a(layer) + step·c1 + index·c2` (mod 2⁶⁴), its top 24 bits as a uniform
    /// number `u` in [0, 1), kept when `u ≥ rate`. scripts/training/make_fixtures.py has the same
    /// rule in NumPy.
    @inline(__always)
    public static func keeps(rate: Float, seed: UInt64, layerHash: UInt64, step: UInt64, index: UInt64) -> Bool {
        let bits = SplitMix64.mix(seed &* 0x9E37_79B9_7F4A_7C15 &+ layerHash &+ step &* 0xBF58_476D_1CE4_E5B9 &+ index &* 0x94D0_49BB_1331_11EB)
        return Float(bits >> 40) * 0x1p-24 >= rate
    }
}
