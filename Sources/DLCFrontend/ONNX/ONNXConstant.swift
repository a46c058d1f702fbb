import DLCGraph
import Foundation

/// A tensor whose value the importer knows: an initializer, a `Constant` node, or the result of
/// folding a shape computation (`Shape → Gather → Unsqueeze → Concat`) on static shapes.
///
/// Floating-point tensors keep `Float` elements, integer and boolean ones `Int64`; `elementType`
/// remembers the ONNX type so `Cast` and type checks see what the file said.
struct ONNXConstant: Equatable {
    enum Elements: Equatable {
        case floats([Float])
        case integers([Int64])
    }

    var shape: [Int]
    var elementType: ONNXElementType
    var elements: Elements

    var count: Int { shape.reduce(1, *) }
    var rank: Int { shape.count }

    init(shape: [Int], floats: [Float]) {
        (self.shape, elementType, elements) = (shape, .float, .floats(floats))
    }

    init(shape: [Int], integers: [Int64], elementType: ONNXElementType = .int64) {
        (self.shape, self.elementType, elements) = (shape, elementType, .integers(integers))
    }

    var floats: [Float] {
        switch elements {
        case .floats(let values): values
        case .integers(let values): values.map(Float.init)
        }
    }

    var integers: [Int64] {
        switch elements {
        case .floats(let values): values.map(Self.saturatingInteger)
        case .integers(let values): values
        }
    }

    /// A float as an integer, toward zero, saturating at Int64's range (a float shape of 1e30
    /// trapped the converter; found by fuzz/run.sh) and 0 for NaN and infinities.
    static func saturatingInteger(_ value: Float) -> Int64 {
        guard value.isFinite else { return 0 }
        let truncated = value.rounded(.towardZero)
        if truncated >= Float(Int64.max) { return .max }   // Float(Int64.max) is 2^63
        return truncated < Float(Int64.min) ? .min : Int64(truncated)
    }

    var isFloat: Bool { if case .floats = elements { true } else { false } }

    /// The tensor as dlc weight data (float32, or int64 for integer tensors).
    var tensorData: TensorData {
        switch elements {
        case .floats(let values): TensorData(shape: shape, floats: values)
        case .integers(let values): TensorData(shape: shape, int64s: values)
        }
    }

    /// The same elements under another shape.
    func reshaped(_ newShape: [Int]) -> ONNXConstant {
        var copy = self
        copy.shape = newShape
        return copy
    }

    /// Picks elements by flat index, keeping the element type.
    func gathered(_ indices: [Int], shape newShape: [Int]) -> ONNXConstant {
        var copy = self
        copy.shape = newShape
        switch elements {
        case .floats(let values): copy.elements = .floats(indices.map { values[$0] })
        case .integers(let values): copy.elements = .integers(indices.map { values[$0] })
        }
        return copy
    }
}

/// ONNX's `TensorProto.DataType` codes for the element types dlc reads.
enum ONNXElementType: Int32, CustomStringConvertible {
    case float = 1, uint8 = 2, int8 = 3, uint16 = 4, int16 = 5, int32 = 6, int64 = 7, bool = 9
    case double = 11, uint32 = 12, uint64 = 13

    var description: String {
        switch self {
        case .float: "float"
        case .uint8: "uint8"
        case .int8: "int8"
        case .uint16: "uint16"
        case .int16: "int16"
        case .int32: "int32"
        case .int64: "int64"
        case .bool: "bool"
        case .double: "double"
        case .uint32: "uint32"
        case .uint64: "uint64"
        }
    }

    var isFloatingPoint: Bool { self == .float || self == .double }

    /// Bytes per element in `raw_data`.
    var byteSize: Int {
        switch self {
        case .uint8, .int8, .bool: 1
        case .uint16, .int16: 2
        case .float, .int32, .uint32: 4
        case .int64, .double, .uint64: 8
        }
    }

    /// The name of an ONNX type code, for messages about the ones dlc does not read.
    static func name(of code: Int32) -> String {
        if let known = ONNXElementType(rawValue: code) { return known.description }
        let others: [Int32: String] = [0: "undefined", 8: "string", 10: "float16", 14: "complex64", 15: "complex128",
                                       16: "bfloat16", 17: "float8e4m3fn", 18: "float8e4m3fnuz", 19: "float8e5m2",
                                       20: "float8e5m2fnuz", 21: "uint4", 22: "int4", 23: "float4e2m1"]
        return others[code] ?? "type \(code)"
    }
}

