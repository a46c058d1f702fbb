/// The sum of a tensor over some axes, times a scale, stored in a given shape of the same
/// element count: a bias's gradient (the output gradient summed over batch and pixels), the
/// gradient of an operand a broadcasting operation stretched.
///
/// ```swift
/// Sum(axes: [0, 2, 3], shape: [64])   // [N, 64, H, W] → [64]
/// ```
public struct Sum: OperatorDefinition, Encodable {
    /// The axes summed over.
    public var axes: [Int]
    /// The result's shape: the remaining axes, possibly with axes of 1 inserted.
    public var shape: [Int]
    /// Multiplies the sums (-1 for the subtrahend of a subtraction).
    public var scale: Float

    /// A sum over `axes`, reshaped to `shape`.
    public init(axes: [Int], shape: [Int], scale: Float = 1) {
        self.axes = axes
        self.shape = shape
        self.scale = scale
    }

    public var kindName: String { "sum" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        let input = inputs[0]
        guard axes.allSatisfy({ (0..<input.rank).contains($0) }), Set(axes).count == axes.count else {
            throw OperatorError("axes \(axes) do not name distinct axes of \(input)")
        }
        let kept = input.shape.indices.filter { !axes.contains($0) }.map { input.shape[$0] }.reduce(1, *)
        guard shape.allSatisfy({ $0 > 0 }), shape.reduce(1, *) == kept else {
            throw OperatorError("the sum of \(input) over axes \(axes) has \(kept) elements, not the \(formatShape(shape)) asked for")
        }
        return TensorType(shape: shape)
    }

    public var attributeSummary: String { "axes=\(axes)" + (scale == 1 ? "" : " scale=\(scale)") }

    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        try backwardLayerGradients(of: layer, builder: builder)
    }
}
