import DLCGraph

/// A size argument of the DSL — `kernel:`, `stride:`, `dilation:` — given as one number for
/// both axes: an `Int`, or a ``Size2D``. Each such parameter also has an overload taking an
/// `(Int, Int)` pair (height, width).
///
/// ```swift
/// let k = 3
/// x = conv2d(x, filters: 64, kernel: k, stride: (2, 1))
/// ```
public protocol SizeArgument {
    /// The size along both axes.
    var size2D: Size2D { get }
}

extension Int: SizeArgument {
    /// `Size2D(square: self)`.
    public var size2D: Size2D { Size2D(square: self) }
}

extension Size2D: SizeArgument {
    /// Itself.
    public var size2D: Size2D { self }
}
