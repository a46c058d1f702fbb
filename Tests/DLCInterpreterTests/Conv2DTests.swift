import DLC
import DLCTestSupport
import Testing

/// The worked examples of the lecture notes (recomputed; see notes 003 and 004).
@Suite struct WorkedExampleTests {
    let input = tensor([1, 1, 3, 3], [0, 1, 2, 3, 4, 5, 6, 7, 8])
    let kernel = tensor([1, 1, 2, 2], [0, 1, 2, 3])
    let noBias = tensor([1], [0])

    private func correlate(padding: Int, stride: (Int, Int)) throws -> TensorData {
        let graph = try makeGraph(input: [1, 1, 3, 3], weights: ["c.weight": kernel, "c.bias": noBias]) {
            conv2d($0, filters: 1, kernel: 2, stride: stride, padding: padding, name: "c")
        }
        return try interpret(graph, input)
    }

    @Test func crossCorrelation() throws {
        // 0·0 + 1·1 + 3·2 + 4·3 = 19, ...
        let y = try correlate(padding: 0, stride: (1, 1))
        #expect(y.shape == [1, 1, 2, 2])
        #expect(y.floats == [19, 25, 37, 43])
    }

    @Test func crossCorrelationWithPadding() throws {
        let y = try correlate(padding: 1, stride: (1, 1))
        #expect(y.shape == [1, 1, 4, 4])
        #expect(y.floats == [0, 3, 8, 4, 9, 19, 25, 10, 21, 37, 43, 16, 6, 7, 8, 0])
    }

    @Test func crossCorrelationWithPaddingAndStride3x2() throws {
        // 0·0 + 0·1 + 1·2 + 2·3 = 8 and 0·0 + 6·1 + 0·2 + 0·3 = 6, as the notes compute.
        let y = try correlate(padding: 1, stride: (3, 2))
        #expect(y.shape == [1, 1, 2, 2])
        #expect(y.floats == [0, 8, 6, 8])
    }

    /// The 7x7x3 (padded) input, two 3x3x3 filters with biases 1 and 0, stride 2.
    @Test func threeChannelsTwoFilters() throws {
        let x = tensor([1, 3, 5, 5], [
            0, 1, 1, 2, 2, 0, 1, 1, 0, 0, 1, 1, 0, 1, 0, 1, 0, 1, 1, 1, 0, 2, 0, 1, 0,
            1, 1, 1, 2, 0, 0, 2, 1, 1, 2, 1, 2, 0, 0, 2, 0, 2, 1, 2, 1, 2, 0, 1, 2, 0,
            2, 0, 2, 0, 2, 0, 0, 1, 2, 1, 1, 0, 2, 2, 1, 2, 0, 2, 0, 0, 0, 0, 1, 1, 2,
        ])
        let w = tensor([2, 3, 3, 3], [
            1, 1, -1, -1, 0, 1, -1, -1, 0, /**/ -1, 0, -1, 0, 0, -1, 1, -1, 0, /**/ 0, 1, 0, 1, 0, 1, 0, -1, 1,
            -1, -1, 0, -1, 1, 0, -1, 1, 0, /**/ 1, -1, 0, -1, 0, -1, -1, 0, 0, /**/ -1, 0, 1, 1, 0, 1, 0, -1, 0,
        ])
        let graph = try makeGraph(input: [1, 3, 5, 5], weights: ["c.weight": w, "c.bias": tensor([2], [1, 0])]) {
            conv2d($0, filters: 2, kernel: 3, stride: 2, padding: 1, name: "c")
        }
        let y = try interpret(graph, x)
        #expect(y.shape == [1, 2, 3, 3])
        #expect(y.floats == [1, 0, -3, -6, 1, 1, 4, -3, 1, /**/ -1, -6, -4, -2, -3, -4, -1, -3, -3])
    }

