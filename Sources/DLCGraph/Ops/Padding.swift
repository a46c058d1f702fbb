/// Explicit zero padding of an NCHW image's height and width (Keras' ZeroPadding2D).
/// The optimizer folds it into the padding of the convolutions and pools that read it.
///
/// ```swift
/// x = conv2d(zeroPadding2d(x, padding: (0, 0, 1, 1)), filters: 64, kernel: 3, stride: 2)
/// ```
public struct ZeroPadding2D: OperatorDefinition, Encodable {
    /// Zero padding on each edge.
    public var padding: EdgePadding

    /// Explicit zero padding.
    public init(padding: EdgePadding) { self.padding = padding }

    public var kindName: String { "zeroPadding2d" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        let input = inputs[0]
        try requireFloat(input, rank: 4, layout: "[batch, channels, height, width]")
        try requireNonNegative(padding)
        return TensorType(shape: [input.shape[0], input.shape[1], input.shape[2] + padding.top + padding.bottom,
                                  input.shape[3] + padding.left + padding.right])
    }

    public var attributeSummary: String { "padding=\(padding)" }
}
