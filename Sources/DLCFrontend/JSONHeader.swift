import DLCGraph

/// A strict reader of the small JSON documents in file headers (safetensors). Unlike
/// `JSONSerialization` it reports duplicate keys, keeps integers exact (no `1e400` turned into
/// infinity), bounds nesting, and says at which byte the text goes wrong.
///
/// ```swift
/// let value = try JSONHeader.parse(Array(#"{"a": [1, 2]}"#.utf8))
/// // .object([("a", .array([.integer(1), .integer(2)]))])
/// ```
enum JSONHeader {
    case object([(key: String, value: JSONHeader)])
    case array([JSONHeader])
    case string(String)
    case integer(Int)
    /// A number that is not an integer dlc can hold (`1.5`, `1e400`, 20 digits), as written.
    case otherNumber(String)
    case bool(Bool)
    case null

    /// Deeper documents are refused: a safetensors header needs 3 levels.
    static let maximumDepth = 16

    /// Parses `bytes` as one JSON value; errors say what is wrong and at which byte (from 0).
    static func parse(_ bytes: [UInt8]) throws(DLCError) -> JSONHeader {
        var parser = Parser(bytes: bytes)
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw parser.error("text after the JSON value") }
        return value
    }

    private struct Parser {
        let bytes: [UInt8]
        var position = 0

        func error(_ message: String) -> DLCError { DLCError("\(message) at byte \(position)") }

        mutating func skipWhitespace() {
            // Trailing spaces pad safetensors headers to 8 bytes; NUL padding is seen in the wild too.
            while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
        }

        mutating func expect(_ byte: UInt8) throws(DLCError) {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == byte else {
                throw error("expected '\(Character(Unicode.Scalar(byte)))'")
            }
            position += 1
        }

        mutating func value(depth: Int) throws(DLCError) -> JSONHeader {
            guard depth < JSONHeader.maximumDepth else { throw error("nested deeper than \(JSONHeader.maximumDepth) levels") }
            skipWhitespace()
            guard position < bytes.count else { throw error("unexpected end of the header") }
            switch bytes[position] {
            case UInt8(ascii: "{"):
                position += 1
                var fields: [(key: String, value: JSONHeader)] = []
                var keys = Set<String>()
                skipWhitespace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "}") { position += 1; return .object([]) }
                while true {
                    skipWhitespace()
                    let keyStart = position
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error("expected a string key") }
                    let key = try string()
                    guard keys.insert(key).inserted else {
                        position = keyStart
                        throw error("the key \(key.debugDescription) appears twice")
                    }
                    try expect(UInt8(ascii: ":"))
                    fields.append((key, try value(depth: depth + 1)))
                    skipWhitespace()
                    guard position < bytes.count else { throw error("unexpected end of the header") }
                    if bytes[position] == UInt8(ascii: "}") { position += 1; return .object(fields) }
                    try expect(UInt8(ascii: ","))
                }
            case UInt8(ascii: "["):
                position += 1
                var elements: [JSONHeader] = []
                skipWhitespace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "]") { position += 1; return .array([]) }
                while true {
                    elements.append(try value(depth: depth + 1))
                    skipWhitespace()
                    guard position < bytes.count else { throw error("unexpected end of the header") }
                    if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(elements) }
                    try expect(UInt8(ascii: ","))
                }
            case UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return try number()
            default:
                for (word, value) in [("true", JSONHeader.bool(true)), ("false", .bool(false)), ("null", .null)]
                where bytes[position...].starts(with: word.utf8) {
                    position += word.utf8.count
                    return value
                }
                throw error("unexpected character \(String(decoding: [bytes[position]], as: UTF8.self).debugDescription)")
            }
        }

        mutating func number() throws(DLCError) -> JSONHeader {
            let start = position
            if bytes[position] == UInt8(ascii: "-") { position += 1 }
            let digitsStart = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            guard position > digitsStart else { throw error("a number without digits") }
            var isInteger = true
            while position < bytes.count, "0123456789.eE+-".utf8.contains(bytes[position]) {
                isInteger = false
                position += 1
            }
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            if isInteger, let value = Int(text) { return .integer(value) }
            return .otherNumber(text)
        }

        mutating func string() throws(DLCError) -> String {
            position += 1   // the opening quote
            var scalars = String.UnicodeScalarView()
            var run = [UInt8]()
            func flush() {
                scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
                run.removeAll()
            }
            while position < bytes.count {
                let byte = bytes[position]
                switch byte {
                case UInt8(ascii: "\""):
                    position += 1
                    flush()
                    return String(scalars)
                case UInt8(ascii: "\\"):
                    flush()
                    position += 1
                    guard position < bytes.count else { throw error("unexpected end of the header") }
                    let escape = bytes[position]
                    position += 1
                    switch escape {
                    case UInt8(ascii: "\""): scalars.append("\"")
                    case UInt8(ascii: "\\"): scalars.append("\\")
                    case UInt8(ascii: "/"): scalars.append("/")
                    case UInt8(ascii: "b"): scalars.append("\u{8}")
                    case UInt8(ascii: "f"): scalars.append("\u{C}")
                    case UInt8(ascii: "n"): scalars.append("\n")
                    case UInt8(ascii: "r"): scalars.append("\r")
                    case UInt8(ascii: "t"): scalars.append("\t")
                    case UInt8(ascii: "u"):
                        var code = try hexQuad()
                        if (0xD800..<0xDC00).contains(code), bytes[position...].starts(with: "\\u".utf8) {
                            position += 2
                            let low = try hexQuad()
                            guard (0xDC00..<0xE000).contains(low) else { throw error("an unpaired surrogate in a string") }
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let scalar = Unicode.Scalar(code) else { throw error("an unpaired surrogate in a string") }
                        scalars.append(scalar)
                    default:
                        position -= 1
                        throw error("an invalid escape in a string")
                    }
                case 0..<0x20:
                    throw error("a control character in a string")
                default:
                    run.append(byte)
                    position += 1
                }
            }
            throw error("a string without its closing quote")
        }

        mutating func hexQuad() throws(DLCError) -> UInt32 {
            guard position + 4 <= bytes.count, bytes[position..<(position + 4)].allSatisfy({ "0123456789abcdefABCDEF".utf8.contains($0) }),
                  let code = UInt32(String(decoding: bytes[position..<(position + 4)], as: UTF8.self), radix: 16)
            else { throw error("an invalid \\u escape") }
            position += 4
            return code
        }
    }
}
