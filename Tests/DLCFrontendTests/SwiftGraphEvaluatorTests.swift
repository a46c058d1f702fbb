import DLC
import DLCTestSupport
import Testing

/// Evaluates model source and returns the graph.
func evaluate(_ source: String, path: String = "model.swiftgraph") throws -> Graph {
    try SwiftGraphFile.evaluate(source, path: path)
}

@Suite struct SwiftGraphEvaluatorTests {
    @Test func theDSLExampleEvaluatesToTheSameGraphAsTheSwiftAPI() throws {
        let file = try SwiftGraphFile.load("\(packageRoot)/examples/lenet.swiftgraph")
        let swift = try BuiltinModels.lenet()
        #expect(file.description == swift.description)
        #expect(file.name == "lenet")
        #expect(file.weightsFile == "\(packageRoot)/examples/lenet.safetensors")
    }

    @Test func variablesLoopsConditionsAndFunctions() throws {
        let graph = try evaluate("""
            import DLC
            func block(_ x: Tensor, filters: Int, pool: Bool = true) -> Tensor {
                var y = conv2d(x, filters: filters, kernel: 3, padding: 1, activation: .relu)
                if pool { y = maxPool2d(y, kernel: 2) }
                return y
            }
            let image = input("image", shape: [1, 3, 32, 32])
            var x = image
            for filters in [8, 16] { x = block(x, filters: filters) }
            for i in 0..<2 { x = block(x, filters: 16 + 8 * i, pool: i == 1) }
            for _ in 1...2 { x = relu(x) }
            let channels = x.shape[1]
            x = channels == 24 ? flatten(x) : x
            output("y", x)
            """)
        #expect(graph.nodes.map(\.operation.kindName) == [
            "conv2d", "maxPool2d", "conv2d", "maxPool2d", "conv2d", "conv2d", "maxPool2d", "relu", "relu", "flatten",
        ])
        #expect(graph[graph.outputs[0].value].type.shape == [1, 24 * 4 * 4])
    }

    @Test func literalsMembersAndArithmetic() throws {
        let graph = try evaluate("""
            model("arith")
            let width = 64 / 2 * 3 % 50 - 6   // 40
            let half = width / 2
            let x = input("x", shape: [1, 4, 20, 20])
            var y = conv2d(x, filters: half, kernel: (3, 1), stride: (1, 1), padding: (1, 0, 1, 0), dilation: 1,
                           activation: .leakyRelu(0.2), name: "c\\(half)")
            y = depthwiseConv2d(y, kernel: 3, padding: .same, multiplier: 2, activation: .clamp(0, 6))
            y = avgPool2d(y, kernel: 2, ceilMode: true, countIncludePad: false)
            y = batchNorm(y, epsilon: 1e-3)
            let tokens = input("t", shape: [1, 3], dtype: .int64)
            let e = embedding(tokens, vocabulary: 20_000, dimension: 8)
            output("y", y * y + y)
            output("z", gru(e, units: 4, returnSequences: true, direction: .bidirectional))
            output("w", softmax(dense(reshape(y, [1, -1]), units: Int(Double(width) * 0.25), bias: false), axis: -1))
            """)
        #expect(graph.name == "arith")
        #expect(graph.nodes[0].name == "c20")
        guard case .conv2d(let conv) = graph.nodes[0].operation, case .conv2d(let depthwise) = graph.nodes[1].operation else {
            Issue.record("expected convolutions")
            return
        }
        #expect(conv.kernel == Size2D(3, 1))
        #expect(conv.padding == EdgePadding(top: 1, left: 0, bottom: 1, right: 0))
        #expect(conv.activation == .leakyRelu(0.2))
        #expect(depthwise.groups == 20 && depthwise.filters == 40 && depthwise.activation == .clamp(0, 6))
        #expect(graph[graph.outputs[1].value].type.shape == [1, 3, 8])
        #expect(graph[graph.outputs[2].value].type.shape == [1, 10])
        #expect(graph.nodes.contains { $0.operation == .batchNorm(BatchNorm(epsilon: 1e-3)) })
    }

    @Test func tuplesStringsArraysAndScopes() throws {
        let graph = try evaluate("""
            func pair(_ x: Tensor) -> (Tensor, Tensor) { return (relu(x), sigmoid(x)) }
            let x = input("x", shape: [1, 4])
            let (a, b) = pair(x)
            var branches: [Tensor] = []
            branches.append(a)
            branches.append(b)
            for (index, units) in [(1, 3), (2, 5)] {
                let name = "fc" + "\\(index)"
                output(name, dense(x, units: units, name: name))
            }
            if branches.count == 2 && !branches.isEmpty {
                output("joined", concat(branches, axis: 1))
            } else if branches.count > 2 {
                output("never", x)
            } else {
                output("neither", x)
            }
            """)
        #expect(graph.outputs.map(\.name) == ["fc1", "fc2", "joined"])
        #expect(graph[graph.outputs[2].value].type.shape == [1, 8])
    }

    @Test func weightsPathsAreRelativeToTheFile() throws {
        let graph = try evaluate("""
            weights("w.safetensors")
            output("y", input("x", shape: [1]))
            """, path: "/some/dir/m.swiftgraph")
        #expect(graph.weightsFile == "/some/dir/w.safetensors")
        #expect(graph.name == "m")
        #expect(SwiftGraphFile.defaultModelName(for: "/x/3d-unet.v2.swiftgraph") == "model_3d_unet_v2")
        #expect(SwiftGraphFile.defaultModelName(for: "/x/-.swiftgraph") == "model_")
    }

    @Test func recursionIsBounded() {
        let message = errorMessage {
            _ = try evaluate("""
                func loop(_ x: Tensor) -> Tensor { return loop(x) }
                output("y", loop(input("x", shape: [1])))
                """)
        }
        #expect(message?.contains("calls nest deeper than 256 levels (unbounded recursion in 'loop'?)") == true)
    }
}
