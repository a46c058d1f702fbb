import DLCGraph

/// Dropout is the identity at inference: its users read its input instead.
package struct RemoveDropout: GraphPass {
    package init() {}
    package var name: String { "remove-dropout" }

    package func run(on graph: inout Graph) throws(DLCError) -> [String] {
        var changes: [String] = []
        for id in graph.nodeIDs where !graph.isRemoved(id) {
            let node = graph[id]
            guard case .dropout = node.operation else { continue }
            graph.replaceUses(of: node.output, with: node.inputs[0])
            graph.removeNode(id)
            changes.append("removed \(node.name)")
        }
        return changes
    }
}

/// Reshapes and flattens that do not change the shape are removed; a reshape of a reshape reads
/// the first one's input.
package struct EliminateNoOpReshapes: GraphPass {
    package init() {}
    package var name: String { "eliminate-reshapes" }

    package func run(on graph: inout Graph) throws(DLCError) -> [String] {
        var changes: [String] = []
        for id in graph.nodeIDs where !graph.isRemoved(id) {
            let node = graph[id]
            switch node.operation {
            case .reshape, .flatten: break
            default: continue
            }
            let input = node.inputs[0]
            if graph[input].type == graph[node.output].type {
                graph.replaceUses(of: node.output, with: input)
                graph.removeNode(id)
                changes.append("removed \(node.name), which keeps the shape \(formatShape(graph[input].type.shape))")
            } else if let producer = graph.producerID(of: input), !graph.isRemoved(producer) {
                switch graph[producer].operation {
                case .reshape, .flatten:
                    graph.update(node: id, operation: .reshape(Reshape(shape: graph[node.output].type.shape)),
                                 inputs: [graph[producer].inputs[0]])
                    changes.append("\(node.name) reads \(graph[producer].name)'s input directly")
                default: break
                }
            }
        }
        return changes
    }
}

/// Two parameterless layers with the same operator and inputs compute the same value: the
/// second one's users read the first one.
package struct EliminateCommonSubexpressions: GraphPass {
    package init() {}
    package var name: String { "eliminate-common-subexpressions" }

    private struct Key: Hashable {
        let operation: Operation
        let inputs: [ValueID]
    }

    package func run(on graph: inout Graph) throws(DLCError) -> [String] {
        var seen: [Key: NodeID] = [:]
        var changes: [String] = []
        for id in graph.nodeIDs where !graph.isRemoved(id) && graph[id].parameters.isEmpty {
            let node = graph[id]
            let key = Key(operation: node.operation, inputs: node.inputs)
            if let first = seen[key] {
                graph.replaceUses(of: node.output, with: graph[first].output)
                graph.removeNode(id)
                changes.append("\(node.name) is the same as \(graph[first].name)")
            } else {
                seen[key] = id
            }
        }
        return changes
    }
}

/// Layers nothing reads (directly or through other layers) and that are not outputs are removed.
package struct EliminateDeadCode: GraphPass {
    package init() {}
    package var name: String { "eliminate-dead-code" }

    package func run(on graph: inout Graph) throws(DLCError) -> [String] {
        var needed = Set(graph.outputs.map(\.value))
        var changes: [String] = []
        for id in graph.nodeIDs.reversed() where !graph.isRemoved(id) {
            let node = graph[id]
            if needed.contains(node.output) {
                needed.formUnion(node.inputs)
            } else {
                graph.removeNode(id)
                changes.append("removed \(node.name), which no output uses")
            }
        }
        return changes
    }
}
