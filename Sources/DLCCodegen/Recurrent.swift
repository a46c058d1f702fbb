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

        context.step(iterations: 1, cost: 0) { b, _, buffers in
            let scratch = buffers.scratch
            for (d, parameters) in weights.enumerated() {
                let backwards = direction == .reverse || d == 1
                b.loop(count: batch, "n") { n in
                    b.zeroBytes(b.element(scratch, b.index(hOffset)), count: b.index(8 * units))
                    b.loop(count: time, "s") { s in
                        let t = backwards ? b.sub(b.index(time - 1), s) : s
                        let projection = b.mul(b.add(b.mul(b.add(b.mul(b.index(d), b.index(batch)), n), b.index(time)), t), b.index(rows))
                        b.loop(count: rows, "r") { r in
                            let sum = b.dot(parameters[1], b.mul(r, b.index(units)), scratch, b.index(hOffset), count: units, lanes: lanes)
                            b.storeFloat(b.fadd(sum, b.loadFloat(parameters[3], r)), scratch, b.add(b.index(hhOffset), r))
                        }
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
}
