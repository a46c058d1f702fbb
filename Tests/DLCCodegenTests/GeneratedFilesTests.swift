import DLC
import DLCTestSupport
import Foundation
import Testing

/// generated/ holds, for each example, its C header, and for a few small models their LLVM IR;
/// this fails when one is stale.
@Suite struct GeneratedFilesTests {
    @Test(arguments: ExampleModel.all) func committedFilesAreUpToDate(_ example: ExampleModel) throws {
        var graph = try SwiftGraphFile.load(example.path)
        graph.initializeWeights()
        try expectUpToDate(example.name, graph, withIR: ReferenceArtifacts.examplesWithIR.contains(example.name))
    }

    @Test func theMobileNetBlockIsUpToDate() throws {
        try expectUpToDate("mobilenet_block", ReferenceArtifacts.mobileNetBlock(), withIR: true)
        let ir = try String(contentsOfFile: "\(packageRoot)/generated/mobilenet_block.ll", encoding: .utf8)
        // Fused: the depthwise layer has no kernel of its own; the pointwise one computes it.
        #expect(ir.contains(".conv2d_1.step0.body") && !ir.contains(".depthwiseConv2d_1.step"),
                "the block's IR shows the fused depthwise+pointwise kernel")
    }

    @Test func everyExampleHasItsFiles() throws {
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: "\(packageRoot)/generated"))
        let examples = try FileManager.default.contentsOfDirectory(atPath: "\(packageRoot)/examples").filter { $0.hasSuffix(".swiftgraph") }
        #expect(examples.count == ExampleModel.all.count)
        var expected: Set<String> = ["README.md", "mobilenet_block.h", "mobilenet_block.ll"]
        for example in examples {
            let name = (example as NSString).deletingPathExtension
            expected.insert("\(name).h")
            if ReferenceArtifacts.examplesWithIR.contains(name) { expected.insert("\(name).ll") }
        }
        #expect(files == expected, "generated/ holds \(files.subtracting(expected).sorted()) beyond, and lacks \(expected.subtracting(files).sorted())")
    }

    private func expectUpToDate(_ name: String, _ graph: Graph, withIR: Bool,
                                sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let (header, ir) = try ReferenceArtifacts.render(graph.optimized(level: 3))
        let directory = "\(packageRoot)/generated"
        let committedHeader = try String(contentsOfFile: "\(directory)/\(name).h", encoding: .utf8)
        #expect(committedHeader == header, "generated/\(name).h is stale: run swift run dlc-generate", sourceLocation: sourceLocation)
        guard withIR else { return }
        let committedIR = try String(contentsOfFile: "\(directory)/\(name).ll", encoding: .utf8)
        let writtenWith = committedIR.firstMatch(of: /with LLVM (\d+)\s/).map { Int($0.1)! }
        if writtenWith == LLVM.majorVersion {
            #expect(committedIR == ir, "generated/\(name).ll is stale: run swift run dlc-generate", sourceLocation: sourceLocation)
        } else {
            #expect(writtenWith != nil, "generated/\(name).ll does not record its LLVM version", sourceLocation: sourceLocation)
        }
    }
}
