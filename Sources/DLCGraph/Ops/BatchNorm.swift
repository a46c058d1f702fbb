/// Inference-time batch normalization over the channel axis (axis 1):
/// `y = (x - running_mean) / sqrt(running_var + epsilon) · weight + bias`.
///
/// ```swift
/// x = relu(batchNorm(conv2d(x, filters: 64, kernel: 3, padding: 1, bias: false)))
/// ```
public struct BatchNorm: OperatorDefinition, Encodable {
    /// Added to the variance before its square root.
    public var epsilon: Float

    /// A batch norm with this epsilon.
    public init(epsilon: Float = 1e-5) { self.epsilon = epsilon }

    public var kindName: String { "batchNorm" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        let input = inputs[0]
        guard input.rank >= 2, input.dtype == .float32 else {
            throw OperatorError("expected a float32 input [batch, channels, ...], got \(input)")
        }
        guard epsilon > 0 else { throw OperatorError("epsilon must be positive, got \(epsilon)") }
        return input
    }

    public func parameterSpecs(inputs: [TensorType]) -> [ParameterSpec] {
        let channels = inputs[0].shape[1]
        return [
            ParameterSpec("weight", shape: [channels], initializer: .ones),
            ParameterSpec("bias", shape: [channels], initializer: .zeros),
            ParameterSpec("running_mean", shape: [channels], initializer: .zeros, trainable: false),
            ParameterSpec("running_var", shape: [channels], initializer: .ones, trainable: false),
        ]
    }

    public func macCount(inputs: [TensorType], output: TensorType) -> Int { output.elementCount }

    public var attributeSummary: String { "epsilon=\(epsilon)" }
}

extension BatchNorm {
    public func overwritableInput(inputs: [TensorType], output: TensorType) -> Int? { 0 }
}
