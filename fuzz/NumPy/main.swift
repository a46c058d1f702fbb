// libFuzzer harness: one .npy file per input.
import DLCFrontend
import FuzzerDriver
import Foundation

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    _ = try? NumPy.decode(Array(UnsafeBufferPointer(start: data, count: size)), source: "fuzz.npy")
    return 0
})
