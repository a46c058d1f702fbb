import CLLVM
import DLCGraph
import DLCLLVM

extension Recurrent {
    /// Scratch: the input projections of every step of every direction, then for each
    /// direction and batch row (each runs on its own thread) `W_hh·h + b_hh`, `h` and `c` of the
    /// step being computed (the fused recurrence keeps two `h` buffers and `c` there instead).
    func scratchBytes(input: TensorType) -> Int {
        let rows = cell.gateCount * units
        let sequences = direction.directionCount * input.shape[0]
        return 4 * (sequences * input.shape[1] * rows + sequences * (rows + 2 * units))
    }

    /// Two steps: the input projections `W_ih·x_t + b_ih` of all time steps at once (parallel),
    /// then the recurrence itself, which is sequential in time.
    func lower(_ context: NodeContext) {
        let input = context.inputType(0)
        let (batch, time) = (input.shape[0], input.shape[1])
        let rows = cell.gateCount * units
        let directions = direction.directionCount
        let rowWidth = units * directions
        let lanes = context.lanes
        let perDirection = parametersPerDirection
        let weights = (0..<directions).map { d in (0..<perDirection).map { context.parameter(d * perDirection + $0) } }
        let projections = directions * batch * time * rows
        // Offsets in a sequence's state, which follows the projections.
        let (hhOffset, hOffset, cOffset) = (0, rows, rows + units)

        lowerProjections(context, input: input)
        // The fused recurrence needs every gate's product from the same h; a GRU that resets
        // before the product needs r of all units first, so it runs the two-pass path below.
        if units % lanes == 0 && !resetsBeforeProduct {
            return lowerFusedRecurrence(context, weights: weights, projections: projections)
        }

        // W_hh transposed to [units][rows] at compile time, so the per-step product broadcasts
        // one element of h and FMAs whole vectors of rows: no horizontal sums (when the rows
        // fill vectors; otherwise dot products of rows).
        let columnMajor = rows % lanes == 0
        let transposed: [LLVMValueRef] = columnMajor ? (0..<directions).map { d in
            let w = context.parameterData(d * perDirection + 1)
            var t = [Float](repeating: 0, count: w.count)
            for r in 0..<rows { for k in 0..<units { t[k * rows + r] = w[r * units + k] } }
            return context.constant(t, name: "weight_hh_t\(d)")
        } : []

        /// `scratch[hh + r] = b_hh[r] + Σ_k W_hh[r][k] · scratch[source + k]` for the rows `rowRange`
        /// (whole vectors of rows when ``columnMajor``).
        func recurrentProduct(_ b: IRBuilder, _ scratch: LLVMValueRef, direction d: Int, parameters: [LLVMValueRef],
                              rows rowRange: Range<Int>, source: Int) {
            guard columnMajor else {
                b.loop(from: b.index(rowRange.lowerBound), to: b.index(rowRange.upperBound), "r") { r in
                    let sum = b.dot(parameters[1], b.mul(r, b.index(units)), scratch, b.index(source), count: units, lanes: lanes)
                    b.storeFloat(b.fadd(sum, b.loadFloat(parameters[3], r)), scratch, b.add(b.index(hhOffset), r))
                }
                return
            }
            let vector = b.module.vector(b.module.float, lanes)
            let chunk = 8   // vectors of rows per pass: 8 accumulators
            let vectors = (rowRange.lowerBound / lanes)..<(rowRange.upperBound / lanes)
            for first in Swift.stride(from: vectors.lowerBound, to: vectors.upperBound, by: chunk) {
                let count = min(chunk, vectors.upperBound - first)
                let slots = (0..<count).map { v in
                    let slot = b.alloca(vector)
                    b.store(b.loadVector(parameters[3], b.index((first + v) * lanes), lanes: lanes), slot)
                    return slot
                }
                b.loop(count: units, "k") { k in
                    let hk = b.splat(b.loadFloat(scratch, b.add(b.index(source), k)), lanes: lanes)
                    let column = b.mul(k, b.index(rows))
                    for (v, slot) in slots.enumerated() {
                        let w = b.loadVector(transposed[d], b.add(column, b.index((first + v) * lanes)), lanes: lanes)
                        b.store(b.fma(w, hk, b.load(vector, slot)), slot)
                    }
                }
                for (v, slot) in slots.enumerated() {
                    b.storeVector(b.load(vector, slot), scratch, b.index(hhOffset + (first + v) * lanes))
                }
            }
        }

        // The sequences (directions × batch rows) are independent: one task each.
        context.step(iterations: directions * batch, cost: time * rows * units) { b, task, buffers in
            let scratch = buffers.scratch
            let state = b.element(scratch, b.add(b.index(projections), b.mul(task, b.index(rows + 2 * units))))
            let n = b.srem(task, b.index(batch))
            for (d, parameters) in weights.enumerated() {
                let backwards = direction == .reverse || d == 1
                b.when(b.icmp(LLVMIntEQ, b.sdiv(task, b.index(batch)), b.index(d))) {
                    b.zeroBytes(b.element(state, b.index(hOffset)), count: b.index(8 * units))
                    b.loop(count: time, "s") { s in
                        let t = backwards ? b.sub(b.index(time - 1), s) : s
                        let projection = b.mul(b.add(b.mul(b.add(b.mul(b.index(d), b.index(batch)), n), b.index(time)), t), b.index(rows))
                        if resetsBeforeProduct {
                            // r and z first; then r·h, kept in the unused c slot, feeds the candidate's rows.
                            recurrentProduct(b, state, direction: d, parameters: parameters, rows: 0..<(2 * units), source: hOffset)
                            b.forEachVector(from: b.index(0), to: b.index(units), lanes: lanes) { j, width in
                                let x = b.loadFloats(scratch, b.add(projection, j), lanes: width)
                                let reset = b.sigmoid(b.fadd(x, b.loadFloats(state, b.add(b.index(hhOffset), j), lanes: width)))
                                let h = b.loadFloats(state, b.add(b.index(hOffset), j), lanes: width)
                                b.storeFloats(b.fmul(reset, h), state, b.add(b.index(cOffset), j))
                            }
                            recurrentProduct(b, state, direction: d, parameters: parameters, rows: (2 * units)..<rows, source: cOffset)
                        } else {
                            recurrentProduct(b, state, direction: d, parameters: parameters, rows: 0..<rows, source: hOffset)
                        }
                        b.forEachVector(from: b.index(0), to: b.index(units), lanes: lanes) { j, width in
                            func gate(_ block: Int) -> (LLVMValueRef, LLVMValueRef) {
                                let offset = b.add(b.index(block * units), j)
                                return (b.loadFloats(scratch, b.add(projection, offset), lanes: width),
                                        b.loadFloats(state, b.add(b.index(hhOffset), offset), lanes: width))
                            }
                            let hIndex = b.add(b.index(hOffset), j)
                            let cIndex = b.add(b.index(cOffset), j)
                            let h = cellOutput(b, width: width, gate: gate, previous: { b.loadFloats(state, hIndex, lanes: width) },
                                               loadC: { b.loadFloats(state, cIndex, lanes: width) }, storeC: { b.storeFloats($0, state, cIndex) },
                                               peepholeWeights: { row in b.loadFloats(parameters[4], b.add(b.index(row * units), j), lanes: width) })
                            b.storeFloats(h, state, hIndex)
                            if returnSequences {
                                let row = b.mul(b.add(b.mul(n, b.index(time)), t), b.index(rowWidth))
                                b.storeFloats(h, buffers.output, b.add(b.add(row, b.index(d * units)), j))
                            }
                        }
                    }
                    if !returnSequences {
                        b.copyBytes(to: b.element(buffers.output, b.add(b.mul(n, b.index(rowWidth)), b.index(d * units))),
                                    from: b.element(state, b.index(hOffset)), count: b.index(4 * units))
                    }
                }
            }
        }
    }


