/// Looks up a row of a `[vocabulary, dimension]` table for each token: int32 or int64 `[N, T]`
/// to float32 `[N, T, dimension]`. A token outside `0..<vocabulary` is a run-time error.
///
/// ```swift
/// let tokens = input("tokens", shape: [1, 200], dtype: .int64)
/// var x = embedding(tokens, vocabulary: 20_000, dimension: 128)
/// ```
public struct Embedding: OperatorDefinition, Encodable {
    /// Rows of the table (token values 0..<vocabulary).
    public var vocabulary: Int
    /// Columns of the table: the vector per token.
    public var dimension: Int

    /// A table of `vocabulary` rows of `dimension`.
    public init(vocabulary: Int, dimension: Int) {
        self.vocabulary = vocabulary
        self.dimension = dimension
    }

    public var kindName: String { "embedding" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        let tokens = inputs[0]
        guard tokens.dtype.isInteger else {
            throw OperatorError("expected int32 or int64 token indices, got \(tokens)")
        }
        guard tokens.rank >= 1 else { throw OperatorError("expected token indices [batch, time], got \(tokens)") }
        try requirePositive(vocabulary, "vocabulary")
        try requirePositive(dimension, "dimension")
        return TensorType(shape: tokens.shape + [dimension])
    }

    public func parameterSpecs(inputs: [TensorType]) -> [ParameterSpec] {
        [ParameterSpec("weight", shape: [vocabulary, dimension],
                       initializer: .glorot(fanIn: vocabulary, fanOut: dimension))]
    }

    public var attributeSummary: String { "vocabulary=\(vocabulary) dimension=\(dimension)" }

    /// A token outside the table is found only when the model runs.
    public var canFailAtRunTime: Bool { true }
}
