import DLCGraph

/// A value while a `.swiftgraph` file is evaluated.
indirect enum ScriptValue: Equatable, Sendable {
    case int(Int)
    case float(Double)
    case bool(Bool)
    case string(String)
    case tensor(ValueID)
    case array([ScriptValue])
    case tuple([ScriptValue])
    /// An implicit member such as `.relu`, `.same`, `.int64` or `.leakyRelu(0.1)`.
    case member(String, [ScriptValue])
    case range(Range<Int>)
    case none
    case void

    /// The Swift type name used in error messages.
    var typeName: String {
        switch self {
        case .int: "Int"
        case .float: "Float"
        case .bool: "Bool"
        case .string: "String"
        case .tensor: "Tensor"
        case .array(let elements): "[\(elements.first?.typeName ?? "Any")]"
        case .tuple(let elements): "(" + elements.map(\.typeName).joined(separator: ", ") + ")"
        case .member(let name, _): ".\(name)"
        case .range: "Range<Int>"
        case .none: "nil"
        case .void: "Void"
        }
    }

    /// The value as Swift would print it in a message.
    var text: String {
        switch self {
        case .int(let value): "\(value)"
        case .float(let value): "\(value)"
        case .bool(let value): "\(value)"
        case .string(let value): "\"\(value)\""
        case .tensor: "Tensor"
        case .array(let elements): "[" + elements.map(\.text).joined(separator: ", ") + "]"
        case .tuple(let elements): "(" + elements.map(\.text).joined(separator: ", ") + ")"
        case .member(let name, let arguments):
            arguments.isEmpty ? ".\(name)" : ".\(name)(" + arguments.map(\.text).joined(separator: ", ") + ")"
        case .range(let range): "\(range.lowerBound)..<\(range.upperBound)"
        case .none: "nil"
        case .void: "()"
        }
    }
}
