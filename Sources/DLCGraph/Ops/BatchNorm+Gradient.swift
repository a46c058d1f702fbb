extension BatchNorm {
    /// A training step computes batch normalization with batch statistics
    /// (``BatchNormTraining``), whose rule is the one that runs.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        throw builder.notDifferentiable("internal error: a training step normalizes with batch statistics (batchNormTraining)")
    }
}

/// Batch normalization as it trains: each channel normalized by the mean and (biased) variance
/// of its values in the batch, `y = (x - μ_B) / √(σ²_B + ε) · weight + bias`. It takes the
/// parameters of ``BatchNorm`` (the running statistics are updated beside it, by
/// ``RunningStatistic``).
public struct BatchNormTraining: OperatorDefinition, Encodable {
    /// Added to the variance before its square root.
    public var epsilon: Float

    /// The training form of `batchNorm`.
    public init(_ batchNorm: BatchNorm) { epsilon = batchNorm.epsilon }

    public var kindName: String { "batchNormTraining" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try BatchNorm(epsilon: epsilon).outputType(inputs: inputs)
    }

    public func parameterSpecs(inputs: [TensorType]) -> [ParameterSpec] { BatchNorm(epsilon: epsilon).parameterSpecs(inputs: inputs) }

    public func macCount(inputs: [TensorType], output: TensorType) -> Int { 2 &* output.elementCount }

    public var attributeSummary: String { "epsilon=\(epsilon)" }

    /// With `x̂ = (x - μ_B)/√(σ²_B + ε)`: `dX = weight/√(σ²_B + ε) · (dY - mean(dY) - x̂ · mean(dY ⊙ x̂))`,
    /// `dWeight = Σ dY ⊙ x̂`, `dBias = Σ dY`, the means and sums over all but the channel axis.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        var gradients = LayerGradients(inputs: 1, parameters: 4)
        let x = layer.inputs[0]
        if builder.needsInputGradient(0) {
            gradients.inputs[0] = try builder.add("grad_input", .training(.batchNormInputGradient(BatchNormInputGradient(epsilon: epsilon))),
                                                  [x, outputGradient], parameters: [layer.parameters[0]])
        }
        if builder.needsParameterGradient(0) {
            gradients.parameters[0] = try builder.add("weight.grad", .training(.batchNormScaleGradient(BatchNormScaleGradient(epsilon: epsilon))),
                                                      [x, outputGradient])
        }
        if builder.needsParameterGradient(1) {
            let shape = builder.type(x).shape
            gradients.parameters[1] = try builder.add("bias.grad", .training(.sum(Sum(axes: shape.indices.filter { $0 != 1 }, shape: [shape[1]]))),
                                                      [outputGradient])
        }
        return gradients
    }
}

/// The gradient of a training batch norm's input. Inputs `X`, `dY`; parameter the weight.
public struct BatchNormInputGradient: OperatorDefinition, Encodable {
    /// Added to the variance before its square root.
    public var epsilon: Float

    /// The gradient of a batch norm with this epsilon.
    public init(epsilon: Float) { self.epsilon = epsilon }

    public var kindName: String { "batchNormInputGradient" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 2)
        try requireSameShape(inputs[1], inputs[0], "the output gradient")
        return try BatchNorm(epsilon: epsilon).outputType(inputs: [inputs[0]])
    }

    public func parameterSpecs(inputs: [TensorType]) -> [ParameterSpec] {
        Array(BatchNorm(epsilon: epsilon).parameterSpecs(inputs: inputs).prefix(1))
    }

    public var attributeSummary: String { "epsilon=\(epsilon)" }

    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        try backwardLayerGradients(of: layer, builder: builder)
    }
}

/// The gradient of a training batch norm's weight: `Σ dY ⊙ x̂` per channel. Inputs `X`, `dY`.
public struct BatchNormScaleGradient: OperatorDefinition, Encodable {
    /// Added to the variance before its square root.
    public var epsilon: Float

    /// The gradient of a batch norm with this epsilon.
    public init(epsilon: Float) { self.epsilon = epsilon }

    public var kindName: String { "batchNormScaleGradient" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 2)
        try requireSameShape(inputs[1], inputs[0], "the output gradient")
        return TensorType(shape: [try BatchNorm(epsilon: epsilon).outputType(inputs: [inputs[0]]).shape[1]])
    }

    public var attributeSummary: String { "epsilon=\(epsilon)" }

    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        try backwardLayerGradients(of: layer, builder: builder)
    }
}

/// The next running mean or variance of a batch norm, as PyTorch updates them in training:
/// `(1 - momentum) · running + momentum · statistic`, the variance unbiased (`n/(n-1)` times
/// the batch's). Input `X`; parameter the running statistic.
public struct RunningStatistic: OperatorDefinition, Encodable {
    /// Which statistic.
    public enum Statistic: String, Hashable, Sendable, Encodable { case mean, variance }

    /// Which statistic.
    public var statistic: Statistic
    /// The weight of the batch's statistic (PyTorch's `momentum`, 0.1 by default).
    public var momentum: Float

    /// The update of `statistic` with `momentum`.
    public init(_ statistic: Statistic, momentum: Float) {
        self.statistic = statistic
        self.momentum = momentum
    }

    public var kindName: String { "running\(statistic == .mean ? "Mean" : "Variance")" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        let input = try BatchNorm().outputType(inputs: inputs)
        guard input.elementCount > input.shape[1] || statistic == .mean else {
            throw OperatorError("the unbiased variance needs more than one value per channel, got \(input)")
        }
        return TensorType(shape: [input.shape[1]])
    }

    public func parameterSpecs(inputs: [TensorType]) -> [ParameterSpec] {
        [ParameterSpec("running", shape: [inputs[0].shape[1]], initializer: statistic == .mean ? .zeros : .ones, trainable: false)]
    }

    public var attributeSummary: String { "momentum=\(momentum)" }

    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        try backwardLayerGradients(of: layer, builder: builder)
    }
}
