import DLCDSL
import DLCGraph
import DLCTestSupport
import Testing

/// The output shape of a one-layer graph built by `body` on an input of `shape`.
private func shape(_ shape: [Int], dtype: DType = .float32, _ body: (Tensor) -> Tensor) throws -> [Int] {
    let graph = try Graph.build {
        output("y", body(input("x", shape: shape, dtype: dtype)))
    }
    return graph[graph.outputs[0].value].type.shape
}

/// The error message of building a one-layer graph.
private func failure(_ shape: [Int], dtype: DType = .float32, _ body: (Tensor) -> Tensor) -> String? {
    errorMessage {
        _ = try Graph.build { output("y", body(input("x", shape: shape, dtype: dtype))) }
    }
}

@Suite struct Conv2DShapeTests {
    @Test func outputSizeIsFloorOfPaddedSpanOverStridePlusOne() throws {
        // (N + 2P - K) / S + 1 from the notes: (7 + 2 - 3) / 2 + 1 = 4.
        #expect(try shape([1, 3, 7, 7]) { conv2d($0, filters: 8, kernel: 3, stride: 2, padding: 1) } == [1, 8, 4, 4])
        // LeNet's first layer keeps 28x28 with padding 2.
        #expect(try shape([1, 1, 28, 28]) { conv2d($0, filters: 6, kernel: 5, padding: 2) } == [1, 6, 28, 28])
    }

    @Test func rectangularKernelStrideAndAsymmetricPadding() throws {
        #expect(try shape([2, 4, 10, 12]) { conv2d($0, filters: 4, kernel: (1, 7), padding: (0, 3)) } == [2, 4, 10, 12])
        #expect(try shape([1, 1, 3, 3]) { conv2d($0, filters: 1, kernel: 2, stride: (3, 2), padding: 1) } == [1, 1, 2, 2])
        #expect(try shape([1, 1, 5, 5]) { conv2d($0, filters: 1, kernel: 3, padding: (1, 0, 0, 2)) } == [1, 1, 4, 5])
    }

    @Test func dilationEnlargesTheEffectiveKernel() throws {
        // Effective kernel (3 - 1)·2 + 1 = 5: 9 - 5 + 1 = 5.
        #expect(try shape([1, 2, 9, 9]) { conv2d($0, filters: 2, kernel: 3, dilation: 2) } == [1, 2, 5, 5])
    }

    @Test func samePaddingKeepsCeilOfInputOverStride() throws {
        #expect(try shape([1, 3, 224, 224]) { conv2d($0, filters: 8, kernel: 3, padding: .same) } == [1, 8, 224, 224])
        #expect(try shape([1, 3, 225, 225]) { conv2d($0, filters: 8, kernel: 3, stride: 2, padding: .same) } == [1, 8, 113, 113])
        #expect(try shape([1, 3, 8, 8]) { conv2d($0, filters: 8, kernel: 4, padding: .valid) } == [1, 8, 5, 5])
    }

    @Test func groupsAndDepthwise() throws {
        #expect(try shape([1, 8, 6, 6]) { conv2d($0, filters: 4, kernel: 3, groups: 2) } == [1, 4, 4, 4])
        #expect(try shape([1, 8, 6, 6]) { depthwiseConv2d($0, kernel: 3, padding: 1) } == [1, 8, 6, 6])
        #expect(try shape([1, 8, 6, 6]) { depthwiseConv2d($0, kernel: 3, multiplier: 2) } == [1, 16, 4, 4])
        #expect(try shape([1, 8, 6, 6]) { separableConv2d($0, filters: 32, kernel: 3, stride: 2, padding: 1) } == [1, 32, 3, 3])
    }

    /// The facts kernels and fusion passes choose by: 1x1, stride 1, unpadded is pointwise.
    @Test func pointwiseAndDepthwiseFacts() {
        let one = Size2D(square: 1)
        #expect(Conv2D(filters: 64, kernel: one).isPointwise)
        #expect(Conv2D(filters: 64, kernel: one, groups: 4).isPointwise)
        #expect(!Conv2D(filters: 64, kernel: one, stride: Size2D(square: 2)).isPointwise)
        #expect(!Conv2D(filters: 64, kernel: one, padding: EdgePadding(top: 0, left: 1, bottom: 0, right: 0)).isPointwise)
        #expect(!Conv2D(filters: 64, kernel: Size2D(1, 3)).isPointwise)
        #expect(Conv2D(filters: 8, kernel: Size2D(square: 3), groups: 8).isDepthwise(channels: 8))
        #expect(!Conv2D(filters: 16, kernel: Size2D(square: 3), groups: 8).isDepthwise(channels: 8))
    }

