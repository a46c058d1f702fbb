import DLCCodegen
import DLCGraph
import DLCInterpreter
import Foundation

/// A model ready to run, whatever produced it: the reference interpreter, the in-process JIT or
/// a compiled shared library. Named tensors go in and come out; shapes and dtypes are checked.
/// Runs are thread-safe: each call uses its own workspace.
///
/// ```swift
/// var graph = try SwiftGraphFile.load("examples/lenet.swiftgraph")
/// try ModelLoader.bindWeights(&graph)                        // the weights file the model names
/// let model = try Model.jit(graph.optimized(level: 3))       // graphs are compiled as given
/// let probs = try model.run(["image": image])["probs"]!
/// let same = try Model.load("lenet.so").run(["image": image])
/// ```
public final class Model: @unchecked Sendable {
    /// The model's inputs, outputs and build facts.
    public let info: ModelInfo

    enum Backend {
        case interpreter(Interpreter)
        case native(run: RunFunction, owner: AnyObject)
    }

    typealias RunFunction = @convention(c) (UnsafePointer<UnsafeRawPointer?>?, UnsafePointer<UnsafeMutableRawPointer?>?,
                                            UnsafeMutableRawPointer?) -> Int32
    typealias InfoFunction = @convention(c) () -> UnsafeRawPointer

    let backend: Backend

    init(info: ModelInfo, backend: Backend) {
        self.info = info
        self.backend = backend
    }

    /// The reference interpreter behind the same API.
    public static func interpret(_ graph: Graph) throws(DLCError) -> Model {
        Model(info: ModelInfo(graph: graph), backend: .interpreter(try Interpreter(graph: graph)))
    }

    /// Compiles a graph (weights bound) to native code in this process.
    public static func jit(_ graph: Graph, options: CompileOptions? = nil) throws(DLCError) -> Model {
        let resolved: CompileOptions
        if let options { resolved = options } else { resolved = try CompileOptions() }
        return try jitSession(graph, options: resolved).model
    }

    /// The model compiled in process, and the session holding its code and compilation plan.
    static func jitSession(_ graph: Graph, options: CompileOptions) throws(DLCError) -> (model: Model, session: JITSession) {
        let session = try JITSession(graph: graph, options: options)
        let run = unsafeBitCast(try session.address(of: "\(graph.name)_run"), to: RunFunction.self)
        let info = unsafeBitCast(try session.address(of: "\(graph.name)_info"), to: InfoFunction.self)
        return (Model(info: try ModelInfo(raw: info()), backend: .native(run: run, owner: session)), session)
    }

    /// Loads a shared library written by `dlc compile`.
    public static func load(_ path: String) throws(DLCError) -> Model {
        let library = try SharedLibraryHandle(path: path)
        let info = unsafeBitCast(try library.symbol("dlc_model_get_info"), to: InfoFunction.self)
        let description = try ModelInfo(raw: info())
        let run = unsafeBitCast(try library.symbol("\(description.name)_run"), to: RunFunction.self)
        return Model(info: description, backend: .native(run: run, owner: library))
    }

    /// A workspace for `run(_:workspace:)`; reuse one per thread to allocate nothing per call.
    public func makeWorkspace() -> Workspace { Workspace(byteCount: info.workspaceSize) }

    /// Runs one inference.
    public func run(_ inputs: [String: TensorData], workspace: Workspace? = nil) throws(DLCError) -> [String: TensorData] {
        var outputs: [String: TensorData] = [:]
        try run(inputs, into: &outputs, workspace: workspace)
        return outputs
    }

    /// Runs one inference into `outputs`, reusing the memory of the entries it already holds
    /// for the model's outputs (those of another type are replaced; other entries are left
    /// alone). With a workspace and the outputs of a previous call, a compiled model allocates
    /// nothing: what latency-bound callers and `dlc bench` want, as a freshly allocated large
    /// output costs a page fault per 4 KB on every call. When the run fails, the outputs'
    /// values are unspecified.
    ///
    /// ```swift
    /// let workspace = model.makeWorkspace()
    /// var outputs: [String: TensorData] = [:]
    /// for image in images {
    ///     try model.run(["image": image], into: &outputs, workspace: workspace)
    ///     print(outputs["probs"]!.floats.firstIndex(of: outputs["probs"]!.floats.max()!)!)
    /// }
    /// ```
    public func run(_ inputs: [String: TensorData], into outputs: inout [String: TensorData], workspace: Workspace? = nil) throws(DLCError) {
        switch backend {
        case .interpreter(let interpreter):
            try outputs.merge(interpreter.run(inputs)) { $1 }
        case .native(let run, _):
            try check(inputs)
            if let workspace, workspace.byteCount < info.workspaceSize {
                throw DLCError("the workspace has \(workspace.byteCount) bytes; model '\(info.name)' needs \(info.workspaceSize)")
            }
            // Taken out of the dictionary so that each buffer is uniquely referenced (written in
            // place, not copied) while the model writes it.
            var buffers = info.outputs.map { output in
                outputs.removeValue(forKey: output.name).flatMap { $0.type == output.type ? $0 : nil } ?? TensorData(zeros: output.type)
            }
            defer { for (output, buffer) in zip(info.outputs, buffers) { outputs[output.name] = buffer } }
            let status = withPinnedBytes(info.inputs.map { inputs[$0.name]! }) { inputPointers in
                withPinnedMutableBytes(&buffers) { outputPointers in
                    run(inputPointers, outputPointers, workspace?.base)
                }
            }
            guard status == 0 else {
                let description = RunStatus(rawValue: status)?.message ?? "unknown error"
                throw DLCError("model '\(info.name)' failed with status \(status): \(description)")
            }
        }
    }

