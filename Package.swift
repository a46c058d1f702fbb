// swift-tools-version:6.2
// dlc: a static-graph deep-learning compiler. See README.md and docs/.
import Foundation
import PackageDescription

// MARK: - Locating LLVM
//
// The manifest asks `llvm-config` where LLVM lives, so nobody writes a pkg-config file by hand.
// `LLVM_CONFIG` names a specific llvm-config; otherwise the newest supported one on PATH (or in
// Debian's /usr/lib/llvm-N/bin) wins. LLVM 14 (Debian's llvm-dev) through 19 are supported.

struct LLVMInstallation {
    var includeDirectory: String
    var libraryDirectory: String
    var linkFlags: [String]
    var majorVersion: Int
}

func runLLVMConfig(_ tool: String, _ arguments: [String]) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

func candidateLLVMConfigs() -> [String] {
    let environment = ProcessInfo.processInfo.environment
    if let explicit = environment["LLVM_CONFIG"], !explicit.isEmpty { return [explicit] }
    let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    var names = (14...19).reversed().map { "llvm-config-\($0)" }
    names.append("llvm-config")
    var found: [String] = []
    for name in names {
        for directory in path where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
            found.append("\(directory)/\(name)")
        }
    }
    for version in (14...19).reversed() {
        let tool = "/usr/lib/llvm-\(version)/bin/llvm-config"
        if FileManager.default.isExecutableFile(atPath: tool) { found.append(tool) }
    }
    return found
}

func locateLLVM() -> LLVMInstallation? {
    for tool in candidateLLVMConfigs() {
        guard let version = runLLVMConfig(tool, ["--version"]),
              let major = Int(version.prefix(while: { $0.isNumber })), (14...19).contains(major),
              let include = runLLVMConfig(tool, ["--includedir"]),
              let libdir = runLLVMConfig(tool, ["--libdir"]) else { continue }
        // Prefer the shared libLLVM (what Debian ships); fall back to the static archives.
        let libs = runLLVMConfig(tool, ["--link-shared", "--libs"])
            ?? runLLVMConfig(tool, ["--link-static", "--libs", "--system-libs"]) ?? "-lLLVM"
        return LLVMInstallation(
            includeDirectory: include, libraryDirectory: libdir,
            linkFlags: libs.split(separator: " ").map(String.init), majorVersion: major)
    }
    return nil
}

guard let llvm = locateLLVM() else {
    fatalError("""
        dlc needs LLVM 14-19 and could not find llvm-config.
        Install it (Debian/Ubuntu: sudo apt-get install llvm-dev) or set LLVM_CONFIG=/path/to/llvm-config.
        """)
}

let llvmCSettings: [CSetting] = [.unsafeFlags(["-I", llvm.includeDirectory])]
// subtarget.cpp uses LLVM's C++ API, built as LLVM is: no exceptions (Swift's clang compiles C++
// as C++17 by default, which LLVM 17 and later need).
let llvmCXXSettings: [CXXSetting] = [.unsafeFlags(["-I", llvm.includeDirectory, "-fno-exceptions"])]
let llvmSwiftSettings: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-I", "-Xcc", llvm.includeDirectory])]
    + (llvm.majorVersion >= 15 ? [.define("LLVM_OPAQUE_POINTERS")] : [])
let llvmLinkerSettings: [LinkerSetting] = [
    .unsafeFlags(["-L", llvm.libraryDirectory, "-Xlinker", "-rpath", "-Xlinker", llvm.libraryDirectory]
        + llvm.linkFlags)
]

// The reference interpreter runs whole networks inside `swift test`; it is compiled optimized
// even in debug builds so the test suite finishes in minutes, not hours.
let alwaysOptimized: [SwiftSetting] = [.unsafeFlags(["-O"])]

// Fuzzing (fuzz/run.sh sets DLC_FUZZ=1): the readers are instrumented for libFuzzer and
// AddressSanitizer, and one fuzz-* executable per reader is added. Never set for normal builds.
let fuzzing = ProcessInfo.processInfo.environment["DLC_FUZZ"] == "1"
let fuzzerFlags = ["-sanitize=fuzzer,address"]
let readerSettings: [SwiftSetting] = alwaysOptimized + (fuzzing ? [.unsafeFlags(fuzzerFlags)] : [])
// The harnesses' main() calls libFuzzer's driver (SwiftPM gives every executable its own main),
// so they link libFuzzer without its main: DLC_FUZZER_LIBRARY, found by fuzz/run.sh.
let fuzzerLibrary = ProcessInfo.processInfo.environment["DLC_FUZZER_LIBRARY"] ?? ""
let fuzzTargets: [Target] = !fuzzing ? [] : [.target(name: "FuzzerDriver", path: "fuzz/Driver")]
    + [("Safetensors", "DLCFrontend"), ("NumPy", "DLCFrontend"), ("SwiftGraph", "DLCFrontend"), ("ONNX", "DLCFrontend"),
       ("Options", "DLCCodegen")].map { reader, module in
        .executableTarget(name: "fuzz-\(reader.lowercased())", dependencies: [.target(name: module), "FuzzerDriver"], path: "fuzz/\(reader)",
                          swiftSettings: [.unsafeFlags(fuzzerFlags)] + (module == "DLCCodegen" ? llvmSwiftSettings : []),
                          linkerSettings: [.unsafeFlags(["-sanitize=address", "-Xlinker", fuzzerLibrary, "-lstdc++"])])
    }

