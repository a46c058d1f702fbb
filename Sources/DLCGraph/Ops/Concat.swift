/// Joins tensors along one axis; all other dimensions must match.
///
/// ```swift
/// let block = concat([branch1, branch2, branch3, branch4], axis: 1)
/// ```
public struct Concat: OperatorDefinition, Encodable {
    /// The axis the layer works along.
    public var axis: Int

    /// A concat along `axis`.
    public init(axis: Int = 1) { self.axis = axis }

    public var kindName: String { "concat" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        guard let first = inputs.first else { throw OperatorError("expected at least one input") }
        let resolved = try normalizedAxis(axis, rank: first.rank)
        var shape = first.shape
        for (index, other) in inputs.enumerated().dropFirst() {
            guard other.dtype == first.dtype, other.rank == first.rank,
                  zip(other.shape, first.shape).enumerated().allSatisfy({ $0.offset == resolved || $0.element.0 == $0.element.1 })
            else {
                throw OperatorError(
                    "input \(index) is \(other) but input 0 is \(first); all dimensions except axis \(axis) must match")
            }
            shape[resolved] += other.shape[resolved]
        }
        return TensorType(shape: shape, dtype: first.dtype)
    }

    public var attributeSummary: String { "axis=\(axis)" }
}

extension Concat {
    /// Blocked along the channel axis when every input fills whole blocks: each input's blocks
    /// then lie contiguously in the output, as channels do in plain layout.
    public func supportsLayouts(inputs: [TensorType], output: TensorType) -> Bool {
        guard let block = output.layout.block else { return inputs.allSatisfy { $0.layout == .plain } }
        let resolved = axis < 0 ? axis + output.rank : axis
        return resolved == 1 && output.hasValidLayout && inputs.allSatisfy { $0.layout == .blocked(block) && $0.hasValidLayout }
    }

    /// Blocked along the channel axis when an input arrives blocked and every input fills whole blocks.
    public func preferredLayouts(inputs: [TensorType], output: TensorType, block: Int) -> LayoutChoice {
        let blocked = TensorLayout.blocked(block)
        let resolved = axis < 0 ? axis + output.rank : axis
        guard inputs.contains(where: { $0.layout == blocked }), resolved == 1,
              inputs.allSatisfy({ $0.fillsBlocks(of: block) }) else { return .plain(inputs: inputs.count) }
        return LayoutChoice(inputs: inputs.map { _ in blocked }, output: blocked)
    }
}

extension Concat {
    /// With nothing but size-1 dimensions before the axis (batch 1 along channels), each input
    /// is one contiguous run of the output, in plain layout and in whole blocks alike.
    public func inputPlacements(inputs: [TensorType], output: TensorType) -> [Int]? {
        let resolved = axis < 0 ? axis + output.rank : axis
        guard output.shape[..<resolved].allSatisfy({ $0 == 1 }), output.hasValidLayout,
              inputs.allSatisfy({ $0.layout == output.layout && $0.hasValidLayout }) else { return nil }
        var offsets: [Int] = [], offset = 0
        for input in inputs {
            offsets.append(offset)
            offset += input.byteCount
        }
        return offset == output.byteCount ? offsets : nil
    }
}

extension Concat {
    /// Each input's slice of `dY` along the axis.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        var gradients = LayerGradients(inputs: layer.inputs.count, parameters: 0)
        let rank = builder.type(layer.output).rank
        let resolved = axis < 0 ? axis + rank : axis
        var start = 0
        for (index, input) in layer.inputs.enumerated() {
            let count = builder.type(input).shape[resolved]
            if builder.needsInputGradient(index) {
                gradients.inputs[index] = try builder.add("grad_input\(index)", .slice(Slice(axis: resolved, start: start, count: count)), [outputGradient])
            }
            start += count
        }
        return gradients
    }
}
