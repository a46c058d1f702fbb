import DLC
import DLCTestSupport
import Foundation
import Testing

/// Recurrent layers against the gate equations, evaluated here step by step with explicit
/// matrix-vector products per gate (PyTorch's equations, DSL.md's gate order).
@Suite struct RecurrentTests {
    let features = 3, units = 2, time = 4

    /// `W[rows r0..<r0+units] · v`, the slice of a stacked gate matrix.
    func gate(_ w: [Float], _ v: [Float], block: Int) -> [Float] {
        (0..<units).map { u in v.indices.reduce(Float(0)) { $0 + w[(block * units + u) * v.count + $1] * v[$1] } }
    }

    func sigma(_ v: Float) -> Float { 1 / (1 + exp(-v)) }

    func weights(_ name: String, gates: Int, seed: UInt64, suffix: String = "") -> [String: TensorData] {
        [
            "\(name).weight_ih_l0\(suffix)": randomTensor([gates * units, features], seed: seed),
            "\(name).weight_hh_l0\(suffix)": randomTensor([gates * units, units], seed: seed + 1),
            "\(name).bias_ih_l0\(suffix)": randomTensor([gates * units], seed: seed + 2),
            "\(name).bias_hh_l0\(suffix)": randomTensor([gates * units], seed: seed + 3),
        ]
    }

    func sequence(_ x: TensorData, _ t: Int) -> [Float] { Array(x.floats[(t * features)..<((t + 1) * features)]) }

    /// h per step of an LSTM run over `order`; with `l.weight_peephole_l0` in `p`, the
    /// course's peephole LSTM: i and f also see p∘c(t-1), o sees p∘c(t).
    func lstmSteps(_ x: TensorData, _ p: [String: TensorData], suffix: String = "", order: [Int]) -> [Int: [Float]] {
        let (wi, wh) = (p["l.weight_ih_l0\(suffix)"]!.floats, p["l.weight_hh_l0\(suffix)"]!.floats)
        let (bi, bh) = (p["l.bias_ih_l0\(suffix)"]!.floats, p["l.bias_hh_l0\(suffix)"]!.floats)
        let peepholes = p["l.weight_peephole_l0\(suffix)"]?.floats
        func peep(_ row: Int, _ cell: [Float]) -> [Float] {
            (0..<units).map { u in peepholes.map { $0[row * units + u] * cell[u] } ?? 0 }
        }
        var h = [Float](repeating: 0, count: units), c = h
        var states: [Int: [Float]] = [:]
        for t in order {
            let xt = sequence(x, t)
            func pre(_ block: Int) -> [Float] {
                let a = gate(wi, xt, block: block), b = gate(wh, h, block: block)
                return (0..<units).map { a[$0] + bi[block * units + $0] + b[$0] + bh[block * units + $0] }
            }
            let (pi, pf) = (peep(0, c), peep(1, c))
            let i = zip(pre(0), pi).map { sigma($0 + $1) }, f = zip(pre(1), pf).map { sigma($0 + $1) }
            let g = pre(2).map { tanh($0) }
            c = (0..<units).map { f[$0] * c[$0] + i[$0] * g[$0] }
            let o = zip(pre(3), peep(2, c)).map { sigma($0 + $1) }
            h = (0..<units).map { o[$0] * tanh(c[$0]) }
            states[t] = h
        }
        return states
    }

    @Test func peepholeLSTMGatesSeeTheCell() throws {
        let x = randomTensor([1, time, features], seed: 90)
        var p = weights("l", gates: 4, seed: 91).merging(weights("l", gates: 4, seed: 95, suffix: "_reverse")) { a, _ in a }
        p["l.weight_peephole_l0"] = randomTensor([3, units], seed: 99)
        p["l.weight_peephole_l0_reverse"] = randomTensor([3, units], seed: 100)
        let forward = lstmSteps(x, p, order: Array(0..<time))
        let backward = lstmSteps(x, p, suffix: "_reverse", order: Array((0..<time).reversed()))
        let all = try makeGraph(input: x.shape, weights: p) {
            lstm($0, units: units, returnSequences: true, direction: .bidirectional, peephole: true, name: "l")
        }
        expectClose(try interpret(all, x).floats, (0..<time).flatMap { forward[$0]! + backward[$0]! })
        // The peepholes matter: without them the same weights give other states.
        let plain = lstmSteps(x, p.filter { !$0.key.contains("peephole") }, order: Array(0..<time))
        #expect(zip(plain[time - 1]!, forward[time - 1]!).contains { abs($0 - $1) > 1e-3 })
        let reverse = try makeGraph(input: x.shape, weights: p.filter { !$0.key.hasSuffix("_reverse") }) {
            lstm($0, units: units, direction: .reverse, peephole: true, name: "l")
        }
        let reversedSteps = lstmSteps(x, p, order: Array((0..<time).reversed()))
        expectClose(try interpret(reverse, x).floats, reversedSteps[0]!)
    }

