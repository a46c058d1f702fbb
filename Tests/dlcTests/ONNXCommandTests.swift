import DLC
import DLCTestSupport
import Foundation
import Testing

/// The commands take ONNX files: the LeNet example as ONNX compiles, runs and verifies like the
/// .swiftgraph; `dlc import` and `dlc export` write what the other reads.
@Suite struct ONNXCommandTests {
    @Test func compileRunAndVerifyAnONNXModel() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let export = try dlc("export", "\(packageRoot)/examples/lenet.swiftgraph", "-o", "\(directory)/lenet.onnx")
        try #require(export.status == 0, "\(export.standardError)")

        let compile = try dlc("compile", "\(directory)/lenet.onnx", "-o", "\(directory)/lenet.so")
        #expect(compile.status == 0, "\(compile.standardError)")
        for model in ["\(directory)/lenet.so", "\(directory)/lenet.onnx"] {
            let run = try dlc("run", model, "--input", "\(packageRoot)/examples/digits/7.npy", "--output", directory)
            #expect(run.status == 0, "\(run.standardError)")
            #expect(run.standardOutput.contains("prediction: 7 "), "\(model): \(run.standardOutput)")
        }
        let verify = try dlc("verify", "\(directory)/lenet.onnx")
        #expect(verify.status == 0, "\(verify.standardError)")
        let summary = try dlc("summary", "\(directory)/lenet.onnx")
        #expect(summary.standardOutput.contains("Total params: 61,706"))
    }

    @Test func exportWritesAnONNXFileThatRunsTheSame() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let export = try dlc("export", "\(packageRoot)/examples/lenet.swiftgraph", "-o", "\(directory)/lenet.onnx")
        #expect(export.status == 0, "\(export.standardError)")
        #expect(export.standardOutput == "exported lenet (10 layers, 61,706 parameters) to \(directory)/lenet.onnx\n")
        let run = try dlc("run", "\(directory)/lenet.onnx", "--input", "\(packageRoot)/examples/digits/7.npy", "--output", directory)
        #expect(run.standardOutput.contains("prediction: 7 "), "\(run.standardOutput)")
        // Imported back: a .swiftgraph file and its weights that classify the digit the same way,
        // with the activations folded into the layers they follow.
        let imported = try dlc("import", "\(directory)/lenet.onnx", "-o", "\(directory)/imported.swiftgraph")
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput == "imported lenet (13 layers, 61,706 parameters) to \(directory)/imported.swiftgraph and \(directory)/imported.safetensors\n")
        let source = try String(contentsOfFile: "\(directory)/imported.swiftgraph", encoding: .utf8)
        #expect(source.contains(#"weights("imported.safetensors")"#))
        #expect(source.contains(#"conv2d(image, filters: 6, kernel: 5, padding: 2, activation: .relu, name: "#), "\(source)")
        let rerun = try dlc("run", "\(directory)/imported.swiftgraph", "--input", "\(packageRoot)/examples/digits/7.npy", "--output", directory)
        #expect(rerun.standardOutput.contains("prediction: 7 "), "\(rerun.standardOutput) \(rerun.standardError)")
        let notONNX = try dlc("import", "\(packageRoot)/examples/lenet.swiftgraph", "-o", "\(directory)/x.swiftgraph")
        #expect(notONNX.standardError == "error: \(packageRoot)/examples/lenet.swiftgraph: dlc import reads ONNX models (.onnx)\n")

        // A model that cannot be exported leaves nothing behind.
        try "model(\"even\")\nlet x = input(\"x\", shape: [1, 4, 3, 3])\noutput(\"y\", lrn(x, size: 4))\n"
            .write(toFile: "\(directory)/even.swiftgraph", atomically: true, encoding: .utf8)
        let refused = try dlc("export", "\(directory)/even.swiftgraph", "-o", "\(directory)/even.onnx")
        #expect(refused.status == 1)
        #expect(refused.standardError == "error: layer 'lrn_1' (lrn): size 4 is even and its window has one channel more before c than after it; ONNX's LRN window has it after c (moreChannelsAfter: true)\n")
        #expect(!FileManager.default.fileExists(atPath: "\(directory)/even.onnx"))
    }

    /// The README's commands: symbolic shapes from --input-shape, and ONNX tensors as inputs.
    @Test func inputShapesAndONNXTensorInputs() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let generate = try runProgram("/usr/bin/env", ["python3", "\(packageRoot)/scripts/onnx/reference_models.py", directory])
        try #require(generate.status == 0, "\(generate.standardError)")
        let model = "\(directory)/pytorch_resnet_block_opset17/model.onnx"
        let summary = try dlc("summary", model, "--input-shape", "input=2,3,16,16")
        #expect(summary.status == 0, "\(summary.standardError)")
        #expect(summary.standardOutput.contains("fc               dense            f32[2, 5]"), "\(summary.standardOutput)")
        #expect(summary.standardError.isEmpty)
        let run = try dlc("run", model, "--input", "input=\(directory)/pytorch_resnet_block_opset17/test_data_set_0/input_0.pb",
                          "--output", directory)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.contains("note: \(model): input 'input': batch dimension 'batch_size' is symbolic; using 1"))
        let logits = try NumPy.read("\(directory)/logits.npy")
        let expected = try ONNXTensorFile.read("\(directory)/pytorch_resnet_block_opset17/test_data_set_0/output_0.pb").tensor
        expectClose(logits.floats, expected.floats, tolerance: 1e-4)
    }

    @Test func badONNXInputIsAClearErrorAndWritesNothing() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data([0x08, 0x07, 0x12, 0xff, 0xff]).write(to: URL(fileURLWithPath: "\(directory)/broken.onnx"))
        let compile = try dlc("compile", "\(directory)/broken.onnx", "-o", "\(directory)/broken.so")
        #expect(compile.status == 1)
        #expect(compile.standardError.hasPrefix("error: \(directory)/broken.onnx: not a valid ONNX model: the protobuf is truncated or corrupt"),
                "\(compile.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["broken.onnx"])
        let shape = try dlc("summary", "\(directory)/broken.onnx", "--input-shape", "x=1,0,3")
        #expect(shape.status == 1)
        #expect(shape.standardError == "error: --input-shape 'x=1,0,3': expected NAME=D1,D2,... with positive dimensions, e.g. input=1,3,224,224\n")
        let swiftgraph = try dlc("summary", "\(packageRoot)/examples/lenet.swiftgraph", "--input-shape", "image=1,1,28,28")
        #expect(swiftgraph.standardError.hasPrefix("error: --input-shape applies to ONNX models;"))
    }
}
