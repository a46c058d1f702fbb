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
    /// Dimensions, outermost first.
    public var shape: [Int]
    /// The element type.
    public var dtype: DType
    /// How the elements are ordered in memory; `shape` is always the logical NCHW shape.
    public var layout: TensorLayout

    /// A tensor type; `layout` is the memory order inside compiled code.
    public init(shape: [Int], dtype: DType = .float32, layout: TensorLayout = .plain) {
        self.shape = shape
        self.dtype = dtype
        self.layout = layout
    }

    /// The same tensor in another memory layout.
    public func with(layout: TensorLayout) -> TensorType {
        TensorType(shape: shape, dtype: dtype, layout: layout)
    }

    /// Whether two types describe the same logical tensor (shape and element type), whatever
    /// their layouts.
    public func isLogically(_ other: TensorType) -> Bool { shape == other.shape && dtype == other.dtype }

    /// The number of dimensions.
    public var rank: Int { shape.count }

    /// Number of elements (1 for a scalar).
    public var elementCount: Int { shape.reduce(1, *) }

    /// The largest element count dlc accepts for one tensor (2^32, 16 GiB of floats): shape
    /// arithmetic on bigger tensors could overflow.
    public static let maximumElementCount = 1 << 32

    /// The most axes a tensor may have: NumPy's limit (`.npy` files and the arrays its versions
    /// before 2.0 create stop at 32), far beyond any layer's needs. A result of 65,536 axes used
    /// to be computed and then trap writing its `.npy` header.
    public static let maximumRank = 32

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

    /// Elements the buffer holds: the element count, plus the padding of a partial last
    /// channel block in a blocked layout.
    public var storageElementCount: Int {
        guard case .blocked(let block) = layout, rank == 4 else { return elementCount }
        let channels = (shape[1] + block - 1) / block * block
        return shape[0] * channels * shape[2] * shape[3]
    }

    /// Size in bytes of the buffer holding the tensor in its layout.
    public var byteCount: Int { storageElementCount * dtype.byteSize }

    public var description: String {
        "\(dtype.shortName)\(formatShape(shape))" + (layout == .plain ? "" : "{\(layout)}")
    }
}

/// The memory order of a tensor's elements.
///
/// Plain is C order (NCHW for images), what users see at every interface. `blocked(b)` is
/// NCHW[b]c for 4-D tensors: channels in blocks of `b` (the target's float lanes), the block
/// innermost, so one vector holds `b` channels of one pixel: element `(n, c, h, w)` is at
/// `(((n · ⌈C/b⌉ + c / b) · H + h) · W + w) · b + c % b`. The optimizer's layout pass chooses
/// it; it never appears in a compiled model's interface.
///
/// ```swift
/// let blocked = TensorType(shape: [1, 64, 56, 56]).with(layout: .blocked(8))
/// print(blocked)   // f32[1, 64, 56, 56]{nchw8c}
/// ```
public enum TensorLayout: Hashable, Sendable, Encodable, CustomStringConvertible {
    case plain
    case blocked(Int)

    /// The channel block, or nil for plain tensors.
    public var block: Int? {
        if case .blocked(let block) = self { return block }
        return nil
    }

    public var description: String {
        switch self {
        case .plain: "nchw"
        case .blocked(let block): "nchw\(block)c"
        }
    }
}

/// `[1, 6, 28, 28]`: the spelling of shapes in every message.
package func formatShape(_ shape: [Int]) -> String {
    "[" + shape.map(String.init).joined(separator: ", ") + "]"
}

/// Row-major (C-order) strides of a shape, in elements.
package func contiguousStrides(_ shape: [Int]) -> [Int] {
    var strides = [Int](repeating: 1, count: shape.count)
    var running = 1
    for axis in stride(from: shape.count - 1, through: 0, by: -1) {
        strides[axis] = running
        running *= shape[axis]
    }
    return strides
}
