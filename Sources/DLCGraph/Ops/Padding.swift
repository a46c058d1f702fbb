/// Explicit padding of an NCHW image's height and width: a constant (zeros by default, Keras'
/// Padding2D), the image mirrored, its edge repeated, or its opposite side (``PaddingMode``).
/// The optimizer folds zero padding into the padding of the convolutions and pools that read it.
///
/// ```swift
/// x = conv2d(zeroPadding2d(x, padding: (0, 0, 1, 1)), filters: 64, kernel: 3, stride: 2)
/// x = conv2d(pad2d(x, padding: 3, mode: .reflect), filters: 64, kernel: 7)
/// ```
public struct Padding2D: OperatorDefinition, Encodable {
    /// Padding on each edge.
    public var padding: EdgePadding
    /// What fills the border.
    public var mode: PaddingMode
    /// The border's value in `.constant` mode.
    public var value: Float

    /// Explicit padding; zeros unless `mode` or `value` say otherwise.
    public init(padding: EdgePadding, mode: PaddingMode = .constant, value: Float = 0) {
        (self.padding, self.mode, self.value) = (padding, mode, value)
    }

    /// Whether this is plain zero padding, which convolutions and pools can absorb.
    public var isZeroPadding: Bool { mode == .constant && value == 0 }

    public var kindName: String { isZeroPadding ? "zeroPadding2d" : "pad2d" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        let input = inputs[0]
        try requireFloat(input, rank: 4, layout: "[batch, channels, height, width]")
        try requireNonNegative(padding)
        guard value.isFinite else { throw OperatorError("the padding value must be finite, got \(value)") }
        let (height, width) = (input.shape[2], input.shape[3])
        let (tallest, widest) = (max(padding.top, padding.bottom), max(padding.left, padding.right))
        switch mode {
        case .constant: break
        case .reflect:
            guard tallest < height, widest < width else {
                throw OperatorError("reflect padding \(padding) must be smaller than the \(height)x\(width) image on each side")
            }
        case .edge:
            guard height > 0, width > 0 else { throw OperatorError("edge padding needs a non-empty image") }
        case .wrap:
            guard tallest <= height, widest <= width else {
                throw OperatorError("wrap padding \(padding) must be at most the \(height)x\(width) image on each side")
            }
        }
        return TensorType(shape: [input.shape[0], input.shape[1], height + padding.top + padding.bottom,
                                  width + padding.left + padding.right])
    }

    public var attributeSummary: String {
        "padding=\(padding)" + (mode == .constant ? (value == 0 ? "" : " value=\(value)") : " mode=\(mode.rawValue)")
    }
}
