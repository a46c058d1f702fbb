import DLCGraph
import Foundation

/// Reads and writes NumPy `.npy` files (format versions 1.0-3.0): float32, int32 and int64, C order;
/// uint8 arrays (images, labels) are read as int32.
///
/// ```swift
/// let image = try NumPy.read("examples/digits/7.npy")
/// try NumPy.write(image, to: "copy.npy")
/// ```
public enum NumPy {
    static let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)

    /// Reads a tensor from a `.npy` file.
    public static func read(_ path: String) throws(DLCError) -> TensorData {
        try decode(readFileBytes(path), source: path)
    }

    /// Writes a tensor as a version 1.0 `.npy` file, atomically.
    public static func write(_ tensor: TensorData, to path: String) throws(DLCError) {
        try writeFileAtomically(encode(tensor), to: path)
    }

    /// Parses the bytes of a `.npy` file; `source` names it in errors.
    public static func decode(_ bytes: [UInt8], source: String) throws(DLCError) -> TensorData {
        guard bytes.count >= 10, Array(bytes[0..<6]) == magic else {
            throw DLCError("\(source): not a NumPy .npy file (bad magic bytes)")
        }
        let major = bytes[6]
        let headerLength: Int
        let headerStart: Int
        switch major {
        case 1:
            headerLength = Int(bytes[8]) | Int(bytes[9]) << 8
            headerStart = 10
        case 2, 3:
            guard bytes.count >= 12 else { throw DLCError("\(source): truncated .npy header") }
            headerLength = (0..<4).reduce(0) { $0 | Int(bytes[8 + $1]) << (8 * $1) }
            headerStart = 12
        default:
            throw DLCError("\(source): unsupported .npy format version \(major).\(bytes[7])")
        }
        guard bytes.count >= headerStart + headerLength else {
            throw DLCError("\(source): truncated .npy header (expected \(headerLength) header bytes)")
        }
        let header = String(decoding: bytes[headerStart..<(headerStart + headerLength)], as: UTF8.self)
        var parser = HeaderParser(header, source: source)
        let fields = try parser.parseDictionary()
        guard case .string(let descr)? = fields["descr"] else {
            throw DLCError("\(source): .npy header has no 'descr' string")
        }
        guard case .bool(let fortranOrder)? = fields["fortran_order"] else {
            throw DLCError("\(source): .npy header has no 'fortran_order' flag")
        }
        guard case .tuple(let shape)? = fields["shape"] else {
            throw DLCError("\(source): .npy header has no 'shape' tuple")
        }
        if fortranOrder {
            throw DLCError("\(source): Fortran-order arrays are not supported; save np.ascontiguousarray(x) instead")
        }
        let widensBytes = ["|u1", "<u1", "=u1"].contains(descr)
        let dtype = widensBytes ? DType.int32 : try elementType(descr, source: source)
        guard shape.allSatisfy({ $0 >= 0 }) else { throw DLCError("\(source): negative dimension in shape \(shape)") }
        guard shape.count <= TensorType.maximumRank else {
            throw DLCError("\(source): \(shape.count) axes, more than the \(TensorType.maximumRank) a tensor may have")
        }
        guard TensorType.checkedElementCount(shape) != nil else {
            throw DLCError("\(source): shape \(formatShape(shape)) has more than \(groupedDigits(TensorType.maximumElementCount)) elements")
        }
        let type = TensorType(shape: shape, dtype: dtype)
        let dataStart = headerStart + headerLength
        if widensBytes {
            // Unsigned bytes (images, labels) widen exactly to int32.
            guard bytes.count - dataStart == type.elementCount else {
                throw DLCError("\(source): shape \(formatShape(shape)) uint8 needs \(type.elementCount) bytes of data, the file has \(bytes.count - dataStart)")
            }
            return TensorData(shape: shape, int32s: bytes[dataStart...].map { Int32($0) })
        }
        let available = bytes.count - dataStart
        guard available >= type.byteCount else {
            throw DLCError("\(source): truncated: shape \(formatShape(shape)) \(descr) needs \(type.byteCount) bytes of data, "
                           + "the file has \(available)")
        }
        guard available == type.byteCount else {
            throw DLCError("\(source): \(available - type.byteCount) unexpected bytes after the data of shape \(formatShape(shape))")
        }
        return TensorData(type: type, bytes: bytes[dataStart...])
    }

    /// The bytes of a version 1.0 `.npy` file holding `tensor`.
    public static func encode(_ tensor: TensorData) -> [UInt8] {
        let descr: String
        switch tensor.dtype {
        case .float32: descr = "<f4"
        case .int32: descr = "<i4"
        case .int64: descr = "<i8"
        }
        let shape = tensor.shape.count == 1 ? "(\(tensor.shape[0]),)"
            : "(" + tensor.shape.map(String.init).joined(separator: ", ") + ")"
        var header = "{'descr': '\(descr)', 'fortran_order': False, 'shape': \(shape), }"
        // Pad with spaces so the data starts at a multiple of 64 bytes; the header ends in '\n'.
        let unpadded = 10 + header.utf8.count + 1
        header += String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
        let length = header.utf8.count
        return magic + [1, 0, UInt8(length & 0xFF), UInt8(length >> 8)] + Array(header.utf8) + tensor.bytes
    }

    private static func elementType(_ descr: String, source: String) throws(DLCError) -> DType {
        switch descr {
        case "<f4", "=f4", "|f4": return .float32
        case "<i4", "=i4", "|i4": return .int32
        case "<i8", "=i8", "|i8": return .int64
        default:
            let hint = descr.hasSuffix("f8") ? "; convert with x.astype(np.float32)"
                : descr.hasPrefix(">") ? "; big-endian data is not supported, use x.astype('<f4')" : ""
            throw DLCError("\(source): unsupported dtype '\(descr)': dlc reads float32 ('<f4'), int32 ('<i4') "
                           + "and int64 ('<i8')\(hint)")
        }
    }
}

