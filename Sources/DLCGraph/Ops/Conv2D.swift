/// 2-D convolution (cross-correlation) over NCHW images with OIHW weights; depthwise convolution
/// is the case `groups == input channels`.
///
/// `output[n, o, y, x] = bias[o] + Σ_{c, i, j} input[n, g·C/G + c, y·sh + i·dh - top, x·sw + j·dw - left]
/// · weight[o, c, i, j]`, where `g` is the group of `o`, then the element-wise `activation`.
///
/// With `addsResidual` (set by the optimizer's residual fusion) the layer takes a second input of
/// the output's type and adds it before the activation: `activation(conv + bias + residual)`.
/// With `pool` (set by the code generator's pooling fusion) the layer's output is that pooling
/// layer applied to the activated convolution: `pool(activation(conv + bias))`. With
/// `depthwise` (set by its depthwise-pointwise fusion) the layer first computes that depthwise
/// convolution of its input, from its third and fourth parameters, and convolves the result.
///
/// ```swift
/// conv2d(image, filters: 6, kernel: 5, padding: 2, activation: .relu)
/// ```
public struct Conv2D: OperatorDefinition, Encodable {
    /// Output channels.
    public var filters: Int
    /// Kernel height and width.
    public var kernel: Size2D
    /// Step between windows, in rows and columns.
    public var stride: Size2D
    /// Zero padding on each edge.
    public var padding: EdgePadding
    /// Spacing between kernel taps.
    public var dilation: Size2D
    /// Channel groups; each filter sees `channels / groups` inputs.
    public var groups: Int
    /// Whether the layer adds a learned bias.
    public var hasBias: Bool
    /// Applied to each output element before it is stored.
    public var activation: ElementwiseFunction?
    /// Whether a second input is added to the result before the activation.
    public var addsResidual: Bool
    /// A max or average pooling layer applied to the activated result (never with a residual).
    public var pool: Pool2D?
    /// A depthwise convolution computed from the input first (its weights follow this layer's).
    public var depthwise: DepthwiseStage?

    /// A convolution with these attributes.
    public init(filters: Int, kernel: Size2D, stride: Size2D = Size2D(square: 1),
                padding: EdgePadding = .zero, dilation: Size2D = Size2D(square: 1),
                groups: Int = 1, hasBias: Bool = true, activation: ElementwiseFunction? = nil, addsResidual: Bool = false,
                pool: Pool2D? = nil) {
        self.filters = filters
        self.kernel = kernel
        self.stride = stride
        self.padding = padding
        self.dilation = dilation
        self.groups = groups
        self.hasBias = hasBias
        self.activation = activation
        self.addsResidual = addsResidual
        self.pool = pool
    }

