// libFuzzer harness: one safetensors file per input. Errors are expected; crashes, hangs and
// runaway allocations are what the fuzzer looks for.
import DLCFrontend
import FuzzerDriver
import Foundation

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    _ = try? Safetensors.decode(UnsafeRawBufferPointer(start: data, count: size), source: "fuzz.safetensors")
    return 0
})
