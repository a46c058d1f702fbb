import Foundation
import DLC
import DLCTestSupport
import Testing

@Suite struct PoolingTests {
    let oneToNine = tensor([1, 1, 3, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9])

    @Test func maxPoolingWithPadding() throws {
        // Windows [-1, 2) x [-1, 2) etc.: max(1, 2, 4, 5), max(2, 3, 5, 6), max(4, 5, 7, 8), 9.
        let graph = try makeGraph(input: [1, 1, 3, 3]) { maxPool2d($0, kernel: 3, stride: 2, padding: 1) }
        #expect(try interpret(graph, oneToNine).floats == [5, 6, 8, 9])
    }

    @Test func averagePoolingCountsPaddingOnlyWhenAsked() throws {
        // Kernel 2, stride 1, padding 1 on 1...9: the corner window holds one real pixel.
        let excluding = try makeGraph(input: [1, 1, 3, 3]) { avgPool2d($0, kernel: 2, stride: 1, padding: 1) }
        let y = try interpret(excluding, oneToNine).floats
        #expect(y.count == 16)
        #expect(Array(y.prefix(4)) == [1, 1.5, 2.5, 3])               // 1/1, (1+2)/2, (2+3)/2, 3/1
        #expect(y[5] == 3)                                          // (1+2+4+5)/4
        let including = try makeGraph(input: [1, 1, 3, 3]) {
            avgPool2d($0, kernel: 2, stride: 1, padding: 1, countIncludePad: true)
        }
        #expect(Array(try interpret(including, oneToNine).floats.prefix(4)) == [0.25, 0.75, 1.25, 0.75])
    }

    @Test func ceilModeWindowsAreClippedAndNotPaddedCounts() throws {
        // 3x3 with kernel 2, stride 2, ceil mode: 2x2 windows {1,2,4,5}, {3,6}, {7,8}, {9}.
        for countIncludePad in [false, true] {
            let graph = try makeGraph(input: [1, 1, 3, 3]) {
                avgPool2d($0, kernel: 2, ceilMode: true, countIncludePad: countIncludePad)
            }
            #expect(try interpret(graph, oneToNine).floats == [3, 4.5, 7.5, 9])
        }
        let max = try makeGraph(input: [1, 1, 3, 3]) { maxPool2d($0, kernel: 2, ceilMode: true) }
        #expect(try interpret(max, oneToNine).floats == [5, 6, 8, 9])
    }

    @Test func globalPooling() throws {
        let x = tensor([1, 2, 2, 2], [1, 2, 3, 4, -1, -2, -3, -4])
        #expect(try interpret(makeGraph(input: x.shape) { globalAvgPool2d($0) }, x).floats == [2.5, -2.5])
        #expect(try interpret(makeGraph(input: x.shape) { globalMaxPool2d($0) }, x).floats == [4, -1])
    }
}

@Suite struct DenseTests {
    @Test func affineThenActivation() throws {
        let weights = ["fc.weight": tensor([3, 2], [1, 0, 0, 1, 1, 1]), "fc.bias": tensor([3], [0, 1, -5])]
        let plain = try makeGraph(input: [1, 2], weights: weights) { dense($0, units: 3, name: "fc") }
        #expect(try interpret(plain, tensor([1, 2], [1, 2])).floats == [1, 3, -2])
        let activated = try makeGraph(input: [1, 2], weights: weights) { dense($0, units: 3, activation: .relu, name: "fc") }
        #expect(try interpret(activated, tensor([1, 2], [1, 2])).floats == [1, 3, 0])
    }

    @Test func batchedRowsAreIndependent() throws {
        let w = randomTensor([4, 5], seed: 3)
        let x = randomTensor([3, 5], seed: 4)
        let graph = try makeGraph(input: [3, 5], weights: ["fc.weight": w]) { dense($0, units: 4, bias: false, name: "fc") }
        let (wv, xv) = (w.floats, x.floats)
        var expected: [Float] = []
        for n in 0..<3 {
            for u in 0..<4 {
                var sum: Float = 0
                for i in 0..<5 { sum += xv[n * 5 + i] * wv[u * 5 + i] }
                expected.append(sum)
            }
        }
        expectClose(try interpret(graph, x).floats, expected)
    }

    @Test func shapeOnlyLayersKeepTheElements() throws {
        let x = randomTensor([2, 3, 2, 2], seed: 5)
        #expect(try interpret(makeGraph(input: x.shape) { flatten($0) }, x).floats == x.floats)
        #expect(try interpret(makeGraph(input: x.shape) { reshape($0, [4, -1]) }, x).shape == [4, 6])
        #expect(try interpret(makeGraph(input: x.shape) { dropout($0, rate: 0.5) }, x) == x)
    }
}

