// Writes the Swift API of the model DSL, Sources/DLCDSL/Layers+Generated.swift, from its
// declarations in Sources/DLCGraph/DSL/Vocabulary.swift, and Activation+Generated.swift (the
// activations' members) from the table of element-wise functions in ElementwiseFunction.swift:
//
//     swift run dlc-generate-dsl
//
// It links DLCGraph alone, which does not contain the generated files, so stale or broken
// files can always be regenerated. DSLVocabularyTests fails when a committed file differs from
// what this writes.
import DLCGraph
import Foundation

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
for (file, text) in [("Layers+Generated.swift", SwiftAPIRenderer.render()),
                     ("Activation+Generated.swift", SwiftAPIRenderer.renderActivations())] {
    try writeFileAtomically(Array(text.utf8), to: "\(root)/Sources/DLCDSL/\(file)")
    print("Sources/DLCDSL/\(file)")
}
