import DLC
import DLCTestSupport
import Foundation
import Testing

/// `dlc export`'s files: every example passes onnx.checker and reads back with the same weights
/// under the same names; ONNX Runtime agrees with dlc's interpreter within 1e-4 on the outputs,
/// and so does the re-imported graph. The interpreter runs cost: the re-imported graph is run
/// below half a billion MACs (the bound of GoldenModelTests), and the three largest examples
/// (ResNet-50, VGG-11, VGG-16: 4–16 billion MACs, 100–550 MB of weights) are exported and
/// checked against ONNX Runtime by every bench run instead (bench.py compares its ONNX twin,
/// made by `dlc export`, within 1e-4), not here.
@Suite struct ONNXExportTests {
    @Test(arguments: ExampleModel.all.filter { !["resnet50", "vgg11", "vgg16"].contains($0.name) })
    func exampleRoundTrips(_ example: ExampleModel) throws {
        var graph = try SwiftGraphFile.load(example.path)
        randomizeWeights(&graph)
        try expectRoundTrips(graph, name: example.name)
    }

    /// Written with `linear_before_reset = 0`: ONNX Runtime computes what the interpreter does.
    @Test func gruResettingBeforeTheProductRoundTrips() throws {
        var graph = try makeGraph(input: [2, 5, 3]) {
            gru($0, units: 4, returnSequences: true, direction: .bidirectional, resetAfter: false, name: "gru")
        }
        randomizeWeights(&graph)
        try expectRoundTrips(graph, name: "gru")
    }

    /// Every padding mode and a non-zero value: ONNX Runtime's Pad computes what the
    /// interpreter does, and the file reads back as the same layers.
    @Test func paddingModesRoundTrip() throws {
        var graph = try makeGraph(input: [1, 2, 5, 6]) { x in
            let value = pad2d(x, padding: (1, 2, 0, 1), value: 0.75, name: "value")
            let reflect = pad2d(x, padding: (2, 1, 3, 4), mode: .reflect, name: "reflect")
            let edge = pad2d(x, padding: (0, 3, 2, 1), mode: .edge, name: "edge")
            let wrap = pad2d(x, padding: (4, 0, 1, 5), mode: .wrap, name: "wrap")
            return concat([flatten(value), flatten(reflect), flatten(edge), flatten(wrap)], axis: 1)
        }
        randomizeWeights(&graph)
        try expectRoundTrips(graph, name: "pads")
    }

    /// A gather of a constant tensor along its middle axis by run-time indices.
    @Test func gatherRoundTrips() throws {
        var graph = try makeGraph(input: [2, 2], dtype: .int64) { indices in
            gather(constant((0..<30).map { Float($0) / 3 }, shape: [2, 5, 3]), indices, axis: 1, name: "pick")
        }
        randomizeWeights(&graph)
        try expectRoundTrips(graph, name: "gather")
    }

    /// Products of run-time tensors: attention scores and their weighted sum.
    @Test func matrixProductsRoundTrip() throws {
        var graph = try makeGraph(input: [2, 6, 8]) { x in
            let scores = softmax(matmul(x, transpose(x, [0, 2, 1]), name: "scores"), axis: -1)
            return matmul(scores, x, name: "attend")
        }
        randomizeWeights(&graph)
        try expectRoundTrips(graph, name: "attention")
    }

