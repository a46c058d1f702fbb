import DLCGraph
import Foundation

/// Inference batch norm after a convolution or dense layer (with no activation in between and no
/// other reader) is folded into that layer: each output channel's weights are scaled by
/// `γ / sqrt(var + ε)` and its bias becomes `(bias - mean) · scale + β`.
package struct FoldBatchNorm: GraphPass {
    package init() {}
    package var name: String { "fold-batch-norm" }

    package func run(on graph: inout Graph) throws(DLCError) -> [String] {
        var changes: [String] = []
        for id in graph.nodeIDs where !graph.isRemoved(id) {
            let node = graph[id]
            guard case .batchNorm(let norm) = node.operation else { continue }
            let input = node.inputs[0]
            guard let producer = graph.producerID(of: input), !graph.isRemoved(producer), graph.hasSingleUse(input) else { continue }
            let layer = graph[producer]
            var folded: DLCGraph.Operation
            var hasBias: Bool
            switch layer.operation {
            case .conv2d(var conv) where conv.activation == nil && !conv.addsResidual:
                hasBias = conv.hasBias
                conv.hasBias = true
                folded = .conv2d(conv)
            case .dense(var dense) where dense.activation == nil:
                hasBias = dense.hasBias
                dense.hasBias = true
                folded = .dense(dense)
            default:
                continue
            }
            let channels = graph[layer.output].type.shape[1]
            let weightID = layer.parameters[0]
            let statistics = node.parameters.map { graph.weight($0)?.floats }
            var newBias: TensorData?
            if let weight = graph.weight(weightID)?.floats, let gamma = statistics[0], let beta = statistics[1],
               let mean = statistics[2], let variance = statistics[3] {
                let scale = (0..<channels).map { gamma[$0] / sqrtf(variance[$0] + norm.epsilon) }
                let perChannel = weight.count / channels
                let scaled = weight.indices.map { weight[$0] * scale[$0 / perChannel] }
                graph.weights[graph[weightID].name] = TensorData(shape: graph[weightID].type.shape, floats: scaled)
                let oldBias = hasBias ? graph.weight(layer.parameters[1])!.floats : [Float](repeating: 0, count: channels)
                newBias = TensorData(shape: [channels], floats: (0..<channels).map { (oldBias[$0] - mean[$0]) * scale[$0] + beta[$0] })
            }
            if hasBias {
                if let newBias { graph.weights[graph[layer.parameters[1]].name] = newBias }
            } else {
                graph.addParameter(to: producer, suffix: "bias", type: TensorType(shape: [channels]), data: newBias)
                hasBias = true
            }
            graph.update(node: producer, operation: folded)
            graph.replaceUses(of: node.output, with: layer.output)
            graph.removeNode(id)
            changes.append("folded \(node.name) into \(layer.name)")
        }
        return changes
    }
}
