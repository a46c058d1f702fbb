// Regenerates generated/ from examples/: for each model its C header and its LLVM IR, as
// `dlc compile` makes them at its default optimization level (-O3).
//
//     swift run dlc-generate
//
// A test (GeneratedFilesTests) fails when a committed file differs from what this writes.
import DLC
import Foundation

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
let examples = try FileManager.default.contentsOfDirectory(atPath: "\(root)/examples")
    .filter { $0.hasSuffix(".swiftgraph") }.sorted()
for file in examples {
    var graph = try SwiftGraphFile.load("\(root)/examples/\(file)")
    graph.initializeWeights()   // the values are not written; only their shapes matter
    let (header, ir) = try ReferenceArtifacts.render(graph.optimized(level: 3))
    let name = (file as NSString).deletingPathExtension
    try writeFileAtomically(Array(header.utf8), to: "\(root)/generated/\(name).h")
    try writeFileAtomically(Array(ir.utf8), to: "\(root)/generated/\(name).ll")
    print("generated/\(name).h, generated/\(name).ll")
}