    @Test func verticalEdgeDetection() throws {
        let edge = tensor([1, 1, 3, 3], [1, 0, -1, 1, 0, -1, 1, 0, -1])
        let graph = try makeGraph(input: [1, 1, 6, 6], weights: ["e.weight": edge]) {
            conv2d($0, filters: 1, kernel: 3, bias: false, name: "e")
        }
        let bright = (0..<36).map { Float($0 % 6 < 3 ? 10 : 0) }
        #expect(try interpret(graph, tensor([1, 1, 6, 6], bright)).floats == Array(repeating: [0, 30, 30, 0], count: 4).flatMap { $0 })
        let dark = (0..<36).map { Float($0 % 6 < 3 ? 0 : 10) }
        #expect(try interpret(graph, tensor([1, 1, 6, 6], dark)).floats == Array(repeating: [0, -30, -30, 0], count: 4).flatMap { $0 })
    }

    @Test func maxPooling2x2Stride2() throws {
        let graph = try makeGraph(input: [1, 1, 4, 4]) { maxPool2d($0, kernel: 2) }
        let y = try interpret(graph, tensor([1, 1, 4, 4], [-1, 2, 0, 0, 0, 1, 3, -2, 0, 0, -1, 4, 3, -1, -2, -2]))
        #expect(y.floats == [2, 3, 3, 4])
    }

    @Test func oneByOneConvolutionIsADenseLayerPerPixel() throws {
        // y[o, p] = Σ_c w[o, c] x[c, p]: compare against the matrix product computed here.
        let x = randomTensor([1, 3, 2, 2], seed: 1)
        let w = randomTensor([2, 3, 1, 1], seed: 2)
        let graph = try makeGraph(input: [1, 3, 2, 2], weights: ["c.weight": w]) {
            conv2d($0, filters: 2, kernel: 1, bias: false, name: "c")
        }
        let (wv, xv) = (w.floats, x.floats)
        var expected: [Float] = []
        for o in 0..<2 {
            for p in 0..<4 {
                var sum: Float = 0
                for c in 0..<3 { sum += wv[o * 3 + c] * xv[c * 4 + p] }
                expected.append(sum)
            }
        }
        expectClose(try interpret(graph, x).floats, expected)
    }
}

