import DLC
import Foundation
import Testing

/// Builds a one-input graph around `body`, binds `weights` by parameter name and seeds the rest.
public func makeGraph(input shape: [Int], dtype: DType = .float32, weights: [String: TensorData] = [:],
                      _ body: (Tensor) -> Tensor) throws -> Graph {
    var graph = try Graph.build("test") {
        let x = input("x", shape: shape, dtype: dtype)
        output("y", body(x))
    }
    try graph.bindWeights(weights, source: "test weights", initializeMissing: true)
    return graph
}

/// Runs a graph with a single input `x` and output `y` on the interpreter.
public func interpret(_ graph: Graph, _ x: TensorData) throws -> TensorData {
    try Interpreter(graph: graph).run(["x": x])["y"]!
}

/// A float tensor from nested rows, e.g. `tensor([1, 1, 2, 2], [0, 1, 2, 3])`.
public func tensor(_ shape: [Int], _ values: [Float]) -> TensorData { TensorData(shape: shape, floats: values) }

/// Deterministic pseudo-random floats in [-1, 1).
public func randomFloats(_ count: Int, seed: UInt64) -> [Float] {
    var generator = SplitMix64(seed: seed)
    return (0..<count).map { _ in generator.nextUniform() * 2 - 1 }
}

/// Deterministic random tensor of a shape.
public func randomTensor(_ shape: [Int], seed: UInt64) -> TensorData {
    TensorData(shape: shape, floats: randomFloats(shape.reduce(1, *), seed: seed))
}

/// Records an issue unless `actual` and `expected` agree within `tolerance` (absolute, scaled by
/// the magnitude of the expected value when it exceeds 1).
public func expectClose(_ actual: [Float], _ expected: [Float], tolerance: Float = 1e-5,
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    guard actual.count == expected.count else {
        Issue.record("expected \(expected.count) values, got \(actual.count)", sourceLocation: sourceLocation)
        return
    }
    for index in actual.indices {
        let allowed = tolerance * max(1, abs(expected[index]))
        if !(abs(actual[index] - expected[index]) <= allowed) {
            Issue.record("element \(index): got \(actual[index]), expected \(expected[index]) (±\(allowed))",
                         sourceLocation: sourceLocation)
            return
        }
    }
}

/// The message a throwing expression fails with, or nil if it succeeds.
public func errorMessage(_ body: () throws -> Void) -> String? {
    do {
        try body()
        return nil
    } catch let error as DLCError {
        return error.description
    } catch {
        return "\(error)"
    }
}

// MARK: - Running the dlc command

/// What a `dlc` invocation printed and returned.
public struct CommandResult: Sendable {
    public var status: Int32
    public var standardOutput: String
    public var standardError: String
}

/// The `dlc` executable built next to the test bundle.
public var dlcExecutable: String {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("dlc").path
}

/// The package's root directory (where Package.swift is).
public var packageRoot: String {
    var url = URL(fileURLWithPath: #filePath)
    while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        url.deleteLastPathComponent()
    }
    return url.path
}

/// Runs a program to completion, capturing its output.
public func runProgram(_ executable: String, _ arguments: [String], directory: String? = nil,
                       environment: [String: String] = [:]) throws -> CommandResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    if !environment.isEmpty {
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    }
    let output = Pipe(), error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    // Read both pipes concurrently so a chatty child never blocks on a full pipe.
    let errorData = UncheckedBox<Data>()
    let reader = Thread { errorData.value = error.fileHandleForReading.readDataToEndOfFile() }
    reader.start()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while errorData.value == nil { Thread.sleep(forTimeInterval: 0.001) }
    return CommandResult(status: process.terminationStatus,
                         standardOutput: String(decoding: outputData, as: UTF8.self),
                         standardError: String(decoding: errorData.value!, as: UTF8.self))
}

/// Runs `dlc` with arguments.
public func dlc(_ arguments: String..., directory: String? = nil) throws -> CommandResult {
    try runProgram(dlcExecutable, arguments, directory: directory)
}

final class UncheckedBox<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T?
    var value: T? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

/// A fresh empty directory under the system's temporary directory.
public func makeTemporaryDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("dlc-test-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// An AVX-512 x86-64 target (16 float lanes, 32 vector registers) to lower graphs for, whatever
/// this machine runs.
public func avx512Target() throws -> CodegenTarget {
    try CodegenTarget(triple: "x86_64-pc-linux-gnu", cpu: "x86-64-v4")
}

/// `function` as a layer of its own, through the DSL (`hardSigmoid(x, alpha:, beta:)`, ...).
public func elementwiseLayer(_ function: ElementwiseFunction, _ x: Tensor) -> Tensor {
    let values = function.parameterValues
    switch function.kind {
    case .relu: return relu(x)
    case .leakyRelu: return leakyRelu(x, alpha: values[0])
    case .sigmoid: return sigmoid(x)
    case .clamp: return clamp(x, min: values[0], max: values[1])
    case .tanh: return tanh(x)
    case .hardSigmoid: return hardSigmoid(x, alpha: values[0], beta: values[1])
    case .hardSwish: return hardSwish(x)
    case .gelu: return gelu(x)
    case .geluTanh: return geluTanh(x)
    }
}

/// x86-64 targets of both vector widths this host can run (AVX-512 code only on AVX-512 hosts).
public func runnableTargets() throws -> [(String, CompileOptions)] {
    let host = try CodegenTarget.host()
    guard host.isX86 else { return [("host", try CompileOptions(target: host))] }
    var targets = [("x86-64-v3", try CompileOptions(target: CodegenTarget(triple: host.triple, cpu: "x86-64-v3", features: "+avx2,+fma,+avx,+f16c")))]
    if host.floatLanes == 16 {
        targets.append(("x86-64-v4", try CompileOptions(target: CodegenTarget(triple: host.triple, cpu: "x86-64-v4", features: host.features))))
    }
    targets.append(("host, plain layout", try CompileOptions(target: host, blockedLayout: false)))
    return targets
}
