import DLC
import DLCTestSupport
import Foundation
import Testing

/// The convolutional LSTM against Shi et al.'s equations (the course's peephole convolutional
/// LSTM), evaluated here step by step with the textbook convolution of ReferenceKernels.swift.
@Suite struct ConvLSTM2DTests {
    let channels = 2, filters = 3, size = 5, time = 4

    func weights(_ name: String, kernel: Int, state: Int, seed: UInt64, suffix: String = "", peephole: Bool) -> [String: TensorData] {
        var p = [
            "\(name).weight_ih\(suffix)": randomTensor([4 * filters, channels, kernel, kernel], seed: seed),
            "\(name).weight_hh\(suffix)": randomTensor([4 * filters, filters, kernel, kernel], seed: seed + 1),
            "\(name).bias\(suffix)": randomTensor([4 * filters], seed: seed + 2),
        ]
        if peephole { p["\(name).weight_peephole\(suffix)"] = randomTensor([3, filters, state, state], seed: seed + 3) }
        return p
    }

    /// h after each step of one direction over `order`, for batch row `n`, from the equations:
    /// gates = W ∗ x_t + U ∗ h + b (+ V∘c), c' = f∘c + i∘g, h' = o∘tanh(c').
    func steps(_ x: TensorData, _ p: [String: TensorData], n: Int, kernel: Int, padding: EdgePadding, suffix: String = "",
               order: [Int]) -> [Int: [Float]] {
        let (w, u, b) = (p["l.weight_ih\(suffix)"]!, p["l.weight_hh\(suffix)"]!, p["l.bias\(suffix)"]!)
        let v = p["l.weight_peephole\(suffix)"]?.floats
        let (frameHeight, frameWidth) = (x.shape[3], x.shape[4])
        let state = frameHeight + padding.top + padding.bottom - kernel + 1
        let count = filters * state * state
        let same = EdgePadding(top: (kernel - 1) / 2, left: (kernel - 1) / 2, bottom: kernel / 2, right: kernel / 2)
        func sigma(_ value: Float) -> Float { 1 / (1 + exp(-value)) }
        var h = [Float](repeating: 0, count: count), c = h
        var result: [Int: [Float]] = [:]
        for t in order {
            let frameSize = channels * frameHeight * frameWidth
            let first = (n * x.shape[1] + t) * frameSize
            let frame = TensorData(shape: [1, channels, frameHeight, frameWidth], floats: Array(x.floats[first ..< first + frameSize]))
            let fromInput = referenceConv2D(frame, w, b, stride: (1, 1), padding: padding, dilation: (1, 1), groups: 1).floats
            let fromState = referenceConv2D(TensorData(shape: [1, filters, state, state], floats: h), u, nil,
                                            stride: (1, 1), padding: same, dilation: (1, 1), groups: 1).floats
            let pre = zip(fromInput, fromState).map { $0 + $1 }
            for e in 0..<count {
                let peek = { (row: Int, cell: Float) in v.map { $0[row * count + e] * cell } ?? 0 }
                let i = sigma(pre[e] + peek(0, c[e]))
                let f = sigma(pre[count + e] + peek(1, c[e]))
                let g = tanh(pre[2 * count + e])
                c[e] = f * c[e] + i * g
                let o = sigma(pre[3 * count + e] + peek(2, c[e]))
                h[e] = o * tanh(c[e])
            }
            result[t] = h
        }
        return result
    }

    @Test func lastStateOfEachBatchRow() throws {
        let x = randomTensor([2, time, channels, size, size], seed: 10)
        let p = weights("l", kernel: 3, state: size, seed: 11, peephole: false)
        let graph = try makeGraph(input: x.shape, weights: p) { convLSTM2d($0, filters: filters, kernel: 3, name: "l") }
        let same = EdgePadding(top: 1, left: 1, bottom: 1, right: 1)
        let expected = (0..<2).flatMap { n in steps(x, p, n: n, kernel: 3, padding: same, order: Array(0..<time))[time - 1]! }
        let y = try interpret(graph, x)
        #expect(y.shape == [2, filters, size, size])
        expectClose(y.floats, expected)
    }

