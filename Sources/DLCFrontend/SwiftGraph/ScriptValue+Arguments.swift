import DLCGraph

// How a `.swiftgraph` value becomes an argument of a DSL function declared in DSLVocabulary.

extension ScriptValue {
    var intValue: Int? {
        if case .int(let value) = self { return value }
        return nil
    }

    var numberValue: Double? {
        switch self {
        case .int(let value): Double(value)
        case .float(let value): value
        default: nil
        }
    }

    /// `.relu`, `.leakyRelu(0.1)`, `.clamp(0, 6)`, `.hardSigmoid`, ...
    var activation: Activation? {
        guard case .member(let name, let arguments) = self else { return nil }
        let numbers = arguments.compactMap(\.numberValue).map(Float.init)
        guard numbers.count == arguments.count else { return nil }
        return Activation(name: name, values: numbers)
    }

    /// The value as an argument of a parameter of `type`; nil when it is not one.
    func argument(for type: LayerParameterType) -> LayerArgument? {
        switch (type, self) {
        case (.tensor, .tensor(let id)): return .tensor(id)
        case (.tensors, .array(let elements)):
            let ids = elements.compactMap { element -> ValueID? in if case .tensor(let id) = element { id } else { nil } }
            return ids.count == elements.count ? .tensors(ids) : nil
        case (.int, .int(let value)): return .int(value)
        case (.float, _): return numberValue.map { .float(Float($0)) }
        case (.bool, .bool(let value)): return .bool(value)
        case (.string, .string(let value)), (.optionalString, .string(let value)): return .string(value)
        case (.optionalString, .none): return .string(nil)
        case (.size, _): return size.map { .size($0) }
        case (.optionalSize, .none): return .size(nil)
        case (.optionalSize, _): return size.map { .size($0) }
        case (.padding, .int(let value)): return .padding(Padding(integerLiteral: value))
        case (.padding, .tuple(let elements)):
            let edges = elements.compactMap(\.intValue)
            guard edges.count == elements.count else { return nil }
            switch edges.count {
            case 2: return .padding(.symmetric(edges[0], edges[1]))
            case 4: return .padding(.explicit(EdgePadding(top: edges[0], left: edges[1], bottom: edges[2], right: edges[3])))
            default: return nil
            }
        case (.padding, .member("valid", [])): return .padding(.valid)
        case (.padding, .member("same", [])): return .padding(.same)
        case (.activation, _): return activation.map { .activation($0) }
        case (.direction, .member(let name, [])): return Direction(rawValue: name).map { .direction($0) }
        case (.paddingMode, .member(let name, [])): return PaddingMode(rawValue: name).map { .paddingMode($0) }
        case (.dtype, .member(let name, [])): return DType(rawValue: name).map { .dtype($0) }
        case (.shape, .array(let elements)):
            let numbers = elements.compactMap(\.intValue)
            return numbers.count == elements.count ? .shape(numbers) : nil
        case (.floats, .array(let elements)):
            let numbers = elements.compactMap(\.numberValue)
            return numbers.count == elements.count ? .floats(numbers.map(Float.init)) : nil
        case (.floats, _): return numberValue.map { .floats([Float($0)]) }
        default: return nil
        }
    }

    /// `3` or `(1, 7)`.
    private var size: Size2D? {
        switch self {
        case .int(let value): return Size2D(square: value)
        case .tuple(let elements) where elements.count == 2:
            guard let height = elements[0].intValue, let width = elements[1].intValue else { return nil }
            return Size2D(height, width)
        default: return nil
        }
    }
}