    @Test func peepholesAreAnLSTMs() {
        let gru = Recurrent(cell: .gru, units: 2, peephole: true)
        #expect(throws: OperatorError.self) { try gru.outputType(inputs: [TensorType(shape: [1, 3, 2])]) }
        do {
            _ = try gru.outputType(inputs: [TensorType(shape: [1, 3, 2])])
        } catch {
            #expect(error.message == "peepholes are an LSTM's; a gru layer has none")
        }
    }

    @Test func lstmLastStateAndSequence() throws {
        let x = randomTensor([1, time, features], seed: 40)
        let p = weights("l", gates: 4, seed: 41)
        let steps = lstmSteps(x, p, order: Array(0..<time))
        let last = try makeGraph(input: x.shape, weights: p) { lstm($0, units: units, name: "l") }
        expectClose(try interpret(last, x).floats, steps[time - 1]!)
        let all = try makeGraph(input: x.shape, weights: p) { lstm($0, units: units, returnSequences: true, name: "l") }
        expectClose(try interpret(all, x).floats, (0..<time).flatMap { steps[$0]! })
    }

    @Test func bidirectionalLSTMConcatenatesForwardThenReverse() throws {
        let x = randomTensor([1, time, features], seed: 50)
        let p = weights("l", gates: 4, seed: 51).merging(weights("l", gates: 4, seed: 55, suffix: "_reverse")) { a, _ in a }
        let forward = lstmSteps(x, p, order: Array(0..<time))
        let backward = lstmSteps(x, p, suffix: "_reverse", order: Array((0..<time).reversed()))
        let last = try makeGraph(input: x.shape, weights: p) { lstm($0, units: units, direction: .bidirectional, name: "l") }
        // The reverse direction's final state is the one after reading t = 0.
        expectClose(try interpret(last, x).floats, forward[time - 1]! + backward[0]!)
        let all = try makeGraph(input: x.shape, weights: p) {
            lstm($0, units: units, returnSequences: true, direction: .bidirectional, name: "l")
        }
        expectClose(try interpret(all, x).floats, (0..<time).flatMap { forward[$0]! + backward[$0]! })
    }

    @Test func reverseLSTMReadsTheSequenceBackwards() throws {
        let x = randomTensor([1, time, features], seed: 60)
        let p = weights("l", gates: 4, seed: 61)
        let backward = lstmSteps(x, p, order: Array((0..<time).reversed()))
        let graph = try makeGraph(input: x.shape, weights: p) { lstm($0, units: units, returnSequences: true, direction: .reverse, name: "l") }
        expectClose(try interpret(graph, x).floats, (0..<time).flatMap { backward[$0]! })
    }

    /// h per step of a GRU run over `order`: PyTorch's `n = tanh(W_in x + b_in + r·(W_hn h + b_hn))`,
    /// or without `resetAfter` Cho et al.'s (ONNX's linear_before_reset = 0), where r scales h
    /// before W_hn's product.
    func gruSteps(_ x: TensorData, _ p: [String: TensorData], order: [Int], resetAfter: Bool) -> [Int: [Float]] {
        let (wi, wh, bi, bh) = (p["g.weight_ih_l0"]!.floats, p["g.weight_hh_l0"]!.floats, p["g.bias_ih_l0"]!.floats, p["g.bias_hh_l0"]!.floats)
        var h = [Float](repeating: 0, count: units)
        var steps: [Int: [Float]] = [:]
        for t in order {
            let xt = sequence(x, t)
            let (ir, iz, inn) = (gate(wi, xt, block: 0), gate(wi, xt, block: 1), gate(wi, xt, block: 2))
            let (hr, hz) = (gate(wh, h, block: 0), gate(wh, h, block: 1))
            let r = (0..<units).map { sigma(ir[$0] + bi[$0] + hr[$0] + bh[$0]) }
            let z = (0..<units).map { sigma(iz[$0] + bi[units + $0] + hz[$0] + bh[units + $0]) }
            let recurrent: [Float]
            if resetAfter {
                let hn = gate(wh, h, block: 2)
                recurrent = (0..<units).map { r[$0] * (hn[$0] + bh[2 * units + $0]) }
            } else {
                let hn = gate(wh, (0..<units).map { r[$0] * h[$0] }, block: 2)
                recurrent = (0..<units).map { hn[$0] + bh[2 * units + $0] }
            }
            let n = (0..<units).map { tanh(inn[$0] + bi[2 * units + $0] + recurrent[$0]) }
            h = (0..<units).map { (1 - z[$0]) * n[$0] + z[$0] * h[$0] }
            steps[t] = h
        }
        return steps
    }

