/// The factor that clips gradients by their global norm (PyTorch's `clip_grad_norm_`): from the
/// sum of the squares of every gradient element `s` (`[1]`), `min(1, maxNorm / (√s + 1e-6))`.
public struct ClipScale: OperatorDefinition, Encodable {
    /// The largest global L2 norm the gradients keep.
    public var maxNorm: Float

    /// The factor for clipping to `maxNorm`.
    public init(maxNorm: Float) { self.maxNorm = maxNorm }

    public var kindName: String { "clipScale" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        try requireSameShape(inputs[0], TensorType(shape: [1]), "the sum of squares")
        guard maxNorm > 0 else { throw OperatorError("the maximum norm must be positive, got \(maxNorm)") }
        return TensorType(shape: [1])
    }

    public var attributeSummary: String { "maxNorm=\(maxNorm)" }

    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        try backwardLayerGradients(of: layer, builder: builder)
    }
}