    /// Checks inputs by name, shape and dtype, as `run` does before any work.
    public func check(_ inputs: [String: TensorData]) throws(DLCError) {
        try checkInputs(inputs, declared: info.inputs.map { ($0.name, $0.type) }, model: info.name)
    }
}

/// Calls `body` with the addresses of every tensor's elements, all pinned for the call.
func withPinnedBytes<R>(_ tensors: [TensorData], collected: [UnsafeRawPointer?] = [],
                                _ body: (UnsafePointer<UnsafeRawPointer?>?) -> R) -> R {
    guard let first = tensors.first else {
        return collected.withUnsafeBufferPointer { body($0.baseAddress) }
    }
    return first.withUnsafeRawBytes { bytes in
        withPinnedBytes(Array(tensors.dropFirst()), collected: collected + [bytes.baseAddress], body)
    }
}

/// Calls `body` with the addresses of every tensor's elements, all pinned and writable for the
/// call. Each tensor is taken out of the array while pinned, so that its elements are uniquely
/// referenced and written in place.
func withPinnedMutableBytes<R>(_ tensors: inout [TensorData], collectedBackwards: [UnsafeMutableRawPointer?] = [],
                                       _ body: (UnsafePointer<UnsafeMutableRawPointer?>?) -> R) -> R {
    guard var last = tensors.popLast() else {
        return Array(collectedBackwards.reversed()).withUnsafeBufferPointer { body($0.baseAddress) }
    }
    defer { tensors.append(last) }
    return last.withUnsafeMutableRawBytes { bytes in
        withPinnedMutableBytes(&tensors, collectedBackwards: collectedBackwards + [bytes.baseAddress], body)
    }
}

/// Scratch memory for one run at a time; allocate one per thread and reuse it.
public final class Workspace: @unchecked Sendable {
    /// Bytes of the buffer.
    public let byteCount: Int
    let base: UnsafeMutableRawPointer?

    init(byteCount: Int) {
        self.byteCount = byteCount
        base = byteCount > 0 ? UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: 64) : nil
    }

    deinit { base?.deallocate() }
}

/// A dlopen'ed compiled model, closed when the last model using it goes away.
final class SharedLibraryHandle: @unchecked Sendable {
    private let handle: UnsafeMutableRawPointer
    let path: String

    init(path: String) throws(DLCError) {
        guard FileManager.default.fileExists(atPath: path) else { throw DLCError("\(path): no such file") }
        try SharedLibraryCheck.validate(path)
        try loadOpenMPRuntime()
        // A path without a slash would be searched for in the library path, not read from here.
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        guard let handle = dlopen(absolute, RTLD_NOW | RTLD_LOCAL) else {
            throw DLCError("\(path): cannot load the library: \(String(cString: dlerror()))")
        }
        self.handle = handle
        self.path = path
    }

    deinit { dlclose(handle) }

    func symbol(_ name: String) throws(DLCError) -> UnsafeRawPointer {
        guard let address = dlsym(handle, name) else {
            throw DLCError("\(path): not a dlc model (no symbol \(name))")
        }
        return UnsafeRawPointer(address)
    }
}

extension Model {
    /// Compiles a graph to a shared library in a temporary directory and loads it: the AOT
    /// path, in process.
    public static func compileAndLoad(_ graph: Graph, options: CompileOptions? = nil) throws(DLCError) -> Model {
        let resolved: CompileOptions
        if let options { resolved = options } else { resolved = try CompileOptions() }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dlc-\(UUID().uuidString)").path
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw DLCError("cannot create a temporary directory for the compiled model")
        }
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let library = "\(directory)/\(graph.name).so"
        try ModelCompiler.compile(graph, options: resolved, to: ArtifactPaths(library: library))
        return try load(library)   // the mapping outlives the file
    }
}
