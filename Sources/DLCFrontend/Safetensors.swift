import DLCGraph
import Foundation

/// Reads and writes safetensors files (the Hugging Face weights format): an 8-byte little-endian
/// header length, a JSON header mapping each tensor name to its dtype, shape and byte range, and
/// the data. dlc reads F32, I32 and I64 tensors.
///
/// ```swift
/// let weights = try Safetensors.read("examples/digits/lenet.safetensors")
/// try Safetensors.write(weights, to: "copy.safetensors")
/// ```
public enum Safetensors {
    /// The largest header accepted (as in the reference implementation).
    static let maximumHeaderLength = 100_000_000

    /// Reads every tensor of a file, memory-mapping it so large models load without a copy of the file.
    public static func read(_ path: String) throws(DLCError) -> [String: TensorData] {
        _ = try regularFileSize(path, what: path)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw DLCError("\(path): cannot read the file")
        }
        do {
            return try data.withUnsafeBytes { try decode($0, source: path) }
        } catch let error as DLCError {
            throw error
        } catch {
            throw DLCError("\(path): \(error)")
        }
    }

    /// Parses the bytes of a safetensors file; `source` names it in errors.
    public static func decode(_ bytes: UnsafeRawBufferPointer, source: String) throws(DLCError) -> [String: TensorData] {
        guard bytes.count >= 8 else {
            throw DLCError("\(source): truncated safetensors file (\(bytes.count) bytes; the header length alone takes 8)")
        }
        let declared = (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[$1]) << (8 * UInt64($1)) }
        guard declared <= UInt64(maximumHeaderLength) else {
            // The number is not shown: a file that is not safetensors at all would have its first
            // 8 bytes echoed.
            throw DLCError("\(source): not a safetensors file: its header length field declares more than \(groupedDigits(maximumHeaderLength)) bytes")
        }
        let headerLength = Int(declared)
        guard 8 + headerLength <= bytes.count else {
            throw DLCError("\(source): truncated safetensors file: the header needs \(headerLength) bytes, "
                           + "only \(bytes.count - 8) follow the length")
        }
        let header: [(key: String, value: JSONHeader)]
        do throws(DLCError) {
            guard case .object(let fields) = try JSONHeader.parse(Array(bytes[8..<(8 + headerLength)])) else {
                throw DLCError("not a JSON object")
            }
            header = fields
        } catch {
            throw DLCError("\(source): malformed safetensors header: \(error.message)")
        }
        let dataStart = 8 + headerLength
        let dataLength = bytes.count - dataStart
        var tensors: [String: TensorData] = [:]
        var ranges: [(Int, Int, String)] = []
        for (name, value) in header {
            if name == "__metadata__" {
                guard case .object(let fields) = value, fields.allSatisfy({ if case .string = $0.value { true } else { false } }) else {
                    throw DLCError("\(source): malformed safetensors header: __metadata__ must map names to strings")
                }
                continue
            }
            let quoted = name.debugDescription
            guard case .object(let entry) = value, let dtypeValue = entry.first(where: { $0.key == "dtype" })?.value,
                  case .string(let dtypeName) = dtypeValue,
                  case .array(let shapeValues)? = entry.first(where: { $0.key == "shape" })?.value,
                  case .array(let offsetValues)? = entry.first(where: { $0.key == "data_offsets" })?.value, offsetValues.count == 2 else {
                throw DLCError("\(source): malformed safetensors header: tensor \(quoted) needs dtype, shape and two data_offsets")
            }
            func integers(_ values: [JSONHeader], _ what: String) throws(DLCError) -> [Int] {
                var result: [Int] = []
                for value in values {
                    guard case .integer(let number) = value, number >= 0 else {
                        let written = switch value {
                        case .integer(let number): String(number)
                        case .otherNumber(let text): text
                        default: "a non-number"
                        }
                        throw DLCError("\(source): malformed safetensors header: tensor \(quoted) has \(written) in its \(what); "
                                       + "expected integers from 0")
                    }
                    result.append(number)
                }
                return result
            }
            let shape = try integers(shapeValues, "shape")
            let offsets = try integers(offsetValues, "data_offsets")
            let dtype: DType
            switch dtypeName {
            case "F32": dtype = .float32
            case "I32": dtype = .int32
            case "I64": dtype = .int64
            default:
                throw DLCError("\(source): tensor \(quoted) has dtype \(dtypeName.debugDescription); dlc reads F32, I32 and I64")
            }
            let (begin, end) = (offsets[0], offsets[1])
            guard begin >= 0, begin <= end, end <= dataLength else {
                throw DLCError("\(source): tensor \(quoted) has data_offsets [\(begin), \(end)] outside the \(dataLength) bytes of data")
            }
            let (elements, overflow) = shape.reduce((1, false)) { partial, dimension in
                let (product, overflowed) = partial.0.multipliedReportingOverflow(by: dimension)
                return (product, partial.1 || overflowed)
            }
            let type = TensorType(shape: shape, dtype: dtype)
            guard !overflow, elements <= Int.max / 8, end - begin == elements * dtype.byteSize else {
                throw DLCError("\(source): tensor \(quoted) has data_offsets [\(begin), \(end)] (\(end - begin) bytes) "
                               + "but \(dtypeName) \(formatShape(shape)) needs \(overflow ? "more" : String(elements * dtype.byteSize))")
            }
            tensors[name] = TensorData(type: type, bytes: UnsafeRawBufferPointer(rebasing: bytes[(dataStart + begin)..<(dataStart + end)]))
            ranges.append((begin, end, name))
        }
        // The data must be covered exactly once, as the format requires (no holes, no overlaps).
        ranges.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        var covered = 0
        for (begin, end, name) in ranges {
            guard begin == covered else {
                throw DLCError("\(source): tensor \(name.debugDescription) \(begin < covered ? "overlaps another tensor" : "leaves a hole in the data") "
                               + "at byte \(min(begin, covered))")
            }
            covered = end
        }
        guard covered == dataLength else {
            throw DLCError("\(source): \(dataLength - covered) bytes of data after the last tensor belong to none")
        }
        return tensors
    }

    /// The bytes of a safetensors file holding `tensors`, in name order.
    public static func encode(_ tensors: [String: TensorData], metadata: [String: String] = ["producer": "dlc"]) -> [UInt8] {
        var entries: [String] = []
        if !metadata.isEmpty {
            let fields = metadata.sorted { $0.key < $1.key }.map { "\(jsonString($0.key)):\(jsonString($0.value))" }
            entries.append("\"__metadata__\":{\(fields.joined(separator: ","))}")
        }
        var offset = 0
        let names = tensors.keys.sorted()
        for name in names {
            let tensor = tensors[name]!
            let dtype = switch tensor.dtype {
            case .float32: "F32"
            case .int32: "I32"
            case .int64: "I64"
            }
            let end = offset + tensor.type.byteCount
            entries.append("\(jsonString(name)):{\"dtype\":\"\(dtype)\",\"shape\":[\(tensor.shape.map(String.init).joined(separator: ","))],"
                           + "\"data_offsets\":[\(offset),\(end)]}")
            offset = end
        }
        var header = Array(("{" + entries.joined(separator: ",") + "}").utf8)
        header += [UInt8](repeating: 0x20, count: (8 - header.count % 8) % 8)   // pad to 8 bytes, as the format suggests
        var file = [UInt8]()
        file.reserveCapacity(8 + header.count + offset)
        file += withUnsafeBytes(of: UInt64(header.count).littleEndian, Array.init)
        file += header
        for name in names { file += tensors[name]!.bytes }
        return file
    }

    /// Writes a safetensors file atomically.
    public static func write(_ tensors: [String: TensorData], to path: String) throws(DLCError) {
        try writeFileAtomically(encode(tensors), to: path)
    }

    private static func jsonString(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case _ where scalar.value < 0x20: escaped += String(format: "\\u%04x", scalar.value)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}
