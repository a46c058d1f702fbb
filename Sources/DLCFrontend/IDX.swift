import DLCGraph

/// Reads IDX files, the format MNIST and Fashion-MNIST ship in (gzipped or not): a magic number
/// naming the element type and rank, the dimensions as big-endian 32-bit integers, then the
/// elements in C order.
///
/// ```swift
/// let labels = try IDX.read("/usr/share/datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz")
/// labels.shape   // [10000], int32
/// ```
public enum IDX {
    /// The most bytes a file may decompress to (Fashion-MNIST's training images are 47 MB).
    static let maximumBytes = 1 << 31

    /// The tensor in an IDX file: unsigned and signed bytes and 16- and 32-bit integers as int32,
    /// 32-bit floats as float32.
    public static func read(_ path: String) throws(DLCError) -> TensorData {
        var bytes = try readFileBytes(path)
        if Compression.isGzip(bytes) { bytes = try Compression.gunzip(bytes, limit: maximumBytes, source: path) }
        return try decode(bytes, source: path)
    }

    /// Parses the bytes of an (uncompressed) IDX file; `source` names it in errors.
    public static func decode(_ bytes: [UInt8], source: String) throws(DLCError) -> TensorData {
        guard bytes.count >= 4, bytes[0] == 0, bytes[1] == 0 else {
            throw DLCError("\(source): not an IDX file (it must start with two zero bytes, a type code and a rank)")
        }
        let (code, rank) = (bytes[2], Int(bytes[3]))
        let width: Int
        switch code {
        case 0x08, 0x09: width = 1
        case 0x0B: width = 2
        case 0x0C, 0x0D: width = 4
        case 0x0E: throw DLCError("\(source): IDX doubles (type 0x0E) are not supported; store float32 (0x0D)")
        default: throw DLCError("\(source): unknown IDX element type 0x\(String(code, radix: 16))")
        }
        guard rank >= 1, rank <= TensorType.maximumRank else { throw DLCError("\(source): IDX rank \(rank) is out of range 1...\(TensorType.maximumRank)") }
        guard bytes.count >= 4 + 4 * rank else { throw DLCError("\(source): truncated IDX header") }
        let shape = (0..<rank).map { axis in (0..<4).reduce(0) { $0 << 8 | Int(bytes[4 + 4 * axis + $1]) } }
        guard shape.allSatisfy({ $0 > 0 }), let count = TensorType.checkedElementCount(shape) else {
            throw DLCError("\(source): IDX shape \(formatShape(shape)) is empty or too large")
        }
        let start = 4 + 4 * rank
        guard bytes.count - start == count * width else {
            throw DLCError("\(source): IDX shape \(formatShape(shape)) needs \(count * width) bytes of data, the file has \(bytes.count - start)")
        }
        func element(_ index: Int) -> UInt32 {
            (0..<width).reduce(UInt32(0)) { $0 << 8 | UInt32(bytes[start + index * width + $1]) }
        }
        switch code {
        case 0x08: return TensorData(shape: shape, int32s: (0..<count).map { Int32(bytes[start + $0]) })
        case 0x09: return TensorData(shape: shape, int32s: (0..<count).map { Int32(Int8(bitPattern: bytes[start + $0])) })
        case 0x0B: return TensorData(shape: shape, int32s: (0..<count).map { Int32(Int16(bitPattern: UInt16(element($0)))) })
        case 0x0C: return TensorData(shape: shape, int32s: (0..<count).map { Int32(bitPattern: element($0)) })
        default: return TensorData(shape: shape, floats: (0..<count).map { Float(bitPattern: element($0)) })
        }
    }
}
