import DLC
import DLCTestSupport
import Foundation
import Testing

/// ONNX files shaped like other tools' exports (scripts/onnx/reference_models.py: PyTorch opset
/// 13 and 17 graphs with flatten chains and symbolic batches, a Caffe2 opset 9 graph with
/// ConstantOfShape biases, a channel shuffle, LSTM/GRU/RNN layers, the four padding modes, Gathers
/// by constant indices, HardSwish, HardSigmoid and Gelu after convolutions and Gemms),
/// checked against ONNX Runtime's outputs on the interpreter and on compiled code.
@Suite struct ONNXImportTests {
    @Test func otherToolsExportsMatchONNXRuntime() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let generate = try runProgram("/usr/bin/env", ["python3", "\(packageRoot)/scripts/onnx/reference_models.py", directory])
        try #require(generate.status == 0, "\(generate.standardError)")
        let cases = try ONNXCase.all(in: directory)
        #expect(cases.map(\.name) == ["activations_opset20", "caffe2_classifier_opset9", "lrn_even_opset17", "pytorch_index_select_opset17", "pytorch_pads_opset19",
                                      "pytorch_recurrent_opset14", "pytorch_resnet_block_opset13", "pytorch_resnet_block_opset17",
                                      "shuffle_opset17"])
        for testCase in cases {
            #expect(testCase.run() == .passed, "\(testCase.name) on the interpreter")
            #expect(testCase.run { graph, inputs in try Model.jit(graph).run(inputs) } == .passed, "\(testCase.name) compiled")
        }
        // Written as .swiftgraph source with a safetensors file, each gives the same answer again.
        for testCase in cases { try expectSameAnswerAsSwiftGraph(testCase, in: directory) }
        let block = try SwiftGraphWriter.source(ONNXFile.load("\(directory)/pytorch_resnet_block_opset17/model.onnx"), weightsFile: "w.safetensors")
        #expect(block.contains(#"let stem_conv = conv2d(input_, filters: 8, kernel: 3, stride: 2, padding: 1, bias: false, name: "stem.conv")"#))
        #expect(block.contains(#"let layer1_0_a_relu = clamp(layer1_0_a_bn, min: 0.0, max: 6.0, name: "layer1.0.a.relu")"#))
        #expect(block.contains(#"output("logits", fc)"#))
        let recurrent = try SwiftGraphWriter.source(ONNXFile.load("\(directory)/pytorch_recurrent_opset14/model.onnx"), weightsFile: "w.safetensors")
        let activations = try SwiftGraphWriter.source(ONNXFile.load("\(directory)/activations_opset20/model.onnx"), weightsFile: "w.safetensors")
        for line in [#"conv2d(x, filters: 16, kernel: 3, padding: 1, activation: .hardSwish, name: "c1")"#,
                     #"conv2d(c1, filters: 16, kernel: 1, activation: .gelu, name: "c2")"#,
                     #"hardSigmoid(c2, alpha: 0.2, name: "act3")"#, #"geluTanh(act3, name: "act4")"#,
                     #"dense(Flatten, units: 10, activation: .hardSigmoid, name: "fc")"#] {
            #expect(activations.contains(line), "\(activations)")
        }
        #expect(recurrent.contains(#"gru(gru0_batch_major, units: 4, returnSequences: true, direction: .reverse, resetAfter: false, name: "gru0")"#),
                "\(recurrent)")

        // PyTorch's names survive: layers are named after their weights and modules.
        let graph = try ONNXFile.load("\(directory)/pytorch_resnet_block_opset17/model.onnx")
        #expect(graph.nodes.map(\.name).prefix(4) == ["stem.conv", "stem.bn", "stem.relu", "maxpool"])
        #expect(graph.weights["fc.weight"]?.shape == [5, 8])
    }

    /// Files PyTorch 2.15 wrote itself, with both of its exporters (TorchScript at opsets 13, 14
    /// and 17; dynamo at 18: ReduceMean for global pooling, Expand of LSTM and GRU initial
    /// states, batch norms, a channel shuffle, a symbolic batch), checked against PyTorch's own
    /// outputs (Tests/Fixtures/pytorch, written by scripts/onnx/torch_exports.py).
    @Test func pytorchsOwnExportsMatchPyTorch() throws {
        let cases = try ONNXCase.all(in: "\(packageRoot)/Tests/Fixtures/pytorch")
        #expect(cases.map(\.name) == ["torch_mobile_dynamo", "torch_mobile_opset17", "torch_resnet_dynamo", "torch_resnet_opset13",
                                      "torch_tagger_dynamo", "torch_tagger_opset14"])
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for testCase in cases {
            #expect(testCase.run() == .passed, "\(testCase.name) on the interpreter")
            #expect(testCase.run { graph, inputs in try Model.jit(graph).run(inputs) } == .passed, "\(testCase.name) compiled")
            try expectSameAnswerAsSwiftGraph(testCase, in: directory)
        }
    }

    /// `testCase`'s model written as .swiftgraph source with a safetensors file (`dlc import`)
    /// into `directory`, loaded back and run by the interpreter, passes the case again.
    private func expectSameAnswerAsSwiftGraph(_ testCase: ONNXCase, in directory: String,
                                              sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let graph = try ONNXFile.load("\(testCase.directory)/model.onnx")
        let source = try SwiftGraphWriter.source(graph, weightsFile: "\(testCase.name).safetensors")
        try Safetensors.write(graph.weights, to: "\(directory)/\(testCase.name).safetensors")
        let path = "\(directory)/\(testCase.name).swiftgraph"
        try source.write(toFile: path, atomically: true, encoding: .utf8)
        var written = try SwiftGraphFile.load(path)
        try ModelLoader.bindWeights(&written)
        #expect(testCase.run { _, inputs in try Interpreter(graph: written).run(inputs) } == .passed, "\(testCase.name) as .swiftgraph",
                sourceLocation: sourceLocation)
    }

    @Test func symbolicDimensionsTakeTheGivenShapeOrABatchOfOne() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = try writeModel(in: directory, """
            x = helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 3, "H", 4])
            y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
            graph = helper.make_graph([helper.make_node("Relu", ["x"], ["y"])], "g", [x], [y])
            """)
        var notes: [String] = []
        #expect(errorMessage { _ = try ONNXFile.load(path) { notes.append($0) } }
                == "error: \(path): input 'x': dimension 2 is symbolic ('H'); give the shape with --input-shape x=N,3,N,4")
        let graph = try ONNXFile.load(path, inputShapes: ["x": [2, 3, 5, 4]])
        #expect(graph[graph.inputs[0]].type.shape == [2, 3, 5, 4])
        #expect(errorMessage { _ = try ONNXFile.load(path, inputShapes: ["x": [2, 3, 5]]) }
                == "error: \(path): input 'x': --input-shape gives 3 dimensions, the model's input has 4")
        #expect(errorMessage { _ = try ONNXFile.load(path, inputShapes: ["x": [2, 7, 5, 4]]) }
                == "error: \(path): input 'x' has shape [2, 3, 5, 4] in the model; --input-shape gives [2, 7, 5, 4]")
        #expect(errorMessage { _ = try ONNXFile.load(path, inputShapes: ["z": [1]]) }
                == "error: \(path): --input-shape names 'z', which is not an input of the model (inputs: x)")
        let batch = try writeModel(in: directory, name: "batch", """
            x = helper.make_tensor_value_info("x", TensorProto.FLOAT, ["batch", 3])
            y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
            graph = helper.make_graph([helper.make_node("Relu", ["x"], ["y"])], "g", [x], [y])
            """)
        notes = []
        let batched = try ONNXFile.load(batch) { notes.append($0) }
        #expect(batched[batched.inputs[0]].type.shape == [1, 3])
        #expect(notes == ["\(batch): input 'x': batch dimension 'batch' is symbolic; using 1 (choose with --input-shape x=...)"])
    }

    /// Bad files are clear errors naming the file and the node, never a crash.
    @Test func malformedModelsAreClearErrors() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let good = try writeModel(in: directory, name: "good", """
            x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])
            y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
            graph = helper.make_graph([helper.make_node("Relu", ["x"], ["y"], name="act")], "g", [x], [y])
            """)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: good)))
        let truncated = "\(directory)/truncated.onnx"
        try Data(bytes.prefix(bytes.count - 5)).write(to: URL(fileURLWithPath: truncated))
        #expect(errorMessage { _ = try ONNXFile.load(truncated) }?.hasPrefix(
            "error: \(truncated): not a valid ONNX model: the protobuf is truncated or corrupt") == true)
        let garbage = "\(directory)/garbage.onnx"
        try Data("this is not a protobuf at all".utf8).write(to: URL(fileURLWithPath: garbage))
        #expect(errorMessage { _ = try ONNXFile.load(garbage) }?.hasPrefix("error: \(garbage): not a") == true)
        #expect(errorMessage { _ = try ONNXFile.load("\(directory)/missing.onnx") } == "error: \(directory)/missing.onnx: no such file")

        func expectError(_ name: String, _ body: String, _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
            let path = try writeModel(in: directory, name: name, body)
            #expect(errorMessage { _ = try ONNXFile.load(path) } == "error: \(path): \(message)", sourceLocation: sourceLocation)
        }
        let io = """
            x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])
            y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)

            """
        try expectError("unsorted", io + """
            graph = helper.make_graph([helper.make_node("Relu", ["t"], ["y"], name="second"),
                                       helper.make_node("Sigmoid", ["x"], ["t"], name="first")], "g", [x], [y])
            """, "node 'second' (Relu): input 't' is produced by a later node, 'first' (Sigmoid); the graph is not topologically sorted or has a cycle")
        try expectError("cycle", io + """
            graph = helper.make_graph([helper.make_node("Add", ["x", "y"], ["y"], name="loop")], "g", [x], [y])
            """, "node 'loop' (Add): input 'y' is produced by this node itself; the graph is not topologically sorted or has a cycle")
        try expectError("dangling", io + """
            graph = helper.make_graph([helper.make_node("Conv", ["x", "w"], ["y"], name="conv")], "g", [x], [y])
            """, "node 'conv' (Conv): input 'w' is not produced by any node, initializer or graph input")
        try expectError("domain", io + """
            graph = helper.make_graph([helper.make_node("Relu", ["x"], ["y"], name="act", domain="com.example")], "g", [x], [y])
            """, "node 'act' (Relu): domain 'com.example' is not supported; dlc reads the default ONNX domain")
        try expectError("unknown_op", io + """
            graph = helper.make_graph([helper.make_node("Erf", ["x"], ["y"], name="erf")], "g", [x], [y])
            """, "node 'erf' (Erf): operator Erf is not supported; dlc imports "
                + "Add, AveragePool, BatchNormalization, Cast, Clip, Concat, Constant, ConstantOfShape, Conv, ConvTranspose, Div, "
                + "Dropout, Expand, Flatten, GRU, Gather, Gelu, Gemm, GlobalAveragePool, GlobalMaxPool, HardSigmoid, HardSwish, "
                + "Identity, LRN, LSTM, LeakyRelu, "
                + "LogSoftmax, MatMul, MaxPool, Mul, Pad, RNN, ReduceMax, ReduceMean, Relu, Reshape, Shape, Sigmoid, Slice, Softmax, "
                + "Squeeze, Sub, Sum, Tanh, Transpose, Unsqueeze")
        let image = """
            x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 2, 3, 3])
            y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)

            """
        try expectError("reduce_channels", image + """
            graph = helper.make_graph([helper.make_node("ReduceMean", ["x"], ["y"], name="mean", axes=[1, 2])], "g", [x], [y])
            """, "node 'mean' (ReduceMean): dlc reduces over the height and width of a 4-D image only (axes [2, 3] or [-2, -1]), "
                + "got axes [1, 2] of f32[1, 2, 3, 3]")
        try expectError("reduce_everything", image + """
            graph = helper.make_graph([helper.make_node("ReduceMax", ["x"], ["y"], name="max")], "g", [x], [y])
            """, "node 'max' (ReduceMax): dlc reduces over the height and width of a 4-D image only (axes [2, 3] or [-2, -1]), "
                + "got every axis of f32[1, 2, 3, 3]")
        try expectError("expand_run_time", image + """
            s = helper.make_tensor("s", TensorProto.INT64, [4], [2, 2, 3, 3])
            graph = helper.make_graph([helper.make_node("Expand", ["x", "s"], ["y"], name="grow")], "g", [x], [y], [s])
            """, "node 'grow' (Expand): expanding a run-time tensor is not supported; dlc folds Expand of constants")
        try expectError("expand_mismatch", image + """
            c = helper.make_tensor("c", TensorProto.FLOAT, [3], [1, 2, 3])
            s = helper.make_tensor("s", TensorProto.INT64, [2], [2, 4])
            graph = helper.make_graph([helper.make_node("Expand", ["c", "s"], ["e"], name="grow"),
                                       helper.make_node("Add", ["x", "e"], ["y"])], "g", [x], [y], [c, s])
            """, "node 'grow' (Expand): [3] does not broadcast to shape [2, 4]")
        try expectError("unknown_attribute", io + """
            graph = helper.make_graph([helper.make_node("Relu", ["x"], ["y"], name="act", slope=2.0)], "g", [x], [y])
            """, "node 'act' (Relu): attribute 'slope' is not supported (dlc reads: none)")
        try expectError("opset", io + """
            graph = helper.make_graph([helper.make_node("Relu", ["x"], ["y"])], "g", [x], [y])
            OPSET = 6
            """, "opset 6 of the default domain is not supported; dlc reads opsets 7 to 28")
        try expectError("overflow", """
            x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])
            y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
            w = TensorProto(name="w", data_type=TensorProto.FLOAT, dims=[1 << 40, 1 << 40], raw_data=b"")
            graph = helper.make_graph([helper.make_node("Add", ["x", "w"], ["y"])], "g", [x], [y], [w])
            """, "initializer 'w' has shape [1099511627776, 1099511627776], more than 4294967296 elements")
        try expectError("short_data", """
            x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])
            y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
            w = TensorProto(name="w", data_type=TensorProto.FLOAT, dims=[4], float_data=[1.0, 2.0])
            graph = helper.make_graph([helper.make_node("Add", ["x", "w"], ["y"])], "g", [x], [y], [w])
            """, "initializer 'w': 2 elements for shape [4], expected 4")
        for (name, location, message) in [("escape", "../secret.bin", "must be a relative path inside the model's directory"),
                                          ("absolute", "/etc/passwd", "must be a relative path inside the model's directory")] {
            try expectError(name, """
                x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])
                y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
                w = helper.make_tensor("w", TensorProto.FLOAT, [4], np.zeros(4, np.float32).tobytes(), raw=True)
                w.ClearField("raw_data")
                w.data_location = TensorProto.EXTERNAL
                w.external_data.add(key="location", value="\(location)")
                graph = helper.make_graph([helper.make_node("Add", ["x", "w"], ["y"])], "g", [x], [y], [w])
                """, "initializer 'w': external data location '\(location)' \(message)")
        }
        // A symbolic link inside the directory that leads outside is refused too.
        try FileManager.default.createSymbolicLink(atPath: "\(directory)/link.bin", withDestinationPath: "/etc/hostname")
        try expectError("symlink", """
            x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])
            y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
            w = helper.make_tensor("w", TensorProto.FLOAT, [4], np.zeros(4, np.float32).tobytes(), raw=True)
            w.ClearField("raw_data")
            w.data_location = TensorProto.EXTERNAL
            w.external_data.add(key="location", value="link.bin")
            graph = helper.make_graph([helper.make_node("Add", ["x", "w"], ["y"])], "g", [x], [y], [w])
            """, "initializer 'w': external data location 'link.bin' leads outside the model's directory")
    }

    @Test func externalDataIsReadFromTheModelsDirectory() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = try writeModel(in: directory, """
            x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])
            y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
            w = numpy_helper.from_array(np.arange(4, dtype=np.float32).reshape(1, 4), "w")
            graph = helper.make_graph([helper.make_node("Add", ["x", "w"], ["y"])], "g", [x], [y], [w])
            EXTERNAL = True
            """)
        #expect(FileManager.default.fileExists(atPath: "\(directory)/model.onnx.data"))
        let graph = try ONNXFile.load(path)
        let y = try Interpreter(graph: graph).run(["x": TensorData(shape: [1, 4], floats: [10, 20, 30, 40])])["y"]
        #expect(y?.floats == [10, 21, 32, 43])
    }

    /// Writes `DIR/NAME.onnx` from Python that defines `graph` (and optionally `OPSET`, `EXTERNAL`),
    /// without onnx's checker, so broken models can be written too.
    private func writeModel(in directory: String, name: String = "model", _ body: String) throws -> String {
        let path = "\(directory)/\(name).onnx"
        let script = """
            import numpy as np
            import onnx
            from onnx import TensorProto, helper, numpy_helper
            OPSET = 17
            EXTERNAL = False
            \(body)
            model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
            if EXTERNAL:
                onnx.save_model(model, "\(path)", save_as_external_data=True, all_tensors_to_one_file=True,
                                location="\(name).onnx.data", size_threshold=0)
            else:
                open("\(path)", "wb").write(model.SerializeToString())
            """
        let result = try runProgram("/usr/bin/env", ["python3", "-c", script])
        try #require(result.status == 0, "\(result.standardError)")
        return path
    }
}
