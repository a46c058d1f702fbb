extension Graph {
    /// The graph in Graphviz DOT: a box per layer (name, operator, attributes, fused epilogue),
    /// ellipses for inputs and outputs, and each edge labeled with its tensor's type.
    ///
    /// ```sh
    /// dlc graph examples/resnet50.swiftgraph -O3 --format dot | dot -Tsvg > resnet50.svg
    /// ```
    public func dot() -> String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        func source(_ value: ValueID) -> String {
            if let producer = producerID(of: value) { return "n\(producer.index)" }
            return "v\(value.index)"
        }
        var lines = ["digraph \(quoted(name)) {", "  rankdir=TB;", "  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];",
                     "  edge [fontname=\"Helvetica\", fontsize=9];"]
        for id in inputs {
            lines.append("  v\(id.index) [shape=ellipse, label=\(quoted("\(self[id].name)\n\(self[id].type)"))];")
        }
        for (index, node) in nodes.enumerated() {
            var label = "\(node.name)\n\(node.operation.kindName)"
            let attributes = node.operation.definition.attributeSummary
            if !attributes.isEmpty { label += "\n" + attributes.split(separator: " ").joined(separator: "\n") }
            var fused = false
            switch node.operation {
            case .conv2d(let op): fused = op.activation != nil || op.addsResidual || op.pool != nil || op.depthwise != nil
            case .conv2dTranspose(let op): fused = op.activation != nil
            case .dense(let op): fused = op.activation != nil
            default: break
            }
            let style = fused ? ", style=\"rounded,filled\", fillcolor=\"#dcebfa\"" : ""
            lines.append("  n\(index) [label=\(quoted(label))\(style)];")
            for (position, operand) in node.inputs.enumerated() {
                let role = node.inputs.count > 1 && position > 0 && { if case .conv2d = node.operation { return true }; return false }()
                    ? " (residual)" : ""
                lines.append("  \(source(operand)) -> n\(index) [label=\(quoted("\(self[operand].type)\(role)"))];")
            }
        }
        for (index, output) in outputs.enumerated() {
            lines.append("  out\(index) [shape=ellipse, label=\(quoted(output.name))];")
            lines.append("  \(source(output.value)) -> out\(index) [label=\(quoted(self[output.value].type.description))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