    /// h of one vector of units (and the LSTM's new c) from each gate's input projection and
    /// hidden product, `gate(g)` = (W_ih·x + b_ih, W_hh·h + b_hh) of gate g; `peepholeWeights(row)`
    /// loads the vector's peephole weights of row i, f or o (read only with ``peephole``).
    private func cellOutput(_ b: IRBuilder, width: Int, gate: (Int) -> (LLVMValueRef, LLVMValueRef), previous: () -> LLVMValueRef,
                            loadC: () -> LLVMValueRef, storeC: (LLVMValueRef) -> Void,
                            peepholeWeights: (_ row: Int) -> LLVMValueRef) -> LLVMValueRef {
        switch cell {
        case .simple(let activation):
            let (x, r) = gate(0)
            return b.activation(activation, b.fadd(x, r))
        case .lstm:
            let (xi, hi) = gate(0), (xf, hf) = gate(1), (xg, hg) = gate(2), (xo, ho) = gate(3)
            let previousC = loadC()
            /// A gate's pre-activation, plus `p∘cell` with peepholes.
            func preactivation(_ x: LLVMValueRef, _ h: LLVMValueRef, peepholeRow: Int, cell: LLVMValueRef) -> LLVMValueRef {
                peephole ? b.fma(peepholeWeights(peepholeRow), cell, b.fadd(x, h)) : b.fadd(x, h)
            }
            let inputGate = b.sigmoid(preactivation(xi, hi, peepholeRow: 0, cell: previousC))
            let forgetGate = b.sigmoid(preactivation(xf, hf, peepholeRow: 1, cell: previousC))
            let c = b.fma(forgetGate, previousC, b.fmul(inputGate, b.tanh(b.fadd(xg, hg))))
            storeC(c)
            return b.fmul(b.sigmoid(preactivation(xo, ho, peepholeRow: 2, cell: c)), b.tanh(c))
        case .gru:
            let (xr, hr) = gate(0), (xz, hz) = gate(1), (xn, hn) = gate(2)
            let reset = b.sigmoid(b.fadd(xr, hr))
            let update = b.sigmoid(b.fadd(xz, hz))
            let candidate = b.tanh(resetAfter ? b.fma(reset, hn, xn) : b.fadd(xn, hn))
            return b.fma(update, previous(), b.fmul(b.fsub(b.float(1, lanes: width), update), candidate))
        }
    }

