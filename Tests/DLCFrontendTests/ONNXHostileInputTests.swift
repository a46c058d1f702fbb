import DLC
import DLCTestSupport
import Foundation
import Testing

/// ONNX files written to mislead or exhaust the reader: slices that a careless importer drops,
/// opsets listed twice, external data that is huge, sparse, a FIFO or a directory.
@Suite struct ONNXHostileInputTests {
    /// Slices with steps other than 1 on a tensor computed at run time: a reversal (starts -1,
    /// ends -6, steps -1 on a 5-long axis) used to be imported as the identity, steps of 2 and
    /// -2 were refused. Each is computed now; the expected values are the indices written out.
    @Test func stridedAndReversedSlicesAreComputed() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // (starts, ends, axes, steps) on x of shape [2, 5, 6] after a ReLU, and the indices each axis keeps.
        let cases: [(String, [Int], [Int], [Int], [Int], [[Int]])] = [
            ("reversal", [-1], [-6], [1], [-1], [[0, 1], [4, 3, 2, 1, 0], Array(0..<6)]),
            ("step2", [0], [6], [2], [2], [[0, 1], Array(0..<5), [0, 2, 4]]),
            ("stepMinus2", [5], [-100], [2], [-2], [[0, 1], Array(0..<5), [5, 3, 1]]),
            ("twoAxes", [4, 1], [0, 6], [1, 2], [-1, 3], [[0, 1], [4, 3, 2, 1], [1, 4]]),
        ]
        let values = (0..<60).map { Float($0) - 7 }
        let x = TensorData(shape: [2, 5, 6], floats: values)
        for (name, starts, ends, axes, steps, kept) in cases {
            let path = try writeONNXModel(in: directory, name: name, """
                x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 5, 6])
                y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
                inits = [numpy_helper.from_array(np.array(v, np.int64), n) for v, n in
                         [(\(starts), "s"), (\(ends), "e"), (\(axes), "a"), (\(steps), "st")]]
                graph = helper.make_graph([helper.make_node("Relu", ["x"], ["r"]),
                                           helper.make_node("Slice", ["r", "s", "e", "a", "st"], ["y"])], "g", [x], [y], inits)
                """)
            let expected = kept[0].flatMap { i in kept[1].flatMap { j in kept[2].map { k in Swift.max(0, values[(i * 5 + j) * 6 + k]) } } }
            let graph = try ONNXFile.load(path)
            for (backend, result) in [("interpreter", try Interpreter(graph: graph).run(["x": x])["y"]!),
                                      ("jit", try Model.jit(graph.optimized()).run(["x": x])["y"]!)] {
                #expect(result.shape == kept.map(\.count), "\(name) \(backend)")
                #expect(result.floats == expected, "\(name) \(backend)")
            }
        }
    }

    /// A reversal of a long axis would be one slice layer per entry: past 4,096 it is refused,
    /// for Slice and for Gather by constant indices alike.
    @Test func pickingTooManyRunsIsRefused() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let slice = try writeONNXModel(in: directory, name: "slice", """
            x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 5000])
            y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
            inits = [numpy_helper.from_array(np.array(v, np.int64), n) for v, n in [([-1], "s"), ([-6000], "e"), ([1], "a"), ([-1], "st")]]
            graph = helper.make_graph([helper.make_node("Relu", ["x"], ["r"], name="act"),
                                       helper.make_node("Slice", ["r", "s", "e", "a", "st"], ["y"], name="flip")], "g", [x], [y], inits)
            """)
        let gather = try writeONNXModel(in: directory, name: "gather", """
            x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 5000])
            y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
            inits = [numpy_helper.from_array(np.arange(4999, -1, -1, dtype=np.int64), "i")]
            graph = helper.make_graph([helper.make_node("Relu", ["x"], ["r"], name="act"),
                                       helper.make_node("Gather", ["r", "i"], ["y"], axis=1, name="flip")], "g", [x], [y], inits)
            """)
        for (path, op) in [(slice, "Slice"), (gather, "Gather")] {
            #expect(errorMessage { _ = try ONNXFile.load(path) } == "error: \(path): node 'flip' (\(op)): it picks more than 4,096 separate "
                    + "runs of indices along axis 1 of a tensor computed at run time (a reversal or a stride over a long axis); dlc "
                    + "computes each run as a slice layer and stops at 4,096")
        }
    }

    /// Opset 17 and 11 of the default domain: ONNX Runtime reads one, another reader the other.
    @Test func aDomainImportedTwiceIsRefused() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = try writeONNXModel(in: directory, opsets: "[17, 11]", """
            x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])
            y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
            graph = helper.make_graph([helper.make_node("Relu", ["x"], ["y"])], "g", [x], [y])
            """)
        #expect(errorMessage { _ = try ONNXFile.load(path) }
                == "error: \(path): the model imports the default ONNX domain 2 times (opsets 17, 11); a model imports each domain once")
    }

    /// External data is bounded before it is read, read only when used, and only from regular
    /// files: a 129-byte model naming a 4 GiB sparse file took `dlc summary` 30 s and 8.5 GB,
    /// a FIFO blocked forever, a directory said "NSCocoaErrorDomain error 256".
    @Test func externalDataIsBoundedAndReadOnlyFromRegularFiles() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let sparse = "\(directory)/big.bin"
        #expect(FileManager.default.createFile(atPath: sparse, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: sparse))
        try handle.truncate(atOffset: 1 << 32)
        try handle.close()
        #expect(mkfifo("\(directory)/fifo", 0o600) == 0)
        try FileManager.default.createDirectory(atPath: "\(directory)/folder", withIntermediateDirectories: false)
        func model(_ name: String, location: String, elements: Int, used: Bool) throws -> String {
            try writeONNXModel(in: directory, name: name, """
                x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])
                y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
                t = TensorProto(); t.name = "w"; t.data_type = TensorProto.FLOAT; t.dims.extend([\(elements)])
                t.data_location = TensorProto.EXTERNAL
                e = t.external_data.add(); e.key = "location"; e.value = "\(location)"
                node = helper.make_node("Add", ["x", "w"], ["y"]) if \(used ? "True" : "False") else helper.make_node("Relu", ["x"], ["y"])
                graph = helper.make_graph([node], "g", [x], [y], [t])
                """)
        }
        // Unused: never read, whatever it names.
        for (name, location) in [("unusedBig", "big.bin"), ("unusedFifo", "fifo"), ("unusedFolder", "folder")] {
            let path = try model(name, location: location, elements: 1 << 30, used: false)
            #expect(try ONNXFile.load(path).nodes.map(\.operation.kindName) == ["relu"], "\(name)")
        }
        let big = try model("big", location: "big.bin", elements: 1 << 30, used: true)
        #expect(errorMessage { _ = try ONNXFile.load(big) } == "error: \(big): initializer 'w': its 4.00 GiB of external data bring "
                + "the model's to 4.00 GiB, more than the 2.00 GiB a model may hold")
        let fifo = try model("fifo", location: "fifo", elements: 4, used: true)
        #expect(errorMessage { _ = try ONNXFile.load(fifo) }
                == "error: \(fifo): initializer 'w': its external data file \(directory)/fifo is a FIFO, not a regular file")
        let folder = try model("folder", location: "folder", elements: 4, used: true)
        #expect(errorMessage { _ = try ONNXFile.load(folder) }
                == "error: \(folder): initializer 'w': its external data file \(directory)/folder is a directory, not a regular file")
        // The command line says the same and exits 1, quickly (the FIFO would block forever).
        let result = try dlc("summary", fifo)
        #expect(result.status == 1)
        #expect(result.standardError.contains("is a FIFO, not a regular file"))
    }
}

/// Writes an ONNX model built by the Python `body` (which defines `graph`; `np`, `onnx`,
/// `helper`, `numpy_helper` and `TensorProto` are imported) with the default domain at `opsets`.
func writeONNXModel(in directory: String, name: String = "model", opsets: String = "[17]", _ body: String) throws -> String {
    let path = "\(directory)/\(name).onnx"
    let script = """
        import numpy as np
        import onnx
        from onnx import TensorProto, helper, numpy_helper
        \(body)
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", v) for v in \(opsets)])
        open("\(path)", "wb").write(model.SerializeToString())
        """
    let result = try runProgram("/usr/bin/env", ["python3", "-c", script])
    try #require(result.status == 0, "\(result.standardError)")
    return path
}
