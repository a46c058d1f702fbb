/// One element-wise equation of an optimizer's update: the next value of a parameter or of a
/// piece of optimizer state (a momentum buffer, Adam's moments), from its current value (the
/// layer's parameter `s`) and data inputs computed in the step. PyTorch's update rules are
/// compositions of these (docs/training.md lists each optimizer's).
///
/// Every formula's data inputs end with the learning rate `[1]` and the step number `[1]`
/// (int64, counting from 1): the graph inputs `learning_rate` and `step`.
public struct OptimizerFormula: OperatorDefinition, Encodable {
    /// How the descent direction of ``Formula/descend(_:decoupledDecay:)`` is formed.
    public enum Direction: Hashable, Sendable, Encodable {
        /// Inputs `[d]`: `d`.
        case plain
        /// Inputs `[g, b]`: `g + μ·b` (Nesterov momentum).
        case nesterov(momentum: Float)
        /// Inputs `[m, v]`: `m / (1 - β1ᵗ) / (√v / √(1 - β2ᵗ) + ε)`.
        case adam(beta1: Double, beta2: Double, epsilon: Float)
        /// Inputs `[m, u]`: `m / (1 - β1ᵗ) / u`.
        case adamax(beta1: Double)
        /// Inputs `[g, sum]`: `g / (√sum + ε)`, the learning rate divided by `1 + (t - 1)·decay`.
        case adagrad(learningRateDecay: Double, epsilon: Float)
        /// Inputs `[g, v]` (or `[g, v, ḡ]` centered): `g / (√(v - ḡ²) + ε)`.
        case rmsprop(epsilon: Float, centered: Bool)

        /// Data inputs the direction reads.
        var operands: Int {
            switch self {
            case .plain: 1
            case .nesterov, .adam, .adamax, .adagrad: 2
            case .rmsprop(_, let centered): centered ? 3 : 2
            }
        }
    }

    /// The equation.
    public enum Formula: Hashable, Sendable, Encodable {
        /// Inputs `[g]`: `decay·s + scale·g` (or `g²`); with `firstStepCopies`, `g` itself at step 1
        /// (PyTorch's momentum buffer starts as the first gradient).
        case movingAverage(decay: Float, scale: Float, squared: Bool, firstStepCopies: Bool)
        /// Inputs `[g]`: `s + weight·(g - s)`, rounded as PyTorch's `lerp` (Adam's first moment):
        /// `g - (g - s)·(1 - weight)` when the weight is at least one half.
        case interpolation(weight: Float)
        /// Inputs `[g]`: `max(decay·s, |g| + ε)` (AdaMax's infinity norm).
        case maximumNorm(decay: Float, epsilon: Float)
        /// Inputs `[g]`: `g + decay·s`, an L2 penalty's term added to the gradient of `s`.
        case weightDecay(Float)
        /// Inputs `[g]`: `g + l1·sign(s) + 2·l2·s`, the gradient of the penalty
        /// `l1·Σ|s| + l2·Σs²` (Keras' `l1_l2` regularizer) added.
        case penalty(l1: Float, l2: Float)
        /// Inputs `[g, v]` (or `[g, v, ḡ]`): `momentum·s + g / (√(v - ḡ²) + ε)` (RMSprop's buffer).
        case rmspropMomentum(momentum: Float, epsilon: Float, centered: Bool)
        /// Inputs `[g, v]`: `√(s + ε) / √(v + ε) · g` (Adadelta's step, `s` its accumulated updates).
        case adadeltaDelta(epsilon: Float)
        /// Direction inputs: `s·(1 - lr·decoupledDecay) - lr·direction`, a parameter's descent.
        case descend(Direction, decoupledDecay: Float)

        /// Data inputs the formula reads before the learning rate and the step.
        package var operands: Int {
            switch self {
            case .movingAverage, .interpolation, .maximumNorm, .weightDecay, .penalty: 1
            case .rmspropMomentum(_, _, let centered): centered ? 3 : 2
            case .adadeltaDelta: 2
            case .descend(let direction, _): direction.operands
            }
        }
    }

    /// The equation.
    public var formula: Formula

    /// An update by `formula`.
    public init(_ formula: Formula) { self.formula = formula }

    public var kindName: String {
        switch formula {
        case .movingAverage: "movingAverage"
        case .interpolation: "interpolation"
        case .maximumNorm: "maximumNorm"
        case .weightDecay: "weightDecay"
        case .penalty: "penalty"
        case .rmspropMomentum: "rmspropMomentum"
        case .adadeltaDelta: "adadeltaDelta"
        case .descend: "descend"
        }
    }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, formula.operands + 2)
        let shape = inputs[0].shape
        for operand in inputs.prefix(formula.operands) {
            try requireSameShape(operand, TensorType(shape: shape), "an operand")
        }
        let (learningRate, step) = (inputs[formula.operands], inputs[formula.operands + 1])
        guard learningRate.shape == [1], learningRate.dtype == .float32 else {
            throw OperatorError("the learning rate must be float32 [1], got \(learningRate)")
        }
        guard step.shape == [1], step.dtype == .int64 else { throw OperatorError("the step must be int64 [1], got \(step)") }
        return TensorType(shape: shape)
    }

    /// The value updated: a weight or a piece of optimizer state of the operands' shape.
    public func parameterSpecs(inputs: [TensorType]) -> [ParameterSpec] {
        [ParameterSpec("state", shape: inputs[0].shape, initializer: .zeros, trainable: false)]
    }

    public var attributeSummary: String {
        switch formula {
        case .movingAverage(let decay, let scale, let squared, let copies):
            "decay=\(decay) scale=\(scale)" + (squared ? " squared" : "") + (copies ? " firstStepCopies" : "")
        case .interpolation(let weight): "weight=\(weight)"
        case .maximumNorm(let decay, let epsilon): "decay=\(decay) epsilon=\(epsilon)"
        case .weightDecay(let decay): "decay=\(decay)"
        case .penalty(let l1, let l2): "l1=\(l1) l2=\(l2)"
        case .rmspropMomentum(let momentum, let epsilon, let centered): "momentum=\(momentum) epsilon=\(epsilon)" + (centered ? " centered" : "")
        case .adadeltaDelta(let epsilon): "epsilon=\(epsilon)"
        case .descend(let direction, let decay): "\(direction)" + (decay == 0 ? "" : " decoupledDecay=\(decay)")
        }
    }

    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        try backwardLayerGradients(of: layer, builder: builder)
    }
}