    @Test func peepholeSequencesInBothDirections() throws {
        let x = randomTensor([1, time, channels, size, size], seed: 20)
        let p = weights("l", kernel: 3, state: size, seed: 21, peephole: true)
            .merging(weights("l", kernel: 3, state: size, seed: 25, suffix: "_reverse", peephole: true)) { a, _ in a }
        let graph = try makeGraph(input: x.shape, weights: p) {
            convLSTM2d($0, filters: filters, kernel: 3, returnSequences: true, peephole: true, direction: .bidirectional, name: "l")
        }
        let same = EdgePadding(top: 1, left: 1, bottom: 1, right: 1)
        let forward = steps(x, p, n: 0, kernel: 3, padding: same, order: Array(0..<time))
        let backward = steps(x, p, n: 0, kernel: 3, padding: same, suffix: "_reverse", order: Array((0..<time).reversed()))
        let y = try interpret(graph, x)
        #expect(y.shape == [1, time, 2 * filters, size, size])
        expectClose(y.floats, (0..<time).flatMap { forward[$0]! + backward[$0]! })
        // Without the peepholes the same weights give other states.
        let plain = steps(x, p.filter { !$0.key.contains("peephole") }, n: 0, kernel: 3, padding: same, order: Array(0..<time))
        #expect(zip(plain[time - 1]!, forward[time - 1]!).contains { abs($0 - $1) > 1e-3 })
    }

    /// `.valid` shrinks the state to the input convolution's output; an even kernel pads its
    /// state convolution one more at the bottom and right.
    @Test func validPaddingAndAnEvenKernel() throws {
        let x = randomTensor([1, time, channels, size, size], seed: 30)
        let p = weights("l", kernel: 2, state: size - 1, seed: 31, peephole: true)
        let graph = try makeGraph(input: x.shape, weights: p) {
            convLSTM2d($0, filters: filters, kernel: 2, padding: .valid, peephole: true, direction: .reverse, name: "l")
        }
        let expected = steps(x, p, n: 0, kernel: 2, padding: .zero, order: Array((0..<time).reversed()))[0]!
        let y = try interpret(graph, x)
        #expect(y.shape == [1, filters, size - 1, size - 1])
        expectClose(y.floats, expected)
    }

    @Test func shapesAndParameterCounts() throws {
        let graph = try Graph.build {
            output("y", convLSTM2d(input("x", shape: [1, 6, 3, 8, 8]), filters: 4, kernel: 3, peephole: true, name: "l"))
        }
        #expect(graph[graph.outputs[0].value].type.shape == [1, 4, 8, 8])
        // W_ih 16·3·9, W_hh 16·4·9, b 16, V 3·4·8·8.
        #expect(graph.trainableParameterCount == 16 * 3 * 9 + 16 * 4 * 9 + 16 + 3 * 4 * 8 * 8)
        // Per step and pixel: 4F·(C + F)·k² multiply-adds of the convolutions and 3F of the peepholes.
        #expect(graph.macCount == 6 * 64 * (16 * 7 * 9 + 12))
    }

    @Test func badInputsNameTheLayer() {
        let message = errorMessage {
            _ = try Graph.build { output("y", convLSTM2d(input("x", shape: [1, 3, 8, 8]), filters: 4, kernel: 3, name: "rnn")) }
        }
        #expect(message?.contains("layer 'rnn' (convLSTM2d): expected a 5-D input [batch, time, channels, height, width], got f32[1, 3, 8, 8]") == true,
                "\(message ?? "no error")")
        let tooSmall = errorMessage {
            _ = try Graph.build {
                output("y", convLSTM2d(input("x", shape: [1, 3, 2, 2, 2]), filters: 4, kernel: 3, padding: .valid, name: "rnn"))
            }
        }
        #expect(tooSmall?.contains("layer 'rnn' (convLSTM2d): the 3x3 kernel does not fit the 2x2 frames") == true, "\(tooSmall ?? "no error")")
    }
}
