import DLC
import DLCTestSupport
import Foundation
import Testing

/// generated/ holds, for each example, its C header and its LLVM IR; this fails when one is stale.
@Suite struct GeneratedFilesTests {
    @Test(arguments: ExampleModel.all) func committedFilesAreUpToDate(_ example: ExampleModel) throws {
        var graph = try SwiftGraphFile.load(example.path)
        graph.initializeWeights()
        let (header, ir) = try ReferenceArtifacts.render(graph.optimized(level: 3))
        let directory = "\(packageRoot)/generated"
        let committedHeader = try String(contentsOfFile: "\(directory)/\(example.name).h", encoding: .utf8)
        #expect(committedHeader == header, "generated/\(example.name).h is stale: run swift run dlc-generate")
        let committedIR = try String(contentsOfFile: "\(directory)/\(example.name).ll", encoding: .utf8)
        let writtenWith = committedIR.firstMatch(of: /with LLVM (\d+)\s/).map { Int($0.1)! }
        if writtenWith == LLVM.majorVersion {
            #expect(committedIR == ir, "generated/\(example.name).ll is stale: run swift run dlc-generate")
        } else {
            #expect(writtenWith != nil, "generated/\(example.name).ll does not record its LLVM version")
        }
    }

    @Test func everyExampleHasItsFiles() throws {
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: "\(packageRoot)/generated"))
        let examples = try FileManager.default.contentsOfDirectory(atPath: "\(packageRoot)/examples").filter { $0.hasSuffix(".swiftgraph") }
        #expect(examples.count == ExampleModel.all.count)
        for example in examples {
            let name = (example as NSString).deletingPathExtension
            #expect(files.contains("\(name).h") && files.contains("\(name).ll"), "\(name)")
        }
    }
}
