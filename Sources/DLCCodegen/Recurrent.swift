import CLLVM
import DLCGraph

extension Recurrent {
    /// Scratch: the input projections of every step of every direction, then `W_hh·h + b_hh`,
    /// `h` and `c` of the step being computed.
    func scratchBytes(input: TensorType) -> Int {
        let rows = cell.gateCount * units
        return 4 * (direction.directionCount * input.shape[0] * input.shape[1] * rows + rows + 2 * units)
    }

    /// Two steps: the input projections `W_ih·x_t + b_ih` of all time steps at once (parallel),
    /// then the recurrence itself, which is sequential in time.
    func lower(_ context: NodeContext) {
        let input = context.inputType(0)
        let (batch, time, features) = (input.shape[0], input.shape[1], input.shape[2])
        let rows = cell.gateCount * units
        let directions = direction.directionCount
        let rowWidth = units * directions
        let lanes = context.lanes
        let weights = (0..<directions).map { d in (0..<4).map { context.parameter(d * 4 + $0) } }
        let projections = directions * batch * time * rows
        let (hhOffset, hOffset, cOffset) = (projections, projections + rows, projections + rows + units)

        if rows % lanes == 0 {
            lowerProjectionProduct(context, input: input, weights: weights)
        } else {
            context.step(iterations: directions * batch * time, cost: rows * features) { b, task, buffers in
                let step = b.srem(task, b.index(batch * time))
                let d = b.sdiv(task, b.index(batch * time))
                for (index, parameters) in weights.enumerated() {
                    b.when(b.icmp(LLVMIntEQ, d, b.index(index))) {
                        b.loop(count: rows, "r") { r in
                            let sum = b.dot(parameters[0], b.mul(r, b.index(features)), buffers.inputs[0], b.mul(step, b.index(features)),
                                            count: features, lanes: lanes)
                            b.storeFloat(b.fadd(sum, b.loadFloat(parameters[2], r)), buffers.scratch, b.add(b.mul(task, b.index(rows)), r))
                        }
                    }
                }
            }
        }

        // W_hh transposed to [units][rows] at compile time, so the per-step product broadcasts
        // one element of h and FMAs whole vectors of rows: no horizontal sums (when the rows
        // fill vectors; otherwise dot products of rows).
        let columnMajor = rows % lanes == 0
        let transposed: [LLVMValueRef] = columnMajor ? (0..<directions).map { d in
            let w = context.parameterData(d * 4 + 1)
            var t = [Float](repeating: 0, count: w.count)
            for r in 0..<rows { for k in 0..<units { t[k * rows + r] = w[r * units + k] } }
            return context.constant(t, name: "weight_hh_t\(d)")
        } : []

        /// `scratch[hh + r] = b_hh[r] + Σ_k W_hh[r][k] · h[k]` for every row r.
        func recurrentProduct(_ b: IRBuilder, _ scratch: LLVMValueRef, direction d: Int, parameters: [LLVMValueRef]) {
            guard columnMajor else {
                b.loop(count: rows, "r") { r in
                    let sum = b.dot(parameters[1], b.mul(r, b.index(units)), scratch, b.index(hOffset), count: units, lanes: lanes)
                    b.storeFloat(b.fadd(sum, b.loadFloat(parameters[3], r)), scratch, b.add(b.index(hhOffset), r))
                }
                return
            }
            let vector = b.module.vector(b.module.float, lanes)
            let chunk = 8   // vectors of rows per pass: 8 accumulators
            for first in Swift.stride(from: 0, to: rows / lanes, by: chunk) {
                let count = min(chunk, rows / lanes - first)
                let slots = (0..<count).map { v in
                    let slot = b.alloca(vector)
                    b.store(b.loadVector(parameters[3], b.index((first + v) * lanes), lanes: lanes), slot)
                    return slot
                }
                b.loop(count: units, "k") { k in
                    let hk = b.splat(b.loadFloat(scratch, b.add(b.index(hOffset), k)), lanes: lanes)
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

        context.step(iterations: 1, cost: 0) { b, _, buffers in
            let scratch = buffers.scratch
            for (d, parameters) in weights.enumerated() {
                let backwards = direction == .reverse || d == 1
                b.loop(count: batch, "n") { n in
                    b.zeroBytes(b.element(scratch, b.index(hOffset)), count: b.index(8 * units))
                    b.loop(count: time, "s") { s in
                        let t = backwards ? b.sub(b.index(time - 1), s) : s
                        let projection = b.mul(b.add(b.mul(b.add(b.mul(b.index(d), b.index(batch)), n), b.index(time)), t), b.index(rows))
                        recurrentProduct(b, scratch, direction: d, parameters: parameters)
                        b.forEachVector(from: b.index(0), to: b.index(units), lanes: lanes) { j, width in
                            func gate(_ block: Int) -> (LLVMValueRef, LLVMValueRef) {
                                let offset = b.add(b.index(block * units), j)
                                return (b.loadFloats(scratch, b.add(projection, offset), lanes: width),
                                        b.loadFloats(scratch, b.add(b.index(hhOffset), offset), lanes: width))
                            }
                            let one = b.float(1, lanes: width)
                            let hIndex = b.add(b.index(hOffset), j)
                            let h: LLVMValueRef
                            switch cell {
                            case .simple(let activation):
                                let (x, r) = gate(0)
                                h = b.activation(activation, b.fadd(x, r))
                            case .lstm:
                                let (xi, hi) = gate(0), (xf, hf) = gate(1), (xg, hg) = gate(2), (xo, ho) = gate(3)
                                let cIndex = b.add(b.index(cOffset), j)
                                let c = b.fma(b.sigmoid(b.fadd(xf, hf)), b.loadFloats(scratch, cIndex, lanes: width),
                                              b.fmul(b.sigmoid(b.fadd(xi, hi)), b.tanh(b.fadd(xg, hg))))
                                b.storeFloats(c, scratch, cIndex)
                                h = b.fmul(b.sigmoid(b.fadd(xo, ho)), b.tanh(c))
                            case .gru:
                                let (xr, hr) = gate(0), (xz, hz) = gate(1), (xn, hn) = gate(2)
                                let reset = b.sigmoid(b.fadd(xr, hr))
                                let update = b.sigmoid(b.fadd(xz, hz))
                                let candidate = b.tanh(b.fma(reset, hn, xn))
                                let previous = b.loadFloats(scratch, hIndex, lanes: width)
                                h = b.fma(update, previous, b.fmul(b.fsub(one, update), candidate))
                            }
                            b.storeFloats(h, scratch, hIndex)
                            if returnSequences {
                                let row = b.mul(b.add(b.mul(n, b.index(time)), t), b.index(rowWidth))
                                b.storeFloats(h, buffers.output, b.add(b.add(row, b.index(d * units)), j))
                            }
                        }
                    }
                    if !returnSequences {
                        b.copyBytes(to: b.element(buffers.output, b.add(b.mul(n, b.index(rowWidth)), b.index(d * units))),
                                    from: b.element(scratch, b.index(hOffset)), count: b.index(4 * units))
                    }
                }
            }
        }
    }

    /// The input projections of all steps as one matrix product per direction:
    /// `[batch·time, features] × W_ihᵀ [features, rows] + b_ih`, with W_ih transposed at compile
    /// time. A register tile is 3 steps × 4 vectors of rows: per feature, 3 broadcasts and 4
    /// weight loads feed 12 FMAs, instead of one horizontal sum per row and step.
    private func lowerProjectionProduct(_ context: NodeContext, input: TensorType, weights: [[LLVMValueRef]]) {
        let (steps, features) = (input.shape[0] * input.shape[1], input.shape[2])
        let rows = cell.gateCount * units
        let lanes = context.lanes
        let directions = weights.count
        let transposed = (0..<directions).map { d in
            let w = context.parameterData(d * 4)
            var t = [Float](repeating: 0, count: w.count)
            for r in 0..<rows { for k in 0..<features { t[k * rows + r] = w[r * features + k] } }
            return context.constant(t, name: "weight_ih_t\(d)")
        }
        let (stepTile, vectorTile) = (3, 4)
        let rowVectors = rows / lanes
        let vectorTiles = (rowVectors + vectorTile - 1) / vectorTile
        let stepTiles = (steps + stepTile - 1) / stepTile
        context.step(iterations: directions * stepTiles * vectorTiles, cost: stepTile * vectorTile * lanes * features) { b, task, buffers in
            let vectorTileIndex = b.srem(task, b.index(vectorTiles))
            let stepTileIndex = b.srem(b.sdiv(task, b.index(vectorTiles)), b.index(stepTiles))
            let d = b.sdiv(task, b.index(vectorTiles * stepTiles))
            for (index, parameters) in weights.enumerated() {
                b.when(b.icmp(LLVMIntEQ, d, b.index(index))) {
                    /// A tile of `stepCount` steps × `vectorCount` row vectors.
                    func tile(stepCount: Int, vectorCount: Int) {
                        let vector = b.module.vector(b.module.float, lanes)
                        let firstStep = b.mul(stepTileIndex, b.index(stepTile))
                        let firstRow = b.mul(vectorTileIndex, b.index(vectorTile * lanes))
                        let slots = (0..<stepCount).map { _ in
                            (0..<vectorCount).map { v in
                                let slot = b.alloca(vector)
                                b.store(b.loadVector(parameters[2], b.add(firstRow, b.index(v * lanes)), lanes: lanes), slot)
                                return slot
                            }
                        }
                        b.loop(count: features, "k") { k in
                            let w = (0..<vectorCount).map { v in
                                b.loadVector(transposed[index], b.add(b.mul(k, b.index(rows)), b.add(firstRow, b.index(v * lanes))), lanes: lanes)
                            }
                            for s in 0..<stepCount {
                                let x = b.splat(b.loadFloat(buffers.inputs[0], b.add(b.mul(b.add(firstStep, b.index(s)), b.index(features)), k)),
                                                lanes: lanes)
                                for v in 0..<vectorCount { b.store(b.fma(x, w[v], b.load(vector, slots[s][v])), slots[s][v]) }
                            }
                        }
                        for s in 0..<stepCount {
                            // Projections of direction d, step t are at ((d · steps + t) · rows).
                            let base = b.mul(b.add(b.mul(b.index(index), b.index(steps)), b.add(firstStep, b.index(s))), b.index(rows))
                            for v in 0..<vectorCount {
                                b.storeVector(b.load(vector, slots[s][v]), buffers.scratch, b.add(base, b.add(firstRow, b.index(v * lanes))))
                            }
                        }
                    }
                    let (lastSteps, lastVectors) = (steps - (stepTiles - 1) * stepTile, rowVectors - (vectorTiles - 1) * vectorTile)
                    let lastStepTile = b.icmp(LLVMIntEQ, stepTileIndex, b.index(stepTiles - 1))
                    let lastVectorTile = b.icmp(LLVMIntEQ, vectorTileIndex, b.index(vectorTiles - 1))
                    func byVectors(_ stepCount: Int) {
                        if lastVectors == vectorTile { return tile(stepCount: stepCount, vectorCount: vectorTile) }
                        b.ifElse(lastVectorTile, then: { tile(stepCount: stepCount, vectorCount: lastVectors) },
                                 otherwise: { tile(stepCount: stepCount, vectorCount: vectorTile) })
                    }
                    if lastSteps == stepTile {
                        byVectors(stepTile)
                    } else {
                        b.ifElse(lastStepTile, then: { byVectors(lastSteps) }, otherwise: { byVectors(stepTile) })
                    }
                }
            }
        }
    }
}