    @Test func errorsNameTheLayerWithExpectedAndActualShapes() {
        let groups = failure([1, 6, 8, 8]) { conv2d($0, filters: 4, kernel: 3, groups: 4, name: "c1") }
        #expect(groups?.contains("layer 'c1' (conv2d): input channels (6) are not divisible by groups (4); input f32[1, 6, 8, 8]") == true)
        let large = failure([1, 1, 4, 4]) { conv2d($0, filters: 1, kernel: 7, padding: 1, name: "big") }
        #expect(large?.contains("layer 'big' (conv2d): kernel height 7 is larger than the padded input height 6; input f32[1, 1, 4, 4]") == true)
        let stride = failure([1, 1, 4, 4]) { conv2d($0, filters: 1, kernel: 3, stride: 0) }
        #expect(stride?.contains("layer 'conv2d_1' (conv2d): stride must be positive, got 0") == true)
        let dilation = failure([1, 1, 4, 4]) { conv2d($0, filters: 1, kernel: 3, dilation: (1, 0)) }
        #expect(dilation?.contains("dilation must be positive, got (1, 0)") == true)
        let negative = failure([1, 1, 4, 4]) { conv2d($0, filters: 1, kernel: 3, padding: -1) }
        #expect(negative?.contains("padding must not be negative, got -1") == true)
        let rank = failure([1, 28, 28]) { conv2d($0, filters: 1, kernel: 3) }
        #expect(rank?.contains("expected a 4-D input [batch, channels, height, width], got f32[1, 28, 28]") == true)
        let filters = failure([1, 4, 8, 8]) { conv2d($0, filters: 3, kernel: 3, groups: 2) }
        #expect(filters?.contains("filters (3) are not divisible by groups (2)") == true)
    }
}

@Suite struct Conv2DTransposeShapeTests {
    @Test func outputSizeFormula() throws {
        // (2 - 1)·1 + (3 - 1) + 1 = 4: the notes' 2x2 input, 3x3 kernel, 4x4 output.
        #expect(try shape([1, 1, 2, 2]) { conv2dTranspose($0, filters: 1, kernel: 3) } == [1, 1, 4, 4])
        // (4 - 1)·2 - 2 + 3 + 1 = 8.
        #expect(try shape([1, 8, 4, 4]) { conv2dTranspose($0, filters: 4, kernel: 3, stride: 2, padding: 1, outputPadding: 1) } == [1, 4, 8, 8])
        // Dilation 2: (3 - 1) + 2·2 + 1 = 7.
        #expect(try shape([1, 2, 3, 3]) { conv2dTranspose($0, filters: 2, kernel: 3, dilation: 2) } == [1, 2, 7, 7])
        #expect(try shape([1, 4, 5, 5]) { conv2dTranspose($0, filters: 6, kernel: 2, stride: 2, groups: 2) } == [1, 6, 10, 10])
        #expect(try shape([1, 4, 5, 5]) { conv2dTranspose($0, filters: 6, kernel: 3, stride: 2, padding: .same, outputPadding: 1) } == [1, 6, 10, 10])
    }

    @Test func errors() {
        let outputPadding = failure([1, 1, 4, 4]) { conv2dTranspose($0, filters: 1, kernel: 3, stride: 2, outputPadding: 2, name: "up") }
        #expect(outputPadding?.contains("layer 'up' (conv2dTranspose): outputPadding 2 must be smaller than the stride 2 or the dilation 1") == true)
        let cropped = failure([1, 1, 1, 1]) { conv2dTranspose($0, filters: 1, kernel: 1, padding: 1) }
        #expect(cropped?.contains("crops the whole output") == true)
        let groups = failure([1, 3, 4, 4]) { conv2dTranspose($0, filters: 4, kernel: 3, groups: 2) }
        #expect(groups?.contains("input channels (3) are not divisible by groups (2)") == true)
    }
}

@Suite struct PoolingShapeTests {
    @Test func strideDefaultsToKernel() throws {
        #expect(try shape([1, 6, 28, 28]) { maxPool2d($0, kernel: 2) } == [1, 6, 14, 14])
        #expect(try shape([1, 6, 28, 28]) { avgPool2d($0, kernel: 3, stride: 2, padding: 1) } == [1, 6, 14, 14])
    }

