/// Softmax (or log-softmax) along one axis: `exp(x_i - max) / Σ_j exp(x_j - max)`.
///
/// ```swift
/// output("probs", softmax(logits))
/// ```
public struct Softmax: OperatorDefinition, Encodable {
    /// May be negative (counted from the end) as written; shape inference checks it.
    public var axis: Int
    /// Whether the result is the logarithm of the softmax.
    public var isLog: Bool

    /// A softmax over `axis`.
    public init(axis: Int = -1, isLog: Bool = false) {
        self.axis = axis
        self.isLog = isLog
    }

    public var kindName: String { isLog ? "logSoftmax" : "softmax" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        guard inputs[0].dtype == .float32, inputs[0].rank >= 1 else {
            throw OperatorError("expected a float32 tensor, got \(inputs[0])")
        }
        _ = try normalizedAxis(axis, rank: inputs[0].rank)
        return inputs[0]
    }

    /// The axis counted from the front for an input of the given rank.
    public func resolvedAxis(rank: Int) -> Int { axis < 0 ? axis + rank : axis }

    public var attributeSummary: String { "axis=\(axis)" }
}

extension Softmax {
    public func overwritableInput(inputs: [TensorType], output: TensorType) -> Int? { 0 }
}
