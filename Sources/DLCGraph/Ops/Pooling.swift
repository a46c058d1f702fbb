/// Max or average pooling over windows of an NCHW image, channel by channel.
///
/// Output size follows PyTorch: `floor` (or `ceil` with `ceilMode`) of
/// `(H + top + bottom - kernel) / stride` plus one, where in ceil mode a window that would start
/// in the bottom/right padding is dropped. Padding is smaller than the kernel, so every window
/// holds at least one input element (PyTorch allows half the kernel, ONNX more). Average pooling
/// divides by the number of input elements in the window, or, with `countIncludePad`, by the
/// window clipped to the padded input.
///
/// ```swift
/// maxPool2d(x, kernel: 3, stride: 2, padding: 1)
/// avgPool2d(x, kernel: 2, ceilMode: true)
/// ```
public struct Pool2D: OperatorDefinition, Encodable {
    /// Max or average.
    public enum Kind: String, Hashable, Sendable, Encodable { case max, average }

    /// Which variant of the layer.
    public var kind: Kind
    /// Kernel height and width.
    public var kernel: Size2D
    /// Step between windows, in rows and columns.
    public var stride: Size2D
    /// Padding on each edge (excluded from averages unless `countIncludePad`).
    public var padding: EdgePadding
    /// Whether partial windows at the bottom and right edges produce outputs.
    public var ceilMode: Bool
    /// Whether averages divide by the whole window, padding included.
    public var countIncludePad: Bool

    /// A pooling layer with these attributes.
    public init(kind: Kind, kernel: Size2D, stride: Size2D, padding: EdgePadding = .zero,
                ceilMode: Bool = false, countIncludePad: Bool = false) {
        self.kind = kind
        self.kernel = kernel
        self.stride = stride
        self.padding = padding
        self.ceilMode = ceilMode
        self.countIncludePad = countIncludePad
    }

    public var kindName: String { kind == .max ? "maxPool2d" : "avgPool2d" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        let input = inputs[0]
        try requireFloat(input, rank: 4, layout: "[batch, channels, height, width]")
        try requirePositive(kernel, "kernel")
        try requirePositive(stride, "stride")
        try requireNonNegative(padding)
        guard max(padding.top, padding.bottom) < kernel.height, max(padding.left, padding.right) < kernel.width else {
            throw OperatorError("padding \(padding) must be smaller than the kernel \(kernel)")
        }
        let height = try pooledLength(input: input.shape[2], kernel: kernel.height, stride: stride.height,
                                      padBefore: padding.top, padAfter: padding.bottom, axis: "height", inputType: input)
        let width = try pooledLength(input: input.shape[3], kernel: kernel.width, stride: stride.width,
                                     padBefore: padding.left, padAfter: padding.right, axis: "width", inputType: input)
        return TensorType(shape: [input.shape[0], input.shape[1], height, width])
    }

    func pooledLength(input: Int, kernel: Int, stride: Int, padBefore: Int, padAfter: Int,
                      axis: String, inputType: TensorType) throws(OperatorError) -> Int {
        let padded = input + padBefore + padAfter
        guard kernel <= padded else {
            throw OperatorError(
                "kernel \(axis) \(kernel) is larger than the padded input \(axis) \(padded); input \(inputType)")
        }
        let span = padded - kernel
        var length = (ceilMode ? (span + stride - 1) / stride : span / stride) + 1
        if ceilMode && (length - 1) * stride >= input + padBefore { length -= 1 }
        return length
    }

    public var attributeSummary: String {
        var parts = ["kernel=\(kernel)", "stride=\(stride)"]
        if !padding.isZero { parts.append("padding=\(padding)") }
        if ceilMode { parts.append("ceilMode=true") }
        if kind == .average && countIncludePad { parts.append("countIncludePad=true") }
        return parts.joined(separator: " ")
    }
}

/// Max or average over each whole channel: `[N, C, H, W]` to `[N, C, 1, 1]`.
///
/// ```swift
/// x = globalAvgPool2d(x)
/// ```
public struct GlobalPool2D: OperatorDefinition, Encodable {
    /// Which variant of the layer.
    public var kind: Pool2D.Kind

    /// A global pooling layer.
    public init(kind: Pool2D.Kind) { self.kind = kind }

    public var kindName: String { kind == .max ? "globalMaxPool2d" : "globalAvgPool2d" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        try requireFloat(inputs[0], rank: 4, layout: "[batch, channels, height, width]")
        return TensorType(shape: [inputs[0].shape[0], inputs[0].shape[1], 1, 1])
    }

    public var attributeSummary: String { "" }
}

extension Pool2D {
    /// Window by window in either layout (blocked pools a vector of channels at a time, a
    /// partial last block included).
    public func supportsLayouts(inputs: [TensorType], output: TensorType) -> Bool {
        output.hasValidPartialLayout && inputs.count == 1 && inputs[0].layout == output.layout
    }

    /// Blocked when the input arrives blocked.
    public func preferredLayouts(inputs: [TensorType], output: TensorType, block: Int) -> LayoutChoice {
        .followingInput(inputs, block: block)
    }
}

extension GlobalPool2D {
    /// Reads plain or blocked input (a partial last block included); the `[N, C, 1, 1]` output
    /// is plain (for whole blocks the two layouts have the same bytes).
    public func supportsLayouts(inputs: [TensorType], output: TensorType) -> Bool {
        output.layout == .plain && inputs.allSatisfy(\.hasValidPartialLayout)
    }

    /// The input as it arrives; the output plain.
    public func preferredLayouts(inputs: [TensorType], output: TensorType, block: Int) -> LayoutChoice {
        LayoutChoice(inputs: [inputs[0].layout], output: .plain)
    }
}
