import DLCGraph
import Foundation

/// Checks a file before `dlopen` maps it: the dynamic loader trusts the ELF headers, and a
/// truncated library (a copy cut short, a download that stopped) kills the process with SIGBUS
/// when a segment past the end of the file is touched. Only the headers are read.
enum SharedLibraryCheck {
    /// Throws unless `path` is a 64-bit little-endian ELF shared object for this machine whose
    /// loadable segments all lie inside the file.
    static func validate(_ path: String) throws(DLCError) {
        guard let file = FileHandle(forReadingAtPath: path) else { throw DLCError("\(path): cannot open the file") }
        defer { try? file.close() }
        let size: UInt64
        do { size = try file.seekToEnd() } catch { throw DLCError("\(path): cannot read the file") }
        func read(_ offset: UInt64, _ count: Int) throws(DLCError) -> [UInt8] {
            guard offset <= size, UInt64(count) <= size - offset else {
                throw DLCError("\(path): truncated or not a shared library (\(size) bytes; its headers need \(offset + UInt64(count)))")
            }
            do {
                try file.seek(toOffset: offset)
                let data = try file.read(upToCount: count) ?? Data()
                guard data.count == count else { throw DLCError("\(path): cannot read the file") }
                return [UInt8](data)
            } catch let error as DLCError { throw error } catch { throw DLCError("\(path): cannot read the file") }
        }
        func integer(_ bytes: [UInt8], _ offset: Int, _ width: Int) -> UInt64 {
            (0..<width).reduce(0) { $0 | UInt64(bytes[offset + $1]) << (8 * $1) }
        }
        let header = try read(0, 64)
        guard header[0..<4] == [0x7F, 0x45, 0x4C, 0x46] else { throw DLCError("\(path): not a shared library (no ELF header)") }
        guard header[4] == 2, header[5] == 1 else { throw DLCError("\(path): not a 64-bit little-endian ELF file") }
        guard integer(header, 16, 2) == 3 else { throw DLCError("\(path): an ELF file but not a shared library") }
        let machine = integer(header, 18, 2)
        if let expected = hostMachine, machine != expected {
            throw DLCError("\(path): built for another architecture (ELF machine \(machine); this machine is \(expected))")
        }
        let (tableOffset, entrySize, entries) = (integer(header, 32, 8), Int(integer(header, 54, 2)), Int(integer(header, 56, 2)))
        guard entrySize >= 56, entries > 0 else { throw DLCError("\(path): a shared library without program headers") }
        let table = try read(tableOffset, entrySize * entries)
        for index in 0..<entries {
            let entry = index * entrySize
            guard integer(table, entry, 4) == 1 else { continue }   // PT_LOAD
            let (offset, fileSize) = (integer(table, entry + 8, 8), integer(table, entry + 32, 8))
            guard offset <= size, fileSize <= size - offset else {
                throw DLCError("\(path): truncated: a segment ends at byte \(offset &+ fileSize) but the file has \(size) bytes")
            }
        }
    }

    /// `e_machine` of code for this process.
    static var hostMachine: UInt64? {
        #if arch(x86_64)
        return 62
        #elseif arch(arm64)
        return 183
        #else
        return nil
        #endif
    }
}
