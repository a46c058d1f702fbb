import DLC
import DLCTestSupport
import Foundation
import Testing

/// Options and environments as an attacker or a careless script would give them: each is a
/// clear error naming what is allowed, or works, never a trap, an abort or a library that
/// crashes its callers.
@Suite struct HostileOptionsTests {
    /// `--threads 2147483648` trapped converting to a 32-bit count; `--threads 100000` segfaulted
    /// in libgomp, and `compile --threads 100000` wrote a library that crashed every caller.
    @Test func threadCountsOutsideTheRangeAreRefused() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for count in ["2147483648", "100000", "1025", "-1"] {
            for command in [["run", "lenet", "--backend", "jit"], ["compile", "lenet", "-o", "\(directory)/lenet.so"]] {
                let result = try runProgram(dlcExecutable, command + ["--threads=\(count)"])
                #expect(result.status == 1, "\(command) --threads \(count)")
                #expect(result.standardError == "error: threads must be from 0 (the machine's cores) to 1024, got \(count)\n",
                        "\(command) --threads \(count)")
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }

    /// With `--threads 0` (the default) the team comes from OMP_NUM_THREADS at run time, capped
    /// at 1024: the JIT and a compiled library both run, and give the answer of one thread.
    @Test func hugeOMPThreadCountsAreCappedAtRunTime() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let lenet = "\(packageRoot)/examples/lenet.swiftgraph", seven = "\(packageRoot)/examples/digits/7.npy"
        let compile = try dlc("compile", lenet, "-o", "\(directory)/lenet.so")
        try #require(compile.status == 0, "\(compile.standardError)")
        for (backend, model) in [("jit", lenet), ("aot", "\(directory)/lenet.so")] {
            let result = try runProgram(dlcExecutable, ["run", model, "--backend", backend, "--input", seven, "--output", "\(directory)/\(backend)"],
                                        environment: ["OMP_NUM_THREADS": "100000"])
            #expect(result.status == 0, "\(backend): \(result.standardError)")
            #expect(result.standardOutput.contains("prediction: 7"), "\(backend): \(result.standardOutput)")
        }
    }

    /// `bench --runs 100000000000` ran for days (and `--runs 0`, `--warmup -1` are meaningless).
    @Test func benchRunCountsAreBounded() throws {
        for (option, message) in [("--runs=100000000000", "--runs must be from 1 to 1,000,000, got 100000000000"),
                                  ("--runs=0", "--runs must be from 1 to 1,000,000, got 0"),
                                  ("--warmup=-1", "--warmup must be from 0 to 1,000,000, got -1")] {
            let result = try runProgram(dlcExecutable, ["bench", "lenet", option])
            #expect(result.status == 64, "\(option)")
            #expect(result.standardError.hasPrefix("Error: \(message)\n"), "\(option): \(result.standardError)")
        }
    }

    /// `--cpu nonsense` made LLVM build a subtarget without features and abort; so did `--features -64bit`.
    @Test func unknownCPUsAreRefused() throws {
        let result = try dlc("compile", "lenet", "--cpu", "nonsense", "--emit-llvm", "/dev/null")
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("error: unknown CPU 'nonsense' for x86_64"), "\(result.standardError)")
        let arm = try dlc("compile", "lenet", "--target", "aarch64-linux-gnu", "--cpu", "znver3", "--emit-llvm", "/dev/null")
        #expect(arm.status == 1)
        #expect(arm.standardError.hasPrefix("error: unknown CPU 'znver3' for aarch64-linux-gnu"), "\(arm.standardError)")
        // Features x86-64 code cannot do without made LLVM abort the same way.
        let no64 = try dlc("compile", "lenet", "--features=-64bit", "--emit-llvm", "/dev/null")
        #expect(no64.status == 1)
        #expect(no64.standardError == "error: --features -64bit: x86-64 code needs 64bit, sse, sse2; they cannot be turned off\n")
    }

    /// An Unsqueeze of 65,534 axes used to be computed and trap writing its `.npy` header; a
    /// tensor has at most 32 axes (NumPy's limit), in a model and in a `.npy` file.
    @Test func ranksAreCappedWhereNumPyCapsThem() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let script = """
            import numpy as np, onnx
            from onnx import TensorProto, helper, numpy_helper
            x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 5])
            y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
            axes = numpy_helper.from_array(np.arange(2, 2 + 65534, dtype=np.int64), "axes")
            graph = helper.make_graph([helper.make_node("Unsqueeze", ["x", "axes"], ["y"])], "g", [x], [y], [axes])
            open("\(directory)/unsqueeze.onnx", "wb").write(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]).SerializeToString())
            np.save("\(directory)/x.npy", np.zeros((1, 5), np.float32))
            """
        let generate = try runProgram("/usr/bin/env", ["python3", "-c", script])
        try #require(generate.status == 0, "\(generate.standardError)")
        let run = try dlc("run", "\(directory)/unsqueeze.onnx", "--input", "\(directory)/x.npy", "--output", "\(directory)/out")
        #expect(run.status == 1)
        #expect(run.standardError == "error: \(directory)/unsqueeze.onnx: node '#0' (Unsqueeze): layer 'unsqueeze' (reshape): "
                + "its output has 65536 axes, more than the 32 a tensor may have\n")
        // A version 1.0 .npy header of shape (1, 1, ..., 1), 33 ones, and one float.
        var header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + Array(repeating: "1", count: 33).joined(separator: ", ") + "), }"
        header += String(repeating: " ", count: 63 - (10 + header.utf8.count) % 64) + "\n"
        let npy = [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.utf8.count & 0xFF), UInt8(header.utf8.count >> 8)]
            + Array(header.utf8) + [0, 0, 0, 0]
        try Data(npy).write(to: URL(fileURLWithPath: "\(directory)/deep.npy"))
        #expect(errorMessage { _ = try NumPy.read("\(directory)/deep.npy") } == "error: \(directory)/deep.npy: 33 axes, more than the 32 a tensor may have")
        #expect(!FileManager.default.fileExists(atPath: "\(directory)/out"))
    }
}