extension ONNXConstant {
    /// Decodes a `TensorProto`: typed fields, `raw_data`, or external data read through `externalData`.
    ///
    /// `what` names the tensor in errors (`initializer 'conv1.weight'`).
    init(_ proto: Onnx_TensorProto, what: String, externalData: (Onnx_TensorProto, Int) throws(DLCError) -> [UInt8]) throws(DLCError) {
        guard let type = ONNXElementType(rawValue: proto.dataType) else {
            throw DLCError("\(what) has element type \(ONNXElementType.name(of: proto.dataType)); dlc reads float, double and integer and bool tensors")
        }
        var shape: [Int] = []
        var count = 1
        for dim in proto.dims {
            guard dim >= 0 else { throw DLCError("\(what) has a negative dimension in shape \(proto.dims)") }
            let (product, overflow) = count.multipliedReportingOverflow(by: Int(clamping: dim))
            guard !overflow, product <= TensorType.maximumElementCount else {
                throw DLCError("\(what) has shape \(proto.dims), more than \(TensorType.maximumElementCount) elements")
            }
            shape.append(Int(dim))
            count = product
        }
        let bytes: [UInt8]?
        if proto.dataLocation == .external {
            bytes = try externalData(proto, count * type.byteSize)
        } else if proto.hasRawData {
            bytes = [UInt8](proto.rawData)
        } else {
            bytes = nil
        }
        if let bytes {
            guard bytes.count == count * type.byteSize else {
                throw DLCError("\(what): \(bytes.count) bytes of data for shape \(proto.dims) of \(type), expected \(count * type.byteSize)")
            }
            self = ONNXConstant(shape: shape, type: type, littleEndian: bytes)
            return
        }
        let typedCount: Int
        switch type {
        case .float: typedCount = proto.floatData.count
        case .double: typedCount = proto.doubleData.count
        case .int64: typedCount = proto.int64Data.count
        case .uint32, .uint64: typedCount = proto.uint64Data.count
        default: typedCount = proto.int32Data.count
        }
        guard typedCount == count else {
            throw DLCError("\(what): \(typedCount) elements for shape \(proto.dims), expected \(count)")
        }
        switch type {
        case .float: self.init(shape: shape, floats: proto.floatData)
        case .double: self.init(shape: shape, floats: proto.doubleData.map { Float($0) })
        case .int64: self.init(shape: shape, integers: proto.int64Data, elementType: type)
        case .uint32, .uint64: self.init(shape: shape, integers: proto.uint64Data.map { Int64(bitPattern: $0) }, elementType: type)
        default: self.init(shape: shape, integers: proto.int32Data.map(Int64.init), elementType: type)
        }
        // Keep the declared type: a double tensor is computed in float32, as dlc computes everything.
        elementType = type
    }

    /// Elements from little-endian bytes (ONNX's `raw_data` and external data).
    init(shape: [Int], type: ONNXElementType, littleEndian bytes: [UInt8]) {
        func load<T: FixedWidthInteger>(_: T.Type) -> [T] {
            bytes.withUnsafeBytes { raw in
                (0..<(bytes.count / MemoryLayout<T>.size)).map { T(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * MemoryLayout<T>.size, as: T.self)) }
            }
        }
        switch type {
        case .float: self.init(shape: shape, floats: load(UInt32.self).map(Float.init(bitPattern:)))
        case .double: self.init(shape: shape, floats: load(UInt64.self).map { Float(Double(bitPattern: $0)) })
        case .int64: self.init(shape: shape, integers: load(Int64.self), elementType: type)
        case .uint64: self.init(shape: shape, integers: load(UInt64.self).map { Int64(bitPattern: $0) }, elementType: type)
        case .int32: self.init(shape: shape, integers: load(Int32.self).map(Int64.init), elementType: type)
        case .uint32: self.init(shape: shape, integers: load(UInt32.self).map(Int64.init), elementType: type)
        case .int16: self.init(shape: shape, integers: load(Int16.self).map(Int64.init), elementType: type)
        case .uint16: self.init(shape: shape, integers: load(UInt16.self).map(Int64.init), elementType: type)
        case .int8: self.init(shape: shape, integers: bytes.map { Int64(Int8(bitPattern: $0)) }, elementType: type)
        case .uint8, .bool: self.init(shape: shape, integers: bytes.map(Int64.init), elementType: type)
        }
        elementType = type
    }
}
