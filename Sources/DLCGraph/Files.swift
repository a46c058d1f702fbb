import Foundation

/// Reads a whole file, with an error naming it when it cannot.
package func readFileBytes(_ path: String) throws(DLCError) -> [UInt8] {
    _ = try regularFileSize(path, what: path)
    guard let data = FileManager.default.contents(atPath: path) else { throw DLCError("\(path): cannot read the file") }
    return [UInt8](data)
}

/// `location` (a path a model file names: its weights, its external data) resolved against
/// `directory`, the model's own: model files are untrusted, so the path must be relative, have no
/// `..`, backslash or NUL, and, symbolic links followed, stay inside the directory. `what` begins
/// the error.
package func pathInsideModelDirectory(_ location: String, directory: String, what: String) throws(DLCError) -> String {
    let components = location.split(separator: "/", omittingEmptySubsequences: false)
    guard !location.isEmpty, !location.hasPrefix("/"), !location.contains("\\"), !components.contains(".."), !location.contains("\0") else {
        throw DLCError("\(what) '\(location)' must be a relative path inside the model's directory")
    }
    let file = "\(directory)/\(location)"
    let root = URL(fileURLWithPath: directory).resolvingSymlinksInPath().standardizedFileURL.path
    let resolved = URL(fileURLWithPath: file).resolvingSymlinksInPath().standardizedFileURL.path
    guard resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
        throw DLCError("\(what) '\(location)' leads outside the model's directory")
    }
    return file
}

/// The size in bytes of the regular file at `path`, or an error that begins with `what`: a FIFO
/// would block its reader until something writes to it, a device may never end, and a directory
/// reads as an error, so only regular files (symbolic links followed) are read.
package func regularFileSize(_ path: String, what: String) throws(DLCError) -> Int {
    var info = stat()
    guard stat(path, &info) == 0 else {
        throw DLCError(errno == ENOENT ? "\(what): no such file" : "\(what): cannot read the file (\(String(cString: strerror(errno))))")
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
        let kind: String
        switch info.st_mode & S_IFMT {
        case S_IFDIR: kind = "a directory"
        case S_IFIFO: kind = "a FIFO"
        case S_IFCHR, S_IFBLK: kind = "a device"
        case S_IFSOCK: kind = "a socket"
        default: kind = "a special file"
        }
        throw DLCError("\(what) is \(kind), not a regular file")
    }
    return Int(info.st_size)
}

/// Writes a file through a temporary sibling and a rename, so a failure never leaves a
/// half-written file behind.
package func writeFileAtomically(_ bytes: [UInt8], to path: String) throws(DLCError) {
    try writeFileAtomically(to: path) { temporary throws(DLCError) in
        guard TemporaryFiles.create(temporary, contents: bytes) else { throw DLCError("\(path): cannot write the file") }
    }
}

/// Lets `produce` write a temporary file next to `path`, then renames it into place; on any
/// error the temporary file is removed and `path` is left untouched.
package func writeFileAtomically(to path: String, _ produce: (String) throws(DLCError) -> Void) throws(DLCError) {
    // A device or a FIFO (`-o /dev/null`, a pipe) is written into, never replaced: renaming
    // the temporary file over /dev/null replaced the device with a regular file.
    var info = stat()
    if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
        switch info.st_mode & S_IFMT {
        case S_IFCHR, S_IFIFO: return try writeIntoSpecialFile(path, produce)
        case S_IFDIR: throw DLCError("\(path): is a directory")
        default: throw DLCError("\(path): is not a regular file, a character device or a FIFO")
        }
    }
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
        throw DLCError("\(path): the directory \(directory) does not exist")
    }
    guard FileManager.default.isWritableFile(atPath: directory) else {
        throw DLCError("\(path): the directory \(directory) is not writable")
    }
    let temporary = directory + "/.\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
    TemporaryFiles.register(temporary)
    defer { TemporaryFiles.unregister(temporary) }
    do throws(DLCError) {
        try produce(temporary)
        guard rename(temporary, path) == 0 else {
            throw DLCError("\(path): cannot move the written file into place (\(String(cString: strerror(errno))))")
        }
    } catch {
        try? FileManager.default.removeItem(atPath: temporary)
        throw error
    }
}

/// Has `produce` write a temporary file, then copies it into the device or FIFO at `path`.
private func writeIntoSpecialFile(_ path: String, _ produce: (String) throws(DLCError) -> Void) throws(DLCError) {
    let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("dlc-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)").path
    TemporaryFiles.register(temporary)
    defer {
        try? FileManager.default.removeItem(atPath: temporary)
        TemporaryFiles.unregister(temporary)
    }
    try produce(temporary)
    guard let bytes = FileManager.default.contents(atPath: temporary) else { throw DLCError("\(path): cannot read what was written") }
    let descriptor = open(path, O_WRONLY)
    guard descriptor >= 0 else { throw DLCError("\(path): cannot open it for writing (\(String(cString: strerror(errno))))") }
    defer { close(descriptor) }
    guard bytes.withUnsafeBytes({ writeAll($0, to: descriptor) }) else { throw DLCError("\(path): cannot write (\(String(cString: strerror(errno))))") }
}

