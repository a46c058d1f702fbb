import DLCGraph

/// `conv(x) + shortcut` becomes one convolution whose epilogue adds the shortcut before storing
/// (ResNet's residual connections). The add's operand computed by a convolution (no activation,
/// no other reader) absorbs it when the other operand is ready before that convolution runs.
package struct FuseResidualAdd: GraphPass {
    package init() {}
    package var name: String { "fuse-residual-add" }

    package func run(on graph: inout Graph) throws(DLCError) -> [String] {
        var changes: [String] = []
        for id in graph.nodeIDs where !graph.isRemoved(id) {
            let node = graph[id]
            guard case .binary(let binary) = node.operation, binary.kind == .add else { continue }
            let (a, b) = (node.inputs[0], node.inputs[1])
            let type = graph[node.output].type
            guard a != b, graph[a].type == type, graph[b].type == type else { continue }
            // (convolution output, the other operand), latest convolution first.
            let candidates = [(a, b), (b, a)].compactMap { conv, other -> (NodeID, Conv2D, ValueID)? in
                guard let producer = graph.producerID(of: conv), !graph.isRemoved(producer), graph.hasSingleUse(conv),
                      case .conv2d(let op) = graph[producer].operation, op.activation == nil, !op.addsResidual else { return nil }
                let ready = graph.producerID(of: other).map { $0 < producer } ?? true
                return ready ? (producer, op, other) : nil
            }.sorted { $0.0 > $1.0 }
            guard var (producer, conv, other) = candidates.first else { continue }
            conv.addsResidual = true
            graph.update(node: producer, operation: .conv2d(conv), inputs: graph[producer].inputs + [other])
            graph.replaceUses(of: node.output, with: graph[producer].output)
            graph.removeNode(id)
            changes.append("fused \(node.name) into \(graph[producer].name) (adds \(graph[other].name))")
        }
        return changes
    }
}

/// An element-wise activation right after a convolution or dense layer (its only reader) is
/// applied in that layer's epilogue, before the store.
package struct FuseActivation: GraphPass {
    package init() {}
    package var name: String { "fuse-activations" }

    package func run(on graph: inout Graph) throws(DLCError) -> [String] {
        var changes: [String] = []
        for id in graph.nodeIDs where !graph.isRemoved(id) {
            let node = graph[id]
            guard case .unary(let unary) = node.operation else { continue }
            let input = node.inputs[0]
            guard let producer = graph.producerID(of: input), !graph.isRemoved(producer), graph.hasSingleUse(input) else { continue }
            let fused: Operation
            switch graph[producer].operation {
            case .conv2d(var op) where op.activation == nil:
                op.activation = unary.function
                fused = .conv2d(op)
            case .conv2dTranspose(var op) where op.activation == nil:
                op.activation = unary.function
                fused = .conv2dTranspose(op)
            case .dense(var op) where op.activation == nil:
                op.activation = unary.function
                fused = .dense(op)
            default:
                continue
            }
            graph.update(node: producer, operation: fused)
            graph.replaceUses(of: node.output, with: input)
            graph.removeNode(id)
            changes.append("fused \(node.name) into \(graph[producer].name)")
        }
        return changes
    }
}

/// A max or average pooling layer right after a convolution (its only reader) is computed in
/// that convolution's epilogue: the convolution's rows go to a small buffer that stays in
/// cache, are pooled from there, and only the pooled output is stored. It runs inside the code
/// generator, after layouts are assigned, because only the target's kernels can say which
/// convolutions have such an epilogue (`hasPoolingEpilogue`).
package struct FusePooling: GraphPass {
    /// Whether the kernel a convolution gets (its input, its own output and the pooling layer
    /// given) pools in its epilogue.
    package let hasPoolingEpilogue: @Sendable (_ conv: Conv2D, _ input: TensorType, _ output: TensorType, _ pool: Pool2D) -> Bool

    package init(hasPoolingEpilogue: @escaping @Sendable (Conv2D, TensorType, TensorType, Pool2D) -> Bool) {
        self.hasPoolingEpilogue = hasPoolingEpilogue
    }

    package var name: String { "fuse-pooling" }

    package func run(on graph: inout Graph) throws(DLCError) -> [String] {
        var changes: [String] = []
        for id in graph.nodeIDs where !graph.isRemoved(id) {
            let node = graph[id]
            guard case .pool2d(let pool) = node.operation else { continue }
            let convolved = node.inputs[0]
            guard let producer = graph.producerID(of: convolved), !graph.isRemoved(producer),
                  graph.hasSingleUse(convolved),
                  case .conv2d(var conv) = graph[producer].operation, conv.pool == nil, !conv.addsResidual,
                  hasPoolingEpilogue(conv, graph[graph[producer].inputs[0]].type, graph[convolved].type, pool) else { continue }
            conv.pool = pool
            graph.update(node: producer, operation: .conv2d(conv), outputType: graph[node.output].type)
            graph.replaceUses(of: node.output, with: convolved)
            graph.removeNode(id)
            changes.append("fused \(node.name) into \(graph[producer].name)")
        }
        return changes
    }
}

/// A depthwise convolution whose only reader is a pointwise (1x1, stride 1, ungrouped)
/// convolution becomes that convolution's first stage (`Conv2D.depthwise`, its weights appended
/// to the pointwise layer's as `NAME.depthwise.weight` and `.bias`): MobileNet's pairs, computed
/// band by band so the depthwise output stays in cache. Like `FusePooling` it runs in the code
/// generator, which says where its kernel applies (`applies`).
package struct FuseDepthwisePointwise: GraphPass {
    /// Whether the pair (the depthwise layer from `input` to `between`, the pointwise one from
    /// `between` to `output`) has a fused kernel.
    package let applies: @Sendable (_ depthwise: Conv2D, _ pointwise: Conv2D, _ input: TensorType, _ between: TensorType,
                                    _ output: TensorType) -> Bool

    package init(applies: @escaping @Sendable (Conv2D, Conv2D, TensorType, TensorType, TensorType) -> Bool) {
        self.applies = applies
    }

    package var name: String { "fuse-depthwise-pointwise" }

    package func run(on graph: inout Graph) throws(DLCError) -> [String] {
        var changes: [String] = []
        for id in graph.nodeIDs where !graph.isRemoved(id) {
            let node = graph[id]
            guard case .conv2d(var pointwise) = node.operation, pointwise.depthwise == nil, pointwise.pool == nil,
                  !pointwise.addsResidual, pointwise.groups == 1, pointwise.isPointwise else { continue }
            let between = node.inputs[0]
            guard let producer = graph.producerID(of: between), !graph.isRemoved(producer), graph.hasSingleUse(between),
                  case .conv2d(let depthwise) = graph[producer].operation, depthwise.pool == nil, depthwise.depthwise == nil,
                  !depthwise.addsResidual else { continue }
            let input = graph[producer].inputs[0]
            guard depthwise.groups > 1, depthwise.isDepthwise(channels: graph[input].type.shape[1]),
                  applies(depthwise, pointwise, graph[input].type, graph[between].type, graph[node.output].type) else { continue }
            pointwise.depthwise = DepthwiseStage(depthwise)
            for (position, parameter) in graph[producer].parameters.enumerated() {
                let value = graph[parameter]
                graph.addParameter(to: id, suffix: position == 0 ? "depthwise.weight" : "depthwise.bias", type: value.type,
                                   data: graph.weights[value.name])
            }
            graph.update(node: id, operation: .conv2d(pointwise), inputs: [input])
            graph.removeNode(producer)
            changes.append("fused \(graph[producer].name) into \(node.name)")
        }
        return changes
    }
}
