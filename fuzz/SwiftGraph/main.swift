// libFuzzer harness: one .swiftgraph file per input, parsed, evaluated and shape-checked.
import DLCFrontend
import FuzzerDriver
import Foundation

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? SwiftGraphFile.evaluate(text, path: "/nonexistent/fuzz.swiftgraph")
    return 0
})