/// Writes every byte of `buffer` to `descriptor`, retrying interrupted and partial writes;
/// false when a write fails.
func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
    var offset = 0
    while offset < buffer.count {
        let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return false }
        offset += written
    }
    return true
}

/// Refuses output paths that are empty, name one file twice, or name one of `sources` (the
/// model and its weights: `-o model.swiftgraph` would overwrite the model). Paths are compared
/// after resolving `.`, `..` and symbolic links, and existing files by device and inode (hard
/// links).
///
/// ```swift
/// try checkOutputPaths([("-o", "m.so"), ("--header", "m.so")], sources: ["m.swiftgraph"])
/// // error: --header m.so and -o m.so are the same file
/// ```
package func checkOutputPaths(_ outputs: [(option: String, path: String)], sources: [String]) throws(DLCError) {
    func identity(_ path: String) -> String {
        var info = stat()
        if stat(path, &info) == 0 { return "inode \(info.st_dev):\(info.st_ino)" }
        return URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
    var seen: [String: String] = [:]
    for source in sources where !source.isEmpty { seen[identity(source)] = "the input \(source)" }
    for (option, path) in outputs {
        guard !path.isEmpty else { throw DLCError("\(option): the path is empty") }
        let key = identity(path)
        if let earlier = seen[key] {
            throw DLCError(earlier.hasPrefix("the input")
                ? "\(option) \(path) would overwrite \(earlier); write the output elsewhere"
                : "\(option) \(path) and \(earlier) are the same file")
        }
        seen[key] = "\(option) \(path)"
    }
}

/// Temporary files being written, removed when the process is interrupted.
///
/// ```swift
/// TemporaryFiles.removeOnInterrupt()   // once, at start-up (the dlc command does)
/// ```
public enum TemporaryFiles {
    private static let registry = Registry()

    /// Removes `path` if the process is interrupted.
    public static func register(_ path: String) { registry.update { $0.insert(path) } }
    /// Stops watching `path`.
    public static func unregister(_ path: String) { registry.update { $0.remove(path) } }

    /// Writes a registered temporary file whole, or not at all once an interrupt has removed
    /// the temporaries: the write holds the registry's lock, so the clean-up never runs in the
    /// middle of it (and then finds the file), and no write starts after it. Written in place,
    /// with no hidden sibling of its own (FileManager's `createFile` writes through one).
    public static func create(_ path: String, contents: [UInt8]) -> Bool {
        registry.update { _ in
            guard !registry.interrupted else { return false }
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else { return false }
            defer { close(descriptor) }
            return contents.withUnsafeBytes { writeAll($0, to: descriptor) }
        }
    }

    /// The signals that end the process and let it clean up first: interrupts and termination,
    /// a closed terminal (SIGHUP), SIGQUIT, and SIGXFSZ (a file over the size limit `ulimit -f`
    /// sets: blocked, the write fails with EFBIG and the error path removes the file).
    static let interruptSignals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGXFSZ]

    /// On one of ``interruptSignals``, removes every registered file, then dies of the signal as
    /// it would have (so a shell sees the usual status). Call it before starting other threads:
    /// the signals are blocked in this thread, and so in every thread started later, and one thread
    /// waits for them with `sigwait`, where removing files is safe (a signal handler could only
    /// use async-signal-safe calls).
    public static func removeOnInterrupt() {
        let alreadyInstalled = registry.update { _ in
            defer { registry.installed = true }
            return registry.installed
        }
        guard !alreadyInstalled else { return }
        var signals = sigset_t()
        sigemptyset(&signals)
        for interrupt in interruptSignals { sigaddset(&signals, interrupt) }
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        let waited = signals
        let waiter = Thread {
            var set = waited
            var received: Int32 = 0
            guard sigwait(&set, &received) == 0 else { return }
            registry.update { paths in
                registry.interrupted = true
                for path in paths { unlink(path) }
                paths.removeAll()
            }
            signal(received, SIG_DFL)
            pthread_sigmask(SIG_UNBLOCK, &set, nil)
            raise(received)
        }
        waiter.start()
    }

    private final class Registry: @unchecked Sendable {
        private let lock = NSLock()
        private var paths = Set<String>()
        var installed = false
        /// Set (under the lock) once an interrupt removed the temporaries.
        var interrupted = false

        @discardableResult
        func update<T>(_ body: (inout Set<String>) -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            return body(&paths)
        }
    }
}
