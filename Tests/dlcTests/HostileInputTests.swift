import DLC
import DLCTestSupport
import Foundation
import Testing

/// Model files and paths as an attacker or a careless user would write them: nothing may be
/// written outside the output directory, no output may replace an input, and a bad library is
/// refused before the dynamic loader touches it.
@Suite struct HostileInputTests {
    @Test func outputNamesNeverBecomePaths() throws {
        let directory = try makeTemporaryDirectory()
        let model = "\(directory)/m.swiftgraph"
        try """
            let image = input("image", shape: [1, 4])
            output("../../../PWNED", relu(image))
            output("a/b", sigmoid(image))
            output("A/B", tanh(image))
            """.write(toFile: model, atomically: true, encoding: .utf8)
        try NumPy.write(randomTensor([1, 4], seed: 3), to: "\(directory)/x.npy")
        let outputs = "\(directory)/deep/er/out"
        let result = try dlc("run", model, "--input", "\(directory)/x.npy", "--output", outputs)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outputs).sorted() == ["A_B_2.npy", "_.._.._.._PWNED.npy", "a_b.npy"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["deep", "m.swiftgraph", "x.npy"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(directory)/deep").sorted() == ["er"])
        #expect(result.standardOutput.contains("../../../PWNED: f32[1, 4]"))
        #expect(result.standardOutput.contains("written to \(outputs)/_.._.._.._PWNED.npy"))
    }

    @Test func aFailedRunCreatesNoDirectory() throws {
        let directory = try makeTemporaryDirectory()
        let result = try dlc("run", "lenet", "--output", "\(directory)/out")
        #expect(result.status == 1)
        #expect(result.standardError == "error: missing input 'image' f32[1, 1, 28, 28]\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }

    @Test func outputsThatClashOrReplaceTheModelAreRefused() throws {
        let directory = try makeTemporaryDirectory()
        let model = "\(directory)/m.swiftgraph"
        let source = "let image = input(\"image\", shape: [1, 4])\noutput(\"y\", relu(image))\n"
        try source.write(toFile: model, atomically: true, encoding: .utf8)
        let clash = try dlc("compile", model, "-o", "\(directory)/x.so", "--header", "\(directory)/./x.so")
        #expect(clash.status == 1)
        #expect(clash.standardError == "error: --header \(directory)/./x.so and -o \(directory)/x.so are the same file\n")
        let overwrite = try dlc("compile", model, "-o", model)
        #expect(overwrite.status == 1)
        #expect(overwrite.standardError == "error: -o \(model) would overwrite the input \(model); write the output elsewhere\n")
        let weights = try dlc("weights", "init", model, "-o", model)
        #expect(weights.status == 1)
        #expect(weights.standardError.contains("would overwrite the input"))
        let empty = try dlc("compile", model, "-o", "")
        #expect(empty.status == 1)
        #expect(empty.standardError == "error: -o: the path is empty\n")
        #expect(try String(contentsOfFile: model, encoding: .utf8) == source)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["m.swiftgraph"])
    }

    /// One rule for every command that writes: never over a file the same command reads (the
    /// model, the weights it names, `--weights`, `--input`), compared after resolving links.
    /// `weights init` replaced the trained weights LeNet names (the 7 then read as a 3), `graph
    /// -o` overwrote the model, `run --output` the input.
    @Test func noCommandWritesOverWhatItReads() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for file in ["lenet.swiftgraph", "lenet.safetensors", "digits/7.npy"] {
            try FileManager.default.copyItem(atPath: "\(packageRoot)/examples/\(file)",
                                             toPath: "\(directory)/\(URL(fileURLWithPath: file).lastPathComponent)")
        }
        try FileManager.default.createSymbolicLink(atPath: "\(directory)/link.safetensors", withDestinationPath: "lenet.safetensors")
        try FileManager.default.createSymbolicLink(atPath: "\(directory)/weights.npy", withDestinationPath: "lenet.safetensors")
        let before = try ["lenet.swiftgraph", "lenet.safetensors", "7.npy"].map { try Data(contentsOf: URL(fileURLWithPath: "\(directory)/\($0)")) }
        let model = "\(directory)/lenet.swiftgraph", weights = "\(directory)/lenet.safetensors", seven = "\(directory)/7.npy"
        let cases: [([String], String)] = [
            (["weights", "init", model, "-o", weights], "-o \(weights) would overwrite the input \(weights)"),
            (["weights", "init", model, "-o", "\(directory)/link.safetensors"], "would overwrite the input \(weights)"),
            (["graph", model, "-o", model], "-o \(model) would overwrite the input \(model)"),
            (["graph", model, "-o", "\(directory)/./lenet.safetensors"], "would overwrite the input"),
            (["run", model, "--input", seven, "--output", seven], "--output \(seven) would overwrite the input \(seven)"),
            (["run", model, "--input", "image=\(directory)/../\(URL(fileURLWithPath: directory).lastPathComponent)/7.npy", "--output", seven],
             "would overwrite the input"),
            (["run", model, "--weights", "\(directory)/link.safetensors", "--input", seven, "--output", "\(directory)/weights.npy"],
             "would overwrite the input"),
            (["run", model, "--input", seven, "--output", "\(directory)/weights.npy"], "would overwrite the input \(weights)"),
            (["compile", model, "-o", "\(directory)/link.safetensors"], "would overwrite the input"),
            (["export", model, "-o", weights], "would overwrite the input"),
        ]
        for (arguments, message) in cases {
            let result = try runProgram(dlcExecutable, arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.standardError.contains(message) && result.standardError.hasSuffix("; write the output elsewhere\n"),
                    "\(arguments): \(result.standardError)")
        }
        let after = try ["lenet.swiftgraph", "lenet.safetensors", "7.npy"].map { try Data(contentsOf: URL(fileURLWithPath: "\(directory)/\($0)")) }
        #expect(after == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["7.npy", "lenet.safetensors", "lenet.swiftgraph", "link.safetensors", "weights.npy"])
    }

    /// SIGTERM, SIGHUP (a closed terminal) or SIGXFSZ (`ulimit -f`) during linking (a driver that
    /// takes its time) removes the temporary objects; SIGHUP and SIGXFSZ used to leave 20–80 MB.
    @Test(arguments: [SIGTERM, SIGHUP, SIGXFSZ]) func anInterruptedCompileLeavesNoTemporaries(_ interrupt: Int32) throws {
        let directory = try makeTemporaryDirectory()
        let slowDriver = "\(directory)/slow-cc"
        try "#!/bin/sh\nsleep 3\nexit 1\n".write(toFile: slowDriver, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: slowDriver)
        let outputs = "\(directory)/out"
        try FileManager.default.createDirectory(atPath: outputs, withIntermediateDirectories: false)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dlcExecutable)
        process.arguments = ["compile", "lenet", "-o", "\(outputs)/lenet.so"]
        process.environment = ProcessInfo.processInfo.environment.merging(["CC": slowDriver]) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, process.isRunning,
              (try FileManager.default.contentsOfDirectory(atPath: outputs)).allSatisfy({ !$0.hasSuffix(".o") }) {
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outputs).contains { $0.hasSuffix(".o") }, "the link started")
        kill(process.processIdentifier, interrupt)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == interrupt)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outputs).isEmpty)
    }

    /// `-o /dev/null` replaced the device with a regular file (a temporary renamed over it); a
    /// device or a FIFO is written into, a directory refused.
    @Test func devicesAndFIFOsAreWrittenIntoNotReplaced() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for arguments in [["weights", "init", "lenet", "-o", "/dev/null"], ["compile", "lenet", "--emit-llvm", "/dev/null"]] {
            let result = try runProgram(dlcExecutable, arguments)
            #expect(result.status == 0, "\(arguments): \(result.standardError)")
            var info = stat()
            #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "\(arguments) replaced /dev/null")
        }
        let fifo = "\(directory)/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/sh")
        reader.arguments = ["-c", "cat '\(fifo)' > '\(directory)/received'"]
        try reader.run()
        let graph = try dlc("graph", "lenet", "-o", fifo)
        reader.waitUntilExit()
        #expect(graph.status == 0, "\(graph.standardError)")
        #expect(try String(contentsOfFile: "\(directory)/received", encoding: .utf8) == (try dlc("graph", "lenet")).standardOutput)
        let folder = try dlc("graph", "lenet", "-o", directory)
        #expect(folder.status == 1)
        #expect(folder.standardError == "error: \(directory): is a directory\n")
    }

    /// A model file names its weights beside itself: `weights("/etc/passwd")` read the file and
    /// echoed its first 8 bytes as a number in the error.
    @Test func modelFilesReadWeightsOnlyFromTheirDirectory() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: "\(directory)/models", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: "\(directory)/models/link.safetensors", withDestinationPath: "/etc/passwd")
        for (path, message) in [("/etc/passwd", "must be a relative path inside the model's directory"),
                                ("../outside.safetensors", "must be a relative path inside the model's directory"),
                                ("link.safetensors", "leads outside the model's directory")] {
            let model = "\(directory)/models/m.swiftgraph"
            try "weights(\"\(path)\")\noutput(\"y\", relu(input(\"x\", shape: [1, 2])))\n".write(toFile: model, atomically: true, encoding: .utf8)
            let result = try dlc("summary", model)
            #expect(result.status == 1, "\(path)")
            #expect(result.standardError.hasPrefix("\(model):1:1: error: weights: the path '\(path)' \(message) (give another file with --weights)"),
                    "\(path): \(result.standardError)")
        }
        // Named on the command line, any file is read, and a file that is not safetensors says so
        // without showing its bytes.
        try "root:x:0:0:root:/root:/bin/bash\n".write(toFile: "\(directory)/passwd", atomically: true, encoding: .utf8)
        let result = try dlc("run", "lenet", "--weights", "\(directory)/passwd")
        #expect(result.status == 1)
        #expect(result.standardError == "error: \(directory)/passwd: not a safetensors file: its header length field declares more than 100,000,000 bytes\n")
    }

    /// `--tolerance nan` printed FAILED and exited 0.
    @Test func verifyRefusesAToleranceThatIsNotANumber() throws {
        for tolerance in ["nan", "inf", "-1"] {
            let result = try runProgram(dlcExecutable, ["verify", "lenet", "--tolerance=\(tolerance)"])
            #expect(result.status == 64, "\(tolerance)")
            #expect(result.standardError.hasPrefix("Error: --tolerance must be a finite number from 0, got "), "\(tolerance): \(result.standardError)")
        }
    }

    @Test func aTruncatedOrForeignLibraryIsRefusedBeforeLoading() throws {
        let directory = try makeTemporaryDirectory()
        let compile = try dlc("compile", "lenet", "-o", "\(directory)/lenet.so")
        #expect(compile.status == 0, "\(compile.standardError)")
        let library = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/lenet.so"))
        try library.prefix(library.count / 2).write(to: URL(fileURLWithPath: "\(directory)/half.so"))
        let half = try dlc("run", "\(directory)/half.so")
        #expect(half.status == 1)
        #expect(half.standardError.hasPrefix("error: \(directory)/half.so: truncated: a segment ends at byte "), "\(half.standardError)")
        try library.prefix(40).write(to: URL(fileURLWithPath: "\(directory)/head.so"))
        let head = try dlc("run", "\(directory)/head.so")
        #expect(head.standardError.hasPrefix("error: \(directory)/head.so: truncated or not a shared library (40 bytes"), "\(head.standardError)")
        try "not a library".write(toFile: "\(directory)/text.so", atomically: true, encoding: .utf8)
        let text = try dlc("run", "\(directory)/text.so")
        #expect(text.standardError == "error: \(directory)/text.so: truncated or not a shared library (13 bytes; its headers need 64)\n")
        var elf = [UInt8](library)
        elf[18] = 183   // EM_AARCH64
        try Data(elf).write(to: URL(fileURLWithPath: "\(directory)/arm.so"))
        let foreign = try dlc("run", "\(directory)/arm.so")
        #expect(foreign.standardError == "error: \(directory)/arm.so: built for another architecture (ELF machine 183; this machine is 62)\n")
    }

    /// Weights and constants are bounded from their shapes before anything is allocated: a dense
    /// layer of 2·10⁹ weights used to take `dlc compile` to 8 GB and a trap, a 4·10⁹-element
    /// constant `dlc summary` to a 16 GB allocation.
    @Test func modelsOverTheWeightLimitAreRefusedBeforeAllocating() throws {
        let directory = try makeTemporaryDirectory()
        let dense = "\(directory)/dense.swiftgraph", constant = "\(directory)/constant.swiftgraph"
        try """
            let x = input("x", shape: [1, 50000])
            let small = dense(x, units: 10000)
            output("y", dense(small, units: 50000, name: "huge"))
            """.write(toFile: dense, atomically: true, encoding: .utf8)
        try """
            let x = input("x", shape: [1, 4])
            output("y", x + constant(1.0, shape: [1000, 1000, 4000], name: "table"))
            """.write(toFile: constant, atomically: true, encoding: .utf8)
        let denseError = "\(dense):3:13: error: layer 'huge' (dense): its 1.86 GiB of weights bring the model's weights "
            + "and constants to 3.73 GiB, more than the 2.00 GiB a compiled library can hold"
        let constantError = "\(constant):2:17: error: layer 'table' (constant): its 14.90 GiB of values bring the model's "
            + "weights and constants to 14.90 GiB, more than the 2.00 GiB a compiled library can hold"
        for (model, message) in [(dense, denseError), (constant, constantError)] {
            for command in [["summary", model], ["weights", "init", model, "-o", "\(directory)/w.safetensors"],
                            ["compile", model, "-o", "\(directory)/m.so"], ["run", model]] {
                let result = try runProgram(dlcExecutable, command)
                #expect(result.status == 1, "\(command)")
                #expect(result.standardError.split(separator: "\n").first.map(String.init) == message, "\(command)")
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["constant.swiftgraph", "dense.swiftgraph"])
    }
}
