import DLCGraph
import Foundation

extension RecurrentGradient {
    /// Each sample and direction: the forward steps again, then back through time, the
    /// gradients of the hidden (and cell) state carried from each step to the one before;
    /// parameter gradients accumulated in double.
    func evaluate(_ input: TensorData, _ outputGradient: TensorData, parameters: [TensorData]) -> TensorData {
        let layer = recurrent
        let (batch, time, features) = (inputShape[0], inputShape[1], inputShape[2])
        let units = layer.units, gates = layer.cell.gateCount
        let width = units * layer.direction.directionCount
        let x = input.floats, dy = outputGradient.floats
        var dx = [Double](repeating: 0, count: x.count)
        var sums = parameters.map { [Double](repeating: 0, count: $0.type.elementCount) }
        for d in 0..<layer.direction.directionCount {
            let first = d * layer.parametersPerDirection
            let weights = (0..<layer.parametersPerDirection).map { parameters[first + $0].floats }
            let (inputWeight, stateWeight) = (weights[0], weights[1])
            let peepholes = layer.peephole ? weights[4] : nil
            let steps = layer.direction == .reverse || d == 1 ? Array((0..<time).reversed()) : Array(0..<time)
            for n in 0..<batch {
                // The forward pass, keeping what each step read.
                var h = [Float](repeating: 0, count: units), c = h
                var records: [(x: [Float], h: [Float], c: [Float], fromInput: [Float], fromState: [Float], resetState: [Float]?)] = []
                for t in steps {
                    let xt = Array(x[((n * time + t) * features)..<((n * time + t + 1) * features)])
                    let (fromInput, fromState, resetState) = layer.preactivations(xt, h, weights)
                    records.append((xt, h, c, fromInput, fromState, resetState))
                    layer.step(&h, &c, fromInput, fromState, peepholes: peepholes)
                }
                // Back through time.
                var dhNext = [Double](repeating: 0, count: units), dcNext = dhNext
                for k in stride(from: time - 1, through: 0, by: -1) {
                    let t = steps[k], record = records[k]
                    var dh = dhNext
                    for u in 0..<units {
                        if layer.returnSequences {
                            dh[u] += Double(dy[(n * time + t) * width + d * units + u])
                        } else if k == time - 1 {
                            dh[u] += Double(dy[n * width + d * units + u])
                        }
                    }
                    var fromInputGradient = [Double](repeating: 0, count: gates * units)
                    var fromStateGradient = fromInputGradient
                    var dhPrevious = [Double](repeating: 0, count: units), dcPrevious = dhPrevious
                    switch layer.cell {
                    case .simple(let activation):
                        for u in 0..<units {
                            let z = record.fromInput[u] + record.fromState[u]
                            let dz = dh[u] * Double(activation.derivative(input: z, output: activation.apply(z)))
                            (fromInputGradient[u], fromStateGradient[u]) = (dz, dz)
                        }
                    case .lstm:
                        for u in 0..<units {
                            func peep(_ row: Int) -> Float { peepholes?[row * units + u] ?? 0 }
                            let (ai, ah, cPrevious) = (record.fromInput, record.fromState, record.c[u])
                            let i = layer.sigmoid(ai[u] + ah[u] + peep(0) * cPrevious)
                            let f = layer.sigmoid(ai[units + u] + ah[units + u] + peep(1) * cPrevious)
                            let g = tanhf(ai[2 * units + u] + ah[2 * units + u])
                            let cell = f * cPrevious + i * g
                            let o = layer.sigmoid(ai[3 * units + u] + ah[3 * units + u] + peep(2) * cell)
                            let tc = Double(tanhf(cell))
                            let dzo = dh[u] * tc * Double(o * (1 - o))
                            let dc = dcNext[u] + dh[u] * Double(o) * (1 - tc * tc) + dzo * Double(peep(2))
                            let dzi = dc * Double(g) * Double(i * (1 - i))
                            let dzf = dc * Double(cPrevious) * Double(f * (1 - f))
                            let dzg = dc * Double(i) * Double(1 - g * g)
                            dcPrevious[u] = dc * Double(f) + dzi * Double(peep(0)) + dzf * Double(peep(1))
                            if peepholes != nil {
                                sums[first + 4][u] += dzi * Double(cPrevious)
                                sums[first + 4][units + u] += dzf * Double(cPrevious)
                                sums[first + 4][2 * units + u] += dzo * Double(cell)
                            }
                            for (block, value) in [dzi, dzf, dzg, dzo].enumerated() {
                                fromInputGradient[block * units + u] = value
                                fromStateGradient[block * units + u] = value
                            }
                        }
                    case .gru:
                        let (ai, ah, hPrevious) = (record.fromInput, record.fromState, record.h)
                        var dzn = [Double](repeating: 0, count: units), resets = [Float](repeating: 0, count: units)
                        for u in 0..<units {
                            let r = layer.sigmoid(ai[u] + ah[u]), z = layer.sigmoid(ai[units + u] + ah[units + u])
                            let stateTerm = layer.resetAfter ? r * ah[2 * units + u] : ah[2 * units + u]
                            let candidate = tanhf(ai[2 * units + u] + stateTerm)
                            resets[u] = r
                            dzn[u] = dh[u] * Double(1 - z) * Double(1 - candidate * candidate)
                            let dzz = dh[u] * Double(hPrevious[u] - candidate) * Double(z * (1 - z))
                            dhPrevious[u] = dh[u] * Double(z)
                            fromInputGradient[units + u] = dzz
                            fromStateGradient[units + u] = dzz
                            fromInputGradient[2 * units + u] = dzn[u]
                            if layer.resetAfter {
                                fromStateGradient[2 * units + u] = dzn[u] * Double(r)
                                fromInputGradient[u] = dzn[u] * Double(ah[2 * units + u]) * Double(r * (1 - r))
                                fromStateGradient[u] = fromInputGradient[u]
                            } else {
                                fromStateGradient[2 * units + u] = dzn[u]
                            }
                        }
                        if !layer.resetAfter {
                            // n's state rows read r·h: its gradient reaches r and h.
                            var gradient = [Double](repeating: 0, count: units)
                            for row in 0..<units {
                                for k in 0..<units { gradient[k] += dzn[row] * Double(stateWeight[(2 * units + row) * units + k]) }
                            }
                            for u in 0..<units {
                                let dzr = gradient[u] * Double(hPrevious[u]) * Double(resets[u] * (1 - resets[u]))
                                (fromInputGradient[u], fromStateGradient[u]) = (dzr, dzr)
                                dhPrevious[u] += gradient[u] * Double(resets[u])
                            }
                        }
                    }
                    // Weights, biases, the input and the previous state.
                    let stateRows = layer.resetsBeforeProduct ? 2 * units : gates * units
                    for row in 0..<(gates * units) {
                        let (gi, gs) = (fromInputGradient[row], fromStateGradient[row])
                        sums[first + 2][row] += gi
                        sums[first + 3][row] += gs
                        if gi != 0 {
                            for k in 0..<features {
                                sums[first][row * features + k] += gi * Double(record.x[k])
                                dx[(n * time + t) * features + k] += gi * Double(inputWeight[row * features + k])
                            }
                        }
                        guard gs != 0 else { continue }
                        let stateInput = row < stateRows ? record.h : record.resetState!
                        for k in 0..<units {
                            sums[first + 1][row * units + k] += gs * Double(stateInput[k])
                            if row < stateRows { dhPrevious[k] += gs * Double(stateWeight[row * units + k]) }
                        }
                    }
                    (dhNext, dcNext) = (dhPrevious, dcPrevious)
                }
            }
        }
        let packed = (dx + sums.flatMap { $0 }).map { Float($0) }
        return TensorData(shape: [packed.count], floats: packed)
    }
}