    public var kindName: String { "conv2d" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, addsResidual ? 2 : 1)
        let output = try convolutionOutputType(inputs: inputs)
        guard let pool else { return output }
        guard !addsResidual else { throw OperatorError("a fused pooling layer cannot follow a fused residual") }
        return try pool.outputType(inputs: [output])
    }

    /// The convolution's own output, before a fused pooling layer.
    public func convolutionOutputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        let input = try depthwise.map { stage throws(OperatorError) in
            try stage.convolution(channels: inputs[0].shape[1]).outputType(inputs: [inputs[0]])
        } ?? inputs[0]
        try validateConvolution(input: input, filters: filters, kernel: kernel, stride: stride, dilation: dilation,
                                groups: groups, padding: padding, activation: activation, kindName: kindName)
        let height = try slidingWindowLength(
            input: input.shape[2], kernel: kernel.height, stride: stride.height, dilation: dilation.height,
            padBefore: padding.top, padAfter: padding.bottom, axis: "height", inputType: input)
        let width = try slidingWindowLength(
            input: input.shape[3], kernel: kernel.width, stride: stride.width, dilation: dilation.width,
            padBefore: padding.left, padAfter: padding.right, axis: "width", inputType: input)
        let output = TensorType(shape: [input.shape[0], filters, height, width])
        if addsResidual && !inputs[1].isLogically(output) {
            throw OperatorError("the residual input is \(inputs[1]), expected the output's type \(output)")
        }
        return output
    }

    public func parameterSpecs(inputs: [TensorType]) -> [ParameterSpec] {
        let stage = depthwise.map { $0.convolution(channels: inputs[0].shape[1]) }
        let ownSpecs = convolutionParameterSpecs(channels: inputs[0].shape[1])
        guard let stage else { return ownSpecs }
        return ownSpecs + stage.convolutionParameterSpecs(channels: inputs[0].shape[1]).map {
            ParameterSpec("depthwise.\($0.suffix)", shape: $0.shape, initializer: $0.initializer)
        }
    }

    private func convolutionParameterSpecs(channels: Int) -> [ParameterSpec] {
        let channelsPerGroup = channels / groups
        let fanIn = channelsPerGroup * kernel.height * kernel.width
        let fanOut = filters / groups * kernel.height * kernel.width
        var specs = [ParameterSpec("weight", shape: [filters, channelsPerGroup, kernel.height, kernel.width],
                                   initializer: weightInitializer(activation, fanIn: fanIn, fanOut: fanOut))]
        if hasBias { specs.append(ParameterSpec("bias", shape: [filters], initializer: .zeros)) }
        return specs
    }

    public func macCount(inputs: [TensorType], output: TensorType) -> Int {
        let computed = pool == nil ? output : (try? convolutionOutputType(inputs: inputs)) ?? output
        // A fused depthwise stage's own work, and the input it gives this convolution.
        let stage = depthwise?.convolution(channels: inputs[0].shape[1])
        let staged = stage.flatMap { try? $0.outputType(inputs: [inputs[0]]) } ?? inputs[0]
        let stageMACs = stage?.macCount(inputs: [inputs[0]], output: staged) ?? 0
        return stageMACs &+ computed.elementCount &* (staged.shape[1] / groups) &* kernel.height &* kernel.width
    }

    public var attributeSummary: String {
        var parts = depthwise.map { ["depthwise(\($0.convolution(channels: 1).attributeSummary.split(separator: " ").dropFirst().joined(separator: ",")))+"] } ?? []
        parts += ["filters=\(filters)", "kernel=\(kernel)"]
        if stride != Size2D(square: 1) { parts.append("stride=\(stride)") }
        if !padding.isZero { parts.append("padding=\(padding)") }
        if dilation != Size2D(square: 1) { parts.append("dilation=\(dilation)") }
        if groups != 1 { parts.append("groups=\(groups)") }
        if !hasBias { parts.append("bias=false") }
        if addsResidual { parts.append("+residual") }
        if let activation { parts.append("activation=\(activation)") }
        if let pool { parts.append("+\(pool.kindName)(\(pool.attributeSummary.split(separator: " ").joined(separator: ",")))") }
        return parts.joined(separator: " ")
    }
}

/// The depthwise convolution a pointwise convolution computes first when the two are fused
/// (`Conv2D.depthwise`): one filter per channel, with its own window, bias and activation.
///
/// ```swift
/// var pointwise = Conv2D(filters: 64, kernel: Size2D(square: 1))
/// let depthwise = Conv2D(filters: 32, kernel: Size2D(square: 3), padding: EdgePadding(top: 1, left: 1, bottom: 1, right: 1), groups: 32)
/// pointwise.depthwise = DepthwiseStage(depthwise)
/// ```
public struct DepthwiseStage: Hashable, Sendable, Encodable {
    /// Kernel height and width.
    public var kernel: Size2D
    /// Step between windows, in rows and columns.
    public var stride: Size2D
    /// Zero padding on each edge.
    public var padding: EdgePadding
    /// Spacing between kernel taps.
    public var dilation: Size2D
    /// Whether the stage adds a learned bias (the fused layer's `depthwise.bias`).
    public var hasBias: Bool
    /// Applied to the stage's output before the pointwise convolution reads it.
    public var activation: ElementwiseFunction?

    /// The stage of a depthwise convolution `op`.
    public init(_ op: Conv2D) {
        (kernel, stride, padding, dilation, hasBias, activation) = (op.kernel, op.stride, op.padding, op.dilation, op.hasBias, op.activation)
    }

    /// The stage as a convolution of `channels` channels.
    public func convolution(channels: Int) -> Conv2D {
        Conv2D(filters: channels, kernel: kernel, stride: stride, padding: padding, dilation: dilation, groups: channels,
               hasBias: hasBias, activation: activation)
    }
}

/// The checks convolution and transposed convolution share: an NCHW float input, positive sizes,
/// non-negative padding, an element-wise activation, and channels and filters divisible by groups.
func validateConvolution(input: TensorType, filters: Int, kernel: Size2D, stride: Size2D, dilation: Size2D, groups: Int,
                         padding: EdgePadding, activation: ElementwiseFunction?, kindName: String) throws(OperatorError) {
    try requireFloat(input, rank: 4, layout: "[batch, channels, height, width]")
    try requirePositive(filters, "filters")
    try requirePositive(kernel, "kernel")
    try requirePositive(stride, "stride")
    try requirePositive(dilation, "dilation")
    try requirePositive(groups, "groups")
    try requireNonNegative(padding)
    try activation?.validate()
    guard input.shape[1] % groups == 0 else {
        throw OperatorError("input channels (\(input.shape[1])) are not divisible by groups (\(groups)); input \(input)")
    }
    guard filters % groups == 0 else {
        throw OperatorError("filters (\(filters)) are not divisible by groups (\(groups))")
    }
}