    @Test func ceilModeKeepsThePartialWindow() throws {
        // 6 rows, kernel 3, stride 2: floor 2, ceil 3 (GoogLeNet's 112 -> 56).
        #expect(try shape([1, 1, 6, 6]) { maxPool2d($0, kernel: 3, stride: 2) } == [1, 1, 2, 2])
        #expect(try shape([1, 1, 6, 6]) { maxPool2d($0, kernel: 3, stride: 2, ceilMode: true) } == [1, 1, 3, 3])
        #expect(try shape([1, 64, 112, 112]) { maxPool2d($0, kernel: 3, stride: 2, ceilMode: true) } == [1, 64, 56, 56])
        // A last window that would start in the padding is dropped: 5 + 1 + 1 = 7, k 2, s 2:
        // ceil(5/2) + 1 = 4, but window 3 starts at 6 >= 5 + 1, so 3.
        #expect(try shape([1, 1, 5, 5]) { maxPool2d($0, kernel: 2, stride: 2, padding: 1, ceilMode: true) } == [1, 1, 3, 3])
    }

    @Test func globalPooling() throws {
        #expect(try shape([2, 512, 7, 7]) { globalAvgPool2d($0) } == [2, 512, 1, 1])
        #expect(try shape([2, 512, 7, 7]) { globalMaxPool2d($0) } == [2, 512, 1, 1])
    }

    @Test func errors() {
        let padding = failure([1, 1, 8, 8]) { maxPool2d($0, kernel: 2, padding: 2, name: "p") }
        #expect(padding?.contains("layer 'p' (maxPool2d): padding 2 must be smaller than the kernel 2") == true)
        let large = failure([1, 1, 2, 2]) { avgPool2d($0, kernel: 3) }
        #expect(large?.contains("kernel height 3 is larger than the padded input height 2") == true)
        let stride = failure([1, 1, 4, 4]) { maxPool2d($0, kernel: 2, stride: 0) }
        #expect(stride?.contains("stride must be positive, got 0") == true)
        #expect(failure([1, 4, 4]) { globalAvgPool2d($0) }?.contains("expected a 4-D input") == true)
    }
}

@Suite struct DenseAndShapeOpTests {
    @Test func denseFlattenReshape() throws {
        #expect(try shape([1, 16, 5, 5]) { dense(flatten($0), units: 120) } == [1, 120])
        #expect(try shape([2, 3, 4]) { reshape($0, [2, -1]) } == [2, 12])
        #expect(try shape([2, 3, 4]) { reshape($0, [4, 3, 2]) } == [4, 3, 2])
        #expect(try shape([2, 3, 4]) { dropout($0, rate: 0.5) } == [2, 3, 4])
    }

    @Test func denseOnAnImageNeedsFlatten() {
        let message = failure([1, 16, 5, 5]) { dense($0, units: 120, name: "fc1") }
        #expect(message?.contains("layer 'fc1' (dense): expected a 2-D input [batch, features], got f32[1, 16, 5, 5]; insert flatten(x) before the dense layer") == true)
    }

    @Test func reshapeErrors() {
        #expect(failure([2, 3, 4]) { reshape($0, [5, -1]) }?.contains("cannot reshape f32[2, 3, 4] (24 elements) to [5, -1]") == true)
        #expect(failure([2, 3, 4]) { reshape($0, [-1, -1]) }?.contains("at most one dimension may be -1") == true)
        #expect(failure([2, 3, 4]) { reshape($0, [2, 3, 5]) }?.contains("(30 elements)") == true)
        #expect(failure([2, 3, 4]) { reshape($0, [0, 24]) }?.contains("dimensions must be positive or -1") == true)
        #expect(failure([2, 3]) { dropout($0, rate: 1.5) }?.contains("rate must be in [0, 1), got 1.5") == true)
        #expect(failure([5]) { flatten($0) }?.contains("expected an input with a batch axis") == true)
    }
}

@Suite struct NormalizationActivationShapeTests {
    @Test func shapePreservingOps() throws {
        for body: (Tensor) -> Tensor in [
            { batchNorm($0) }, { lrn($0) }, { relu($0) }, { leakyRelu($0, alpha: 0.2) }, { sigmoid($0) },
            { tanh($0) }, { softmax($0) }, { logSoftmax($0, axis: 1) },
        ] {
            #expect(try shape([2, 4, 3, 3], body) == [2, 4, 3, 3])
        }
    }

