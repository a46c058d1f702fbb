extension Dense {
    /// `dZ = dY ⊙ f'(y)` through the fused activation, then `dX = dZ · W`, `dW = dZᵀ · X` and
    /// `db = Σ_batch dZ`.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        var gradients = LayerGradients(inputs: 1, parameters: layer.parameters.count)
        let preActivation = try builder.throughFusedActivation(activation, outputGradient: outputGradient)
        let features = builder.type(layer.inputs[0]).shape[1]
        if builder.needsInputGradient(0) {
            gradients.inputs[0] = try builder.add("grad_input", .training(.denseInputGradient(DenseInputGradient(features: features))),
                                                  [preActivation], parameters: [layer.parameters[0]])
        }
        if builder.needsParameterGradient(0) {
            gradients.parameters[0] = try builder.add("weight.grad", .training(.denseWeightGradient(DenseWeightGradient())),
                                                      [layer.inputs[0], preActivation])
        }
        if hasBias && builder.needsParameterGradient(1) {
            gradients.parameters[1] = try builder.add("bias.grad", .training(.sum(Sum(axes: [0], shape: [units]))), [preActivation])
        }
        return gradients
    }
}

/// The gradient of a dense layer's input: `dX = dY · W` (`[N, U] · [U, F]`). Input `dY`;
/// parameter the layer's weight.
public struct DenseInputGradient: OperatorDefinition, Encodable {
    /// The layer's input features `F`.
    public var features: Int

    /// The input gradient of a dense layer reading `features` features.
    public init(features: Int) { self.features = features }

    public var kindName: String { "denseInputGradient" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        try requireFloat(inputs[0], rank: 2, layout: "[batch, units]")
        try requirePositive(features, "features")
        return TensorType(shape: [inputs[0].shape[0], features])
    }

    public func parameterSpecs(inputs: [TensorType]) -> [ParameterSpec] {
        [ParameterSpec("weight", shape: [inputs[0].shape[1], features], initializer: .zeros)]
    }

    public func macCount(inputs: [TensorType], output: TensorType) -> Int { inputs[0].elementCount &* features }

    public var attributeSummary: String { "features=\(features)" }

    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        try backwardLayerGradients(of: layer, builder: builder)
    }
}

/// The gradient of a dense layer's weight: `dW = dYᵀ · X` (`[U, N] · [N, F]`). Inputs `X`, `dY`.
public struct DenseWeightGradient: OperatorDefinition, Encodable {
    /// The weight gradient of a dense layer.
    public init() {}

    public var kindName: String { "denseWeightGradient" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 2)
        try requireFloat(inputs[0], rank: 2, layout: "[batch, features]")
        try requireFloat(inputs[1], rank: 2, layout: "[batch, units]")
        guard inputs[0].shape[0] == inputs[1].shape[0] else {
            throw OperatorError("the input \(inputs[0]) and the output gradient \(inputs[1]) have different batches")
        }
        return TensorType(shape: [inputs[1].shape[1], inputs[0].shape[1]])
    }

    public func macCount(inputs: [TensorType], output: TensorType) -> Int { inputs[0].elementCount &* inputs[1].shape[1] }

    public var attributeSummary: String { "" }

    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        try backwardLayerGradients(of: layer, builder: builder)
    }
}
