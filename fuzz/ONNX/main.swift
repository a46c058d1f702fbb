// libFuzzer harness: one ONNX model per input, decoded and imported (shapes inferred, constants
// folded, weights bound). Errors are expected; crashes, hangs and runaway allocations are what
// the fuzzer looks for. External data is looked up in a directory that holds what hostile models
// have named: a small data file, a 64 MiB sparse file, a FIFO, a subdirectory and a link leading
// out of it (the seeds name them: data.bin, big.bin, fifo, folder, outside). The sparse file is
// far below the 2 GiB a model may hold: a legal 2 GiB initializer takes the instrumented reader
// longer than an input's 10 s and more than its 2 GB, so the fuzzer would report a model that is
// merely big; names past the budget are refused before the file is looked at, whatever its size.
import DLCFrontend
import FuzzerDriver
import Foundation

let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dlc-fuzz-onnx-\(getpid())").path
try? FileManager.default.createDirectory(atPath: "\(directory)/folder", withIntermediateDirectories: true)
FileManager.default.createFile(atPath: "\(directory)/data.bin", contents: Data((0..<4096).map { UInt8(truncatingIfNeeded: $0) }))
FileManager.default.createFile(atPath: "\(directory)/big.bin", contents: nil)
truncate("\(directory)/big.bin", 1 << 26)
mkfifo("\(directory)/fifo", 0o600)
try? FileManager.default.createSymbolicLink(atPath: "\(directory)/outside", withDestinationPath: "/etc/passwd")
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    let bytes = [UInt8](UnsafeRawBufferPointer(start: data, count: size))
    _ = try? ONNXFile.read(bytes, path: "\(directory)/fuzz.onnx")
    return 0
})