    @Test func errors() {
        #expect(failure([2, 4]) { softmax($0, axis: 2) }?.contains("axis 2 is out of range for a 2-D tensor") == true)
        #expect(failure([2, 4]) { batchNorm($0, epsilon: 0) }?.contains("epsilon must be positive") == true)
        #expect(failure([2, 4]) { lrn($0) }?.contains("expected a float32 input [batch, channels, ...], got f32[2, 4]") == true)
        #expect(failure([2, 4], dtype: .int32) { relu($0) }?.contains("expected a float32 input, got i32[2, 4]") == true)
    }
}

@Suite struct BroadcastAndConcatShapeTests {
    @Test func numpyBroadcasting() throws {
        #expect(broadcastShape([2, 3, 4], [4]) == [2, 3, 4])
        #expect(broadcastShape([2, 1, 4], [3, 1]) == [2, 3, 4])
        #expect(broadcastShape([1], [5, 6]) == [5, 6])
        #expect(broadcastShape([2, 3], [3, 2]) == nil)
        let graph = try Graph.build {
            let a = input("a", shape: [1, 8, 4, 4])
            let b = input("b", shape: [1, 8, 1, 1])
            output("y", a * b + a)
        }
        #expect(graph[graph.outputs[0].value].type.shape == [1, 8, 4, 4])
    }

    @Test func concatAddsAlongTheAxis() throws {
        let graph = try Graph.build {
            let a = input("a", shape: [1, 64, 28, 28])
            let b = input("b", shape: [1, 128, 28, 28])
            output("y", concat([a, b, a]))
            output("z", concat([a, a], axis: -1))
        }
        #expect(graph[graph.outputs[0].value].type.shape == [1, 256, 28, 28])
        #expect(graph[graph.outputs[1].value].type.shape == [1, 64, 28, 56])
    }

    @Test func errors() {
        let broadcast = errorMessage {
            _ = try Graph.build {
                output("y", add(input("a", shape: [2, 3]), input("b", shape: [3, 2]), name: "sum"))
            }
        }
        #expect(broadcast?.contains("layer 'sum' (add): shapes [2, 3] and [3, 2] do not broadcast") == true)
        let concat = errorMessage {
            _ = try Graph.build {
                output("y", DLCDSL.concat([input("a", shape: [1, 4, 8, 8]), input("b", shape: [1, 4, 7, 8])]))
            }
        }
        #expect(concat?.contains("input 1 is f32[1, 4, 7, 8] but input 0 is f32[1, 4, 8, 8]; all dimensions except axis 1 must match") == true)
    }
}

@Suite struct SequenceShapeTests {
    @Test func embeddingAppendsTheDimension() throws {
        #expect(try shape([1, 200], dtype: .int64) { embedding($0, vocabulary: 20_000, dimension: 128) } == [1, 200, 128])
        #expect(try shape([3, 7], dtype: .int32) { embedding($0, vocabulary: 10, dimension: 4) } == [3, 7, 4])
    }

    @Test func recurrentOutputs() throws {
        #expect(try shape([2, 5, 3]) { lstm($0, units: 4) } == [2, 4])
        #expect(try shape([2, 5, 3]) { lstm($0, units: 4, returnSequences: true) } == [2, 5, 4])
        #expect(try shape([2, 5, 3]) { gru($0, units: 4, direction: .bidirectional) } == [2, 8])
        #expect(try shape([2, 5, 3]) { simpleRNN($0, units: 4, returnSequences: true, direction: .bidirectional) } == [2, 5, 8])
        #expect(try shape([2, 5, 3]) { gru($0, units: 6, direction: .reverse) } == [2, 6])
    }

    @Test func errors() {
        #expect(failure([1, 5], dtype: .float32) { embedding($0, vocabulary: 10, dimension: 4) }?
            .contains("expected int32 or int64 token indices, got f32[1, 5]") == true)
        #expect(failure([2, 5]) { lstm($0, units: 4, name: "rnn") }?
            .contains("layer 'rnn' (lstm): expected a 3-D input [batch, time, features], got f32[2, 5]") == true)
        #expect(failure([2, 5, 3]) { gru($0, units: 0) }?.contains("units must be positive, got 0") == true)
    }
}

