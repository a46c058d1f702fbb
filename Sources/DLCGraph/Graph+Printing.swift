extension Graph: CustomStringConvertible {
    /// A readable dump: one line per input, layer and output, with types and attributes.
    ///
    /// ```
    /// graph lenet {
    ///   input %image: f32[1, 1, 28, 28]
    ///   %conv2d_1 = conv2d(%image) filters=6 kernel=5 padding=2 activation=relu : f32[1, 6, 28, 28]
    ///   ...
    ///   output probs = %dense_3.softmax
    /// }
    /// ```
    public var description: String {
        var text = "graph \(name) {\n"
        for id in inputs { text += "  input %\(values[id.index].name): \(values[id.index].type)\n" }
        for node in nodes {
            let operands = node.inputs.map { "%" + values[$0.index].name }.joined(separator: ", ")
            let attributes = node.operation.definition.attributeSummary
            let parameters = node.parameters.map { values[$0.index].type.description }.joined(separator: ", ")
            text += "  %\(node.name) = \(node.operation.kindName)(\(operands))"
            if !attributes.isEmpty { text += " " + attributes }
            text += " : \(values[node.output.index].type)"
            if !parameters.isEmpty { text += "  params: \(parameters)" }
            text += "\n"
        }
        for output in outputs { text += "  output \(output.name) = %\(values[output.value.index].name)\n" }
        return text + "}\n"
    }
}