/// The Python dict literal of a `.npy` header: string keys; string, bool or int-tuple values.
private struct HeaderParser {
    enum Field { case string(String), bool(Bool), tuple([Int]) }

    let characters: [Character]
    let source: String
    var position = 0

    init(_ text: String, source: String) {
        characters = Array(text)
        self.source = source
    }

    mutating func parseDictionary() throws(DLCError) -> [String: Field] {
        var fields: [String: Field] = [:]
        try expect("{")
        while true {
            skipSpace()
            if peek == "}" { return fields }
            guard case .string(let key) = try parseValue() else { throw malformed("expected a string key") }
            try expect(":")
            fields[key] = try parseValue()
            skipSpace()
            if peek == "," { position += 1 }
        }
    }

    mutating func parseValue() throws(DLCError) -> Field {
        skipSpace()
        switch peek {
        case "'", "\"":
            let quote = characters[position]
            position += 1
            let start = position
            while position < characters.count && characters[position] != quote { position += 1 }
            guard position < characters.count else { throw malformed("unterminated string") }
            defer { position += 1 }
            return .string(String(characters[start..<position]))
        case "(":
            position += 1
            var values: [Int] = []
            while true {
                skipSpace()
                if peek == ")" { position += 1; return .tuple(values) }
                let start = position
                while let c = peek, c.isNumber || c == "-" { position += 1 }
                guard let value = Int(String(characters[start..<position])) else { throw malformed("expected an integer") }
                values.append(value)
                skipSpace()
                if peek == "," { position += 1 }
            }
        default:
            for (word, value) in [("True", true), ("False", false)] where matches(word) {
                position += word.count
                return .bool(value)
            }
            throw malformed("unexpected character")
        }
    }

    var peek: Character? { position < characters.count ? characters[position] : nil }

    mutating func skipSpace() { while let c = peek, c.isWhitespace { position += 1 } }

    func matches(_ word: String) -> Bool {
        position + word.count <= characters.count && String(characters[position..<(position + word.count)]) == word
    }

    mutating func expect(_ character: Character) throws(DLCError) {
        skipSpace()
        guard peek == character else { throw malformed("expected '\(character)'") }
        position += 1
    }

    func malformed(_ what: String) -> DLCError {
        DLCError("\(source): malformed .npy header: \(what) at offset \(position)")
    }
}
