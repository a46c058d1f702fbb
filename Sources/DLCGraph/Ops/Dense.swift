/// A fully connected layer: `output[n, u] = activation(bias[u] + Σ_i input[n, i] · weight[u, i])`.
///
/// The input is `[batch, features]`; flatten images first. Weights are `[units, features]`
/// (PyTorch's Linear).
///
/// ```swift
/// x = dense(flatten(x), units: 120, activation: .relu)
/// ```
public struct Dense: OperatorDefinition, Encodable {
    /// Output features (dense) or hidden units (recurrent).
    public var units: Int
    /// Whether the layer adds a learned bias.
    public var hasBias: Bool
    /// The activation applied to the output.
    public var activation: ElementwiseFunction?

    /// A dense layer with these attributes.
    public init(units: Int, hasBias: Bool = true, activation: ElementwiseFunction? = nil) {
        self.units = units
        self.hasBias = hasBias
        self.activation = activation
    }

    public var kindName: String { "dense" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        let input = inputs[0]
        guard input.rank == 2 else {
            let hint = input.rank > 2 ? "; insert flatten(x) before the dense layer" : ""
            throw OperatorError("expected a 2-D input [batch, features], got \(input)\(hint)")
        }
        guard input.dtype == .float32 else { throw OperatorError("expected a float32 input, got \(input)") }
        try requirePositive(units, "units")
        try activation?.validate()
        return TensorType(shape: [input.shape[0], units])
    }

    public func parameterSpecs(inputs: [TensorType]) -> [ParameterSpec] {
        let features = inputs[0].shape[1]
        var specs = [ParameterSpec("weight", shape: [units, features],
                                   initializer: weightInitializer(activation, fanIn: features, fanOut: units))]
        if hasBias { specs.append(ParameterSpec("bias", shape: [units], initializer: .zeros)) }
        return specs
    }

    public func macCount(inputs: [TensorType], output: TensorType) -> Int {
        output.elementCount &* inputs[0].shape[1]
    }

    public var attributeSummary: String {
        var parts = ["units=\(units)"]
        if !hasBias { parts.append("bias=false") }
        if let activation { parts.append("activation=\(activation)") }
        return parts.joined(separator: " ")
    }
}
