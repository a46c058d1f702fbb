/// Transposed 2-D convolution ("deconvolution"): each input pixel scatters a `kernel`-sized,
/// weighted patch into the output at `stride` spacing; padding crops the result.
///
/// Weights are `[input channels, filters / groups, kH, kW]` (PyTorch's ConvTranspose2d).
/// Output height: `(H - 1)·stride - top - bottom + dilation·(kH - 1) + outputPadding + 1`.
///
/// ```swift
/// conv2dTranspose(x, filters: 64, kernel: 3, stride: 2, padding: 1, outputPadding: 1)
/// ```
public struct Conv2DTranspose: OperatorDefinition, Encodable {
    /// Output channels.
    public var filters: Int
    /// Kernel height and width.
    public var kernel: Size2D
    /// Step between windows, in rows and columns.
    public var stride: Size2D
    /// Zero padding on each edge.
    public var padding: EdgePadding
    /// Extra rows and columns added at the bottom and right of the output.
    public var outputPadding: Size2D
    /// Spacing between kernel taps.
    public var dilation: Size2D
    /// Channel groups; each filter sees `channels / groups` inputs.
    public var groups: Int
    /// Whether the layer adds a learned bias.
    public var hasBias: Bool
    /// The activation applied to the output.
    public var activation: ElementwiseFunction?

    /// A transposed convolution with these attributes.
    public init(filters: Int, kernel: Size2D, stride: Size2D = Size2D(square: 1), padding: EdgePadding = .zero,
                outputPadding: Size2D = Size2D(square: 0), dilation: Size2D = Size2D(square: 1), groups: Int = 1,
                hasBias: Bool = true, activation: ElementwiseFunction? = nil) {
        self.filters = filters
        self.kernel = kernel
        self.stride = stride
        self.padding = padding
        self.outputPadding = outputPadding
        self.dilation = dilation
        self.groups = groups
        self.hasBias = hasBias
        self.activation = activation
    }

    public var kindName: String { "conv2dTranspose" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        let input = inputs[0]
        try validateConvolution(input: input, filters: filters, kernel: kernel, stride: stride, dilation: dilation,
                                groups: groups, padding: padding, activation: activation, kindName: kindName)
        guard outputPadding.height >= 0, outputPadding.width >= 0 else {
            throw OperatorError("outputPadding must not be negative, got \(outputPadding)")
        }
        guard outputPadding.height < max(stride.height, dilation.height),
              outputPadding.width < max(stride.width, dilation.width) else {
            throw OperatorError(
                "outputPadding \(outputPadding) must be smaller than the stride \(stride) or the dilation \(dilation)")
        }
        func length(_ n: Int, _ k: Int, _ s: Int, _ d: Int, _ before: Int, _ after: Int, _ extra: Int) -> Int {
            (n - 1) * s - before - after + d * (k - 1) + extra + 1
        }
        let height = length(input.shape[2], kernel.height, stride.height, dilation.height,
                            padding.top, padding.bottom, outputPadding.height)
        let width = length(input.shape[3], kernel.width, stride.width, dilation.width,
                           padding.left, padding.right, outputPadding.width)
        guard height > 0, width > 0 else {
            throw OperatorError("padding \(padding) crops the whole output (\(height)x\(width)); input \(input)")
        }
        return TensorType(shape: [input.shape[0], filters, height, width])
    }

    public func parameterSpecs(inputs: [TensorType]) -> [ParameterSpec] {
        let channels = inputs[0].shape[1]
        let area = kernel.height * kernel.width
        var specs = [ParameterSpec(
            "weight", shape: [channels, filters / groups, kernel.height, kernel.width],
            initializer: weightInitializer(activation, fanIn: channels / groups * area, fanOut: filters / groups * area))]
        if hasBias { specs.append(ParameterSpec("bias", shape: [filters], initializer: .zeros)) }
        return specs
    }

    public func macCount(inputs: [TensorType], output: TensorType) -> Int {
        inputs[0].elementCount &* (filters / groups) &* kernel.height &* kernel.width
    }

    public var attributeSummary: String {
        var parts = ["filters=\(filters)", "kernel=\(kernel)"]
        if stride != Size2D(square: 1) { parts.append("stride=\(stride)") }
        if !padding.isZero { parts.append("padding=\(padding)") }
        if outputPadding != Size2D(square: 0) { parts.append("outputPadding=\(outputPadding)") }
        if dilation != Size2D(square: 1) { parts.append("dilation=\(dilation)") }
        if groups != 1 { parts.append("groups=\(groups)") }
        if !hasBias { parts.append("bias=false") }
        if let activation { parts.append("activation=\(activation)") }
        return parts.joined(separator: " ")
    }
}