@Suite struct NormalizationTests {
    @Test func batchNormUsesRunningStatistics() throws {
        let weights = ["bn.weight": tensor([2], [2, 1]), "bn.bias": tensor([2], [0, 1]),
                       "bn.running_mean": tensor([2], [1, 2]), "bn.running_var": tensor([2], [4, 1])]
        let graph = try makeGraph(input: [1, 2, 2, 1], weights: weights) { batchNorm($0, epsilon: 1e-3, name: "bn") }
        let x: [Float] = [1, 3, 3, 4]
        let expected: [Float] = [
            (1 - 1) / (4 + 1e-3).squareRoot() * 2, (3 - 1) / (4 + 1e-3).squareRoot() * 2,
            (3 - 2) / (1 + 1e-3).squareRoot() + 1, (4 - 2) / (1 + 1e-3).squareRoot() + 1,
        ]
        expectClose(try interpret(graph, tensor([1, 2, 2, 1], x)).floats, expected)
    }

    @Test func localResponseNormalizationAcrossChannels() throws {
        // size 3, alpha 3 (so alpha/size = 1), beta 1, k 1 on channels [1, 2, 3]:
        // 1 / (1 + 1 + 4), 2 / (1 + 1 + 4 + 9), 3 / (1 + 4 + 9).
        let graph = try makeGraph(input: [1, 3, 1, 1]) { lrn($0, size: 3, alpha: 3, beta: 1, k: 1) }
        expectClose(try interpret(graph, tensor([1, 3, 1, 1], [1, 2, 3])).floats, [1.0 / 6, 2.0 / 15, 3.0 / 14])
        // AlexNet's defaults: (2 + 1e-4/5 · Σx²)^0.75; a window of 5 spans all three channels (Σx² = 14).
        let alexNet = try makeGraph(input: [1, 3, 1, 1]) { lrn($0) }
        let expected = [Float(1), 2, 3].map { $0 / powf(2 + 1e-4 / 5 * 14, 0.75) }
        expectClose(try interpret(alexNet, tensor([1, 3, 1, 1], [1, 2, 3])).floats, expected, tolerance: 1e-6)
    }

    /// A window of 2 (alpha 2, so alpha/size = 1; beta 1, k 1) on channels [1, 2, 3]: PyTorch's
    /// reaches back, {c-1, c}; ONNX's forward, {c, c+1}.
    @Test func evenLocalResponseWindowsLeanEitherWay() throws {
        let x = tensor([1, 3, 1, 1], [1, 2, 3])
        let backward = try makeGraph(input: [1, 3, 1, 1]) { lrn($0, size: 2, alpha: 2, beta: 1, k: 1) }
        expectClose(try interpret(backward, x).floats, [1.0 / 2, 2.0 / 6, 3.0 / 14])
        let forward = try makeGraph(input: [1, 3, 1, 1]) { lrn($0, size: 2, alpha: 2, beta: 1, k: 1, moreChannelsAfter: true) }
        expectClose(try interpret(forward, x).floats, [1.0 / 6, 2.0 / 14, 3.0 / 10])
    }
}

@Suite struct ActivationTests {
    let x = tensor([1, 5], [-100, -1, 0, 1, 100])

    /// NaN stays NaN through ReLU and clamp (ReLU6), in the interpreter and in compiled code, as
    /// in PyTorch and ONNX Runtime; it used to come out as 0.
    @Test func nanPropagatesThroughActivations() throws {
        let input = tensor([1, 4], [.nan, -1, 2, 9])
        let cases: [(Graph, [Float])] = [
            (try makeGraph(input: [1, 4]) { relu($0) }, [0, 2, 9]),
            (try makeGraph(input: [1, 4]) { clamp($0, min: 0, max: 6) }, [0, 2, 6]),
        ]
        for (graph, rest) in cases {
            for result in [try interpret(graph, input), try Model.jit(graph).run(["x": input])["y"]!] {
                #expect(result.floats[0].isNaN)
                #expect(Array(result.floats.dropFirst()) == rest)
            }
        }
    }

    @Test func elementwiseActivations() throws {
        #expect(try interpret(makeGraph(input: [1, 5]) { relu($0) }, x).floats == [0, 0, 0, 1, 100])
        expectClose(try interpret(makeGraph(input: [1, 5]) { leakyRelu($0, alpha: 0.1) }, x).floats, [-10, -0.1, 0, 1, 100])
        expectClose(try interpret(makeGraph(input: [1, 5]) { sigmoid($0) }, x).floats,
                    [0, 1 / (1 + expf(1)), 0.5, 1 / (1 + expf(-1)), 1])
        expectClose(try interpret(makeGraph(input: [1, 5]) { tanh($0) }, x).floats, [-1, tanhf(-1), 0, tanhf(1), 1])
    }