/// Convolution variants against the formula-direct reference of the test support.
@Suite struct Conv2DVariantTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var channels: Int, filters: Int, size: (Int, Int), kernel: (Int, Int), stride: (Int, Int)
        var padding: EdgePadding, dilation: (Int, Int), groups: Int
        var testDescription: String { "c\(channels) f\(filters) k\(kernel) s\(stride) p\(padding) d\(dilation) g\(groups)" }
    }

    static let cases: [Case] = [
        Case(channels: 3, filters: 4, size: (7, 9), kernel: (3, 3), stride: (1, 1), padding: .zero, dilation: (1, 1), groups: 1),
        Case(channels: 3, filters: 4, size: (7, 9), kernel: (3, 5), stride: (2, 3), padding: EdgePadding(top: 1, left: 2, bottom: 1, right: 2), dilation: (1, 1), groups: 1),
        Case(channels: 2, filters: 3, size: (8, 8), kernel: (2, 2), stride: (1, 1), padding: EdgePadding(top: 0, left: 1, bottom: 1, right: 0), dilation: (1, 1), groups: 1),
        Case(channels: 4, filters: 2, size: (9, 9), kernel: (3, 3), stride: (1, 1), padding: EdgePadding(top: 2, left: 2, bottom: 2, right: 2), dilation: (2, 2), groups: 1),
        Case(channels: 4, filters: 6, size: (6, 7), kernel: (3, 3), stride: (2, 1), padding: EdgePadding(top: 1, left: 1, bottom: 1, right: 1), dilation: (1, 2), groups: 2),
        Case(channels: 5, filters: 5, size: (6, 6), kernel: (3, 3), stride: (1, 1), padding: EdgePadding(top: 1, left: 1, bottom: 1, right: 1), dilation: (1, 1), groups: 5),
        Case(channels: 3, filters: 6, size: (5, 5), kernel: (3, 3), stride: (2, 2), padding: EdgePadding(top: 0, left: 0, bottom: 1, right: 1), dilation: (1, 1), groups: 3),
    ]

    @Test(arguments: cases) func matchesTheFormula(_ c: Case) throws {
        let x = randomTensor([2, c.channels, c.size.0, c.size.1], seed: 10)
        let w = randomTensor([c.filters, c.channels / c.groups, c.kernel.0, c.kernel.1], seed: 11)
        let b = randomTensor([c.filters], seed: 12)
        let graph = try makeGraph(input: x.shape, weights: ["c.weight": w, "c.bias": b]) {
            conv2d($0, filters: c.filters, kernel: c.kernel, stride: c.stride,
                   padding: (c.padding.top, c.padding.left, c.padding.bottom, c.padding.right),
                   dilation: c.dilation, groups: c.groups, name: "c")
        }
        let expected = referenceConv2D(x, w, b, stride: c.stride, padding: c.padding, dilation: c.dilation, groups: c.groups)
        let y = try interpret(graph, x)
        #expect(y.shape == expected.shape)
        expectClose(y.floats, expected.floats, tolerance: 1e-5)
    }

    @Test func fusedActivationIsAppliedAfterTheBias() throws {
        let graph = try makeGraph(input: [1, 1, 1, 1], weights: ["c.weight": tensor([2, 1, 1, 1], [1, -1]), "c.bias": tensor([2], [0.5, 0.5])]) {
            conv2d($0, filters: 2, kernel: 1, activation: .relu, name: "c")
        }
        #expect(try interpret(graph, tensor([1, 1, 1, 1], [2])).floats == [2.5, 0])
    }

    @Test func depthwiseAndSeparable() throws {
        let x = randomTensor([1, 3, 6, 6], seed: 20)
        let dw = randomTensor([6, 1, 3, 3], seed: 21)
        let graph = try makeGraph(input: x.shape, weights: ["d.weight": dw, "d.bias": tensor([6], [0, 0, 0, 0, 0, 0])]) {
            depthwiseConv2d($0, kernel: 3, padding: 1, multiplier: 2, name: "d")
        }
        let expected = referenceConv2D(x, dw, nil, stride: (1, 1), padding: EdgePadding(top: 1, left: 1, bottom: 1, right: 1),
                                       dilation: (1, 1), groups: 3)
        expectClose(try interpret(graph, x).floats, expected.floats)

        let pw = randomTensor([4, 3, 1, 1], seed: 22)
        let separable = try makeGraph(input: x.shape, weights: ["s.depthwise.weight": randomTensor([3, 1, 3, 3], seed: 23), "s.pointwise.weight": pw]) {
            separableConv2d($0, filters: 4, kernel: 3, bias: false, name: "s")
        }
        let depthwise = referenceConv2D(x, separable.weights["s.depthwise.weight"]!, nil, stride: (1, 1), padding: .zero,
                                        dilation: (1, 1), groups: 3)
        let pointwise = referenceConv2D(depthwise, pw, nil, stride: (1, 1), padding: .zero, dilation: (1, 1), groups: 1)
        expectClose(try interpret(separable, x).floats, pointwise.floats)
    }
}

@Suite struct Conv2DTransposeTests {
    /// d2l's example: X = [[0, 1], [2, 3]], K = [[0, 1], [2, 3]]; each input pixel scatters x·K.
    @Test func scatterOfAWorkedExample() throws {
        let x = tensor([1, 1, 2, 2], [0, 1, 2, 3])
        let k = tensor([1, 1, 2, 2], [0, 1, 2, 3])
        let unit = try makeGraph(input: [1, 1, 2, 2], weights: ["t.weight": k]) {
            conv2dTranspose($0, filters: 1, kernel: 2, bias: false, name: "t")
        }
        #expect(try interpret(unit, x).floats == [0, 0, 1, 0, 4, 6, 4, 12, 9])
        let strided = try makeGraph(input: [1, 1, 2, 2], weights: ["t.weight": k]) {
            conv2dTranspose($0, filters: 1, kernel: 2, stride: 2, bias: false, name: "t")
        }
        #expect(try interpret(strided, x).floats == [0, 0, 0, 1, 0, 0, 2, 3, 0, 2, 0, 3, 4, 6, 6, 9])
    }

