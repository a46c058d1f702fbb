extension LRN {
    /// With `s_c = k + α/n · Σ_{j ∈ window(c)} x_j²` and `y_c = x_c · s_c^-β`:
    /// `dx_c = dy_c · s_c^-β - 2αβ/n · x_c · Σ_{j : c ∈ window(j)} dy_j · x_j · s_j^(-β-1)`.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        var gradients = LayerGradients(inputs: 1, parameters: 0)
        gradients.inputs[0] = try builder.add("grad_input", .training(.lrnGradient(LRNGradient(self))), [layer.inputs[0], outputGradient])
        return gradients
    }
}

/// The gradient of a local response normalization's input. Inputs `X`, `dY`.
public struct LRNGradient: OperatorDefinition, Encodable {
    /// The layer differentiated.
    public var lrn: LRN

    /// The input gradient of `lrn`.
    public init(_ lrn: LRN) { self.lrn = lrn }

    public var kindName: String { "lrnGradient" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 2)
        try requireSameShape(inputs[1], try lrn.outputType(inputs: [inputs[0]]), "the output gradient")
        return TensorType(shape: inputs[0].shape)
    }

    public var attributeSummary: String { lrn.attributeSummary }

    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        try backwardLayerGradients(of: layer, builder: builder)
    }
}