    /// An optimized graph exports its fused layers as the layers they replaced: a convolution
    /// with a residual, an activation and a pooling layer becomes Conv, Add, Relu and MaxPool;
    /// one with a depthwise stage, two Convs.
    /// The .swiftgraph writer has no spelling for them and says so.
    @Test func fusedLayersExportAsTheirParts() throws {
        var graph = try makeGraph(input: [1, 4, 10, 12]) { x in
            let shortcut = conv2d(x, filters: 8, kernel: 1, name: "shortcut")
            let block = relu(conv2d(x, filters: 8, kernel: 3, padding: 1, name: "c1") + shortcut)
            return avgPool2d(conv2d(block, filters: 8, kernel: 3, padding: 1, activation: .relu, name: "c2"),
                             kernel: 3, stride: 2, padding: 1, countIncludePad: true)
        }
        randomizeWeights(&graph)
        try PassManager(passes: [FuseResidualAdd(), FuseActivation(), FusePooling { _, _, _, _ in true }]).run(&graph)
        #expect(graph.nodes.map(\.operation.definition.attributeSummary).contains { $0.contains("+residual") })
        #expect(graph.nodes.map(\.operation.definition.attributeSummary).contains { $0.contains("+avgPool2d") })
        try expectRoundTrips(graph, name: "fused")

        #expect(errorMessage { _ = try SwiftGraphWriter.source(graph, weightsFile: "w.safetensors") }
                == "error: layer 'c1' (conv2d): a fused residual has no DSL spelling; write the graph before optimization")
        var pooledOnly = try makeGraph(input: [1, 4, 10, 12]) { maxPool2d(conv2d($0, filters: 8, kernel: 3, name: "c"), kernel: 2) }
        try PassManager(passes: [FusePooling { _, _, _, _ in true }]).run(&pooledOnly)
        #expect(errorMessage { _ = try SwiftGraphWriter.source(pooledOnly, weightsFile: "w.safetensors") }
                == "error: layer 'c' (conv2d): a fused pooling layer has no DSL spelling; write the graph before optimization")

        // A depthwise stage exports as its own Conv (with its activation) before the 1x1 one.
        var pair = try makeGraph(input: [1, 8, 9, 9]) {
            conv2d(depthwiseConv2d($0, kernel: 3, stride: 2, padding: 1, activation: .clamp(0, 6)), filters: 4, kernel: 1, name: "pw")
        }
        randomizeWeights(&pair)
        try PassManager(passes: [FuseActivation(), FuseDepthwisePointwise { _, _, _, _, _ in true }]).run(&pair)
        #expect(pair.nodes.count == 1)
        try expectRoundTrips(pair, name: "pair")
        #expect(errorMessage { _ = try SwiftGraphWriter.source(pair, weightsFile: "w.safetensors") }
                == "error: layer 'pw' (conv2d): a fused depthwise convolution has no DSL spelling; write the graph before optimization")
    }

    /// Every element-wise function exports as its ONNX operator (HardSigmoid with its slope,
    /// HardSwish, Gelu in both forms, which raises the model's opset to 20), as a layer and fused
    /// into a convolution and a dense layer: ONNX Runtime runs the file and agrees with dlc, and
    /// it reads back as the same functions.
    @Test func everyElementwiseFunctionRoundTrips() throws {
        let functions: [ElementwiseFunction] = [.relu, .leakyRelu(0.1), .sigmoid, .clamp(-1, 2), .tanh, .hardSigmoid(0.2, 0.5),
                                                .hardSigmoid(1 / 6, 0.5), .hardSwish, .gelu, .geluTanh]
        #expect(Set(functions.map(\.kind)) == Set(ElementwiseFunction.Kind.allCases))
        for function in functions {
            var graph = try makeGraph(input: [2, 4, 6, 6]) { x in
                let convolved = conv2d(x, filters: 8, kernel: 3, padding: 1, activation: .elementwise(function), name: "conv")
                return dense(flatten(elementwiseLayer(function, convolved)), units: 5, activation: .elementwise(function), name: "fc")
            }
            randomizeWeights(&graph)
            try expectRoundTrips(graph, name: function.kind.rawValue)
            let imported = try ONNXFile.load(try exportedPath(graph))
            let functionsRead = imported.nodes.compactMap { node -> ElementwiseFunction? in
                if case .unary(let op) = node.operation { op.function } else { nil }
            }
            #expect(functionsRead == [function, function, function], "\(function)")
        }
    }

    /// `graph` written to a temporary ONNX file.
    private func exportedPath(_ graph: Graph) throws -> String {
        let path = try makeTemporaryDirectory() + "/model.onnx"
        try ONNXExporter.write(graph, to: path)
        return path
    }

    func expectRoundTrips(_ graph: Graph, name: String) throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let inputs = graph.sampleInputs()
        let runsHere = graph.macCount <= 2_000_000_000
        let reference = runsHere ? try Interpreter(graph: graph).run(inputs) : [:]
        var exported = graph
        try PassManager(passes: [DecomposeConvLSTM()]).run(&exported)
        let path = "\(directory)/\(name).onnx"
        try ONNXExporter.write(exported, to: path)

        // ONNX Runtime, on the same inputs.
        for (index, input) in graph.inputs.enumerated() {
            try NumPy.write(inputs[graph[input].name]!, to: "\(directory)/input_\(index).npy")
        }
        let run = try runProgram("/usr/bin/env", ["python3", "\(packageRoot)/scripts/onnx/run_onnxruntime.py", path, directory]
                                 + (runsHere ? [] : ["--check-only"]))
        try #require(run.status == 0, "\(run.standardError)")
        for (index, output) in graph.outputs.enumerated() where runsHere {
            let onnxRuntime = try NumPy.read("\(directory)/output_\(index).npy")
            let difference = onnxRuntime.difference(from: reference[output.name]!)
            #expect(difference.relative <= modelTolerance, "ONNX Runtime \(output.name): \(difference)")
        }

        // Read back: the same network, named as before.
        let imported = try ONNXFile.load(path)
        #expect(imported.inputs.map { imported[$0].name } == graph.inputs.map { graph[$0].name })
        #expect(imported.outputs.map(\.name) == graph.outputs.map(\.name))
        // A decomposed convolutional LSTM shares its weights among its steps' convolutions;
        // read back, each convolution has its own copy, named after the first.
        if exported.nodes.count == graph.nodes.count {
            #expect(imported.weights.keys.sorted() == exported.weights.keys.sorted())
            for (name, data) in exported.weights where imported.weights[name] != data {
                Issue.record("re-imported weight '\(name)' differs")
            }
        }
        guard graph.macCount <= 500_000_000 else { return }
        let results = try Interpreter(graph: imported).run(inputs)
        for output in graph.outputs {
            let difference = results[output.name]!.difference(from: reference[output.name]!)
            #expect(difference.relative <= modelTolerance, "re-imported \(output.name): \(difference)")
        }
    }

    @Test func largeWeightsGoToAnExternalDataFile() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var graph = try SwiftGraphFile.load(ExampleModel.all[0].path)
        try ModelLoader.bindWeights(&graph)
        let path = "\(directory)/lenet.onnx"
        try ONNXExporter.write(graph, to: path, externalDataThreshold: 1000)
        #expect(FileManager.default.fileExists(atPath: "\(path).data"))
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        #expect(size < 20_000, "the weights are not inline")
        let imported = try ONNXFile.load(path)
        let image = try NumPy.read("\(packageRoot)/examples/digits/7.npy")
        let expected = try Interpreter(graph: graph).run(["image": image])["probs"]!
        #expect(try Interpreter(graph: imported).run(["image": image])["probs"]! == expected)
    }
}
