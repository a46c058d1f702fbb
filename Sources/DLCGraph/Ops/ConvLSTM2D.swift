/// The convolutional LSTM (Shi et al., "Convolutional LSTM Network: A Machine Learning Approach
/// for Precipitation Nowcasting", NeurIPS 2015) over `[N, T, C, H, W]`: an LSTM whose states
/// are images and whose products are convolutions. Per step, gates in PyTorch's LSTM order:
///
///     i = σ(W_i ∗ x + U_i ∗ h + b_i (+ V_i ∘ c))      f = σ(W_f ∗ x + U_f ∗ h + b_f (+ V_f ∘ c))
///     g = tanh(W_g ∗ x + U_g ∗ h + b_g)                c' = f ∘ c + i ∘ g
///     o = σ(W_o ∗ x + U_o ∗ h + b_o (+ V_o ∘ c'))      h' = o ∘ tanh(c')
///
/// `∗ x` is the convolution with the layer's padding, `∗ h` the same-size one (the state keeps
/// its size); the V terms are the peepholes (`peephole: true`). States start at zero. Output:
/// the last h `[N, F, H', W']`, or every step's `[N, T, F, H', W']` (`returnSequences`);
/// bidirectional layers concatenate forward then reverse on the filter axis.
///
/// ```swift
/// let frames = input("radar", shape: [1, 10, 1, 64, 64])
/// let h = convLSTM2d(frames, filters: 32, kernel: 3, returnSequences: true, peephole: true)
/// ```
public struct ConvLSTM2D: OperatorDefinition, Encodable {
    /// Output channels.
    public var filters: Int
    /// Kernel height and width.
    public var kernel: Size2D
    /// The padding of the input convolution (`.same` and `.valid` resolved).
    public var padding: EdgePadding
    /// Whether the output holds every step (`[N, T, F]`) or the last (`[N, F]`).
    public var returnSequences: Bool
    /// Whether the gates see the cell state through peephole weights.
    public var peephole: Bool
    /// Which way the sequence is read.
    public var direction: Direction

    /// A convolutional LSTM with these attributes.
    public init(filters: Int, kernel: Size2D, padding: EdgePadding, returnSequences: Bool = false, peephole: Bool = false,
                direction: Direction = .forward) {
        (self.filters, self.kernel, self.padding) = (filters, kernel, padding)
        (self.returnSequences, self.peephole, self.direction) = (returnSequences, peephole, direction)
    }

    public var kindName: String { "convLSTM2d" }

    /// The state convolution's padding: TensorFlow's `.same` at stride 1 (the odd pixel at the
    /// bottom and right).
    public var statePadding: EdgePadding {
        let (rows, columns) = (kernel.height - 1, kernel.width - 1)
        return EdgePadding(top: rows / 2, left: columns / 2, bottom: rows - rows / 2, right: columns - columns / 2)
    }

    /// Parameters of one direction, in ``parameterSpecs`` order.
    public var parametersPerDirection: Int { peephole ? 4 : 3 }

    /// The size of the states: the input convolution's output `[H', W']`.
    public func stateSize(_ input: TensorType) -> (height: Int, width: Int) {
        (input.shape[3] + padding.top + padding.bottom - kernel.height + 1,
         input.shape[4] + padding.left + padding.right - kernel.width + 1)
    }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        let input = inputs[0]
        try requireFloat(input, rank: 5, layout: "[batch, time, channels, height, width]")
        try requirePositive(filters, "filters")
        guard kernel.height > 0, kernel.width > 0 else { throw OperatorError("kernel must be positive, got \(kernel)") }
        guard input.shape[1] > 0 else { throw OperatorError("the sequence is empty: \(input)") }
        let (height, width) = stateSize(input)
        guard height > 0, width > 0 else {
            throw OperatorError("the \(kernel.height)x\(kernel.width) kernel does not fit the \(input.shape[3])x\(input.shape[4]) frames "
                                + "with padding \(padding)")
        }
        let features = filters * direction.directionCount
        let (batch, time) = (input.shape[0], input.shape[1])
        return TensorType(shape: returnSequences ? [batch, time, features, height, width] : [batch, features, height, width])
    }

    /// Suffixes of each direction's parameters (`weight_ih`, `weight_ih_reverse`, ...).
    public var directionSuffixes: [String] { direction == .bidirectional ? ["", "_reverse"] : [""] }

    public func parameterSpecs(inputs: [TensorType]) -> [ParameterSpec] {
        let channels = inputs[0].shape[2]
        let (height, width) = stateSize(inputs[0])
        let (rows, area) = (4 * filters, kernel.height * kernel.width)
        return directionSuffixes.flatMap { suffix in
            [
                ParameterSpec("weight_ih\(suffix)", shape: [rows, channels, kernel.height, kernel.width],
                              initializer: .glorot(fanIn: channels * area, fanOut: rows * area)),
                ParameterSpec("weight_hh\(suffix)", shape: [rows, filters, kernel.height, kernel.width],
                              initializer: .glorot(fanIn: filters * area, fanOut: rows * area)),
                ParameterSpec("bias\(suffix)", shape: [rows], initializer: .zeros),
            ] + (peephole ? [
                ParameterSpec("weight_peephole\(suffix)", shape: [3, filters, height, width],
                              initializer: .glorot(fanIn: filters, fanOut: 3 * filters)),
            ] : [])
        }
    }

    public func macCount(inputs: [TensorType], output: TensorType) -> Int {
        let input = inputs[0]
        let (batch, time, channels) = (input.shape[0], input.shape[1], input.shape[2])
        let (height, width) = stateSize(input)
        let perPosition = 4 &* filters &* (channels &+ filters) &* kernel.height &* kernel.width &+ (peephole ? 3 &* filters : 0)
        return batch &* time &* direction.directionCount &* height &* width &* perPosition
    }

    public var attributeSummary: String {
        var parts = ["filters=\(filters)", "kernel=\(kernel)"]
        if padding != .zero { parts.append("padding=\(padding)") }
        if returnSequences { parts.append("returnSequences=true") }
        if peephole { parts.append("peephole=true") }
        if direction != .forward { parts.append("direction=\(direction.rawValue)") }
        return parts.joined(separator: " ")
    }
}

extension ConvLSTM2D {
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        throw builder.notDifferentiable("back-propagation through time is not implemented yet")
    }
}
