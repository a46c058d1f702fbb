import CZlib
import DLCGraph

/// Decompression with zlib: gzip files (IDX datasets ship gzipped) and the raw deflate streams of
/// `.npz` members.
enum Compression {
    /// Whether `bytes` start with gzip's magic number.
    static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B }

    /// The contents of a gzip file (or zlib stream), at most `limit` bytes.
    static func gunzip(_ bytes: [UInt8], limit: Int, source: String) throws(DLCError) -> [UInt8] {
        try inflate(bytes, windowBits: 15 + 32, limit: limit, source: source)
    }

    /// A raw deflate stream, at most `limit` bytes.
    static func inflateRaw(_ bytes: [UInt8], limit: Int, source: String) throws(DLCError) -> [UInt8] {
        try inflate(bytes, windowBits: -15, limit: limit, source: source)
    }

    private static func inflate(_ input: [UInt8], windowBits: Int32, limit: Int, source: String) throws(DLCError) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, windowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw DLCError("\(source): cannot start decompressing")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var status: Int32 = Z_OK
        var input = input
        input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            while status == Z_OK && output.count <= limit {
                chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    output.append(contentsOf: buffer[0..<(buffer.count - Int(stream.avail_out))])
                }
                if status == Z_BUF_ERROR && stream.avail_in == 0 { break }
            }
        }
        guard output.count <= limit else {
            throw DLCError("\(source): decompresses to more than \(formatBytes(limit))")
        }
        guard status == Z_STREAM_END else {
            throw DLCError("\(source): corrupt or truncated compressed data"
                           + (stream.msg.map { " (\(String(cString: $0)))" } ?? ""))
        }
        return output
    }
}
