extension Graph {
    /// Checks the graph's invariants: nodes in topological order, operands defined before use,
    /// every node's output type and parameter shapes as its operator infers them, outputs defined,
    /// and bound weights of the declared shapes. Passes call it after rewriting a graph.
    public func verify() throws(DLCError) {
        var defined = Set(inputs)
        for id in parameters { defined.insert(id) }
        for (index, node) in nodes.enumerated() {
            for operand in node.inputs where !defined.contains(operand) {
                throw DLCError("verifier: layer '\(node.name)' uses \(operand) before it is defined")
            }
            guard case .node(let producer) = values[node.output.index].kind, producer.index == index else {
                throw DLCError("verifier: layer '\(node.name)' does not own its output value")
            }
            let inputTypes = node.inputs.map { values[$0.index].type }
            let definition = node.operation.definition
            let inferred: TensorType
            do {
                inferred = try definition.outputType(inputs: inputTypes)
            } catch {
                throw DLCError("verifier: layer '\(node.name)' (\(definition.kindName)): \(error.message)", location: node.location)
            }
            let outputType = values[node.output.index].type
            guard inferred.isLogically(outputType) else {
                throw DLCError("verifier: layer '\(node.name)' has type \(outputType), its operator infers \(inferred)")
            }
            guard definition.supportsLayouts(inputs: inputTypes, output: outputType) else {
                throw DLCError("verifier: layer '\(node.name)' (\(definition.kindName)) cannot compute "
                               + "\(outputType) from \(inputTypes.map(\.description).joined(separator: ", "))")
            }
            let specs = definition.parameterSpecs(inputs: inputTypes)
            guard specs.count == node.parameters.count else {
                throw DLCError("verifier: layer '\(node.name)' has \(node.parameters.count) parameters, expected \(specs.count)")
            }
            for (spec, parameter) in zip(specs, node.parameters) where values[parameter.index].type.shape != spec.shape {
                throw DLCError("verifier: parameter '\(values[parameter.index].name)' is \(values[parameter.index].type), "
                               + "expected \(formatShape(spec.shape))")
            }
            defined.insert(node.output)
        }
        for output in outputs where !defined.contains(output.value) {
            throw DLCError("verifier: output '\(output.name)' is not computed by the graph")
        }
        for id in inputs + outputs.map(\.value) where values[id.index].type.layout != .plain {
            throw DLCError("verifier: '\(values[id.index].name)' is \(values[id.index].type); graph inputs and outputs are plain")
        }
        for id in parameters {
            let value = values[id.index]
            if let data = weights[value.name], data.type != value.type {
                throw DLCError("verifier: weight '\(value.name)' is \(data.type), expected \(value.type)")
            }
        }
    }
}
