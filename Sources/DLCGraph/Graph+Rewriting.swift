// Primitives optimization passes rewrite graphs with. A pass marks layers removed, retargets
// uses and edits layers in place, then `compact()` drops what is gone, restores topological
// order and renumbers values; `verify()` then checks the result.

extension Graph {
    /// Every layer's ID, removed ones included, in order.
    package var nodeIDs: [NodeID] { nodes.indices.map(NodeID.init) }

    /// Whether a pass removed the layer.
    package func isRemoved(_ node: NodeID) -> Bool { removedNodes.contains(node.index) }

    /// The live layers that read `value`, in order.
    package func users(of value: ValueID) -> [NodeID] { (readers[value]?.sorted() ?? []).map(NodeID.init) }

    /// How many live layers read `value`.
    package func userCount(of value: ValueID) -> Int { readers[value]?.count ?? 0 }

    /// Whether `value` is one of the graph's outputs.
    package func isOutput(_ value: ValueID) -> Bool { outputs.contains { $0.value == value } }

    /// The layer producing `value`, if a layer does.
    package func producerID(of value: ValueID) -> NodeID? {
        if case .node(let id) = values[value.index].kind { return id }
        return nil
    }

    /// Points every use of `old`, by layers and by graph outputs, at `new`.
    package mutating func replaceUses(of old: ValueID, with new: ValueID) {
        // Only the readers are visited, as `readers` lists them: rewriting every layer's inputs
        // made a pass over a 20,000-layer graph quadratic in allocations (37 s for its
        // activations), and looking at every layer for the readers kept it quadratic in time.
        if old != new, let moved = readers.removeValue(forKey: old) {
            for index in moved {
                for position in nodes[index].inputs.indices where nodes[index].inputs[position] == old {
                    nodes[index].inputs[position] = new
                }
            }
            readers[new, default: []].formUnion(moved)
        }
        for index in outputs.indices where outputs[index].value == old { outputs[index].value = new }
    }

    /// Sets the memory layout of a value; the layout pass does, and the verifier checks that
    /// every layer supports the layouts it then sees.
    package mutating func setLayout(of value: ValueID, to layout: TensorLayout) {
        values[value.index].type.layout = layout
    }

    /// Makes graph output `index` the value `value` (keeping its name).
    package mutating func retargetOutput(_ index: Int, to value: ValueID) { outputs[index].value = value }

    /// Marks a layer removed; its uses must have been retargeted.
    package mutating func removeNode(_ node: NodeID) {
        let index = node.index
        guard removedNodes.insert(index).inserted else { return }
        for input in nodes[index].inputs { readers[input]?.remove(index) }
    }

    /// Replaces a layer's operator (and data inputs); the output type must stay the same.
    package mutating func update(node: NodeID, operation: Operation, inputs: [ValueID]? = nil) {
        let index = node.index
        nodes[index].operation = operation
        guard let inputs else { return }
        if !removedNodes.contains(index) {
            for input in nodes[index].inputs { readers[input]?.remove(index) }
            for input in inputs { readers[input, default: []].insert(index) }
        }
        nodes[index].inputs = inputs
    }

    /// Replaces a layer's operator by one that computes a different type: a fusion that absorbs
    /// the layer reading this one (a convolution taking over the pooling after it).
    package mutating func update(node: NodeID, operation: Operation, outputType: TensorType) {
        let index = node.index
        nodes[index].operation = operation
        values[nodes[index].output.index].type = outputType
    }

    /// Gives a layer a new parameter `NAME.suffix` with `data` (nil leaves it unbound).
    @discardableResult
    package mutating func addParameter(to node: NodeID, suffix: String, type: TensorType, data: TensorData?,
                                       initializer: ParameterInitializer = .zeros) -> ValueID {
        let index = node.index
        let name = "\(nodes[index].name).\(suffix)"
        values.append(Value(name: name, type: type, kind: .parameter(initializer, trainable: true)))
        let id = ValueID(values.count - 1)
        nodes[index].parameters.append(id)
        if let data { weights[name] = data }
        return id
    }

    /// Drops a layer's parameters (and their data) from `position` on.
    package mutating func truncateParameters(of node: NodeID, to count: Int) {
        let index = node.index
        for id in nodes[index].parameters.dropFirst(count) { weights.removeValue(forKey: values[id.index].name) }
        nodes[index].parameters = Array(nodes[index].parameters.prefix(count))
    }

