extension Pool2D {
    /// Max pooling passes each window's gradient to the first of its largest inputs (PyTorch's
    /// choice on ties); average pooling spreads it evenly over the window's divisor.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        var gradients = LayerGradients(inputs: 1, parameters: 0)
        gradients.inputs[0] = try builder.add("grad_input", .training(.pool2dGradient(Pool2DGradient(self))),
                                              [layer.inputs[0], outputGradient])
        return gradients
    }
}

extension GlobalPool2D {
    /// Like ``Pool2D``'s, with one window per channel.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        var gradients = LayerGradients(inputs: 1, parameters: 0)
        gradients.inputs[0] = try builder.add("grad_input", .training(.globalPool2dGradient(GlobalPool2DGradient(self))),
                                              [layer.inputs[0], outputGradient])
        return gradients
    }
}

/// The gradient of a pooling layer's input. Inputs: the pooling layer's input `X` (max pooling
/// finds each window's maximum again) and `dY`.
public struct Pool2DGradient: OperatorDefinition, Encodable {
    /// The pooling layer differentiated.
    public var pool: Pool2D

    /// The input gradient of `pool`.
    public init(_ pool: Pool2D) { self.pool = pool }

    public var kindName: String { "\(pool.kindName)Gradient" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 2)
        try requireSameShape(inputs[1], try pool.outputType(inputs: [inputs[0]]), "the output gradient")
        return TensorType(shape: inputs[0].shape)
    }

    public var attributeSummary: String { pool.attributeSummary }

    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        try backwardLayerGradients(of: layer, builder: builder)
    }
}

/// The gradient of a global pooling layer's input. Inputs `X` and `dY`.
public struct GlobalPool2DGradient: OperatorDefinition, Encodable {
    /// The pooling layer differentiated.
    public var pool: GlobalPool2D

    /// The input gradient of `pool`.
    public init(_ pool: GlobalPool2D) { self.pool = pool }

    public var kindName: String { "\(pool.kindName)Gradient" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 2)
        try requireSameShape(inputs[1], try pool.outputType(inputs: [inputs[0]]), "the output gradient")
        return TensorType(shape: inputs[0].shape)
    }

    public var attributeSummary: String { "" }

    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        try backwardLayerGradients(of: layer, builder: builder)
    }
}
