// Regenerates generated/ from examples/: for each model its C header, and for a few small ones
// (ReferenceArtifacts.examplesWithIR, and a MobileNet block) its LLVM IR, as `dlc compile` makes
// them at its default optimization level (-O3).
//
//     swift run dlc-generate
//
// A test (GeneratedFilesTests) fails when a committed file differs from what this writes.
import DLC
import Foundation

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
let examples = try FileManager.default.contentsOfDirectory(atPath: "\(root)/examples")
    .filter { $0.hasSuffix(".swiftgraph") }.sorted()
var models: [(name: String, graph: Graph)] = []
for file in examples {
    var graph = try SwiftGraphFile.load("\(root)/examples/\(file)")
    graph.initializeWeights()   // the values are not written; only their shapes matter
    models.append(((file as NSString).deletingPathExtension, graph))
}
models.append(("mobilenet_block", try ReferenceArtifacts.mobileNetBlock()))
for (name, graph) in models {
    let (header, ir) = try ReferenceArtifacts.render(graph.optimized(level: 3))
    try writeFileAtomically(Array(header.utf8), to: "\(root)/generated/\(name).h")
    var written = ["generated/\(name).h"]
    if ReferenceArtifacts.examplesWithIR.contains(name) || name == "mobilenet_block" {
        try writeFileAtomically(Array(ir.utf8), to: "\(root)/generated/\(name).ll")
        written.append("generated/\(name).ll")
    }
    print(written.joined(separator: ", "))
}