    /// The notes' 2x2 input and 3x3 kernel: the output equals a full correlation of the input
    /// (zero-padded by 2) with the kernel rotated 180 degrees, a 4x4 map.
    @Test func twoByTwoInputThreeByThreeKernelIsFullConvolution() throws {
        let x = tensor([1, 1, 2, 2], [1, 2, 3, 4])
        let k = tensor([1, 1, 3, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9])
        let graph = try makeGraph(input: [1, 1, 2, 2], weights: ["t.weight": k]) {
            conv2dTranspose($0, filters: 1, kernel: 3, bias: false, name: "t")
        }
        let rotated = tensor([1, 1, 3, 3], k.floats.reversed())
        let expected = referenceConv2D(x, rotated, nil, stride: (1, 1), padding: EdgePadding(top: 2, left: 2, bottom: 2, right: 2),
                                       dilation: (1, 1), groups: 1)
        let y = try interpret(graph, x)
        #expect(y.shape == [1, 1, 4, 4])
        #expect(y.floats == expected.floats)
        // First row by hand: 1·1, 1·2 + 2·1, 1·3 + 2·2, 2·3.
        #expect(Array(y.floats.prefix(4)) == [1, 4, 7, 6])
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var channels: Int, filters: Int, kernel: (Int, Int), stride: (Int, Int), padding: EdgePadding
        var outputPadding: (Int, Int), dilation: (Int, Int), groups: Int
        var testDescription: String { "c\(channels) f\(filters) k\(kernel) s\(stride) p\(padding) op\(outputPadding) d\(dilation) g\(groups)" }
    }

    static let cases: [Case] = [
        Case(channels: 3, filters: 2, kernel: (3, 3), stride: (2, 2), padding: EdgePadding(top: 1, left: 1, bottom: 1, right: 1), outputPadding: (1, 1), dilation: (1, 1), groups: 1),
        Case(channels: 2, filters: 3, kernel: (2, 3), stride: (1, 2), padding: .zero, outputPadding: (0, 1), dilation: (1, 1), groups: 1),
        Case(channels: 4, filters: 6, kernel: (3, 3), stride: (2, 2), padding: EdgePadding(top: 0, left: 1, bottom: 1, right: 0), outputPadding: (0, 0), dilation: (1, 1), groups: 2),
        Case(channels: 2, filters: 2, kernel: (3, 3), stride: (1, 1), padding: EdgePadding(top: 1, left: 1, bottom: 1, right: 1), outputPadding: (1, 0), dilation: (2, 2), groups: 1),
    ]

    @Test(arguments: cases) func matchesTheGatherFormula(_ c: Case) throws {
        let x = randomTensor([2, c.channels, 4, 5], seed: 30)
        let w = randomTensor([c.channels, c.filters / c.groups, c.kernel.0, c.kernel.1], seed: 31)
        let b = randomTensor([c.filters], seed: 32)
        let graph = try makeGraph(input: x.shape, weights: ["t.weight": w, "t.bias": b]) {
            conv2dTranspose($0, filters: c.filters, kernel: c.kernel, stride: c.stride,
                            padding: (c.padding.top, c.padding.left, c.padding.bottom, c.padding.right),
                            outputPadding: c.outputPadding, dilation: c.dilation, groups: c.groups, name: "t")
        }
        let expected = referenceConv2DTranspose(x, w, b, stride: c.stride, padding: c.padding, outputPadding: c.outputPadding,
                                                dilation: c.dilation, groups: c.groups)
        let y = try interpret(graph, x)
        #expect(y.shape == expected.shape)
        expectClose(y.floats, expected.floats)
    }
}
