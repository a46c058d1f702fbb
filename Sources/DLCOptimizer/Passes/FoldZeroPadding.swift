import DLCGraph

/// Explicit zero padding read only by convolutions and pools becomes their own padding: a
/// convolution's padding is zeros anyway; an average pool's becomes counted (`countIncludePad`);
/// a max pool's only when the padded values are non-negative (after a ReLU, say), where zeros and
/// PyTorch's -∞ padding give the same maxima. Pool padding stays within half the kernel.
package struct FoldZeroPadding: GraphPass {
    package init() {}
    package var name: String { "fold-zero-padding" }

    package func run(on graph: inout Graph) throws(DLCError) -> [String] {
        var changes: [String] = []
        for id in graph.nodeIDs where !graph.isRemoved(id) {
            let node = graph[id]
            guard case .pad2d(let pad) = node.operation, pad.isZeroPadding, !graph.isOutput(node.output) else { continue }
            let users = graph.users(of: node.output)
            let nonNegative = isNonNegative(node.inputs[0], in: graph)
            let rewritten = users.map { user -> Operation? in
                guard graph[user].inputs[0] == node.output, !graph[user].inputs.dropFirst().contains(node.output) else { return nil }
                return absorb(pad.padding, into: graph[user].operation, inputIsNonNegative: nonNegative)
            }
            guard !users.isEmpty, rewritten.allSatisfy({ $0 != nil }) else { continue }
            for (user, operation) in zip(users, rewritten) {
                var inputs = graph[user].inputs
                inputs[0] = node.inputs[0]
                graph.update(node: user, operation: operation!, inputs: inputs)
            }
            graph.removeNode(id)
            changes.append("folded \(node.name) into " + users.map { graph[$0].name }.joined(separator: ", "))
        }
        return changes
    }

    private func absorb(_ pad: EdgePadding, into operation: Operation, inputIsNonNegative: Bool) -> Operation? {
        func sum(_ a: EdgePadding) -> EdgePadding {
            EdgePadding(top: a.top + pad.top, left: a.left + pad.left, bottom: a.bottom + pad.bottom, right: a.right + pad.right)
        }
        switch operation {
        case .conv2d(var conv):
            conv.padding = sum(conv.padding)
            return .conv2d(conv)
        case .pool2d(var pool):
            let padding = sum(pool.padding)
            guard max(padding.top, padding.bottom) * 2 <= pool.kernel.height,
                  max(padding.left, padding.right) * 2 <= pool.kernel.width else { return nil }
            switch pool.kind {
            case .average:
                guard pool.padding.isZero || pool.countIncludePad else { return nil }
                pool.countIncludePad = true
            case .max:
                guard inputIsNonNegative else { return nil }
            }
            pool.padding = padding
            return .pool2d(pool)
        default:
            return nil
        }
    }

    /// Whether every element of `value` is known to be ≥ 0 from the activation that made it.
    private func isNonNegative(_ value: ValueID, in graph: Graph) -> Bool {
        guard let producer = graph.producer(of: value) else { return false }
        switch producer.operation {
        case .unary(let op): return op.function.isNonNegative
        case .conv2d(let op): return op.activation?.isNonNegative ?? false
        case .conv2dTranspose(let op): return op.activation?.isNonNegative ?? false
        case .dense(let op): return op.activation?.isNonNegative ?? false
        case .softmax(let op): return !op.isLog
        case .pool2d(let op): return op.kind == .max && isNonNegative(producer.inputs[0], in: graph)
        default: return false
        }
    }
}
