/// An activation as a layer of its own: relu, leakyRelu, sigmoid, tanh or clamp, element by element.
///
/// ```swift
/// x = relu(batchNorm(x))
/// ```
public struct ElementwiseUnary: OperatorDefinition, Encodable {
    /// The element-wise function.
    public var function: Activation

    /// The layer applying `function`.
    public init(_ function: Activation) { self.function = function }

    public var kindName: String { function.name }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        guard inputs[0].dtype == .float32 else { throw OperatorError("expected a float32 input, got \(inputs[0])") }
        guard function.isElementwise, function != .none else {
            throw OperatorError("\(function) is not an element-wise activation")
        }
        if case .clamp(let low, let high) = function, !(low <= high) {
            throw OperatorError("clamp needs min <= max, got min \(low) and max \(high)")
        }
        return inputs[0]
    }

    public var attributeSummary: String {
        switch function {
        case .leakyRelu(let alpha): "alpha=\(alpha)"
        case .clamp(let low, let high): "min=\(low) max=\(high)"
        default: ""
        }
    }
}

/// Element-wise addition, subtraction, multiplication or division with NumPy broadcasting: shapes
/// are aligned at the right and each pair of dimensions must be equal or contain a 1.
///
/// ```swift
/// x = relu(x + shortcut)
/// let gated = multiply(a, sigmoid(b))
/// ```
public struct ElementwiseBinary: OperatorDefinition, Encodable {
    /// The arithmetic operation; subtraction and division take the first operand first (`a - b`, `a / b`).
    public enum Kind: String, Hashable, Sendable, Encodable {
        case add, subtract, multiply, divide

        /// The operation on two numbers.
        public func apply(_ a: Float, _ b: Float) -> Float {
            switch self {
            case .add: a + b
            case .subtract: a - b
            case .multiply: a * b
            case .divide: a / b
            }
        }
    }

    /// Which variant of the layer.
    public var kind: Kind

    /// The binary layer of `kind`.
    public init(_ kind: Kind) { self.kind = kind }

    public var kindName: String { kind.rawValue }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 2)
        let (a, b) = (inputs[0], inputs[1])
        guard a.dtype == .float32, b.dtype == .float32 else {
            throw OperatorError("expected float32 operands, got \(a) and \(b)")
        }
        guard let shape = broadcastShape(a.shape, b.shape) else {
            throw OperatorError("shapes \(formatShape(a.shape)) and \(formatShape(b.shape)) do not broadcast")
        }
        return TensorType(shape: shape)
    }

    public func macCount(inputs: [TensorType], output: TensorType) -> Int {
        kind == .multiply || kind == .divide ? output.elementCount : 0
    }

    public var attributeSummary: String { "" }
}

/// The NumPy broadcast of two shapes, or nil when they are incompatible.
public func broadcastShape(_ a: [Int], _ b: [Int]) -> [Int]? {
    let rank = max(a.count, b.count)
    let paddedA = [Int](repeating: 1, count: rank - a.count) + a
    let paddedB = [Int](repeating: 1, count: rank - b.count) + b
    var result: [Int] = []
    for (x, y) in zip(paddedA, paddedB) {
        if x == y || y == 1 { result.append(x) } else if x == 1 { result.append(y) } else { return nil }
    }
    return result
}

extension ElementwiseUnary {
    public func overwritableInput(inputs: [TensorType], output: TensorType) -> Int? { 0 }
    /// Element by element in any layout: blocked tensors stay blocked, a partial last block
    /// included (its padding lanes are computed too, and never read as data).
    public func supportsLayouts(inputs: [TensorType], output: TensorType) -> Bool {
        output.hasValidPartialLayout && inputs.allSatisfy { $0 == output }
    }
}

extension ElementwiseBinary {
    public func overwritableInput(inputs: [TensorType], output: TensorType) -> Int? {
        inputs.firstIndex { $0 == output }
    }
    /// Blocked only without broadcasting: both operands in the output's shape and layout.
    public func supportsLayouts(inputs: [TensorType], output: TensorType) -> Bool { sharesOneLayout(inputs, output) }
}
