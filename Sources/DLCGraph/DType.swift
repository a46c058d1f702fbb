/// The element type of a tensor.
///
/// dlc computes in `float32`; `int32` and `int64` carry token indices into an embedding.
///
/// ```swift
/// let tokens = input("tokens", shape: [1, 200], dtype: .int64)
/// ```
public enum DType: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case float32
    case int32
    case int64

    /// Bytes per element.
    public var byteSize: Int {
        switch self {
        case .float32, .int32: 4
        case .int64: 8
        }
    }

    /// The short spelling used in dumps and error messages (`f32`, `i32`, `i64`).
    public var shortName: String {
        switch self {
        case .float32: "f32"
        case .int32: "i32"
        case .int64: "i64"
        }
    }

    /// Whether values of this type index into an embedding table.
    public var isInteger: Bool { self != .float32 }

    public var description: String { shortName }
}