/// He initialization ahead of a ReLU-family activation, Glorot otherwise (no activation included).
func weightInitializer(_ activation: ElementwiseFunction?, fanIn: Int, fanOut: Int) -> ParameterInitializer {
    activation?.prefersHeInitialization == true ? .he(fanIn: fanIn) : .glorot(fanIn: fanIn, fanOut: fanOut)
}

/// Output length of a sliding window along one axis: `(n + before + after - effectiveKernel) / stride + 1`.
func slidingWindowLength(input: Int, kernel: Int, stride: Int, dilation: Int, padBefore: Int, padAfter: Int,
                         axis: String, inputType: TensorType) throws(OperatorError) -> Int {
    let effectiveKernel = (kernel - 1) * dilation + 1
    let padded = input + padBefore + padAfter
    guard effectiveKernel <= padded else {
        let dilated = dilation == 1 ? "" : " (\(effectiveKernel) with dilation \(dilation))"
        throw OperatorError(
            "kernel \(axis) \(kernel)\(dilated) is larger than the padded input \(axis) \(padded); input \(inputType)")
    }
    return (padded - effectiveKernel) / stride + 1
}

extension Conv2D {
    public func overwritableInput(inputs: [TensorType], output: TensorType) -> Int? { addsResidual ? 1 : nil }

    /// Whether this is a depthwise convolution: one filter per input channel.
    public func isDepthwise(channels: Int) -> Bool { groups == channels && filters == channels }

    /// Whether each output pixel reads only the same input pixel: a 1x1 kernel, stride 1, no
    /// padding (a product over channels, whatever the groups).
    ///
    /// ```swift
    /// Conv2D(filters: 64, kernel: Size2D(square: 1)).isPointwise   // true
    /// ```
    public var isPointwise: Bool { kernel == Size2D(square: 1) && stride == Size2D(square: 1) && padding.isZero }

    /// A blocked output when the filters fill whole blocks, or most of the last one (see
    /// ``fillsPartialBlocks(output:block:)``); the input blocked when its channels fill whole
    /// blocks (a plain input, like a 3-channel image, is read as it is), and always for grouped
    /// and depthwise layers, whose groups must then fill whole blocks; a residual blocked too.
    public func preferredLayouts(inputs: [TensorType], output: TensorType, block: Int) -> LayoutChoice {
        let blocked = TensorLayout.blocked(block)
        let plain = LayoutChoice.plain(inputs: inputs.count)
        guard output.fillsBlocks(of: block) || fillsPartialBlocks(output: output, block: block) else { return plain }
        let channels = inputs[0].shape[1]
        let inputLayout: TensorLayout
        if isDepthwise(channels: channels) || groups > 1 {
            guard isDepthwise(channels: channels) || (channels / groups) % block == 0 && (filters / groups) % block == 0 else { return plain }
            inputLayout = blocked
        } else {
            inputLayout = inputs[0].fillsBlocks(of: block) ? blocked : .plain
        }
        return LayoutChoice(inputs: [inputLayout] + (addsResidual ? [blocked] : []), output: blocked)
    }

    /// Whether a convolution whose filters do not fill whole blocks still gets a blocked output,
    /// its last block padded: without groups or a residual, and with at least three quarters of
    /// the computed lanes real filters (1000 in 63 blocks of 16, 6 in one of 8; not 3 in 8,
    /// which the plain kernel, vectorized over columns, computes without waste).
    func fillsPartialBlocks(output: TensorType, block: Int) -> Bool {
        let padded = (filters + block - 1) / block * block
        return groups == 1 && !addsResidual && output.rank == 4 && filters * 4 >= padded * 3
    }

    /// Plain in and out; or a blocked output, from a blocked input (whole blocks per group, or
    /// depthwise) or from a plain one (any channel count: the 3-channel stem). A residual
    /// shares the output's layout. Without groups or a residual the output's last block may be
    /// partial (1000 filters in blocks of 16).
    public func supportsLayouts(inputs: [TensorType], output: TensorType) -> Bool {
        let input = inputs[0]
        guard output.hasValidLayout || groups == 1 && !addsResidual && output.hasValidPartialLayout,
              input.hasValidLayout, !addsResidual || inputs[1].layout == output.layout else { return false }
        guard let block = output.layout.block else { return input.layout == .plain }
        switch input.layout {
        case .plain:
            return groups == 1
        case .blocked(let inputBlock):
            let channels = input.shape[1]
            return inputBlock == block && (isDepthwise(channels: channels)
                || (channels / groups) % block == 0 && (groups == 1 || (filters / groups) % block == 0))
        }
    }
}
