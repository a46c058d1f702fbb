import Foundation

/// A height and width pair: kernel sizes, strides and dilations.
public struct Size2D: Hashable, Sendable, Encodable, CustomStringConvertible {
    /// Rows.
    public var height: Int
    /// Columns.
    public var width: Int

    /// A size of `height` rows and `width` columns.
    public init(_ height: Int, _ width: Int) {
        self.height = height
        self.width = width
    }

    /// The same size along both axes.
    public init(square: Int) { self.init(square, square) }

    public var description: String { height == width ? "\(height)" : "(\(height), \(width))" }
}

/// Explicit zero padding on each edge of an image, after `.same` / `.valid` are resolved.
public struct EdgePadding: Hashable, Sendable, Encodable, CustomStringConvertible {
    /// Rows added above.
    public var top: Int
    /// Columns added on the left.
    public var left: Int
    /// Rows added below.
    public var bottom: Int
    /// Columns added on the right.
    public var right: Int

    /// Padding of each edge.
    public init(top: Int, left: Int, bottom: Int, right: Int) {
        self.top = top
        self.left = left
        self.bottom = bottom
        self.right = right
    }

    /// No padding.
    public static let zero = EdgePadding(top: 0, left: 0, bottom: 0, right: 0)

    /// Whether every edge is 0.
    public var isZero: Bool { self == .zero }
    /// `[top, left, bottom, right]`.
    public var edges: [Int] { [top, left, bottom, right] }

    public var description: String {
        if top == bottom && left == right { return top == left ? "\(top)" : "(\(top), \(left))" }
        return "(\(top), \(left), \(bottom), \(right))"
    }
}

/// Padding as a layer asks for it: a number, per-axis or per-edge amounts, or a rule.
///
/// `.same` follows TensorFlow: the output has `ceil(input / stride)` rows and columns and any odd
/// padding goes to the bottom and right. `.valid` is no padding.
///
/// ```swift
/// conv2d(x, filters: 64, kernel: 3, padding: .same)
/// conv2d(x, filters: 64, kernel: (1, 7), padding: (0, 3))
/// ```
public enum Padding: Hashable, Sendable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    case valid
    case same
    case explicit(EdgePadding)

    /// The same padding on all four edges.
    public init(integerLiteral value: Int) { self = .explicit(EdgePadding(top: value, left: value, bottom: value, right: value)) }

    /// `(height, width)` padding on both sides of each axis.
    public static func symmetric(_ height: Int, _ width: Int) -> Padding {
        .explicit(EdgePadding(top: height, left: width, bottom: height, right: width))
    }

    public var description: String {
        switch self {
        case .valid: ".valid"
        case .same: ".same"
        case .explicit(let edges): edges.description
        }
    }
}

/// What fills the border a `pad2d` layer adds (NumPy's and ONNX's modes; PyTorch's
/// `ConstantPad2d`, `ReflectionPad2d`, `ReplicationPad2d` and `CircularPad2d`).
///
/// ```swift
/// x = pad2d(x, padding: 3, mode: .reflect)   // [a b c d] → [d c b | a b c d | c b a]
/// ```
public enum PaddingMode: String, Hashable, Sendable, Encodable, CaseIterable {
    /// The layer's constant value (zero unless given).
    case constant
    /// The row or column mirrored without repeating the edge: `c b | a b c d | c b`.
    case reflect
    /// The edge repeated: `a a | a b c d | d d`.
    case edge
    /// The opposite side, as if the image were periodic: `c d | a b c d | a b`.
    case wrap

    /// The input index a padded position `i` (negative before the input, `size` or more after
    /// it) reads, or nil for a constant border. Reflect needs `-size < i < 2·size - 1`, wrap
    /// `-size ≤ i < 2·size` (the padding limits `Padding2D` checks).
    public func sourceIndex(_ i: Int, size: Int) -> Int? {
        if i >= 0 && i < size { return i }
        switch self {
        case .constant: return nil
        case .reflect: return i < 0 ? -i : 2 * (size - 1) - i
        case .edge: return i < 0 ? 0 : size - 1
        case .wrap: return i < 0 ? i + size : i - size
        }
    }
}

/// Which way a recurrent layer reads its sequence.
public enum Direction: String, Hashable, Sendable, Encodable, CaseIterable {
    case forward
    case reverse
    /// Both directions; outputs concatenated on the feature axis (forward first).
    case bidirectional

    /// Directions the sequence is read in: 2 for bidirectional, else 1.
    public var directionCount: Int { self == .bidirectional ? 2 : 1 }
}