let package = Package(
    name: "dlc",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "DLC", targets: ["DLC"]),
        .executable(name: "dlc", targets: ["dlc"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.0"),
        // The ONNX reader's message types (Sources/DLCFrontend/ONNX/onnx.pb.swift, generated once
        // by scripts/generate-onnx-swift.sh and committed).
        .package(url: "https://github.com/apple/swift-protobuf", from: "1.39.0"),
    ],
    targets: [
        .target(
            name: "CLLVM",
            cSettings: llvmCSettings,
            cxxSettings: llvmCXXSettings,
            linkerSettings: llvmLinkerSettings),
        // zlib (Debian's zlib1g-dev): gzipped IDX datasets and deflated .npz members.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "DLCGraph", swiftSettings: readerSettings),
        // The DSL's Swift functions, generated from DLCGraph's declarations (dlc-generate-dsl).
        .target(name: "DLCDSL", dependencies: ["DLCGraph"]),
        .target(
            name: "DLCFrontend",
            dependencies: [
                "DLCGraph", "CZlib",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
                .product(name: "SwiftOperators", package: "swift-syntax"),
                .product(name: "SwiftDiagnostics", package: "swift-syntax"),
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ],
            swiftSettings: readerSettings),
        .target(name: "DLCOptimizer", dependencies: ["DLCGraph"], swiftSettings: alwaysOptimized),
        .target(name: "DLCInterpreter", dependencies: ["DLCGraph"], swiftSettings: alwaysOptimized),
        // The LLVM C API wrapped for the code generator: targets, modules, an IR builder with
        // vectorizable math, target machines, module splitting.
        .target(name: "DLCLLVM", dependencies: ["DLCGraph", "CLLVM"], swiftSettings: llvmSwiftSettings),
        .target(name: "DLCCodegen", dependencies: ["DLCGraph", "DLCOptimizer", "DLCLLVM", "CLLVM"], swiftSettings: llvmSwiftSettings),
        .target(
            name: "DLCRuntime",
            dependencies: ["DLCGraph", "DLCOptimizer", "DLCInterpreter", "DLCLLVM", "DLCCodegen", "CLLVM"],
            swiftSettings: llvmSwiftSettings),
        .target(
            name: "DLC",
            dependencies: ["DLCGraph", "DLCDSL", "DLCFrontend", "DLCOptimizer", "DLCInterpreter", "DLCLLVM", "DLCCodegen", "DLCRuntime"],
            swiftSettings: llvmSwiftSettings),
        .executableTarget(
            name: "dlc",
            dependencies: ["DLC", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: llvmSwiftSettings),
        .executableTarget(name: "dlc-generate", dependencies: ["DLC"], swiftSettings: llvmSwiftSettings),
        .executableTarget(name: "dlc-generate-dsl", dependencies: ["DLCGraph"]),
        // examples/swift's program (a package of its own, depending on dlc), built here too so the
        // tests run it without building dlc a second time.
        .executableTarget(name: "DLCSwiftExample", dependencies: ["DLC"], path: "examples/swift/Sources/Example",
                          swiftSettings: llvmSwiftSettings),

        .target(name: "DLCTestSupport", dependencies: ["DLC"], path: "Tests/DLCTestSupport",
                swiftSettings: llvmSwiftSettings),
        .testTarget(name: "DLCGraphTests", dependencies: ["DLCGraph", "DLCTestSupport"],
                    swiftSettings: llvmSwiftSettings),
        .testTarget(name: "DLCFrontendTests",
                    dependencies: ["DLCFrontend", "DLCTestSupport",
                                   .product(name: "SwiftParser", package: "swift-syntax"),
                                   .product(name: "SwiftSyntax", package: "swift-syntax")],
                    swiftSettings: llvmSwiftSettings),
        .testTarget(name: "DLCInterpreterTests", dependencies: ["DLCInterpreter", "DLCTestSupport"],
                    swiftSettings: llvmSwiftSettings),
        .testTarget(name: "DLCOptimizerTests", dependencies: ["DLCOptimizer", "DLCTestSupport"],
                    swiftSettings: llvmSwiftSettings),
        .testTarget(name: "DLCLLVMTests", dependencies: ["DLCLLVM", "DLCTestSupport"],
                    swiftSettings: llvmSwiftSettings),
        .testTarget(name: "DLCCodegenTests", dependencies: ["DLCCodegen", "DLCRuntime", "DLCTestSupport"],
                    swiftSettings: llvmSwiftSettings),
        .testTarget(name: "DLCRuntimeTests", dependencies: ["DLCRuntime", "DLCTestSupport"],
                    swiftSettings: llvmSwiftSettings),
        .testTarget(name: "dlcTests", dependencies: ["DLCTestSupport", "dlc", "DLCSwiftExample"],
                    swiftSettings: llvmSwiftSettings),
    ] + fuzzTargets
)
