import DLC
import DLCTestSupport
import Foundation
import Testing

/// The ONNX backend node test cases of every operator dlc imports, generated from the `onnx`
/// package's own definitions (scripts/onnx/conformance_cases.py): each must pass, or be refused
/// for a reason listed in docs/onnx.md; none may give a wrong answer.
@Suite struct ONNXConformanceTests {
    /// The reasons docs/onnx.md gives for refusing a case, as they appear in the messages.
    static let documentedRefusals = [
        "dlc takes float, int32 and int64 inputs",                       // float16, bfloat16, float8, int8, uint*, double, ...
        "must name a float, integer or bool type",                       // Cast to float16, float8, int4, ...
        "is not supported (dlc reads: saturate, to)",                    // Cast's round_mode (float8e8m0)
        "is not a tensor; dlc reads tensor inputs",                      // sequences and optionals
        "dlc supports 2-D windows only",                                 // 1-D and 3-D convolution and pooling
        "dilations", "must be smaller than the kernel",                   // pooling windows dlc does not have
        "is a constant; dlc compiles outputs computed from the inputs",  // a graph that is all constants
        "is computed at run time; dlc needs it constant",                // ConstantOfShape of a run-time shape
        "dlc runs dropout at inference", "training_mode",                // training-only behaviour
        "does not return indices", "do not output the final cell state", // outputs dlc does not compute
        "dlc pads the height and width",                                 // padding of other axes, cropping
        "is empty", "dimensions must be positive",                      // empty tensors
        "expected float32 operands",                                     // integer arithmetic at run time
        "clamp needs min <= max",                                        // Clip with min > max
        "dlc reduces over the height and width of a 4-D image only",     // reductions that are not global pooling
        "expanding a run-time tensor is not supported",                  // Expand of data (constants are folded)
    ]

    @Test func backendNodeCasesPassOrAreRefused() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let generate = try runProgram("/usr/bin/env", ["python3", "\(packageRoot)/scripts/onnx/conformance_cases.py", directory])
        try #require(generate.status == 0, "\(generate.standardError)")
        let cases = try ONNXCase.all(in: directory)
        #expect(cases.count > 300)
        var passed: [String] = [], refused: [(String, String)] = []
        for testCase in cases {
            switch testCase.run() {
            case .passed: passed.append(testCase.name)
            case .refused(let message): refused.append((testCase.name, message))
            case .wrong(let message): Issue.record("\(testCase.name): wrong answer: \(message)")
            }
        }
        print("ONNX backend node cases: \(passed.count) passed, \(refused.count) refused, of \(cases.count)")
        for (name, message) in refused {
            print("  refused \(name): \(message)")
            #expect(Self.documentedRefusals.contains { message.contains($0) }, "\(name) is refused for an undocumented reason: \(message)")
            #expect(message.contains("model.onnx: "), "\(name): the message names the file: \(message)")
        }
        // What passes today keeps passing (raise this when more passes).
        #expect(passed.count >= 190)
    }
}