    @Test func gruStepFollowsResetUpdateNew() throws {
        let x = randomTensor([1, time, features], seed: 70)
        let p = weights("g", gates: 3, seed: 71)
        let steps = gruSteps(x, p, order: Array(0..<time), resetAfter: true)
        let graph = try makeGraph(input: x.shape, weights: p) { gru($0, units: units, returnSequences: true, name: "g") }
        expectClose(try interpret(graph, x).floats, (0..<time).flatMap { steps[$0]! })
    }

    @Test func gruResettingBeforeTheProductScalesTheState() throws {
        let x = randomTensor([1, time, features], seed: 75)
        let p = weights("g", gates: 3, seed: 76)
        let steps = gruSteps(x, p, order: Array((0..<time).reversed()), resetAfter: false)
        let expected = (0..<time).flatMap { steps[$0]! }
        let graph = try makeGraph(input: x.shape, weights: p) {
            gru($0, units: units, returnSequences: true, direction: .reverse, resetAfter: false, name: "g")
        }
        expectClose(try interpret(graph, x).floats, expected)
        let resetAfter = try makeGraph(input: x.shape, weights: p) { gru($0, units: units, returnSequences: true, direction: .reverse, name: "g") }
        #expect(try interpret(resetAfter, x).floats.elementsEqual(expected) { abs($0 - $1) < 1e-4 } == false)
    }

    @Test func onlyAGRUResetsBeforeTheProduct() {
        let lstm = Recurrent(cell: .lstm, units: 2, resetAfter: false)
        do {
            _ = try lstm.outputType(inputs: [TensorType(shape: [1, 3, 2])])
            Issue.record("an LSTM with resetAfter: false was accepted")
        } catch {
            #expect(error.message == "resetAfter is a GRU's choice; a lstm layer has no reset gate")
        }
    }

    @Test func simpleRNNStep() throws {
        let x = randomTensor([2, time, features], seed: 80)
        let p = weights("r", gates: 1, seed: 81)
        let (wi, wh, bi, bh) = (p["r.weight_ih_l0"]!.floats, p["r.weight_hh_l0"]!.floats, p["r.bias_ih_l0"]!.floats, p["r.bias_hh_l0"]!.floats)
        var expected: [Float] = []
        for n in 0..<2 {
            var h = [Float](repeating: 0, count: units)
            for t in 0..<time {
                let xt = Array(x.floats[((n * time + t) * features)..<((n * time + t + 1) * features)])
                let (a, b) = (gate(wi, xt, block: 0), gate(wh, h, block: 0))
                h = (0..<units).map { max(0, a[$0] + bi[$0] + b[$0] + bh[$0]) }
            }
            expected += h
        }
        let graph = try makeGraph(input: x.shape, weights: p) { simpleRNN($0, units: units, activation: .relu, name: "r") }
        expectClose(try interpret(graph, x).floats, expected)
    }

    /// The 004 notes' exercise: input 1 and weights 0.5 at every step of h_t = tanh(w·x + w·h).
    @Test func notesRecurrenceExercise() throws {
        let p: [String: TensorData] = [
            "r.weight_ih_l0": tensor([1, 1], [0.5]), "r.weight_hh_l0": tensor([1, 1], [0.5]),
            "r.bias_ih_l0": tensor([1], [0]), "r.bias_hh_l0": tensor([1], [0]),
        ]
        let graph = try makeGraph(input: [1, 3, 1], weights: p) { simpleRNN($0, units: 1, returnSequences: true, name: "r") }
        let h1 = tanh(Float(0.5)), h2 = tanh(0.5 + 0.5 * h1), h3 = tanh(0.5 + 0.5 * h2)
        expectClose(try interpret(graph, tensor([1, 3, 1], [1, 1, 1])).floats, [h1, h2, h3])
        expectClose([h1, h2, h3], [0.4621, 0.6237, 0.6706], tolerance: 1e-4)
    }
}
