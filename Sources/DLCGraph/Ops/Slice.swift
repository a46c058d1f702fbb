/// `count` consecutive entries of one axis from `start` on; the other dimensions are kept.
/// The graph's own op (no DSL function yet): layers that decompose into other layers, such as
/// the convolutional LSTM's time steps and gates, read their pieces with it.
///
/// ```swift
/// let step = Slice(axis: 1, start: t, count: 1)   // [N, T, C, H, W] → [N, 1, C, H, W]
/// ```
public struct Slice: OperatorDefinition, Encodable {
    /// The axis the layer works along.
    public var axis: Int
    /// The first index taken along the axis.
    public var start: Int
    /// How many indices are taken.
    public var count: Int

    /// Indices `start ..< start + count` along `axis`.
    public init(axis: Int, start: Int, count: Int) {
        (self.axis, self.start, self.count) = (axis, start, count)
    }

    public var kindName: String { "slice" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        let input = inputs[0]
        let resolved = try normalizedAxis(axis, rank: input.rank)
        guard start >= 0, count > 0, start <= input.shape[resolved] - count else {
            throw OperatorError("entries \(start) ..< \(start &+ count) are not within axis \(axis) of \(input)")
        }
        var shape = input.shape
        shape[resolved] = count
        return TensorType(shape: shape, dtype: input.dtype)
    }

    public var attributeSummary: String { "axis=\(axis) start=\(start) count=\(count)" }
}
