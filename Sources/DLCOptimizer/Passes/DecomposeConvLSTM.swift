import DLCGraph

/// Rewrites each convolutional LSTM (``ConvLSTM2D``) into the layers its equations are made of,
/// so the compiled model runs it with the convolution kernels: the input convolution of every
/// frame at once (`[N·T, C, H, W]`, one batched convolution), then per step a slice of those
/// projections, the state convolution `U ∗ h` (from the second step; h starts at zero), the
/// gates as channel slices, sigmoid and tanh, and the cell and state updates as element-wise
/// layers. Peephole weights become constants broadcast over the batch. Every step's layers
/// share the layer's weights (`NAME.weight_ih`, ...). The code generator runs this before it
/// assigns layouts; the interpreter keeps the layer whole and is the reference for the result.
///
/// ```swift
/// try PassManager(passes: [DecomposeConvLSTM()]).run(&graph)
/// ```
package struct DecomposeConvLSTM: GraphPass {
    package init() {}

    package var name: String { "decompose-conv-lstm" }

    package func run(on graph: inout Graph) throws(DLCError) -> [String] {
        var changes: [String] = []
        for id in graph.nodeIDs where !graph.isRemoved(id) {
            let node = graph[id]
            guard case .convLSTM2d(let op) = node.operation else { continue }
            let result = try decompose(op, node, in: &graph)
            graph.replaceUses(of: node.output, with: result)
            graph.removeNode(id)
            changes.append("decomposed \(node.name) into convolutions and element-wise layers over \(graph[node.inputs[0]].type.shape[1]) steps")
        }
        return changes
    }

    private func decompose(_ op: ConvLSTM2D, _ node: Node, in graph: inout Graph) throws(DLCError) -> ValueID {
        let input = graph[node.inputs[0]].type
        let (batch, time, channels, height, width) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3], input.shape[4])
        let (stateHeight, stateWidth) = op.stateSize(input)
        let filters = op.filters
        let one = Size2D(square: 1)

        func add(_ name: String, _ operation: Operation, _ inputs: [ValueID], sharing parameters: [ValueID] = []) throws(DLCError) -> ValueID {
            try graph.addNode("\(node.name).\(name)", operation, inputs: inputs, sharing: parameters, location: node.location)
        }
        func binary(_ name: String, _ kind: ElementwiseBinary.Kind, _ a: ValueID, _ b: ValueID) throws(DLCError) -> ValueID {
            try add(name, .binary(ElementwiseBinary(kind)), [a, b])
        }
        func unary(_ name: String, _ function: ElementwiseFunction, _ x: ValueID) throws(DLCError) -> ValueID {
            try add(name, .unary(ElementwiseUnary(function)), [x])
        }

        let frames = try add("frames", .reshape(Reshape(shape: [batch * time, channels, height, width])), [node.inputs[0]])
        var directionOutputs: [ValueID] = []
        for (d, suffix) in op.directionSuffixes.enumerated() {
            let parameters = Array(node.parameters[(d * op.parametersPerDirection)..<((d + 1) * op.parametersPerDirection)])
            let backwards = op.direction == .reverse || d == 1
            let inputConvolution = Conv2D(filters: 4 * filters, kernel: op.kernel, stride: one, padding: op.padding,
                                          dilation: one, groups: 1, hasBias: true, activation: nil)
            let stateConvolution = Conv2D(filters: 4 * filters, kernel: op.kernel, stride: one, padding: op.statePadding,
                                          dilation: one, groups: 1, hasBias: false, activation: nil)
            let projection = try add("input_projection\(suffix)", .conv2d(inputConvolution), [frames], sharing: [parameters[0], parameters[2]])
            let projections = try add("input_projections\(suffix)",
                                      .reshape(Reshape(shape: [batch, time, 4 * filters, stateHeight, stateWidth])), [projection])
            // Rows i, f, o of the peepholes, each [1, F, H', W'].
            var peepholes: [ValueID] = []
            if op.peephole {
                guard let weights = graph.weight(parameters[3])?.floats else {
                    throw DLCError("layer '\(node.name)' (convLSTM2d): its peephole weights must be bound to compile it", location: node.location)
                }
                let count = filters * stateHeight * stateWidth
                for (row, gate) in ["i", "f", "o"].enumerated() {
                    peepholes.append(try add("peephole_\(gate)\(suffix)", .constant(Constant(
                        shape: [1, filters, stateHeight, stateWidth], values: Array(weights[(row * count)..<((row + 1) * count)]))), []))
                }
            }

            var state: (h: ValueID, c: ValueID)?
            var states: [Int: ValueID] = [:]
            for step in 0..<time {
                let t = backwards ? time - 1 - step : step
                let prefix = "t\(t)\(suffix)"
                let sliced = try add("\(prefix).projection", .slice(Slice(axis: 1, start: t, count: 1)), [projections])
                var gates = try add("\(prefix).from_input", .reshape(Reshape(shape: [batch, 4 * filters, stateHeight, stateWidth])), [sliced])
                if let state {
                    let recurrent = try add("\(prefix).from_state", .conv2d(stateConvolution), [state.h], sharing: [parameters[1]])
                    gates = try binary("\(prefix).gates", .add, gates, recurrent)
                }
                func gate(_ index: Int, _ name: String) throws(DLCError) -> ValueID {
                    try add("\(prefix).\(name)_pre", .slice(Slice(axis: 1, start: index * filters, count: filters)), [gates])
                }
                /// `pre + V∘cell` with peepholes (and a state to see).
                func peeking(_ pre: ValueID, row: Int, cell: ValueID?, _ name: String) throws(DLCError) -> ValueID {
                    guard !peepholes.isEmpty, let cell else { return pre }
                    return try binary("\(prefix).\(name)_peephole", .add, pre, binary("\(prefix).\(name)_peek", .multiply, cell, peepholes[row]))
                }
                let inputGate = try unary("\(prefix).i", .sigmoid, peeking(gate(0, "i"), row: 0, cell: state?.c, "i"))
                let candidate = try unary("\(prefix).g", .tanh, gate(2, "g"))
                var cell = try binary("\(prefix).i_g", .multiply, inputGate, candidate)
                if let state {   // c starts at zero: the first step has no forget term
                    let forgetGate = try unary("\(prefix).f", .sigmoid, peeking(gate(1, "f"), row: 1, cell: state.c, "f"))
                    cell = try binary("\(prefix).c", .add, binary("\(prefix).f_c", .multiply, forgetGate, state.c), cell)
                }
                let outputGate = try unary("\(prefix).o", .sigmoid, peeking(gate(3, "o"), row: 2, cell: cell, "o"))
                let h = try binary("\(prefix).h", .multiply, outputGate, unary("\(prefix).tanh_c", .tanh, cell))
                state = (h, cell)
                states[t] = h
            }

            guard op.returnSequences else {
                directionOutputs.append(state!.h)
                continue
            }
            var steps: [ValueID] = []
            for t in 0..<time {
                steps.append(try add("t\(t)\(suffix).h_step", .reshape(Reshape(shape: [batch, 1, filters, stateHeight, stateWidth])), [states[t]!]))
            }
            directionOutputs.append(time == 1 ? steps[0] : try add("sequence\(suffix)", .concat(Concat(axis: 1)), steps))
        }
        guard directionOutputs.count > 1 else { return directionOutputs[0] }
        return try add("directions", .concat(Concat(axis: op.returnSequences ? 2 : 1)), directionOutputs)
    }
}
