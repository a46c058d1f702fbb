import DLCGraph
import Foundation

/// Links compiled objects into shared libraries with the system's C compiler driver.
public enum SharedLibraryLinker {
    /// The driver: `$CC` when set, else `cc` on the PATH.
    public static func compilerDriver() throws(DLCError) -> String {
        let environment = ProcessInfo.processInfo.environment
        let name = environment["CC"].flatMap { $0.isEmpty ? nil : $0 } ?? "cc"
        if name.contains("/") {
            guard FileManager.default.isExecutableFile(atPath: name) else { throw DLCError("the C compiler driver \(name) (from CC) does not exist") }
            return name
        }
        for directory in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw DLCError("no C compiler driver '\(name)' on the PATH to link the shared library; "
                       + "install one (apt-get install gcc) or set CC")
    }

    /// Links `objects` into a shared library at `path` (atomically: nothing is left behind on
    /// failure). The library needs libgomp (OpenMP threads) and libm at run time.
    public static func link(objects: [[UInt8]], to path: String) throws(DLCError) {
        let driver = try compilerDriver()
        try writeFileAtomically(to: path) { temporary throws(DLCError) in
            let objectPaths = objects.indices.map { "\(temporary).\($0).o" }
            for objectPath in objectPaths { TemporaryFiles.register(objectPath) }
            defer {
                for objectPath in objectPaths {
                    try? FileManager.default.removeItem(atPath: objectPath)
                    TemporaryFiles.unregister(objectPath)
                }
            }
            for (object, objectPath) in zip(objects, objectPaths) {
                guard TemporaryFiles.create(objectPath, contents: object) else {
                    throw DLCError("\(path): cannot write the object file")
                }
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: driver)
            // -z nodelete: dlclose must not unload the library, or libgomp with it while its
            // worker threads are still alive (they would run unmapped code; found by valgrind).
            process.arguments = ["-shared", "-o", temporary] + objectPaths + ["-Wl,-soname,\(URL(fileURLWithPath: path).lastPathComponent)",
                                 "-Wl,-z,nodelete", "-lgomp", "-lm"]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            do { try process.run() } catch { throw DLCError("cannot run the C compiler driver \(driver): \(error)") }
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw DLCError("linking \(path) with \(driver) failed:\n\(message.trimmingCharacters(in: .whitespacesAndNewlines))")
            }
        }
    }
}
