/// A tensor fixed when the model is built: one value repeated, or every element given. It is part
/// of the model, not a weight, so no weights file provides it; constant folding produces them.
///
/// ```swift
/// let scale = constant([0.5], shape: [1, 3, 1, 1])
/// x = x * scale
/// ```
public struct Constant: OperatorDefinition, Encodable {
    /// The constant's shape.
    public var shape: [Int]
    /// One value (broadcast to every element) or `shape`'s element count of them, C order.
    public var values: [Float]

    /// A constant of `shape`: one value repeated, or every element.
    public init(shape: [Int], values: [Float]) {
        self.shape = shape
        self.values = values
    }

    public var kindName: String { "constant" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 0)
        guard !shape.isEmpty, shape.allSatisfy({ $0 > 0 }) else {
            throw OperatorError("every dimension must be positive, got \(formatShape(shape))")
        }
        guard let count = TensorType.checkedElementCount(shape) else {
            throw OperatorError("shape \(formatShape(shape)) has too many elements")
        }
        guard values.count == 1 || values.count == count else {
            throw OperatorError("\(values.count) values do not fill shape \(formatShape(shape)) (\(count) elements); give 1 or \(count)")
        }
        return TensorType(shape: shape)
    }

    /// Every element, C order.
    public var elements: [Float] { values.count == 1 ? [Float](repeating: values[0], count: shape.reduce(1, *)) : values }

    public var attributeSummary: String {
        values.count == 1 ? "value=\(values[0])" : "values=[\(values.prefix(4).map { "\($0)" }.joined(separator: ", "))\(values.count > 4 ? ", ..." : "")]"
    }
}

extension Constant {
    /// A constant depends on nothing: no gradient flows.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        LayerGradients(inputs: 0, parameters: 0)
    }
}
