/// A concrete tensor: a ``TensorType`` and its elements in C order.
///
/// Inputs and outputs of every backend, and the weights bound to a graph, are `TensorData`.
///
/// ```swift
/// let x = TensorData(shape: [2, 2], floats: [1, 2, 3, 4])
/// print(x.floats[3])   // 4.0
/// ```
public struct TensorData: Sendable, Equatable {
    /// The elements, in the element type's Swift type.
    public enum Storage: Sendable, Equatable {
        case float32([Float])
        case int32([Int32])
        case int64([Int64])
    }

    /// The tensor type: shape, element type and layout.
    public let type: TensorType
    /// The elements in C order.
    public private(set) var storage: Storage

    /// The shape.
    public var shape: [Int] { type.shape }
    /// The element type.
    public var dtype: DType { type.dtype }

    /// A float32 tensor. `floats.count` must equal the shape's element count.
    public init(shape: [Int], floats: [Float]) {
        precondition(floats.count == shape.reduce(1, *), "element count does not match shape \(shape)")
        self.type = TensorType(shape: shape, dtype: .float32)
        self.storage = .float32(floats)
    }

    /// An int32 tensor.
    public init(shape: [Int], int32s: [Int32]) {
        precondition(int32s.count == shape.reduce(1, *), "element count does not match shape \(shape)")
        self.type = TensorType(shape: shape, dtype: .int32)
        self.storage = .int32(int32s)
    }

    /// An int64 tensor.
    public init(shape: [Int], int64s: [Int64]) {
        precondition(int64s.count == shape.reduce(1, *), "element count does not match shape \(shape)")
        self.type = TensorType(shape: shape, dtype: .int64)
        self.storage = .int64(int64s)
    }

    /// A float32 tensor of any layout; `floats` is its buffer (`type.storageElementCount` elements).
    public init(type: TensorType, floats: [Float]) {
        precondition(type.dtype == .float32 && floats.count == type.storageElementCount, "element count does not match \(type)")
        self.type = type
        self.storage = .float32(floats)
    }

    /// A zero-filled tensor of the given type.
    public init(zeros type: TensorType) {
        self.type = type
        switch type.dtype {
        case .float32: storage = .float32([Float](repeating: 0, count: type.storageElementCount))
        case .int32: storage = .int32([Int32](repeating: 0, count: type.storageElementCount))
        case .int64: storage = .int64([Int64](repeating: 0, count: type.storageElementCount))
        }
    }

    /// The elements as floats (integers are converted).
    public var floats: [Float] {
        switch storage {
        case .float32(let values): values
        case .int32(let values): values.map(Float.init)
        case .int64(let values): values.map(Float.init)
        }
    }

    /// The elements as 64-bit integers (floats are truncated).
    public var integers: [Int64] {
        switch storage {
        case .float32(let values): values.map { Int64($0) }
        case .int32(let values): values.map(Int64.init)
        case .int64(let values): values
        }
    }

    /// The same elements under another shape with the same element count.
    public func reshaped(_ shape: [Int]) -> TensorData {
        precondition(shape.reduce(1, *) == type.elementCount, "reshape changes the element count")
        switch storage {
        case .float32(let values): return TensorData(shape: shape, floats: values)
        case .int32(let values): return TensorData(shape: shape, int32s: values)
        case .int64(let values): return TensorData(shape: shape, int64s: values)
        }
    }

    /// The raw little-endian bytes of the elements, C order.
    public var bytes: [UInt8] {
        switch storage {
        case .float32(let values): values.withUnsafeBytes { Array($0) }
        case .int32(let values): values.withUnsafeBytes { Array($0) }
        case .int64(let values): values.withUnsafeBytes { Array($0) }
        }
    }

    /// Rebuilds a tensor from raw little-endian bytes; `bytes.count` must be `type.byteCount`.
    public init(type: TensorType, bytes: some Collection<UInt8>) {
        precondition(bytes.count == type.byteCount, "byte count does not match \(type)")
        self.type = type
        let count = type.storageElementCount
        func load<T>(_: T.Type) -> [T] {
            [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                _ = UnsafeMutableRawBufferPointer(buffer).copyBytes(from: bytes)
                initialized = count
            }
        }
        switch type.dtype {
        case .float32: storage = .float32(load(Float.self))
        case .int32: storage = .int32(load(Int32.self))
        case .int64: storage = .int64(load(Int64.self))
        }
    }
}

extension TensorData {
    /// Calls `body` with the elements' bytes, in place, to write them (a shared copy is copied
    /// first, as with any array).
    ///
    /// ```swift
    /// var x = TensorData(zeros: TensorType(shape: [2]))
    /// x.withUnsafeMutableRawBytes { $0.storeBytes(of: Float(3), toByteOffset: 4, as: Float.self) }
    /// print(x.floats)   // [0.0, 3.0]
    /// ```
    public mutating func withUnsafeMutableRawBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws -> R) rethrows -> R {
        switch storage {
        case .float32(var values):
            storage = .float32([])
            defer { storage = .float32(values) }
            return try values.withUnsafeMutableBytes(body)
        case .int32(var values):
            storage = .int32([])
            defer { storage = .int32(values) }
            return try values.withUnsafeMutableBytes(body)
        case .int64(var values):
            storage = .int64([])
            defer { storage = .int64(values) }
            return try values.withUnsafeMutableBytes(body)
        }
    }

    /// Calls `body` with the elements' bytes, in place.
    public func withUnsafeRawBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        switch storage {
        case .float32(let values): try values.withUnsafeBytes(body)
        case .int32(let values): try values.withUnsafeBytes(body)
        case .int64(let values): try values.withUnsafeBytes(body)
        }
    }
}

/// How far a result is from a reference: the largest absolute difference, and that difference
/// relative to the reference's largest magnitude (so tiny elements do not dominate).
public struct Difference: Sendable, CustomStringConvertible {
    /// The largest absolute difference.
    public var absolute: Float
    /// The largest difference over the largest reference magnitude.
    public var relative: Float

    public var description: String { "max |error| \(absolute), relative \(relative)" }
}

extension TensorData {
    /// The difference of this tensor from a reference of the same type (infinite when the types
    /// differ or a value is NaN where the reference is not).
    public func difference(from reference: TensorData) -> Difference {
        guard type == reference.type else { return Difference(absolute: .infinity, relative: .infinity) }
        let (a, b) = (floats, reference.floats)
        var largestError: Float = 0
        var scale: Float = 0
        for index in a.indices {
            let error = abs(a[index] - b[index])
            if error.isNaN && !b[index].isNaN { return Difference(absolute: .infinity, relative: .infinity) }
            largestError = max(largestError, error.isNaN ? 0 : error)
            scale = max(scale, abs(b[index]))
        }
        return Difference(absolute: largestError, relative: scale > 0 ? largestError / scale : largestError)
    }
}
