/// Per-layer figures for `dlc summary`, in the spirit of Keras' `model.summary()`.
public struct LayerStatistics: Sendable, Equatable {
    public var name: String
    /// The operator's name.
    public var kind: String
    public var outputType: TensorType
    /// Trainable parameters (what Keras and PyTorch call the parameter count).
    public var trainableParameters: Int
    /// Non-trainable parameters (batch-norm running statistics).
    public var frozenParameters: Int
    /// Multiply-accumulates of one inference.
    public var macs: Int
    /// What one output element sees of the input (image models only; see ``ReceptiveField``).
    public var receptiveField: ReceptiveField?
}

extension Graph {
    /// One row per input and layer.
    public var layerStatistics: [LayerStatistics] { statistics(withReceptiveFields: true) }

    /// The rows; the totals below need no receptive fields, so they skip computing them.
    private func statistics(withReceptiveFields: Bool) -> [LayerStatistics] {
        let fields = withReceptiveFields ? receptiveFields() : nil
        let inputRows = inputs.map { id in
            LayerStatistics(name: values[id.index].name, kind: "input", outputType: values[id.index].type,
                            trainableParameters: 0, frozenParameters: 0, macs: 0, receptiveField: fields?[id])
        }
        // A parameter several layers read (the steps of a decomposed layer, a training step's
        // updates) counts in the row of the first.
        var counted = Set<ValueID>()
        return inputRows + nodes.map { node in
            var trainable = 0
            var frozen = 0
            for parameter in node.parameters where counted.insert(parameter).inserted {
                let value = values[parameter.index]
                if case .parameter(_, let isTrainable) = value.kind, !isTrainable {
                    frozen += value.type.elementCount
                } else {
                    trainable += value.type.elementCount
                }
            }
            let inputTypes = node.inputs.map { values[$0.index].type }
            let output = values[node.output.index].type
            return LayerStatistics(name: node.name, kind: node.operation.kindName, outputType: output,
                                   trainableParameters: trainable, frozenParameters: frozen,
                                   macs: node.operation.definition.macCount(inputs: inputTypes, output: output),
                                   receptiveField: fields?[node.output])
        }
    }

    /// Trainable parameters of all layers.
    public var trainableParameterCount: Int { statistics(withReceptiveFields: false).reduce(0) { $0 + $1.trainableParameters } }

    /// All parameters, trainable or not.
    public var parameterCount: Int {
        statistics(withReceptiveFields: false).reduce(0) { $0 + $1.trainableParameters + $1.frozenParameters }
    }

    /// Multiply-accumulates of one inference.
    public var macCount: Int { statistics(withReceptiveFields: false).reduce(0) { $0 &+ $1.macs } }

    /// The summary table printed by `dlc summary`; image models also get each layer's receptive
    /// field on the input and its jump (effective stride), in pixels.
    public func summary() -> String {
        let rows = layerStatistics
        let showsFields = rows.contains { $0.receptiveField != nil }
        let header = ["Layer", "Op", "Output shape", "Params", "MACs"] + (showsFields ? ["RF", "Jump"] : [])
        var table = rows.map { row in
            [row.name, row.kind, row.outputType.description,
             groupedDigits(row.trainableParameters + row.frozenParameters), groupedDigits(row.macs)]
                + (showsFields ? [row.receptiveField?.size ?? "", row.receptiveField?.jump ?? ""] : [])
        }
        table.insert(header, at: 0)
        let widths = (0..<header.count).map { column in table.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column >= 3 ? pad + cell : cell + pad   // numbers right-aligned
            }.joined(separator: "  ")
        }
        let rule = String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))
        var text = "Model: \(name)\n" + line(table[0]) + "\n" + rule + "\n"
        for cells in table.dropFirst() { text += line(cells) + "\n" }
        // The totals from the rows already made.
        let trainable = rows.reduce(0) { $0 + $1.trainableParameters }, frozen = rows.reduce(0) { $0 + $1.frozenParameters }
        text += rule.replacingOccurrences(of: "-", with: "=") + "\n"
        text += "Total params: \(groupedDigits(trainable + frozen)) (\(formatBytes((trainable + frozen) * 4)))\n"
        text += "Trainable params: \(groupedDigits(trainable))\n"
        text += "Non-trainable params: \(groupedDigits(frozen))\n"
        text += "Total MACs: \(groupedDigits(rows.reduce(0) { $0 &+ $1.macs }))\n"
        return text
    }
}

/// `61706` as `61,706`.
package func groupedDigits(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (index, character) in digits.enumerated() {
        if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
        result.append(character)
    }
    return value < 0 ? "-" + result : result
}

/// A byte count in B, KiB, MiB or GiB with two decimals.
package func formatBytes(_ bytes: Int) -> String {
    let units = ["B", "KiB", "MiB", "GiB"]
    var value = Double(bytes)
    var unit = 0
    while value >= 1024 && unit < units.count - 1 {
        value /= 1024
        unit += 1
    }
    if unit == 0 { return "\(bytes) B" }
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) \(units[unit])"
}
