// libFuzzer harness: one ONNX model per input, decoded and imported (shapes inferred, constants
// folded, weights bound). Errors are expected; crashes, hangs and runaway allocations are what
// the fuzzer looks for. External data is looked up in an empty directory.
import DLCFrontend
import FuzzerDriver
import Foundation

let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dlc-fuzz-onnx-\(getpid())").path
try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    let bytes = [UInt8](UnsafeRawBufferPointer(start: data, count: size))
    _ = try? ONNXFile.read(bytes, path: "\(directory)/fuzz.onnx")
    return 0
})
