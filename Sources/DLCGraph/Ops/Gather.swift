/// Picks entries of `x` along `axis` by integer indices computed at run time, as NumPy's `take`
/// and ONNX's `Gather`: the output is `x.shape[..<axis] + indices.shape + x.shape[(axis+1)...]`.
/// A negative index counts from the end; one outside `-length ..< length` is a run-time error.
/// `embedding` is the same lookup with the table as a weight.
///
/// ```swift
/// let picked = gather(features, indices, axis: 1)   // [N, C, D] by [K] → [N, K, D]
/// ```
public struct Gather: OperatorDefinition, Encodable {
    /// The axis of `x` the indices pick along (negative counts from the end).
    public var axis: Int

    /// A gather along `axis`.
    public init(axis: Int) { self.axis = axis }

    public var kindName: String { "gather" }

    /// `axis` as a position in a tensor of `rank` axes.
    public func resolvedAxis(rank: Int) -> Int { axis < 0 ? axis + rank : axis }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 2)
        let (data, indices) = (inputs[0], inputs[1])
        guard data.dtype == .float32 else { throw OperatorError("expected float32 data, got \(data)") }
        guard indices.dtype.isInteger else { throw OperatorError("expected int32 or int64 indices, got \(indices)") }
        let resolved = resolvedAxis(rank: data.rank)
        guard resolved >= 0 && resolved < data.rank else {
            throw OperatorError("axis \(axis) is out of range for \(data)")
        }
        guard data.shape[resolved] > 0 else { throw OperatorError("axis \(axis) of \(data) is empty: there is nothing to pick") }
        return TensorType(shape: Array(data.shape[..<resolved]) + indices.shape + Array(data.shape[(resolved + 1)...]))
    }

    public var attributeSummary: String { "axis=\(axis)" }

    /// An index outside the axis is found only when the model runs.
    public var canFailAtRunTime: Bool { true }
}