    /// The recurrence when units fill vectors: for each pair of unit vectors, the hidden
    /// products of all its gates (`gates × 2` accumulators over packed W_hh, one broadcast
    /// of h per step of the reduction) and then the cell update, with no round trip through
    /// memory. With at least as many sequences (directions × batch rows) as threads, each thread
    /// runs whole sequences; with fewer, the team splits every step's unit vectors and meets at
    /// a barrier after each step, `h` double-buffered so a step reads the previous one's whole h
    /// while writing its own (only for steps of at least 32K multiply-adds; smaller ones run
    /// whole on one thread each).
    private func lowerFusedRecurrence(_ context: NodeContext, weights: [[LLVMValueRef]], projections: Int) {
        let input = context.inputType(0)
        let (batch, time) = (input.shape[0], input.shape[1])
        let (rows, lanes, gates) = (cell.gateCount * units, context.lanes, cell.gateCount)
        let directions = direction.directionCount
        let rowWidth = units * directions
        let (sequences, unitVectors) = (directions * batch, units / lanes)
        // W_hh packed as [unit vector][k][gate][lane]: a unit vector's gate rows for one element
        // of h are one contiguous run.
        let packed = (0..<directions).map { d in
            let w = context.parameterData(d * parametersPerDirection + 1)   // [rows][units]
            var values = [Float]()
            values.reserveCapacity(w.count)
            for v in 0..<unitVectors { for k in 0..<units { for g in 0..<gates { for l in 0..<lanes {
                values.append(w[(g * units + v * lanes + l) * units + k])
            } } } }
            return context.constant(values, name: "weight_hh_packed\(d)")
        }
        // A barrier per step costs about a microsecond: the team splits a sequence's steps only
        // when each step has enough work for it.
        let splitSteps = rows * units >= 32 * 1024
        context.cooperativeStep { b, thread, threadCount, buffers in
            let scratch = buffers.scratch
            /// Sequence `task`, unit vectors `first ..< end` of it; `together`: the whole team runs it.
            func run(sequence task: LLVMValueRef, first: LLVMValueRef, end: LLVMValueRef, together: Bool) {
                // State: h (two buffers) and c, after the projections.
                let state = b.element(scratch, b.add(b.index(projections), b.mul(task, b.index(rows + 2 * units))))
                let (h0, h1, cState) = (state, b.element(state, b.index(units)), b.element(state, b.index(2 * units)))
                let n = b.srem(task, b.index(batch))
                for (d, parameters) in weights.enumerated() {
                    let backwards = direction == .reverse || d == 1
                    b.when(b.icmp(LLVMIntEQ, b.sdiv(task, b.index(batch)), b.index(d))) {
                        b.loop(from: first, to: end, "zero") { v in
                            b.storeVector(b.float(0, lanes: lanes), h0, b.mul(v, b.index(lanes)))
                            b.storeVector(b.float(0, lanes: lanes), cState, b.mul(v, b.index(lanes)))
                        }
                        if together { context.barrier() }
                        b.loop(count: time, "s") { s in
                            let t = backwards ? b.sub(b.index(time - 1), s) : s
                            let even = b.icmp(LLVMIntEQ, b.and(s, b.index(1)), b.index(0))
                            let (previous, next) = (b.select(even, h0, h1), b.select(even, h1, h0))
                            let projection = b.mul(b.add(b.mul(b.add(b.mul(b.index(d), b.index(batch)), n), b.index(time)), t), b.index(rows))
                            /// Unit vectors `vectors`: gate products, then the cell.
                            func emit(_ vectors: [LLVMValueRef]) {
                                let columns = vectors.map { b.mul($0, b.index(lanes)) }
                                // Accumulator g · count + i: gate g of unit vector i.
                                let count = vectors.count
                                let accumulators = TileAccumulators(b, vectors: gates * count, broadcasts: 1, lanes: lanes) { a, _ in
                                    b.loadVector(parameters[3], b.add(b.index(a / count * units), columns[a % count]), lanes: lanes)
                                }
                                b.loop(count: units, "k") { k in
                                    accumulators.update(weights: packed[d], at: { a in
                                        let start = b.mul(b.add(b.mul(vectors[a % count], b.index(units)), k), b.index(gates * lanes))
                                        return b.add(start, b.index(a / count * lanes))
                                    }, source: previous, at: { _ in k })
                                }
                                for (i, j) in columns.enumerated() {
                                    let h = cellOutput(b, width: lanes, gate: { g in
                                        (b.loadVector(scratch, b.add(projection, b.add(b.index(g * units), j)), lanes: lanes),
                                         accumulators.value(vector: g * count + i, broadcast: 0))
                                    }, previous: { b.loadVector(previous, j, lanes: lanes) },
                                    loadC: { b.loadVector(cState, j, lanes: lanes) }, storeC: { b.storeVector($0, cState, j) },
                                    peepholeWeights: { row in b.loadVector(parameters[4], b.add(b.index(row * units), j), lanes: lanes) })
                                    b.storeVector(h, next, j)
                                    if returnSequences {
                                        let row = b.mul(b.add(b.mul(n, b.index(time)), t), b.index(rowWidth))
                                        b.storeVector(h, buffers.output, b.add(b.add(row, b.index(d * units)), j))
                                    }
                                }
                            }
                            let count = b.sub(end, first)
                            b.loop(from: b.index(0), to: b.sdiv(count, b.index(2)), "pair") { p in
                                let v = b.add(first, b.mul(p, b.index(2)))
                                emit([v, b.add(v, b.index(1))])
                            }
                            b.when(b.icmp(LLVMIntEQ, b.srem(count, b.index(2)), b.index(1))) { emit([b.sub(end, b.index(1))]) }
                            if together { context.barrier() }
                        }
                        if !returnSequences {
                            let final = (time - 1) % 2 == 0 ? h1 : h0
                            b.loop(from: first, to: end, "copy") { v in
                                let j = b.mul(v, b.index(lanes))
                                b.storeVector(b.loadVector(final, j, lanes: lanes), buffers.output,
                                              b.add(b.add(b.mul(n, b.index(rowWidth)), b.index(d * units)), j))
                            }
                        }
                    }
                }
            }
            let wholeSequences = splitSteps ? b.icmp(LLVMIntSGE, b.index(sequences), threadCount) : b.module.constant(true)
            b.ifElse(wholeSequences, then: {
                let rounds = b.sdivRoundingUp(b.index(sequences), threadCount)
                b.loop(from: b.index(0), to: rounds, "round") { r in
                    let task = b.add(thread, b.mul(r, threadCount))
                    b.when(b.icmp(LLVMIntSLT, task, b.index(sequences))) {
                        run(sequence: task, first: b.index(0), end: b.index(unitVectors), together: false)
                    }
                }
            }, otherwise: {
                let share = b.sdivRoundingUp(b.index(unitVectors), threadCount)
                let first = b.smin(b.mul(thread, share), b.index(unitVectors))
                let end = b.smin(b.add(first, share), b.index(unitVectors))
                b.loop(count: sequences, "sequence") { task in run(sequence: task, first: first, end: end, together: true) }
            })
        }
    }

