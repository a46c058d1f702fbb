// libFuzzer harness: one ONNX model per input, decoded and imported (shapes inferred, constants
// folded, weights bound). Errors are expected; crashes, hangs and runaway allocations are what
// the fuzzer looks for. External data is looked up in a directory that holds what hostile models
// have named: a small data file, a 4 GiB sparse file, a FIFO, a subdirectory and a link leading
// out of it (the seeds name them: data.bin, big.bin, fifo, folder, outside).
import DLCFrontend
import FuzzerDriver
import Foundation

let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dlc-fuzz-onnx-\(getpid())").path
try? FileManager.default.createDirectory(atPath: "\(directory)/folder", withIntermediateDirectories: true)
FileManager.default.createFile(atPath: "\(directory)/data.bin", contents: Data((0..<4096).map { UInt8(truncatingIfNeeded: $0) }))
FileManager.default.createFile(atPath: "\(directory)/big.bin", contents: nil)
truncate("\(directory)/big.bin", 1 << 32)
mkfifo("\(directory)/fifo", 0o600)
try? FileManager.default.createSymbolicLink(atPath: "\(directory)/outside", withDestinationPath: "/etc/passwd")
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    let bytes = [UInt8](UnsafeRawBufferPointer(start: data, count: size))
    _ = try? ONNXFile.read(bytes, path: "\(directory)/fuzz.onnx")
    return 0
})
