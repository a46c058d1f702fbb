/// An element-wise function as a layer of its own (relu, sigmoid, gelu, ...).
///
/// ```swift
/// x = relu(batchNorm(x))
/// ```
public struct ElementwiseUnary: OperatorDefinition, Encodable {
    /// The element-wise function.
    public var function: ElementwiseFunction

    /// The layer applying `function`.
    public init(_ function: ElementwiseFunction) { self.function = function }

    public var kindName: String { function.kind.rawValue }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        guard inputs[0].dtype == .float32 else { throw OperatorError("expected a float32 input, got \(inputs[0])") }
        try function.validate()
        return inputs[0]
    }

    public var attributeSummary: String {
        zip(function.kind.parameters, function.parameterValues).map { "\($0.label)=\($1)" }.joined(separator: " ")
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
package func broadcastShape(_ a: [Int], _ b: [Int]) -> [Int]? {
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

    /// Blocked when the input arrives blocked.
    public func preferredLayouts(inputs: [TensorType], output: TensorType, block: Int) -> LayoutChoice {
        .followingInput(inputs, block: block)
    }
}

extension ElementwiseBinary {
    public func overwritableInput(inputs: [TensorType], output: TensorType) -> Int? {
        inputs.firstIndex { $0 == output }
    }
    /// Blocked only without broadcasting: both operands in the output's shape and layout.
    public func supportsLayouts(inputs: [TensorType], output: TensorType) -> Bool { sharesOneLayout(inputs, output) }

    /// Blocked when an operand arrives blocked, the output fills whole blocks and nothing broadcasts.
    public func preferredLayouts(inputs: [TensorType], output: TensorType, block: Int) -> LayoutChoice {
        let blocked = TensorLayout.blocked(block)
        guard inputs.contains(where: { $0.layout == blocked }), output.fillsBlocks(of: block),
              inputs.allSatisfy({ $0.shape == output.shape }) else { return .plain(inputs: inputs.count) }
        return LayoutChoice(inputs: [blocked, blocked], output: blocked)
    }
}