    @Test func softmaxIsStableAndNormalized() throws {
        let logits = tensor([2, 3], [1, 2, 3, 1000, 1000, 1000])
        let sum = expf(1) + expf(2) + expf(3)
        expectClose(try interpret(makeGraph(input: [2, 3]) { softmax($0) }, logits).floats,
                    [expf(1) / sum, expf(2) / sum, expf(3) / sum, 1.0 / 3, 1.0 / 3, 1.0 / 3])
        expectClose(try interpret(makeGraph(input: [2, 3]) { logSoftmax($0) }, logits).floats,
                    [1 - logf(sum), 2 - logf(sum), 3 - logf(sum), -logf(3), -logf(3), -logf(3)])
        // Over axis 0 each column of [[0, 0, 0], [ln 3, 0, 0]] normalizes separately.
        let columns = tensor([2, 3], [0, 0, 0, logf(3), 0, 0])
        expectClose(try interpret(makeGraph(input: [2, 3]) { softmax($0, axis: 0) }, columns).floats,
                    [0.25, 0.5, 0.5, 0.75, 0.5, 0.5])
    }
}

@Suite struct ElementwiseTests {
    @Test func broadcastingAddAndMultiply() throws {
        let graph = try Graph.build {
            let a = input("a", shape: [2, 3])
            let row = input("row", shape: [3])
            let column = input("column", shape: [2, 1])
            output("sum", a + row)
            output("outer", column * row)
        }
        let results = try Interpreter(graph: graph).run([
            "a": tensor([2, 3], [1, 2, 3, 4, 5, 6]), "row": tensor([3], [10, 20, 30]), "column": tensor([2, 1], [1, 2]),
        ])
        #expect(results["sum"]?.floats == [11, 22, 33, 14, 25, 36])
        #expect(results["outer"]?.floats == [10, 20, 30, 20, 40, 60])
    }

    @Test func concatenationAlongAnyAxis() throws {
        let graph = try Graph.build {
            let a = input("a", shape: [1, 2, 2])
            let b = input("b", shape: [1, 1, 2])
            output("channels", concat([a, b]))
            output("last", concat([a, a], axis: -1))
        }
        let results = try Interpreter(graph: graph).run(["a": tensor([1, 2, 2], [1, 2, 3, 4]), "b": tensor([1, 1, 2], [5, 6])])
        #expect(results["channels"]?.floats == [1, 2, 3, 4, 5, 6])
        #expect(results["last"]?.floats == [1, 2, 1, 2, 3, 4, 3, 4])
    }
}

@Suite struct EmbeddingTests {
    @Test func looksUpRows() throws {
        let table = ["e.weight": tensor([3, 2], [0, 0, 1, 1, 2, 2])]
        for dtype in [DType.int32, .int64] {
            let graph = try makeGraph(input: [1, 3], dtype: dtype, weights: table) { embedding($0, vocabulary: 3, dimension: 2, name: "e") }
            let tokens = dtype == .int32 ? TensorData(shape: [1, 3], int32s: [2, 0, 1]) : TensorData(shape: [1, 3], int64s: [2, 0, 1])
            let y = try interpret(graph, tokens)
            #expect(y.shape == [1, 3, 2])
            #expect(y.floats == [2, 2, 0, 0, 1, 1])
        }
    }

    @Test func tokensOutsideTheVocabularyAreAnError() throws {
        let graph = try makeGraph(input: [1, 2], dtype: .int64) { embedding($0, vocabulary: 3, dimension: 2, name: "e") }
        let message = errorMessage { _ = try interpret(graph, TensorData(shape: [1, 2], int64s: [1, 3])) }
        #expect(message?.hasSuffix("error: layer 'e' (embedding): token 3 at position 1 is outside the vocabulary 0..<3") == true)
    }
}

@Suite struct InputCheckTests {
    @Test func inputsAreCheckedByNameShapeAndDType() throws {
        let graph = try makeGraph(input: [1, 4]) { relu($0) }
        let interpreter = try Interpreter(graph: graph)
        #expect(errorMessage { _ = try interpreter.run([:]) } == "error: missing input 'x' f32[1, 4]")
        #expect(errorMessage { _ = try interpreter.run(["x": tensor([1, 3], [1, 2, 3])]) }
            == "error: input 'x': expected f32[1, 4], got f32[1, 3]")
        #expect(errorMessage { _ = try interpreter.run(["x": TensorData(shape: [1, 4], int32s: [1, 2, 3, 4])]) }
            == "error: input 'x': expected f32[1, 4], got i32[1, 4]")
        #expect(errorMessage { _ = try interpreter.run(["x": tensor([1, 4], [1, 2, 3, 4]), "z": tensor([1], [1])]) }
            == "error: unknown input 'z'; model 'test' takes 'x'")
    }

    @Test func unboundWeightsAreReported() throws {
        let graph = try Graph.build { output("y", dense(input("x", shape: [1, 2]), units: 2, name: "fc")) }
        #expect(errorMessage { _ = try Interpreter(graph: graph) }
            == "error: weights of 'fc.weight' are not bound; load a weights file or initialize them")
    }
}