    /// Drops removed layers and the values only they owned, orders layers topologically (keeping
    /// the original order where dependencies allow) and renumbers values.
    package mutating func compact() throws(DLCError) {
        let live = nodes.indices.filter { !removedNodes.contains($0) }
        // Kahn's algorithm, always taking the earliest ready layer: each layer counts the
        // operands it still waits for, and the ready ones wait in a heap by position. (Searching
        // the pending layers for the first ready one and removing it from the list made this
        // quadratic in the layers: 47% of `dlc summary` on an 80,000-layer chain.)
        var emitted = Set<ValueID>(inputs)
        for index in live { emitted.formUnion(nodes[index].parameters) }
        var waitingFor: [Int: Int] = [:]          // layer → operands not yet computed
        var waiters: [ValueID: [Int]] = [:]       // operand → the layers waiting for it, once per use
        var ready = MinHeap()
        for index in live {
            let missing = nodes[index].inputs.filter { !emitted.contains($0) }
            for operand in missing { waiters[operand, default: []].append(index) }
            if missing.isEmpty { ready.insert(index) } else { waitingFor[index] = missing.count }
        }
        var order: [Int] = []
        while let index = ready.popMinimum() {
            order.append(index)
            guard emitted.insert(nodes[index].output).inserted else { continue }
            for waiter in waiters[nodes[index].output] ?? [] {
                waitingFor[waiter]! -= 1
                if waitingFor[waiter] == 0 { ready.insert(waiter) }
            }
        }
        guard order.count == live.count else {
            let pending = live.filter { (waitingFor[$0] ?? 0) > 0 }
            throw DLCError("internal error: the rewritten graph has a cycle or a use of a removed layer ("
                           + pending.map { nodes[$0].name }.joined(separator: ", ") + ")")
        }
        for output in outputs where !emitted.contains(output.value) {
            throw DLCError("internal error: output '\(output.name)' refers to a removed layer")
        }

        var mapping: [ValueID: ValueID] = [:]
        var newValues: [Value] = []
        func keep(_ id: ValueID, kind: Value.Kind? = nil) -> ValueID {
            var value = values[id.index]
            if let kind { value.kind = kind }
            newValues.append(value)
            mapping[id] = ValueID(newValues.count - 1)
            return mapping[id]!
        }
        let newInputs = inputs.map { keep($0) }
        var newNodes: [Node] = []
        var keptWeights: [String: TensorData] = [:]
        for index in order {
            var node = nodes[index]
            node.parameters = node.parameters.map { mapping[$0] ?? keep($0) }   // shared parameters once
            for parameter in node.parameters {
                if let data = weights[newValues[parameter.index].name] { keptWeights[newValues[parameter.index].name] = data }
            }
            node.inputs = node.inputs.map { mapping[$0]! }
            node.output = keep(node.output, kind: .node(NodeID(newNodes.count)))
            newNodes.append(node)
        }
        values = newValues
        nodes = newNodes
        inputs = newInputs
        outputs = outputs.map { GraphOutput(name: $0.name, value: mapping[$0.value]!) }
        weights = keptWeights
        removedNodes = []
        layerNames = Set(values.map(\.name))
        readers = [:]
        for (index, node) in nodes.enumerated() {
            for input in node.inputs { readers[input, default: []].insert(index) }
        }
    }
}

/// A binary min-heap of layer indices: `compact()`'s ready layers.
private struct MinHeap {
    private var items: [Int] = []

    mutating func insert(_ item: Int) {
        items.append(item)
        var child = items.count - 1
        while child > 0, items[child] < items[(child - 1) / 2] {
            items.swapAt(child, (child - 1) / 2)
            child = (child - 1) / 2
        }
    }

    mutating func popMinimum() -> Int? {
        guard let minimum = items.first else { return nil }
        let last = items.removeLast()
        guard !items.isEmpty else { return minimum }
        items[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = 2 * parent + 2
            var smallest = parent
            if left < items.count, items[left] < items[smallest] { smallest = left }
            if right < items.count, items[right] < items[smallest] { smallest = right }
            guard smallest != parent else { return minimum }
            items.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
