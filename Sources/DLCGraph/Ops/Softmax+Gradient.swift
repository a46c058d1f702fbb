extension Softmax {
    /// From the output `y`: `dX = y ⊙ (dY - Σ dY ⊙ y)` for softmax, `dX = dY - eʸ · Σ dY` for
    /// log-softmax, the sums along the axis.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        var gradients = LayerGradients(inputs: 1, parameters: 0)
        gradients.inputs[0] = try builder.add("grad_input", .training(.softmaxGradient(SoftmaxGradient(self))),
                                              [layer.output, outputGradient])
        return gradients
    }
}

/// The gradient of a softmax or log-softmax layer's input. Inputs: the layer's output `y`, `dY`.
public struct SoftmaxGradient: OperatorDefinition, Encodable {
    /// The layer differentiated.
    public var softmax: Softmax

    /// The input gradient of `softmax`.
    public init(_ softmax: Softmax) { self.softmax = softmax }

    public var kindName: String { "\(softmax.kindName)Gradient" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 2)
        try requireSameShape(inputs[1], inputs[0], "the output gradient")
        return TensorType(shape: inputs[0].shape)
    }

    public var attributeSummary: String { softmax.attributeSummary }

    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        try backwardLayerGradients(of: layer, builder: builder)
    }
}
