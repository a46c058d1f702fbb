/// Converts a 4-D tensor between plain NCHW and the blocked NCHW[b]c layout.
///
/// The optimizer's layout pass inserts reorders where a blocked region of the graph meets a
/// layer that needs plain data (a graph output, flatten, dense, LRN, ...); users never write
/// them. The values are unchanged, only their order in memory.
///
/// ```swift
/// Reorder(to: .blocked(8))   // f32[1, 64, 56, 56] → f32[1, 64, 56, 56]{nchw8c}
/// ```
public struct Reorder: OperatorDefinition, Encodable {
    /// The layout the tensor is converted to.
    public var target: TensorLayout

    /// A conversion to `target`.
    public init(to target: TensorLayout) { self.target = target }

    public var kindName: String { "reorder" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        try requireFloat(inputs[0], rank: 4, layout: "[batch, channels, height, width]")
        if let block = target.block ?? inputs[0].layout.block, !inputs[0].fillsBlocks(of: block) {
            throw OperatorError("\(inputs[0].shape[1]) channels do not fill blocks of \(block)")
        }
        return inputs[0].with(layout: target)
    }

    public func supportsLayouts(inputs: [TensorType], output: TensorType) -> Bool {
        inputs.count == 1 && inputs[0].layout != output.layout && inputs[0].hasValidLayout && output.hasValidLayout
    }

    public var attributeSummary: String { "to=\(target)" }
}
