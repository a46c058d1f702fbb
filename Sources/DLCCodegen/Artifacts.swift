import DLCGraph
import DLCLLVM
import DLCOptimizer
import Foundation

/// The files `dlc compile` can write; nil fields are not written.
public struct ArtifactPaths: Sendable {
    /// The shared library to write.
    public var library: String?
    /// The C header to write.
    public var header: String?
    /// The optimized LLVM IR to write.
    public var llvmIR: String?
    /// The assembly to write.
    public var assembly: String?
    /// The object file to write.
    public var object: String?

    /// The files to write; nil for those not wanted.
    public init(library: String? = nil, header: String? = nil, llvmIR: String? = nil, assembly: String? = nil, object: String? = nil) {
        self.library = library
        self.header = header
        self.llvmIR = llvmIR
        self.assembly = assembly
        self.object = object
    }

    /// Every path given, in a fixed order.
    public var all: [String] { [library, header, llvmIR, assembly, object].compactMap { $0 } }
}

/// What compiling produced, for reports.
public struct CompilationReport: Sendable {
    /// Bytes of workspace one inference needs (alignment slack included).
    public var workspaceBytes: Int
    /// Bytes all intermediate tensors would take without reuse.
    public var unplannedBytes: Int
    /// Bytes of weights compiled into the library.
    public var weightBytes: Int
    /// Wall-clock seconds the compile took.
    public var seconds: Double
}

extension ModelCompiler {
    /// Compiles a graph, or with `trainingStep` that step (`graph` is then its graph), and
    /// writes the requested artifacts. Every destination is checked before any work, and
    /// nothing is written unless everything compiled and linked.
    @discardableResult
    public static func compile(_ graph: Graph, options: CompileOptions, to paths: ArtifactPaths,
                               trainingStep: TrainingStep? = nil) throws(DLCError) -> CompilationReport {
        func makeCompiler() throws(DLCError) -> ModelCompiler {
            if let trainingStep { return try ModelCompiler(trainingStep: trainingStep, options: options) }
            return try ModelCompiler(graph: graph, options: options)
        }
        guard !paths.all.isEmpty else {
            throw DLCError("nothing to write: give -o OUT.so, --header, --emit-llvm, --emit-asm or --emit-obj")
        }
        try checkOutputPaths(paths.all.map { ("output", $0) }, sources: [])
        for path in paths.all { try checkWritable(path) }
        if paths.library != nil {
            let host = try CodegenTarget.host()
            let hostArchitecture = host.triple.split(separator: "-").first
            let architecture = options.target.triple.split(separator: "-").first
            if hostArchitecture != architecture, ProcessInfo.processInfo.environment["CC"] == nil {
                throw DLCError("cannot link a shared library for \(options.target.triple) with this machine's cc; "
                               + "write an object with --emit-obj, or set CC to a cross compiler driver")
            }
        }
        let started = Date()
        let compiler = try makeCompiler()
        let header = paths.header.map { _ in trainingStep == nil ? HeaderWriter.header(for: compiler) : HeaderWriter.trainingHeader(for: compiler) }
        // A library always comes from the same path, in parts on all cores (``ModuleSplitter``),
        // so its bytes do not depend on what else is written; the intermediate forms come from
        // one module of their own.
        var libraryObjects: [[UInt8]] = []
        var forIntermediates: ModelCompiler? = compiler
        if paths.library != nil {
            let parts = ModuleSplitter(module: compiler.module, parts: ModuleSplitter.defaultParts)
            libraryObjects = try parts.objects(target: options.target, pipeline: ModelCompiler.pipeline)
            forIntermediates = paths.llvmIR == nil && paths.assembly == nil && paths.object == nil ? nil : try makeCompiler()
        }
        var intermediates: [(path: String, bytes: [UInt8])] = []
        if let single = forIntermediates {
            try single.optimize()
            if let path = paths.llvmIR { intermediates.append((path, Array(single.module.irText.utf8))) }
            if let path = paths.object { intermediates.append((path, try single.emit(.object))) }
            if let path = paths.assembly {
                let assembly = paths.object == nil ? try single.emit(.assembly) : try single.machine.emit(single.module.copy(), as: .assembly)
                intermediates.append((path, assembly))
            }
        }
        if let library = paths.library { try SharedLibraryLinker.link(objects: libraryObjects, to: library) }
        for (path, bytes) in intermediates { try writeFileAtomically(bytes, to: path) }
        if let path = paths.header { try writeFileAtomically(Array(header!.utf8), to: path) }
        return CompilationReport(workspaceBytes: trainingStep == nil ? compiler.workspaceBytes : compiler.trainingWorkspaceBytes,
                                 unplannedBytes: compiler.plan.unplannedSize,
                                 weightBytes: trainingStep == nil ? graph.parameters.reduce(0) { $0 + graph[$1].type.byteCount } : 0,
                                 seconds: Date().timeIntervalSince(started))
    }

    private static func checkWritable(_ path: String) throws(DLCError) {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DLCError("\(path): the directory \(directory) does not exist")
        }
        guard FileManager.default.isWritableFile(atPath: directory) else {
            throw DLCError("\(path): the directory \(directory) is not writable")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw DLCError("\(path): is a directory")
        }
    }
}
