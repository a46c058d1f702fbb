/// Local response normalization across channels, as in AlexNet, with PyTorch's and ONNX's
/// scaling of alpha by the window size:
/// `y[c] = x[c] / (k + alpha / size · Σ_{c' ∈ window(c)} x[c']²)^beta`, where the window runs from
/// `c - size/2` to `c + (size-1)/2`, clipped to the existing channels.
///
/// ```swift
/// x = lrn(x, size: 5, alpha: 1e-4, beta: 0.75, k: 2.0)
/// ```
public struct LRN: OperatorDefinition, Encodable {
    /// Channels in each normalization window.
    public var size: Int
    /// The scale of the squared sum.
    public var alpha: Float
    /// The exponent.
    public var beta: Float
    /// The additive constant.
    public var k: Float

    /// An LRN with these attributes.
    public init(size: Int = 5, alpha: Float = 1e-4, beta: Float = 0.75, k: Float = 2.0) {
        self.size = size
        self.alpha = alpha
        self.beta = beta
        self.k = k
    }

    public var kindName: String { "lrn" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        let input = inputs[0]
        guard input.rank >= 3, input.dtype == .float32 else {
            throw OperatorError("expected a float32 input [batch, channels, ...], got \(input)")
        }
        try requirePositive(size, "size")
        return input
    }

    public func macCount(inputs: [TensorType], output: TensorType) -> Int { output.elementCount &* size }

    public var attributeSummary: String { "size=\(size) alpha=\(alpha) beta=\(beta) k=\(k)" }
}
