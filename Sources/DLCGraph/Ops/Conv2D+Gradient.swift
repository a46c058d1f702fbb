extension Conv2D {
    /// `dZ = dY ⊙ f'(y)` through the fused activation, then `dX` (the transposed convolution of
    /// `dZ` with the weights), `dW` (the correlation of the input with `dZ`) and `db = Σ dZ`.
    /// Fused residuals, pools and depthwise stages come from the optimizer, which training
    /// graphs do not go through.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        guard !addsResidual, pool == nil, depthwise == nil else {
            throw builder.notDifferentiable("fused layers are differentiated before fusion")
        }
        var gradients = LayerGradients(inputs: 1, parameters: layer.parameters.count)
        let preActivation = try builder.throughFusedActivation(activation, outputGradient: outputGradient)
        var linear = self
        linear.activation = nil
        if builder.needsInputGradient(0) {
            gradients.inputs[0] = try builder.add(
                "grad_input", .training(.conv2dInputGradient(Conv2DInputGradient(linear, inputShape: builder.type(layer.inputs[0]).shape))),
                [preActivation], parameters: [layer.parameters[0]])
        }
        if builder.needsParameterGradient(0) {
            gradients.parameters[0] = try builder.add("weight.grad", .training(.conv2dWeightGradient(Conv2DWeightGradient(linear))),
                                                      [layer.inputs[0], preActivation])
        }
        if hasBias && builder.needsParameterGradient(1) {
            gradients.parameters[1] = try builder.add("bias.grad", .training(.sum(Sum(axes: [0, 2, 3], shape: [filters]))), [preActivation])
        }
        return gradients
    }
}

/// The gradient of a convolution's input: `dX[n, c, iy, ix] = Σ dY[n, o, y, x] · W[o, c, i, j]`
/// over the taps with `iy = y·sh + i·dh - top`, `ix = x·sw + j·dw - left` (the transposed
/// convolution). Input `dY`; parameter the convolution's weight.
public struct Conv2DInputGradient: OperatorDefinition, Encodable {
    /// The convolution differentiated (without activation).
    public var convolution: Conv2D
    /// The shape of the convolution's input.
    public var inputShape: [Int]

    /// The input gradient of `convolution` applied to an input of `inputShape`.
    public init(_ convolution: Conv2D, inputShape: [Int]) {
        self.convolution = convolution
        self.inputShape = inputShape
    }

    public var kindName: String { "conv2dInputGradient" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        let input = TensorType(shape: inputShape)
        try requireSameShape(inputs[0], try convolution.outputType(inputs: [input]), "the output gradient")
        return input
    }

    public func parameterSpecs(inputs: [TensorType]) -> [ParameterSpec] {
        Array(convolution.parameterSpecs(inputs: [TensorType(shape: inputShape)]).prefix(1))
    }

    public func macCount(inputs: [TensorType], output: TensorType) -> Int {
        convolution.macCount(inputs: [output], output: inputs[0])
    }

    public var attributeSummary: String { convolution.attributeSummary }

    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        try backwardLayerGradients(of: layer, builder: builder)
    }
}

/// The gradient of a convolution's weight: `dW[o, c, i, j] = Σ_{n, y, x} dY[n, o, y, x] ·
/// X[n, g·C/G + c, y·sh + i·dh - top, x·sw + j·dw - left]`. Inputs `X`, `dY`.
public struct Conv2DWeightGradient: OperatorDefinition, Encodable {
    /// The convolution differentiated (without activation).
    public var convolution: Conv2D

    /// The weight gradient of `convolution`.
    public init(_ convolution: Conv2D) { self.convolution = convolution }

    public var kindName: String { "conv2dWeightGradient" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 2)
        try requireSameShape(inputs[1], try convolution.outputType(inputs: [inputs[0]]), "the output gradient")
        return TensorType(shape: convolution.parameterSpecs(inputs: [inputs[0]])[0].shape)
    }

    public func macCount(inputs: [TensorType], output: TensorType) -> Int {
        convolution.macCount(inputs: [inputs[0]], output: inputs[1])
    }

    public var attributeSummary: String { convolution.attributeSummary }

    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        try backwardLayerGradients(of: layer, builder: builder)
    }
}
