// libFuzzer harness: compile options as a hostile command line gives them. Each input is four
// lines: a target triple, a CPU, LLVM features and a thread count; the target and the options
// are made as `--target`, `--cpu`, `--features` and `--threads` make them (an unknown CPU used
// to abort inside LLVM, a thread count over 2^31 to trap).
import DLCCodegen
import DLCLLVM
import FuzzerDriver
import Foundation

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    let lines = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.count >= 4, let threads = Int(lines[3]) else { return 0 }
    _ = try? CompileOptions(target: CodegenTarget(triple: lines[0], cpu: lines[1], features: lines[2]), threads: threads)
    return 0
})
