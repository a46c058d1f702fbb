import DLCDSL
import DLCGraph
import DLCTestSupport
import Testing

@Suite struct DSLTests {
    @Test func unnamedLayersAreNumberedPerKind() throws {
        let graph = try Graph.build {
            var x = input("image", shape: [1, 1, 8, 8])
            x = conv2d(x, filters: 2, kernel: 3, name: "stem")
            x = conv2d(x, filters: 2, kernel: 3)
            x = conv2d(x, filters: 2, kernel: 3)
            output("y", relu(x))
        }
        #expect(graph.nodes.map(\.name) == ["stem", "conv2d_1", "conv2d_2", "relu_1"])
        #expect(graph.parameters.map { graph[$0].name } == [
            "stem.weight", "stem.bias", "conv2d_1.weight", "conv2d_1.bias", "conv2d_2.weight", "conv2d_2.bias",
        ])
    }

    @Test func samePaddingPutsTheOddPixelBottomRight() throws {
        let graph = try Graph.build {
            output("y", conv2d(input("x", shape: [1, 1, 8, 8]), filters: 1, kernel: 4, padding: .same))
        }
        guard case .conv2d(let conv) = graph.nodes[0].operation else { Issue.record("not a conv"); return }
        #expect(conv.padding == EdgePadding(top: 1, left: 1, bottom: 2, right: 2))
    }

    @Test func softmaxActivationBecomesItsOwnLayer() throws {
        let graph = try Graph.build {
            output("p", dense(input("x", shape: [1, 4]), units: 3, activation: .softmax, name: "fc"))
        }
        #expect(graph.nodes.map(\.name) == ["fc", "fc.softmax"])
        #expect(graph.nodes.map(\.operation.kindName) == ["dense", "softmax"])
    }

    @Test func separableConvolutionIsDepthwiseThenPointwise() throws {
        let graph = try Graph.build {
            output("y", separableConv2d(input("x", shape: [1, 4, 8, 8]), filters: 6, kernel: 3, activation: .relu, name: "sep"))
        }
        #expect(graph.parameters.map { graph[$0].name } == [
            "sep.depthwise.weight", "sep.depthwise.bias", "sep.pointwise.weight", "sep.pointwise.bias",
        ])
        #expect(graph.parameters.map { graph[$0].type.shape } == [[4, 1, 3, 3], [4], [6, 4, 1, 1], [6]])
    }

    @Test func blocksAreSwiftFunctions() throws {
        func vggBlock(_ x: Tensor, convs: Int, filters: Int) -> Tensor {
            var x = x
            for _ in 0..<convs { x = conv2d(x, filters: filters, kernel: 3, padding: 1, activation: .relu) }
            return maxPool2d(x, kernel: 2)
        }
        let graph = try Graph.build {
            var x = input("image", shape: [1, 3, 32, 32])
            x = vggBlock(x, convs: 2, filters: 8)
            output("y", vggBlock(x, convs: 1, filters: 16))
        }
        #expect(graph[graph.outputs[0].value].type.shape == [1, 16, 8, 8])
        #expect(graph.nodes.count == 5)
    }

    @Test func tensorsKnowTheirShape() throws {
        var seen: [Int] = []
        _ = try Graph.build {
            let x = conv2d(input("x", shape: [1, 3, 9, 9]), filters: 5, kernel: 3)
            seen = x.shape
            output("y", x)
        }
        #expect(seen == [1, 5, 7, 7])
    }

    @Test func duplicateNamesAreRejected() {
        let layers = errorMessage {
            _ = try Graph.build {
                let x = conv2d(input("x", shape: [1, 1, 8, 8]), filters: 2, kernel: 3, name: "conv")
                output("y", conv2d(x, filters: 2, kernel: 3, name: "conv"))
            }
        }
        #expect(layers?.contains("duplicate layer name 'conv': every input and layer needs a unique name") == true)
        let outputs = errorMessage {
            _ = try Graph.build {
                let x = input("x", shape: [1, 4])
                output("y", x)
                output("y", relu(x))
            }
        }
        #expect(outputs?.contains("duplicate output name 'y'") == true)
    }

    @Test func errorsPointAtTheSwiftLineThatCreatedTheLayer() {
        let line = #line + 3
        let message = errorMessage {
            _ = try Graph.build {
                output("y", dense(input("x", shape: [1, 2, 3, 4]), units: 3))
            }
        }
        #expect(message?.hasPrefix("DLCGraphTests/DSLTests.swift:\(line): error: layer 'dense_1' (dense)") == true)
    }

    @Test func theFirstErrorWinsAndLaterLayersAreSkipped() {
        let message = errorMessage {
            _ = try Graph.build {
                var x = input("x", shape: [1, 2, 3, 4])
                x = dense(x, units: 3, name: "first")
                x = dense(x, units: 3, name: "second")
                output("y", x)
            }
        }
        #expect(message?.contains("'first'") == true)
        #expect(message?.contains("'second'") == false)
    }

    @Test func graphsNeedAnOutputAndValidInputs() {
        #expect(errorMessage { _ = try Graph.build { _ = input("x", shape: [1, 4]) } }?
            .contains("model 'model' has no outputs") == true)
        #expect(errorMessage { _ = try Graph.build { output("y", input("x", shape: [1, 0])) } }?
            .contains("input 'x': every dimension must be positive, got [1, 0]") == true)
        #expect(errorMessage { _ = try Graph.build { model("my model"); output("y", input("x", shape: [1])) } }?
            .contains("model name 'my model' must be a C identifier") == true)
    }
}

