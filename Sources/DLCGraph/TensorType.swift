/// A static tensor type: a fully known shape and an element type.
///
/// Every value in a dlc graph has one; shape inference computes them when a layer is added.
///
/// ```swift
/// let image = TensorType(shape: [1, 1, 28, 28], dtype: .float32)
/// print(image)               // f32[1, 1, 28, 28]
/// print(image.elementCount)  // 784
/// ```
public struct TensorType: Hashable, Sendable, CustomStringConvertible {
    public var shape: [Int]
    public var dtype: DType

    public init(shape: [Int], dtype: DType = .float32) {
        self.shape = shape
        self.dtype = dtype
    }

    public var rank: Int { shape.count }

    /// Number of elements (1 for a scalar).
    public var elementCount: Int { shape.reduce(1, *) }

    /// The largest element count dlc accepts for one tensor (2^32, 16 GiB of floats): shape
    /// arithmetic on bigger tensors could overflow.
    public static let maximumElementCount = 1 << 32

    /// The element count, or nil when it exceeds ``maximumElementCount`` (or a dimension is negative).
    public static func checkedElementCount(_ shape: [Int]) -> Int? {
        var count = 1
        for dimension in shape {
            guard dimension >= 0 else { return nil }
            let (product, overflow) = count.multipliedReportingOverflow(by: dimension)
            guard !overflow, product <= maximumElementCount else { return nil }
            count = product
        }
        return count
    }

    /// Size in bytes of a dense, C-ordered buffer holding the tensor.
    public var byteCount: Int { elementCount * dtype.byteSize }

    public var description: String { "\(dtype.shortName)\(formatShape(shape))" }
}

/// `[1, 6, 28, 28]`: the spelling of shapes in every message.
public func formatShape(_ shape: [Int]) -> String {
    "[" + shape.map(String.init).joined(separator: ", ") + "]"
}

/// Row-major (C-order) strides of a shape, in elements.
public func contiguousStrides(_ shape: [Int]) -> [Int] {
    var strides = [Int](repeating: 1, count: shape.count)
    var running = 1
    for axis in stride(from: shape.count - 1, through: 0, by: -1) {
        strides[axis] = running
        running *= shape[axis]
    }
    return strides
}