@Suite struct PaddingAndConstantShapeTests {
    @Test func zeroPaddingGrowsTheImage() throws {
        #expect(try shape([1, 3, 8, 10]) { zeroPadding2d($0, padding: 1) } == [1, 3, 10, 12])
        #expect(try shape([1, 3, 8, 10]) { zeroPadding2d($0, padding: (0, 0, 1, 1)) } == [1, 3, 9, 11])
        #expect(failure([1, 3, 8, 10]) { zeroPadding2d($0, padding: .same, name: "pad") }?
            .contains("layer 'pad' (zeroPadding2d): padding must be explicit amounts, got .same") == true)
        #expect(failure([1, 3, 8]) { zeroPadding2d($0, padding: 1) }?.contains("expected a 4-D input") == true)
    }

    @Test func constantsFillTheirShape() throws {
        let graph = try Graph.build {
            output("a", constant(0.5, shape: [2, 3]))
            output("b", constant([1, 2, 3, 4], shape: [2, 2]))
        }
        #expect(graph.outputs.map { graph[$0.value].type.shape } == [[2, 3], [2, 2]])
        #expect(graph.parameterCount == 0, "constants are not weights")
        #expect(errorMessage { _ = try Graph.build { output("c", constant([1, 2, 3], shape: [2, 2], name: "c")) } }?
            .contains("layer 'c' (constant): 3 values do not fill shape [2, 2] (4 elements); give 1 or 4") == true)
    }
}

@Suite struct ClampTests {
    @Test func clampNeedsAnOrderedRange() throws {
        let graph = try Graph.build { output("y", clamp(input("x", shape: [1, 4]), min: 0, max: 6, name: "relu6")) }
        #expect(graph.nodes[0].operation == .unary(ElementwiseUnary(.clamp(0, 6))))
        #expect(errorMessage { _ = try Graph.build { output("y", clamp(input("x", shape: [1, 4]), min: 6, max: 0, name: "c")) } }?
            .contains("layer 'c' (clamp): clamp needs min <= max, got min 6.0 and max 0.0") == true)
    }
}

@Suite struct LayoutVerificationTests {
    /// The verifier refuses layouts a layer cannot compute with, and blocked graph outputs.
    @Test func refusesUnsupportedLayouts() throws {
        var graph = try Graph.build("v") {
            let x = input("x", shape: [1, 8, 4, 4])
            output("y", dense(flatten(conv2d(x, filters: 8, kernel: 1, name: "conv"), name: "flat"), units: 2, name: "fc"))
        }
        graph.initializeWeights()
        var blockedFlatten = graph
        blockedFlatten.setLayout(of: graph.nodes[0].output, to: .blocked(8))
        #expect(errorMessage { try blockedFlatten.verify() }
                == "error: verifier: layer 'flat' (flatten) cannot compute f32[1, 128] from f32[1, 8, 4, 4]{nchw8c}")
        var mixed = try Graph.build("o") { output("y", relu(input("x", shape: [1, 8, 2, 2]), name: "act")) }
        mixed.setLayout(of: mixed.nodes[0].output, to: .blocked(8))
        #expect(errorMessage { try mixed.verify() }
                == "error: verifier: layer 'act' (relu) cannot compute f32[1, 8, 2, 2]{nchw8c} from f32[1, 8, 2, 2]")
        var blockedOutput = Graph(name: "b")
        let x = try blockedOutput.addInput("x", type: TensorType(shape: [1, 8, 2, 2]))
        let blocked = try blockedOutput.addNode("x.nchw8c", .reorder(Reorder(to: .blocked(8))), inputs: [x])
        try blockedOutput.addOutput("y", try blockedOutput.addNode("act", .unary(ElementwiseUnary(.relu)), inputs: [blocked]))
        #expect(errorMessage { try blockedOutput.verify() }
                == "error: verifier: 'act' is f32[1, 8, 2, 2]{nchw8c}; graph inputs and outputs are plain")
        // A convolution may write a partial last block and a unary layer read it; an add may not.
        var partial = try Graph.build("p") {
            let conv = conv2d(input("x", shape: [1, 6, 2, 2]), filters: 6, kernel: 1, name: "conv")
            output("y", globalAvgPool2d(relu(conv, name: "act") + conv, name: "gap"))
        }
        partial.initializeWeights()
        for node in partial.nodes.prefix(3) { partial.setLayout(of: node.output, to: .blocked(8)) }
        #expect(errorMessage { try partial.verify() } == "error: verifier: layer 'add_1' (add) cannot compute "
                + "f32[1, 6, 2, 2]{nchw8c} from f32[1, 6, 2, 2]{nchw8c}, f32[1, 6, 2, 2]{nchw8c}")
    }
}