@Suite struct WeightInitializationTests {
    @Test func seededInitializationIsDeterministicAndScaled() throws {
        func build() throws -> Graph {
            var graph = try Graph.build {
                let x = conv2d(input("x", shape: [1, 16, 8, 8]), filters: 32, kernel: 3, activation: .relu, name: "c")
                output("y", dense(flatten(batchNorm(x, name: "bn")), units: 10, name: "fc"))
            }
            graph.initializeWeights()
            return graph
        }
        let (a, b) = (try build(), try build())
        #expect(a.weights == b.weights)
        // He uniform: |w| < sqrt(6 / (16·9)); Glorot uniform: |w| < sqrt(6 / (1152 + 10)).
        let convWeights = a.weights["c.weight"]!.floats
        #expect(convWeights.allSatisfy { abs($0) < (6.0 / 144.0).squareRoot() })
        #expect(convWeights.contains { abs($0) > 0.8 * Float((6.0 / 144.0).squareRoot()) })
        let denseWeights = a.weights["fc.weight"]!.floats
        #expect(denseWeights.allSatisfy { abs($0) < Float((6.0 / 1162.0).squareRoot()) })
        #expect(a.weights["c.bias"]!.floats.allSatisfy { $0 == 0 })
        #expect(a.weights["bn.weight"]!.floats.allSatisfy { $0 == 1 })
        #expect(a.weights["bn.running_mean"]!.floats.allSatisfy { $0 == 0 })
        #expect(a.weights["bn.running_var"]!.floats.allSatisfy { $0 == 1 })
    }

    /// Mismatches name the tensor, the layer it belongs to and the line that made the layer; a
    /// tensor the model lacks gets the closest parameter the file did not provide.
    @Test func bindingChecksNamesAndShapes() throws {
        let line = #line + 1
        var graph = try Graph.build { output("y", dense(input("x", shape: [1, 4]), units: 2, name: "fc")) }
        let layer = "(layer 'fc' at DLCGraphTests/DSLTests.swift:\(line))"
        let wrong = errorMessage {
            try graph.bindWeights(["fc.weight": TensorData(zeros: TensorType(shape: [4, 2])),
                                   "fc.bias": TensorData(zeros: TensorType(shape: [2]))], source: "w.safetensors")
        }
        #expect(wrong == "error: w.safetensors: tensor 'fc.weight' has shape f32[4, 2], expected f32[2, 4] \(layer)")
        let missing = errorMessage { try graph.bindWeights([:], source: "w.safetensors") }
        #expect(missing == "error: w.safetensors: missing tensors 'fc.weight' f32[2, 4] \(layer), 'fc.bias' f32[2] \(layer)")
        let extra = errorMessage {
            try graph.bindWeights(["fc1.weight": TensorData(zeros: TensorType(shape: [2, 4]))], source: "w.safetensors")
        }
        #expect(extra == "error: w.safetensors: tensor 'fc1.weight' matches no parameter of model 'model' (did you mean 'fc.weight'?); "
                + "the model expects 'fc.weight' f32[2, 4] \(layer), 'fc.bias' f32[2] \(layer), which the file lacks")
    }
}
