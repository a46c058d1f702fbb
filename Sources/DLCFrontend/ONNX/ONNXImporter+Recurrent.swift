import DLCGraph

/// LSTM, GRU and RNN: ONNX's weights are reordered into dlc's (PyTorch's) gate order, its
/// time-major layout is transposed to dlc's `[batch, time, features]`, and the `Y` and `Y_h`
/// outputs are rebuilt from dlc's output by reshapes, transposes and slices.
extension ONNXImporter {
    mutating func recurrent(_ node: ONNXNode) throws(DLCError) -> [Entry] {
        let attributes = try node.attributes(["activation_alpha", "activation_beta", "activations", "clip", "direction",
                                              "hidden_size", "input_forget", "layout", "linear_before_reset"])
        for refused in ["activation_alpha", "activation_beta", "clip"] where attributes.has(refused) {
            throw node.error("attribute '\(refused)' is not supported; dlc's recurrent cells have no \(refused == "clip" ? "cell clipping" : "parametric activations")")
        }
        guard try attributes.int("input_forget", default: 0) == 0 else { throw node.error("input_forget = 1 is not supported") }
        try node.requireOutputs(atMost: 2, "dlc's recurrent layers do not output the final cell state (Y_c)")
        let direction: Direction
        switch try attributes.string("direction", default: "forward") {
        case "forward": direction = .forward
        case "reverse": direction = .reverse
        case "bidirectional": direction = .bidirectional
        case let other: throw node.error("direction '\(other)' is not one of forward, reverse, bidirectional")
        }
        let directions = direction.directionCount
        let batchMajor = try attributes.int("layout", default: 0) == 1

        let (cell, order) = try cellAndGateOrder(node, attributes, directions: directions)
        // linear_before_reset = 1 is PyTorch's GRU (dlc's default), 0 the reset gate before the product.
        let linearBeforeReset = try attributes.int("linear_before_reset", default: 0)
        guard linearBeforeReset == 0 || linearBeforeReset == 1 else { throw node.error("linear_before_reset is \(linearBeforeReset), expected 0 or 1") }
        let resetAfter = cell != .gru || linearBeforeReset == 1
        let gates = cell.gateCount
        let w = try floatConstant(node, 1, "W"), r = try floatConstant(node, 2, "R")
        guard w.rank == 3, r.rank == 3, w.shape[0] == directions, r.shape[0] == directions, r.shape[1] == gates * r.shape[2] else {
            throw node.error("W \(formatShape(w.shape)) and R \(formatShape(r.shape)) should be [\(directions), \(gates)·hidden, input] and [\(directions), \(gates)·hidden, hidden]")
        }
        let units = r.shape[2]
        if let hidden = try attributes.int("hidden_size"), hidden != units {
            throw node.error("hidden_size \(hidden) does not match R's \(units)")
        }
        guard w.shape[1] == gates * units else { throw node.error("W has \(w.shape[1]) rows, expected \(gates * units)") }

        var x = try value(node, 0)
        let input = type(of: x)
        guard input.rank == 3, input.dtype == .float32, input.shape[2] == w.shape[2] else {
            throw node.error("expected X \(batchMajor ? "[batch, time, \(w.shape[2])]" : "[time, batch, \(w.shape[2])]"), got \(input)")
        }
        let (time, batch) = batchMajor ? (input.shape[1], input.shape[0]) : (input.shape[0], input.shape[1])
        let bias = try optionalFloatConstant(node, 3, "B")
        if let bias, bias.shape != [directions, 2 * gates * units] {
            throw node.error("B has shape \(formatShape(bias.shape)), expected [\(directions), \(2 * gates * units)]")
        }
        if let lengths = try optionalConstant(node, 4, "sequence_lens"), lengths.integers.contains(where: { $0 != Int64(time) }) {
            throw node.error("sequence_lens \(lengths.integers) differ from the sequence length \(time); dlc runs every sequence to its end")
        }
        for (index, role) in [(5, "initial_h"), (6, "initial_c")] where entry(node, index) != nil {
            guard let state = try? floatConstant(node, index, role), state.floats.allSatisfy({ $0 == 0 }) else {
                throw node.error("a non-zero \(role) is not supported; dlc's recurrent layers start from a zero state")
            }
        }
        let peepholes = try optionalFloatConstant(node, 7, "P")
        if let peepholes, peepholes.shape != [directions, 3 * units] {
            throw node.error("P has shape \(formatShape(peepholes.shape)), expected [\(directions), \(3 * units)]")
        }
        let peephole = peepholes.map { !$0.floats.allSatisfy { $0 == 0 } } ?? false

        let layer = layerName(node, fallback: cell.name)
        let base = layer
        if !batchMajor {
            x = try transposeLayer(node, x, [1, 0, 2], layer: uniqueLayerName("\(base).batch_major", fallback: "transpose"))
        }
        let outputs = node.proto.output
        let wantsSequence = !outputs.isEmpty && !outputs[0].isEmpty
        let recurrentInput = x
        let y = try build(node) { builder throws(DLCError) in
            try builder.recurrent(cell, recurrentInput, units: units, returnSequences: wantsSequence, direction: direction,
                                  peephole: peephole, resetAfter: resetAfter, name: layer)
        }
        // Weights in dlc's gate order, per direction.
        let inputFeatures = w.shape[2]
        for d in 0..<directions {
            let suffix = direction == .bidirectional && d == 1 ? "_reverse" : ""
            func blocks(_ values: [Float], offset: Int, rowLength: Int) -> [Float] {
                order.flatMap { gate in values[(offset + gate * units * rowLength)..<(offset + (gate + 1) * units * rowLength)] }
            }
            weights["\(layer).weight_ih_l0\(suffix)"] = TensorData(shape: [gates * units, inputFeatures],
                                                                   floats: blocks(w.floats, offset: d * gates * units * inputFeatures, rowLength: inputFeatures))
            weights["\(layer).weight_hh_l0\(suffix)"] = TensorData(shape: [gates * units, units],
                                                                   floats: blocks(r.floats, offset: d * gates * units * units, rowLength: units))
            let b = bias?.floats ?? [Float](repeating: 0, count: directions * 2 * gates * units)
            weights["\(layer).bias_ih_l0\(suffix)"] = TensorData(shape: [gates * units], floats: blocks(b, offset: d * 2 * gates * units, rowLength: 1))
            weights["\(layer).bias_hh_l0\(suffix)"] = TensorData(shape: [gates * units],
                                                                 floats: blocks(b, offset: (d * 2 + 1) * gates * units, rowLength: 1))
            if peephole, let p = peepholes?.floats {
                // ONNX lists the peepholes i, o, f; dlc i, f, o.
                let start = d * 3 * units
                let rows = [0, 2, 1].flatMap { p[(start + $0 * units)..<(start + ($0 + 1) * units)] }
                weights["\(layer).weight_peephole_l0\(suffix)"] = TensorData(shape: [3, units], floats: rows)
            }
        }

        var results: [Entry] = []
        if wantsSequence {
            // dlc: [N, T, D·H] → ONNX Y: [T, D, N, H] (or [N, T, D, H] batch-major).
            let split = try reshapeLayer(node, y, to: [batch, time, directions, units], layer: uniqueLayerName("\(base).directions", fallback: "reshape"))
            results.append(.value(batchMajor ? split : try transposeLayer(node, split, [1, 2, 0, 3], layer: uniqueLayerName("\(base).Y", fallback: "transpose"))))
        } else {
            results.append(.value(y))
        }
        if outputs.count > 1, !outputs[1].isEmpty {
            let final: ValueID
            if wantsSequence {
                // The last step of each direction: time T-1 forward, time 0 in reverse.
                var parts: [ValueID] = []
                for d in 0..<directions {
                    let backwards = direction == .reverse || d == 1
                    let step = try sliceLayer(node, y, axis: 1, start: backwards ? 0 : time - 1, count: 1,
                                              layer: uniqueLayerName("\(base).last_\(d)", fallback: "slice"))
                    parts.append(directions == 1 ? step : try sliceLayer(node, step, axis: 2, start: d * units, count: units,
                                                                          layer: uniqueLayerName("\(base).last_\(d)_units", fallback: "slice")))
                }
                let joined = directions == 1 ? parts[0] : try build(node) { builder throws(DLCError) in
                    try builder.concat(parts, axis: 1, name: uniqueLayerName("\(base).Y_h_parts", fallback: "concat"))
                }
                final = try reshapeLayer(node, joined, to: [batch, directions, units], layer: uniqueLayerName("\(base).final", fallback: "reshape"))
            } else {
                final = try reshapeLayer(node, y, to: [batch, directions, units], layer: uniqueLayerName("\(base).final", fallback: "reshape"))
            }
            // Y_h: [D, N, H] (or [N, D, H] batch-major).
            results.append(.value(batchMajor ? final : try transposeLayer(node, final, [1, 0, 2], layer: uniqueLayerName("\(base).Y_h", fallback: "transpose"))))
        }
        return results
    }

