import DLC
import DLCTestSupport
import Foundation
import Testing

/// The ONNX backend node test cases of every operator dlc imports, generated from the `onnx`
/// package's own definitions (scripts/onnx/conformance_cases.py): each must pass, or be refused
/// for a reason listed in docs/onnx.md; none may give a wrong answer.
@Suite struct ONNXConformanceTests {
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
        for (name, message) in refused { print("  refused \(name): \(message)") }
    }
}
