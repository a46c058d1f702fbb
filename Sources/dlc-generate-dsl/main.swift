// Writes the Swift API of the model DSL, Sources/DLCGraph/DSL/Layers+Generated.swift, from its
// declarations in Sources/DLCGraph/DSL/Vocabulary.swift:
//
//     swift run dlc-generate-dsl
//
// It links DLCGraph alone, which compiles without the generated file, so a stale or broken
// Layers+Generated.swift can always be regenerated. GeneratedFilesTests fails when the committed
// file differs from what this writes.
import DLCGraph
import Foundation

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
let path = "\(root)/Sources/DLCGraph/DSL/Layers+Generated.swift"
try writeFileAtomically(Array(SwiftAPIRenderer.render().utf8), to: path)
print("Sources/DLCGraph/DSL/Layers+Generated.swift")
