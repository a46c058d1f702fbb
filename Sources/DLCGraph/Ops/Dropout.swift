/// Dropout: randomly zeroes elements while training; dlc compiles inference, where it is the
/// identity (PyTorch's inverted dropout scales at training time, so nothing is scaled here).
///
/// ```swift
/// x = dropout(x, rate: 0.5)
/// ```
public struct Dropout: OperatorDefinition, Encodable {
    /// The training-time drop rate (unused at inference).
    public var rate: Float

    /// A dropout of `rate`.
    public init(rate: Float) { self.rate = rate }

    public var kindName: String { "dropout" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        guard rate >= 0, rate < 1 else { throw OperatorError("rate must be in [0, 1), got \(rate)") }
        return inputs[0]
    }

    public var attributeSummary: String { "rate=\(rate)" }
}

extension Dropout {
    public var isView: Bool { true }
}
