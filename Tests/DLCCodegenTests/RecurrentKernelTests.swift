import DLC
import DLCTestSupport
import Testing

/// The recurrence's paths: units that fill vectors (fused gate products, split over the team
/// with a barrier per step when sequences are fewer than threads, whole sequences per thread
/// otherwise) and units that do not, or a GRU that resets before its product (one task per
/// sequence).
let recurrenceCases: [OpCase] = [
    OpCase(name: "lstm 24 units: a pair and a lone unit vector", shape: [1, 9, 5]) { lstm($0, units: 24) },
    OpCase(name: "lstm 104 units: steps split over the team", shape: [1, 5, 6]) { lstm($0, units: 104, returnSequences: true) },
    OpCase(name: "gru 96 units, last state of a split sequence", shape: [1, 4, 3]) { gru($0, units: 96) },
    OpCase(name: "lstm 32 units, sequence output", shape: [1, 6, 7]) { lstm($0, units: 32, returnSequences: true) },
    OpCase(name: "reverse gru 16 units, batch 3", shape: [3, 5, 4]) { gru($0, units: 16, returnSequences: true, direction: .reverse) },
    OpCase(name: "bidirectional lstm 48 units", shape: [1, 4, 8]) { lstm($0, units: 48, direction: .bidirectional) },
    OpCase(name: "rnn 64 units, even step count", shape: [2, 8, 3]) { simpleRNN($0, units: 64, returnSequences: true) },
    OpCase(name: "gru 12 units (no whole vectors)", shape: [1, 5, 6]) { gru($0, units: 12) },
    OpCase(name: "gru resetting before the product, 32 units, bidirectional", shape: [2, 5, 6]) {
        gru($0, units: 32, returnSequences: true, direction: .bidirectional, resetAfter: false)
    },
    OpCase(name: "gru resetting before the product, 7 units (no whole vectors)", shape: [1, 6, 3]) { gru($0, units: 7, resetAfter: false) },
    OpCase(name: "peephole lstm 24 units, sequence output", shape: [1, 5, 4]) { lstm($0, units: 24, returnSequences: true, peephole: true) },
    OpCase(name: "bidirectional peephole lstm 5 units (no whole vectors)", shape: [2, 4, 3]) {
        lstm($0, units: 5, direction: .bidirectional, peephole: true)
    },
]

@Suite struct RecurrentKernelTests {
    /// Each case at every vector width and at 1, 2 and 3 threads (3 threads split 13 unit
    /// vectors 5, 5 and 3: pairs and lone vectors on every thread, barriers after each step).
    @Test(arguments: recurrenceCases) func agreesWithTheInterpreter(_ op: OpCase) throws {
        let targets = try runnableTargets().flatMap { name, options in
            [1, 2, 3].map { threads in
                var threaded = options
                threaded.threads = threads
                return ("\(name), \(threads) threads", threaded)
            }
        }
        try expectAgreesWithTheInterpreter(op, compiledWith: targets)
    }
}
