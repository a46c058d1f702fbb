import DLCGraph

/// Chooses each tensor's memory layout for a target whose vectors hold `block` floats, and
/// inserts `reorder` layers where two layouts meet. Each layer says which layouts it prefers
/// (`OperatorDefinition.preferredLayouts`), given the layouts its inputs arrive in:
///
/// Convolutions vectorize over output channels, so their outputs are blocked (NCHW[block]c)
/// when the filters fill whole blocks, or most of them (the last block then padded: pooling,
/// unary layers, global pooling and reorders accept it, other readers get a plain copy); their
/// inputs are blocked when the channels fill whole blocks (a plain input, like a 3-channel
/// image, is read as it is). Pooling, element-wise layers, residual adds, channel concats and
/// LRN (whose window reaches at most the neighbouring blocks) keep blocked tensors blocked.
/// Every other layer (flatten, dense, softmax, batch norm, recurrent layers, ...) and every
/// graph output gets plain data through a reorder, shared by all the readers of one tensor.
///
/// The pass first undoes an earlier assignment, so running it again (for another block) is safe.
///
/// ```swift
/// try PassManager(passes: [AssignLayouts(block: 8)]).run(&graph)
/// ```
package struct AssignLayouts: GraphPass {
    /// Floats per vector of the target: 16 with AVX-512, 8 with AVX2, 4 with NEON or SSE.
    package let block: Int

    package init(block: Int) { self.block = block }

    package var name: String { "assign-layouts" }

    package func run(on graph: inout Graph) throws(DLCError) -> [String] {
        var changes: [String] = []
        resetLayouts(&graph)
        try graph.compact()
        guard block > 1 else { return changes }
        var reorders: [ValueID: [TensorLayout: ValueID]] = [:]

        /// `value` in `layout`: itself, or the output of a (shared) reorder layer.
        func value(_ value: ValueID, in layout: TensorLayout) throws(DLCError) -> ValueID {
            if graph[value].type.layout == layout { return value }
            if let existing = reorders[value]?[layout] { return existing }
            let converted = try graph.addNode("\(graph[value].name).\(layout)", .reorder(Reorder(to: layout)), inputs: [value])
            reorders[value, default: [:]][layout] = converted
            changes.append("reorder \(graph[value].name) to \(layout)")
            return converted
        }

        for id in graph.nodeIDs where !graph.isRemoved(id) {
            let node = graph[id]
            let inputTypes = node.inputs.map { graph[$0].type }
            let choice = node.operation.definition.preferredLayouts(inputs: inputTypes, output: graph[node.output].type, block: block)
            var inputs: [ValueID] = []
            for (operand, layout) in zip(node.inputs, choice.inputs) { inputs.append(try value(operand, in: layout)) }
            graph.update(node: id, operation: node.operation, inputs: inputs)
            graph.setLayout(of: node.output, to: choice.output)
        }
        for output in graph.outputs where graph[output.value].type.layout != .plain {
            let plain = try value(output.value, in: .plain)
            for index in graph.outputs.indices where graph.outputs[index].value == output.value {
                graph.retargetOutput(index, to: plain)
            }
        }
        return changes
    }

    /// Removes reorders and makes every tensor plain again.
    private func resetLayouts(_ graph: inout Graph) {
        for id in graph.nodeIDs where !graph.isRemoved(id) {
            let node = graph[id]
            if case .reorder = node.operation {
                graph.replaceUses(of: node.output, with: node.inputs[0])
                graph.removeNode(id)
            }
        }
        for index in graph.values.indices where graph.values[index].type.layout != .plain {
            graph.setLayout(of: ValueID(index), to: .plain)
        }
    }
}
