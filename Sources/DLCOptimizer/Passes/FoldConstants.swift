import DLCGraph

/// Layers whose inputs are all constants (and whose weights are known) are computed at compile
/// time and become constant layers.
package struct FoldConstants: GraphPass {
    package static let passName = "fold-constants"
    package var name: String { Self.passName }

    let evaluator: any LayerEvaluator

    package init(evaluator: any LayerEvaluator) { self.evaluator = evaluator }

    package func run(on graph: inout Graph) throws(DLCError) -> [String] {
        var known: [ValueID: TensorData] = [:]
        var changes: [String] = []
        for id in graph.nodeIDs where !graph.isRemoved(id) {
            let node = graph[id]
            if case .constant(let constant) = node.operation {
                known[node.output] = TensorData(shape: constant.shape, floats: constant.elements)
                continue
            }
            let type = graph[node.output].type
            guard !node.inputs.isEmpty, type.dtype == .float32, node.inputs.allSatisfy({ known[$0] != nil }) else { continue }
            let parameters = node.parameters.compactMap { graph.weight($0) }
            guard parameters.count == node.parameters.count else { continue }
            let result: TensorData
            do {
                result = try evaluator.evaluate(node.operation, inputs: node.inputs.map { known[$0]! }, parameters: parameters,
                                                outputType: type)
            } catch {
                throw DLCError("layer '\(node.name)' (\(node.operation.kindName)) on constant inputs: \(error.message)", location: node.location)
            }
            graph.truncateParameters(of: id, to: 0)
            graph.update(node: id, operation: .constant(Constant(shape: type.shape, values: result.floats)), inputs: [])
            known[node.output] = result
            changes.append("computed \(node.name) (\(node.operation.kindName)) at compile time")
        }
        return changes
    }
}
