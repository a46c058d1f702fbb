import Foundation

/// Reads a whole file, with an error naming it when it cannot.
public func readFileBytes(_ path: String) throws(DLCError) -> [UInt8] {
    guard FileManager.default.fileExists(atPath: path) else { throw DLCError("\(path): no such file") }
    guard let data = FileManager.default.contents(atPath: path) else { throw DLCError("\(path): cannot read the file") }
    return [UInt8](data)
}

/// Writes a file through a temporary sibling and a rename, so a failure never leaves a
/// half-written file behind.
public func writeFileAtomically(_ bytes: [UInt8], to path: String) throws(DLCError) {
    try writeFileAtomically(to: path) { temporary throws(DLCError) in
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw DLCError("\(path): cannot write the file")
        }
    }
}

/// Lets `produce` write a temporary file next to `path`, then renames it into place; on any
/// error the temporary file is removed and `path` is left untouched.
public func writeFileAtomically(to path: String, _ produce: (String) throws(DLCError) -> Void) throws(DLCError) {
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
