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
        if case .blocked(let block) = target, block <= 0 {
            throw OperatorError("blocks must hold at least one channel, got \(block)")
        }
        return inputs[0].with(layout: target)
    }

    /// Between plain and whole blocks, or from a partial last block (its padding skipped) to
    /// plain: only convolutions write partial blocks.
    public func supportsLayouts(inputs: [TensorType], output: TensorType) -> Bool {
        inputs.count == 1 && inputs[0].layout != output.layout && output.hasValidLayout
            && (inputs[0].hasValidLayout || output.layout == .plain && inputs[0].hasValidPartialLayout)
    }

    public var attributeSummary: String { "to=\(target)" }
}

extension Reorder {
    /// Layout changes come from the layout pass, which training graphs do not go through.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        throw builder.notDifferentiable("layout changes are made after differentiation")
    }
}
