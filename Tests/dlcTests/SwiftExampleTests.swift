import DLC
import DLCTestSupport
import Foundation
import Testing

/// examples/swift, the program a Swift user starts from, and the README, whose code snippets
/// must be excerpts of files the tests compile and run.
@Suite struct SwiftExampleTests {
    /// The root package builds examples/swift's source as `DLCSwiftExample`; running it checks
    /// the JIT against the interpreter and classifies the digit 7 through a compiled library.
    @Test func theExampleRuns() throws {
        let executable = URL(fileURLWithPath: dlcExecutable).deletingLastPathComponent().appendingPathComponent("DLCSwiftExample").path
        let result = try runProgram(executable, [])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        let tiny = try #require(lines.first { $0.hasPrefix("tiny: y f32[1, 8, 1, 1], largest difference from the interpreter ") })
        let difference = try #require(Float(tiny.split(separator: " ").last!))
        #expect(difference <= 1e-5)
        #expect(lines.contains { $0.hasPrefix("lenet: ") && $0.contains(" says digit 7 (") }, "\(result.standardOutput)")
    }

    /// Each ```swift, ```c and ```cmake block of the README, split at blank lines into chunks,
    /// appears chunk by chunk, in order, in one of the files it is taken from (lines compared
    /// without their indentation; `import` lines may be left out). Package manifest lines are
    /// checked by PackageDependencyTests instead.
    @Test func readmeSnippetsAreExcerptsOfTestedFiles() throws {
        let readme = try String(contentsOfFile: "\(packageRoot)/README.md", encoding: .utf8)
        let models = try FileManager.default.contentsOfDirectory(atPath: "\(packageRoot)/examples")
            .filter { $0.hasSuffix(".swiftgraph") }.map { "examples/\($0)" }
        let sources: [String: [String]] = [
            "swift": ["examples/swift/Sources/Example/main.swift"] + models,
            "c": ["examples/c/classify.c"],
            "cmake": ["examples/c/CMakeLists.txt"],
        ]
        func trimmed(_ text: Substring) -> String { text.trimmingCharacters(in: .whitespaces) }
        var blocks: [(language: String, lines: [String])] = []
        var current: (language: String, lines: [String])?
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                if let block = current { blocks.append(block); current = nil } else { current = (String(line.dropFirst(3)), []) }
            } else if current != nil {
                current!.lines.append(trimmed(line))
            }
        }
        var checked = 0
        for block in blocks where sources[block.language] != nil && !block.lines.contains(where: { $0.contains(".package(") }) {
            let chunks = block.lines.filter { !$0.hasPrefix("import ") }
                .split(separator: "", omittingEmptySubsequences: true).map(Array.init)
            let found = try sources[block.language]!.contains { path in
                let file = try String(contentsOfFile: "\(packageRoot)/\(path)", encoding: .utf8)
                    .split(separator: "\n").map(trimmed).filter { !$0.isEmpty }
                var start = 0
                for chunk in chunks {
                    guard let at = (start..<max(start, file.count - chunk.count + 1)).first(where: { Array(file[$0 ..< $0 + chunk.count]) == chunk })
                    else { return false }
                    start = at + chunk.count
                }
                return true
            }
            #expect(found, "README ```\(block.language) block is not an excerpt of \(sources[block.language]!.prefix(2)): \(block.lines.joined(separator: "\n"))")
            checked += 1
        }
        #expect(checked >= 5)
    }
}
