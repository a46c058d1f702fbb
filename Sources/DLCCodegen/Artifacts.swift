import DLCGraph
import Foundation

/// The files `dlc compile` can write; nil fields are not written.
public struct ArtifactPaths: Sendable {
    public var library: String?
    public var header: String?
    public var llvmIR: String?
    public var assembly: String?
    public var object: String?

    public init(library: String? = nil, header: String? = nil, llvmIR: String? = nil, assembly: String? = nil, object: String? = nil) {
        self.library = library
        self.header = header
        self.llvmIR = llvmIR
        self.assembly = assembly
        self.object = object
    }

    public var all: [String] { [library, header, llvmIR, assembly, object].compactMap { $0 } }
}

/// What compiling produced, for reports.
public struct CompilationReport: Sendable {
    public var workspaceBytes: Int
    public var unplannedBytes: Int
    public var weightBytes: Int
    public var seconds: Double
}

extension ModelCompiler {
    /// Compiles a graph and writes the requested artifacts. Every destination is checked before
    /// any work, and nothing is written unless everything compiled and linked.
    @discardableResult
    public static func compile(_ graph: Graph, options: CompileOptions, to paths: ArtifactPaths) throws(DLCError) -> CompilationReport {
        guard !paths.all.isEmpty else {
            throw DLCError("nothing to write: give -o OUT.so, --header, --emit-llvm, --emit-asm or --emit-obj")
        }
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
        let compiler = try ModelCompiler(graph: graph, options: options)
        let header = paths.header.map { _ in HeaderWriter.header(for: compiler) }
        if paths.llvmIR == nil, paths.assembly == nil, paths.object == nil, let library = paths.library {
            // Only a library: compile the module in parts on all cores (``ModuleSplitter``).
            let parts = ModuleSplitter(module: compiler.module, parts: 4 * ProcessInfo.processInfo.activeProcessorCount)
            try SharedLibraryLinker.link(objects: try parts.objects(target: options.target, pipeline: ModelCompiler.pipeline), to: library)
        } else {
            try compiler.optimize()
            let ir = paths.llvmIR.map { _ in compiler.module.irText }
            let assembly = try paths.assembly.map { _ throws(DLCError) in try compiler.emit(.assembly) }
            let object = try compiler.emit(.object)
            if let library = paths.library { try SharedLibraryLinker.link(objects: [object], to: library) }
            if let path = paths.object { try writeFileAtomically(object, to: path) }
            if let path = paths.assembly { try writeFileAtomically(assembly!, to: path) }
            if let path = paths.llvmIR { try writeFileAtomically(Array(ir!.utf8), to: path) }
        }
        if let path = paths.header { try writeFileAtomically(Array(header!.utf8), to: path) }
        return CompilationReport(workspaceBytes: compiler.workspaceBytes, unplannedBytes: compiler.plan.unplannedSize,
                                 weightBytes: graph.parameters.reduce(0) { $0 + graph[$1].type.byteCount },
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
