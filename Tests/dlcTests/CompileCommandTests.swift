import DLC
import DLCTestSupport
import Foundation
import Testing

@Suite struct CompileCommandTests {
    let lenet = "\(packageRoot)/examples/lenet.swiftgraph"

    @Test func writesTheLibraryHeaderAndIntermediateForms() throws {
        let directory = try makeTemporaryDirectory()
        let result = try dlc("compile", lenet, "-o", "\(directory)/lenet.so", "--header", "\(directory)/lenet.h",
                             "--emit-llvm", "\(directory)/lenet.ll", "--emit-asm", "\(directory)/lenet.s", "--emit-obj", "\(directory)/lenet.o", "-v")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("compiled lenet for "))
        #expect(result.standardOutput.contains("weights 241.04 KiB"))
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: directory)) == ["lenet.so", "lenet.h", "lenet.ll", "lenet.s", "lenet.o"])
        let ir = try String(contentsOfFile: "\(directory)/lenet.ll", encoding: .utf8)
        #expect(ir.contains("define i32 @lenet_run("))
        #expect(ir.contains("@GOMP_parallel") || ir.contains("call void @\"node"))
        #expect(ir.contains("align 64"), "weights are 64-byte aligned")
        let header = try String(contentsOfFile: "\(directory)/lenet.h", encoding: .utf8)
        #expect(header.contains("int lenet_run(const void *const *inputs, void *const *outputs, void *workspace);"))
        #expect(header.contains("int lenet_infer(const float *image, float *probs, void *workspace);"))
        #expect(header.contains("#define LENET_INPUT_IMAGE 0"))

        // The library runs from the command line and gives the interpreter's answer.
        let run = try dlc("run", "\(directory)/lenet.so", "--input", "\(packageRoot)/examples/digits/3.npy", "--output", directory)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("prediction: 3 "))
    }

    /// What else is written does not change a library's or an object's bytes (`--emit-asm` used
    /// to change the library written in the same run).
    @Test func compilingIsDeterministicWhateverElseIsEmitted() throws {
        // Same file names in two directories: the library's soname is its file name.
        let (one, two) = (try makeTemporaryDirectory(), try makeTemporaryDirectory())
        let model = lenet   // two parts in the split build
        let alone = try dlc("compile", model, "-o", "\(one)/m.so")
        let objectAlone = try dlc("compile", model, "--emit-obj", "\(one)/m.o")
        let everything = try dlc("compile", model, "-o", "\(two)/m.so", "--emit-obj", "\(two)/m.o",
                                 "--emit-asm", "\(two)/m.s", "--emit-llvm", "\(two)/m.ll")
        for result in [alone, objectAlone, everything] { #expect(result.status == 0, "\(result.standardError)") }
        func bytes(_ directory: String, _ name: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(name)")) }
        #expect(try bytes(one, "m.so") == bytes(two, "m.so"))
        #expect(try bytes(one, "m.o") == bytes(two, "m.o"))
    }

    /// A C program uses the header and the library (what examples/c and the CMake path build).
    @Test func aCProgramClassifiesADigit() throws {
        let directory = try makeTemporaryDirectory()
        let compile = try dlc("compile", lenet, "-o", "\(directory)/liblenet.so", "--header", "\(directory)/lenet.h")
        #expect(compile.status == 0, "\(compile.standardError)")
        let cc = try runProgram("/usr/bin/env", ["cc", "-std=c11", "-Wall", "-Wextra", "-Werror", "\(packageRoot)/examples/c/classify.c",
                                                 "-I", directory, "-L", directory, "-llenet", "-Wl,-rpath,\(directory)", "-o", "\(directory)/classify"])
        #expect(cc.status == 0, "\(cc.standardError)")
        for digit in [1, 7] {
            let run = try runProgram("\(directory)/classify", ["\(packageRoot)/examples/digits/\(digit).npy"])
            #expect(run.status == 0, "\(run.standardError)")
            #expect(run.standardOutput.hasPrefix("digit \(digit) ("))
        }
    }

    @Test func backendsAgreeOnTheCommandLine() throws {
        let directory = try makeTemporaryDirectory()
        var outputs: [TensorData] = []
        for backend in ["interpreter", "jit", "aot"] {
            let result = try dlc("run", lenet, "--backend", backend, "--input", "\(packageRoot)/examples/digits/8.npy", "--output", "\(directory)/\(backend).npy")
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardOutput.contains("prediction: 8 "))
            outputs.append(try NumPy.read("\(directory)/\(backend).npy"))
        }
        #expect(outputs[1].difference(from: outputs[0]).relative <= modelTolerance)
        #expect(outputs[2].difference(from: outputs[0]).relative <= modelTolerance)
    }

    @Test func verifyAndBench() throws {
        let verify = try dlc("verify", lenet)
        #expect(verify.status == 0, "\(verify.standardError)")
        #expect(verify.standardOutput.contains("  jit  probs  max abs error "))
        #expect(verify.standardOutput.contains("  aot  probs  max abs error "))
        // LeNet's compiled outputs differ from the interpreter's by about 1e-7, so 1e-12 fails.
        let failing = try dlc("verify", lenet, "--tolerance", "1e-12")
        #expect(failing.status == 1)
        #expect(failing.standardOutput.contains("FAILED"))
        #expect(failing.standardError.hasPrefix("error: jit output 'probs' differs from the interpreter by "))
        let bench = try dlc("bench", lenet, "--backend", "aot", "--runs", "3", "--warmup", "1")
        #expect(bench.status == 0, "\(bench.standardError)")
        #expect(bench.standardOutput.contains("lenet (backend aot -O3, "))
        #expect(bench.standardOutput.contains(" GFLOP/s over 3 runs"))
        // Median, minimum and the 10th-90th percentile spread, each a number of milliseconds.
        let figures = bench.standardOutput.split(separator: "\n").first?.split(separator: ":").last.map(String.init) ?? ""
        #expect(figures.range(of: #"^ median [0-9.]+ ms, min [0-9.]+ ms, p10-p90 [0-9.]+-[0-9.]+ ms \(spread [0-9]+%\), "#,
                              options: .regularExpression) != nil, "\(bench.standardOutput)")
        #expect(try dlc("bench", lenet, "--runs", "0").standardError.contains("--runs must be from 1 to 1,000,000, got 0"))
    }

    @Test func unsupportedTargetsMissingLinkersAndUnwritablePaths() throws {
        let directory = try makeTemporaryDirectory()
        let target = try dlc("compile", lenet, "--target", "nonsense-unknown-none", "-o", "\(directory)/m.so")
        #expect(target.status == 1)
        #expect(target.standardError.hasPrefix("error: unsupported target 'nonsense-unknown-none'"))

        let cross = try dlc("compile", lenet, "--target", "aarch64-linux-gnu", "-o", "\(directory)/m.so")
        #expect(cross.status == 1)
        #expect(cross.standardError.contains("cannot link a shared library for aarch64-linux-gnu with this machine's cc"))

        let missingLinker = try runProgram(dlcExecutable, ["compile", lenet, "-o", "\(directory)/m.so", "--header", "\(directory)/m.h"],
                                           environment: ["CC": "dlc-no-such-cc"])
        #expect(missingLinker.status == 1)
        #expect(missingLinker.standardError == "error: no C compiler driver 'dlc-no-such-cc' on the PATH to link the shared library; install one (apt-get install gcc) or set CC\n")

        let failingLinker = try runProgram(dlcExecutable, ["compile", lenet, "-o", "\(directory)/m.so"], environment: ["CC": "/bin/false"])
        #expect(failingLinker.status == 1)
        #expect(failingLinker.standardError.contains("linking \(directory)/m.so with /bin/false failed"))

        let noDirectory = try dlc("compile", lenet, "-o", "\(directory)/missing/m.so")
        #expect(noDirectory.standardError == "error: \(directory)/missing/m.so: the directory \(directory)/missing does not exist\n")
        let isDirectory = try dlc("compile", lenet, "--header", directory)
        #expect(isDirectory.standardError == "error: \(directory): is a directory\n")
        let nothing = try dlc("compile", lenet)
        #expect(nothing.standardError.contains("nothing to write"))

        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty, "no partial or temporary file is left")
    }
}
