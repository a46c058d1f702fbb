extension Graph {
    /// The same model for batches of `batch` samples: every input's first axis set to `batch`,
    /// every layer re-added (output types inferred again, parameters of the same names), the
    /// weights kept. A layer whose attributes name the old batch (a reshape to `[1, 128]`) fails
    /// with its own error.
    ///
    /// ```swift
    /// let training = try graph.rebatched(64)   // [1, 1, 28, 28] → [64, 1, 28, 28]
    /// ```
    public func rebatched(_ batch: Int) throws(DLCError) -> Graph {
        guard batch > 0 else { throw DLCError("the batch size must be positive, got \(batch)") }
        if inputs.allSatisfy({ values[$0.index].type.shape[0] == batch }) { return self }
        var copy = Graph(name: name)
        var map: [ValueID: ValueID] = [:]
        for input in inputs {
            var type = values[input.index].type
            type.shape[0] = batch
            map[input] = try copy.addInput(values[input.index].name, type: type)
        }
        for node in nodes {
            do {
                map[node.output] = try copy.addNode(node.name, node.operation, inputs: node.inputs.map { map[$0]! },
                                                    location: node.location, callSites: node.callSites)
            } catch {
                throw DLCError("for batches of \(batch): \(error.message)", location: error.location, notes: error.notes)
            }
        }
        for output in outputs { try copy.addOutput(output.name, map[output.value]!) }
        copy.weights = weights
        copy.weightsFile = weightsFile
        return copy
    }
}
