import DLC
import DLCTestSupport
import Testing

@Suite struct ReorderTests {
    /// Element (n, c, h, w) of NCHW[b]c is at (((n·⌈C/b⌉ + c/b)·H + h)·W + w)·b + c%b.
    @Test func blockedOrderMatchesTheFormula() throws {
        let (n, c, h, w, block) = (2, 16, 2, 3, 8)
        let plain = TensorData(shape: [n, c, h, w], floats: (0..<(n * c * h * w)).map(Float.init))
        let blocked = try evaluate(Reorder(to: .blocked(block)), plain)
        #expect(blocked.type == TensorType(shape: [n, c, h, w], layout: .blocked(block)))
        let values = blocked.floats
        for ni in 0..<n { for ci in 0..<c { for hi in 0..<h { for wi in 0..<w {
            let position = (((ni * (c / block) + ci / block) * h + hi) * w + wi) * block + ci % block
            #expect(values[position] == Float(((ni * c + ci) * h + hi) * w + wi))
        } } } }
        #expect(try evaluate(Reorder(to: .plain), blocked) == plain)
    }

    @Test func typesAndMessages() throws {
        let type = TensorType(shape: [1, 20, 3, 3]).with(layout: .blocked(8))
        #expect(type.description == "f32[1, 20, 3, 3]{nchw8c}")
        #expect(type.storageElementCount == 24 * 9, "the last block is padded")
        #expect(type.byteCount == 24 * 9 * 4)
        #expect(message(Reorder(to: .blocked(0)), [TensorType(shape: [1, 20, 3, 3])]) == "blocks must hold at least one channel, got 0")
        // Convolutions write partial last blocks; reorders only read them.
        let plain = TensorType(shape: [1, 20, 3, 3])
        #expect(!Reorder(to: .blocked(8)).supportsLayouts(inputs: [plain], output: type))
        #expect(Reorder(to: .plain).supportsLayouts(inputs: [type], output: plain))
        #expect(Reorder(to: .blocked(4)).supportsLayouts(inputs: [plain], output: plain.with(layout: .blocked(4))))
        #expect(message(Reorder(to: .blocked(8)), [TensorType(shape: [1, 16])])
                == "expected a 4-D input [batch, channels, height, width], got f32[1, 16]")
    }

    private func message(_ op: Reorder, _ inputs: [TensorType]) -> String? {
        do {
            _ = try op.outputType(inputs: inputs)
            return nil
        } catch {
            return error.message
        }
    }

    private func evaluate(_ op: Reorder, _ input: TensorData) throws -> TensorData {
        try ReferenceEvaluator().evaluate(.reorder(op), inputs: [input], parameters: [],
                                          outputType: try op.outputType(inputs: [input.type]))
    }
}
