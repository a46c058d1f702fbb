import DLC
import DLCTestSupport
import Foundation
import Testing

/// Names from an ONNX file end up in generated `.swiftgraph` source, in C symbols and in C
/// strings: quotes, backslashes, `\(`, NUL, CR, newlines and bidirectional overrides must survive
/// `dlc import` → `summary`/`run`/`compile` with ONNX Runtime's answer, and never become code.
@Suite struct HostileNamesTests {
    /// Writes the models and ONNX Runtime's output for `x.npy` into `directory`.
    private func writeModels(in directory: String) throws {
        let script = """
            import numpy as np, onnx, onnxruntime
            from onnx import TensorProto, helper, numpy_helper
            # Layer names with a quote and a backslash (from the weights), a newline, `\\(`, CR and
            # a bidirectional override; an input with a quote; an output with a NUL.
            weight = numpy_helper.from_array(np.arange(12, dtype=np.float32).reshape(3, 4) / 10 - 0.5, 'fc\\\\"x.weight')
            bias = numpy_helper.from_array(np.array([0.5, -1, 2], np.float32), 'fc\\\\"x.bias')
            two = numpy_helper.from_array(np.full([1, 3], 2, np.float32), 'two\\\\(x)')
            nodes = [helper.make_node("Gemm", ['a"b', 'fc\\\\"x.weight', 'fc\\\\"x.bias'], ['c\\\\d'], name="gemm", transB=1),
                     helper.make_node("Mul", ['c\\\\d', 'two\\\\(x)'], ['g\\\\(h)'], name='e\\nf'),
                     helper.make_node("Tanh", ['g\\\\(h)'], ['m\\0n'], name='k\\rl\\u202ej')]
            graph = helper.make_graph(nodes, "g", [helper.make_tensor_value_info('a"b', TensorProto.FLOAT, [1, 4])],
                                      [helper.make_tensor_value_info('m\\0n', TensorProto.FLOAT, None)], [weight, bias, two])
            model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]).SerializeToString()
            for file in ["names.onnx", "-.onnx", 'evil\\nmodel("x")\\n.onnx']:
                open("\(directory)/" + file, "wb").write(model)
            x = np.array([[1, -2, 3, 0.5]], np.float32)
            np.save("\(directory)/x.npy", x)
            session = onnxruntime.InferenceSession(model, providers=["CPUExecutionProvider"])
            np.save("\(directory)/expected.npy", session.run(None, {'a"b': x})[0])
            # Two inputs whose names differ only after a NUL.
            inputs = [helper.make_tensor_value_info(n, TensorProto.FLOAT, [1, 3]) for n in ["a\\0x", "a\\0y"]]
            graph = helper.make_graph([helper.make_node("Sub", ["a\\0x", "a\\0y"], ["z"])], "g", inputs,
                                      [helper.make_tensor_value_info("z", TensorProto.FLOAT, None)])
            open("\(directory)/nul.onnx", "wb").write(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]).SerializeToString())
            """
        let result = try runProgram("/usr/bin/env", ["python3", "-c", script])
        try #require(result.status == 0, "\(result.standardError)")
    }

