@testable import DLCCodegen
import DLC
import DLCTestSupport
import Testing

/// Products through the packed GEMM at the shapes its tails handle: units that end inside a
/// vector or a panel, batches that end inside a row tile, gate rows that fill no vector.
let gemmCases: [OpCase] = [
    OpCase(name: "dense batch 5, 83 units (partial vector, panel and row tile)", shape: [5, 37]) { dense($0, units: 83, activation: .relu) },
    OpCase(name: "dense 1000 features to 10 units", shape: [1, 1000]) { dense($0, units: 10) },
    OpCase(name: "dense to 1 unit, no bias", shape: [3, 9]) { dense($0, units: 1, bias: false, activation: .sigmoid) },
    OpCase(name: "dense batch 13, 64 units (full panels)", shape: [13, 24]) { dense($0, units: 64) },
    OpCase(name: "lstm 5 units (20 gate rows)", shape: [2, 7, 6]) { lstm($0, units: 5, returnSequences: true) },
    OpCase(name: "bidirectional gru 12 units", shape: [1, 9, 10]) { gru($0, units: 12, returnSequences: true, direction: .bidirectional) },
    OpCase(name: "rnn 16 units, 1 step", shape: [1, 1, 3]) { simpleRNN($0, units: 16) },
]

@Suite struct PackedGEMMTests {
    /// Each case JIT-compiled for every vector width against the interpreter.
    @Test(arguments: gemmCases) func agreesWithTheInterpreterAtEveryWidth(_ op: OpCase) throws {
        try expectAgreesWithTheInterpreter(op, compiledWith: try runnableTargets())
    }

    /// Panels are `[k][width]` runs of B's columns, the last one only as wide as its vectors,
    /// zero past the last column.
    @Test func packsPanelsColumnRunsPerReductionStep() {
        let gemm = PackedGEMM(m: 1, n: 10, k: 3, lanes: 4, registers: 16)
        let width = gemm.panelWidth
        let packed = gemm.pack { k, n in Float(100 * k + n) }
        // Walk the panels independently of `pack`'s loops.
        var expected = [Float]()
        var first = 0
        while first < 10 {
            let columns = min(width, 10 - first)
            let padded = (columns + 3) / 4 * 4
            for k in 0..<3 {
                for c in 0..<padded { expected.append(c < columns ? Float(100 * k + first + c) : 0) }
            }
            first += width
        }
        #expect(packed == expected)
    }

    /// The tile the cost model picks for a 3x3 convolution row on 16 registers is 2 vectors × 6
    /// pixels (12 accumulators, 2 weight registers, 1 broadcast, 1 spare); a single row of A
    /// (batch-1 dense) takes the widest tile of vectors.
    @Test func tileShapesFollowTheRegisterFile() {
        #expect(RegisterTile.best(vectors: 8, broadcasts: 56, registers: 16) == RegisterTile(vectors: 2, broadcasts: 6))
        #expect(RegisterTile.best(vectors: 512, broadcasts: 1, registers: 16).vectors == 4)
        let wide = RegisterTile.best(vectors: 8, broadcasts: 56, registers: 32)
        #expect(wide.vectors * wide.broadcasts > 12 && wide.vectors * (wide.broadcasts + 1) + 2 <= 32)
    }
}
