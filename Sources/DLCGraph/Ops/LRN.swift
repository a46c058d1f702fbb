/// Local response normalization across channels, as in AlexNet, with PyTorch's and ONNX's
/// scaling of alpha by the window size:
/// `y[c] = x[c] / (k + alpha / size · Σ_{c' ∈ window(c)} x[c']²)^beta`, where the window runs from
/// `c - size/2` to `c + (size-1)/2` (PyTorch's), clipped to the existing channels. An even window
/// is one channel longer before `c` than after it; `moreChannelsAfter` turns it round, from
/// `c - (size-1)/2` to `c + size/2` (ONNX's and Caffe's window).
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
    /// An even window holds one channel more after `c` than before it (ONNX's); by default one
    /// more before (PyTorch's). Odd windows are centred either way.
    public var moreChannelsAfter: Bool

    /// An LRN with these attributes.
    public init(size: Int = 5, alpha: Float = 1e-4, beta: Float = 0.75, k: Float = 2.0, moreChannelsAfter: Bool = false) {
        self.size = size
        self.alpha = alpha
        self.beta = beta
        self.k = k
        self.moreChannelsAfter = moreChannelsAfter
    }

    /// Channels of the window before `c`.
    public var channelsBefore: Int { moreChannelsAfter ? (size - 1) / 2 : size / 2 }
    /// Channels of the window after `c`.
    public var channelsAfter: Int { size - 1 - channelsBefore }

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

    /// Whether the window of channels reaches no further than the blocks on either side of a
    /// channel's own when channels are stored in blocks of `block` (what the blocked kernel reads).
    package func fitsBlocks(of block: Int) -> Bool { max(channelsBefore, channelsAfter) <= block }

    /// Blocked when the input arrives blocked in whole blocks and the window fits them.
    public func preferredLayouts(inputs: [TensorType], output: TensorType, block: Int) -> LayoutChoice {
        let blocked = TensorLayout.blocked(block)
        guard inputs[0].layout == blocked, inputs[0].fillsBlocks(of: block), fitsBlocks(of: block) else { return .plain(inputs: 1) }
        return LayoutChoice(inputs: [blocked], output: blocked)
    }

    /// Plain, or blocked in whole blocks when the window ``fitsBlocks(of:)``.
    public func supportsLayouts(inputs: [TensorType], output: TensorType) -> Bool {
        guard sharesOneLayout(inputs, output) else { return false }
        guard case .blocked(let block) = output.layout else { return true }
        return fitsBlocks(of: block)
    }

    public var attributeSummary: String {
        "size=\(size) alpha=\(alpha) beta=\(beta) k=\(k)" + (moreChannelsAfter ? " moreChannelsAfter=true" : "")
    }
}
