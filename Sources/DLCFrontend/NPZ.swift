import DLCGraph

/// Reads NumPy `.npz` archives (`np.savez`, `np.savez_compressed`): a zip file of `.npy` members,
/// stored or deflated.
///
/// ```swift
/// let arrays = try NPZ.read("mnist.npz")   // ["x_train": …, "y_train": …, …]
/// ```
public enum NPZ {
    /// The arrays of an archive by name (without `.npy`).
    public static func read(_ path: String) throws(DLCError) -> [String: TensorData] {
        let bytes = try readFileBytes(path)
        func integer(_ offset: Int, _ width: Int) throws(DLCError) -> Int {
            guard offset >= 0, offset + width <= bytes.count else { throw DLCError("\(path): truncated zip archive") }
            return (0..<width).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
        // The end-of-central-directory record: within the last 64 KiB + 22 bytes.
        guard let end = stride(from: bytes.count - 22, through: max(0, bytes.count - 22 - 65_535), by: -1).first(where: { offset in
            offset >= 0 && bytes[offset] == 0x50 && bytes[offset + 1] == 0x4B && bytes[offset + 2] == 5 && bytes[offset + 3] == 6
        }) else { throw DLCError("\(path): not a .npz file (no zip directory)") }
        let entries = try integer(end + 10, 2)
        var offset = try integer(end + 16, 4)
        var arrays: [String: TensorData] = [:]
        for _ in 0..<entries {
            guard try integer(offset, 4) == 0x0201_4B50 else { throw DLCError("\(path): corrupt zip directory") }
            let method = try integer(offset + 10, 2)
            let compressedSize = try integer(offset + 20, 4), size = try integer(offset + 24, 4)
            let nameLength = try integer(offset + 28, 2), extraLength = try integer(offset + 30, 2), commentLength = try integer(offset + 32, 2)
            let localHeader = try integer(offset + 42, 4)
            guard offset + 46 + nameLength <= bytes.count else { throw DLCError("\(path): truncated zip directory") }
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            offset += 46 + nameLength + extraLength + commentLength
            guard try integer(localHeader, 4) == 0x0403_4B50 else { throw DLCError("\(path): corrupt zip member '\(name)'") }
            let start = localHeader + 30 + (try integer(localHeader + 26, 2)) + (try integer(localHeader + 28, 2))
            guard compressedSize != 0xFFFF_FFFF, size != 0xFFFF_FFFF else {
                throw DLCError("\(path): member '\(name)' is larger than 4 GiB (zip64), which dlc does not read")
            }
            guard start + compressedSize <= bytes.count else { throw DLCError("\(path): member '\(name)' is truncated") }
            let stored = Array(bytes[start..<(start + compressedSize)])
            let member: [UInt8]
            switch method {
            case 0: member = stored
            case 8: member = try Compression.inflateRaw(stored, limit: size, source: "\(path): \(name)")
            default: throw DLCError("\(path): member '\(name)' uses zip compression method \(method); dlc reads stored and deflated members")
            }
            let key = name.hasSuffix(".npy") ? String(name.dropLast(4)) : name
            arrays[key] = try NumPy.decode(member, source: "\(path): \(name)")
        }
        return arrays
    }
}
