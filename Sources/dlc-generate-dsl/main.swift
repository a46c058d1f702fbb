// Writes the Swift API of the model DSL, Sources/DLCDSL/Layers+Generated.swift, from its
// declarations in Sources/DLCGraph/DSL/Vocabulary.swift:
//
//     swift run dlc-generate-dsl
//
// It links DLCGraph alone, which does not contain the generated file, so a stale or broken
// Layers+Generated.swift can always be regenerated. DSLVocabularyTests fails when the committed
// file differs from what this writes.
import DLCGraph
import Foundation

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
let path = "\(root)/Sources/DLCDSL/Layers+Generated.swift"
try writeFileAtomically(Array(SwiftAPIRenderer.render().utf8), to: path)
print("Sources/DLCDSL/Layers+Generated.swift")
