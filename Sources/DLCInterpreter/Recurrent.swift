import DLCGraph
import Foundation

extension Recurrent {
    /// Steps each direction through the sequence with PyTorch's equations (see ``Recurrent``).
    func evaluate(_ input: TensorData, parameters: [TensorData], outputType: TensorType) -> TensorData {
        let (batch, time, features) = (input.shape[0], input.shape[1], input.shape[2])
        let directions = direction.directionCount
        let width = units * directions
        let x = input.floats
        var sequence = [Float](repeating: 0, count: batch * time * width)
        var final = [Float](repeating: 0, count: batch * width)
        for d in 0..<directions {
            let perDirection = parametersPerDirection
            let weights = Array(parameters[(d * perDirection)..<((d + 1) * perDirection)]).map(\.floats)
            let peepholes = peephole ? weights[4] : nil
            let backwards = direction == .reverse || d == 1
            for n in 0..<batch {
                var h = [Float](repeating: 0, count: units)
                var c = [Float](repeating: 0, count: units)
                let steps = backwards ? Array((0..<time).reversed()) : Array(0..<time)
                for t in steps {
                    let xt = Array(x[((n * time + t) * features)..<((n * time + t + 1) * features)])
                    let (gatesFromInput, gatesFromState, _) = preactivations(xt, h, weights)
                    step(&h, &c, gatesFromInput, gatesFromState, peepholes: peepholes)
                    for u in 0..<units { sequence[(n * time + t) * width + d * units + u] = h[u] }
                }
                for u in 0..<units { final[n * width + d * units + u] = h[u] }
            }
        }
        return TensorData(shape: outputType.shape, floats: returnSequences ? sequence : final)
    }

    /// `W_ih x + b_ih` and `W_hh h + b_hh` of one step from the direction's weights, in gate
    /// order. A GRU that resets before the product computes the candidate's rows from `r·h`,
    /// after `r`, and returns `r·h` too.
    func preactivations(_ x: [Float], _ h: [Float], _ weights: [[Float]]) -> (fromInput: [Float], fromState: [Float], resetState: [Float]?) {
        let fromInput = affine(weights[0], weights[2], x, rows: 0..<(cell.gateCount * units))
        var fromState = affine(weights[1], weights[3], h, rows: 0..<((resetsBeforeProduct ? 2 : cell.gateCount) * units))
        guard resetsBeforeProduct else { return (fromInput, fromState, nil) }
        let resetState = (0..<units).map { u in sigmoid(fromInput[u] + fromState[u]) * h[u] }
        fromState += affine(weights[1], weights[3], resetState, rows: (2 * units)..<(3 * units))
        return (fromInput, fromState, resetState)
    }

    /// One time step given `W_ih x + b_ih` and `W_hh h + b_hh`, both `[G·units]` in gate order,
    /// and an LSTM's peephole weights `[3, units]` (i, f, o). A GRU that resets before the
    /// product has `W_hn (r·h) + b_hn` in the candidate's rows of `fromState`.
    func step(_ h: inout [Float], _ c: inout [Float], _ fromInput: [Float], _ fromState: [Float], peepholes: [Float]?) {
        switch cell {
        case .simple(let activation):
            for u in 0..<units { h[u] = activation.apply(fromInput[u] + fromState[u]) }
        case .lstm:
            for u in 0..<units {
                func peep(_ row: Int, _ cell: Float) -> Float { peepholes.map { $0[row * units + u] * cell } ?? 0 }
                let inputGate = sigmoid(fromInput[u] + fromState[u] + peep(0, c[u]))
                let forgetGate = sigmoid(fromInput[units + u] + fromState[units + u] + peep(1, c[u]))
                let candidate = tanhf(fromInput[2 * units + u] + fromState[2 * units + u])
                c[u] = forgetGate * c[u] + inputGate * candidate
                let outputGate = sigmoid(fromInput[3 * units + u] + fromState[3 * units + u] + peep(2, c[u]))
                h[u] = outputGate * tanhf(c[u])
            }
        case .gru:
            for u in 0..<units {
                let reset = sigmoid(fromInput[u] + fromState[u])
                let update = sigmoid(fromInput[units + u] + fromState[units + u])
                let recurrent = resetAfter ? reset * fromState[2 * units + u] : fromState[2 * units + u]
                let candidate = tanhf(fromInput[2 * units + u] + recurrent)
                h[u] = (1 - update) * candidate + update * h[u]
            }
        }
    }

    func sigmoid(_ v: Float) -> Float { 1 / (1 + expf(-v)) }

    /// Rows `rows` of `weight · vector + bias` for a `[_, vector.count]` weight.
    func affine(_ weight: [Float], _ bias: [Float], _ vector: [Float], rows: Range<Int>) -> [Float] {
        rows.map { row in
            var sum = bias[row]
            for k in vector.indices { sum += weight[row * vector.count + k] * vector[k] }
            return sum
        }
    }
}