    /// The dlc cell and, for each of dlc's gate blocks, the ONNX block it comes from.
    private func cellAndGateOrder(_ node: ONNXNode, _ attributes: ONNXAttributes, directions: Int) throws(DLCError) -> (Recurrent.Cell, [Int]) {
        let given = attributes.byName["activations"].map { $0.strings.map { String(decoding: $0, as: UTF8.self) } }
        func requireActivations(_ defaults: [String]) throws(DLCError) {
            guard let given else { return }
            let expected = Array([[String]](repeating: defaults, count: directions).joined())
            guard given.map({ $0.lowercased() }) == expected.map({ $0.lowercased() }) else {
                throw node.error("activations \(given) are not supported; dlc's \(node.op) uses \(expected)")
            }
        }
        switch node.op {
        case "LSTM":
            try requireActivations(["Sigmoid", "Tanh", "Tanh"])
            return (.lstm, [0, 2, 3, 1])   // dlc i, f, g, o from ONNX i, o, f, c
        case "GRU":
            try requireActivations(["Sigmoid", "Tanh"])
            return (.gru, [1, 0, 2])       // dlc r, z, n from ONNX z, r, h
        default:
            let names = given ?? [String](repeating: "Tanh", count: directions)
            guard Set(names.map { $0.lowercased() }).count == 1, let name = names.first?.lowercased() else {
                throw node.error("activations \(names) differ between directions; dlc uses one activation")
            }
            let activation: ElementwiseFunction
            switch name {
            case "tanh": activation = .tanh
            case "relu": activation = .relu
            case "sigmoid": activation = .sigmoid
            default: throw node.error("activation \(names[0]) is not supported; dlc's RNN takes Tanh, Relu or Sigmoid")
            }
            return (.simple(activation), [0])
        }
    }
}