    /// The written source loads its own weights (the reader used to keep the writer's
    /// backslashes), and the interpreter, the JIT and a compiled library give ONNX Runtime's answer.
    @Test func importedNamesRoundTrip() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try writeModels(in: directory)
        let expected = try NumPy.read("\(directory)/expected.npy").floats
        let imported = try dlc("import", "\(directory)/names.onnx", "-o", "\(directory)/names.swiftgraph")
        try #require(imported.status == 0, "\(imported.standardError)")
        let source = try String(contentsOfFile: "\(directory)/names.swiftgraph", encoding: .utf8)
        #expect(source.contains(#"dense(a_b, units: 3, name: "fc\\\"x")"#), "\(source)")
        #expect(source.contains(#"name: "e\nf")"#) && source.contains(#"name: "two\\(x)")"#) && source.contains(#"name: "k\u{d}l\u{202e}j")"#),
                "\(source)")
        #expect(source.contains(#"output("m\\0n", "#), "\(source)")
        #expect(!source.unicodeScalars.contains { $0.value == 0x202E || $0 == "\r" || $0.value == 0 })
        let summary = try dlc("summary", "\(directory)/names.swiftgraph")
        #expect(summary.status == 0, "\(summary.standardError)")
        #expect(summary.standardOutput.contains("Total params: 15"), "\(summary.standardOutput)")
        try dlc("compile", "\(directory)/names.swiftgraph", "-o", "\(directory)/names.so").expectSuccess()
        for (model, backend) in [("names.swiftgraph", "interpreter"), ("names.swiftgraph", "jit"), ("names.so", "aot"), ("names.onnx", "jit")] {
            let output = "\(directory)/out-\(backend)-\(model)"
            let run = try dlc("run", "\(directory)/\(model)", "--backend", backend, "--input", "\(directory)/x.npy", "--output", output)
            #expect(run.status == 0, "\(model) \(backend): \(run.standardError)")
            let file = try FileManager.default.contentsOfDirectory(atPath: output)
            #expect(file == ["m_0n.npy"], "\(model) \(backend)")
            expectClose(try NumPy.read("\(output)/m_0n.npy").floats, expected, tolerance: 1e-6)
        }
    }

    /// A file name's line breaks stay inside the header comment; `-.onnx` makes `model__infer`,
    /// not the reserved `__infer`.
    @Test func fileNamesNeverBecomeCodeOrReservedSymbols() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try writeModels(in: directory)
        let evil = "\(directory)/evil\nmodel(\"x\")\n.onnx"
        try dlc("import", evil, "-o", "\(directory)/evil.swiftgraph").expectSuccess()
        let source = try String(contentsOfFile: "\(directory)/evil.swiftgraph", encoding: .utf8)
        #expect(source.hasPrefix(#"// Imported from evil\nmodel("x")\n.onnx by dlc"#), "\(source)")
        #expect(source.split(separator: "\n").filter { $0.hasPrefix("model(") } == [#"model("evil_model__x___")"#])
        try dlc("summary", "\(directory)/evil.swiftgraph").expectSuccess()

        try dlc("compile", "\(directory)/-.onnx", "-o", "\(directory)/dash.so", "--header", "\(directory)/dash.h").expectSuccess()
        let header = try String(contentsOfFile: "\(directory)/dash.h", encoding: .utf8)
        #expect(header.contains("int model__infer("))
        #expect(!header.contains(" __infer") && !header.contains(" __run") && !header.contains(" __workspace"))
        #expect(try Model.load("\(directory)/dash.so").info.name == "model_")
        let reserved = "\(directory)/reserved.swiftgraph"
        try "model(\"_x\")\noutput(\"y\", relu(input(\"x\", shape: [1, 2])))\n".write(toFile: reserved, atomically: true, encoding: .utf8)
        let refused = try dlc("summary", reserved)
        #expect(refused.status == 1)
        #expect(refused.standardError.hasPrefix("\(reserved):1:1: error: model name '_x' must not start with an underscore"), "\(refused.standardError)")
    }

    /// Inputs named `a\0x` and `a\0y` were both `a` in a compiled library: NUL is written `\0`.
    @Test func namesWithNULStayDistinct() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try writeModels(in: directory)
        try dlc("compile", "\(directory)/nul.onnx", "-o", "\(directory)/nul.so").expectSuccess()
        let model = try Model.load("\(directory)/nul.so")
        #expect(model.info.inputs.map(\.name) == [#"a\0x"#, #"a\0y"#])
        let a = TensorData(shape: [1, 3], floats: [5, 6, 7]), b = TensorData(shape: [1, 3], floats: [1, 2, 3])
        #expect(try model.run([#"a\0x"#: a, #"a\0y"#: b])["z"]!.floats == [4, 4, 4])
        var graph = Graph(name: "g")
        #expect(errorMessage { _ = try graph.addInput("a\0b", type: TensorType(shape: [1])) }
                == #"error: input name "a\0b" contains a NUL character, which would end it in the C interface"#)
    }
}

extension CommandResult {
    /// Expects the command to have succeeded, showing its standard error otherwise.
    func expectSuccess(sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(status == 0, "\(standardError)", sourceLocation: sourceLocation)
    }
}