    /// The input projections of all steps as one packed GEMM per direction (``PackedGEMM``):
    /// `[batch·time, features] × W_ihᵀ + b_ih` into the scratch space, projections of
    /// direction d and step t at `(d · steps + t) · rows`. Every step's projection is
    /// independent, so this part of the layer runs at matrix-product speed on all threads.
    private func lowerProjections(_ context: NodeContext, input: TensorType) {
        let (steps, features) = (input.shape[0] * input.shape[1], input.shape[2])
        let rows = cell.gateCount * units
        let gemm = PackedGEMM(m: steps, n: rows, k: features, lanes: context.lanes, registers: context.vectorRegisters)
        for d in 0..<direction.directionCount {
            let weights = context.parameterData(d * parametersPerDirection)   // [rows][features]
            let packed = context.constant(gemm.pack { k, row in weights[row * features + k] }, name: "weight_ih_packed\(d)")
            let bias = context.parameter(d * parametersPerDirection + 2)
            context.step(iterations: gemm.tasks, cost: gemm.taskCost) { b, task, buffers in
                gemm.emitTask(b, task: task, a: buffers.inputs[0], aRowStride: features, packed: packed, bias: bias) { step, row, value, active in
                    b.storePartial(value, buffers.scratch, b.add(b.mul(b.add(b.index(d * steps), step), b.index(rows)), row), active: active)
                }
            }
        }
    }
}
