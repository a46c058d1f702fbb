/// Keeps the batch axis and flattens the rest: `[N, C, H, W]` to `[N, C·H·W]`.
///
/// ```swift
/// x = flatten(x)
/// ```
public struct Flatten: OperatorDefinition, Encodable {
    /// A flatten to `[N, rest]`.
    public init() {}

    public var kindName: String { "flatten" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        let input = inputs[0]
        guard input.rank >= 2 else {
            throw OperatorError("expected an input with a batch axis and at least one more, got \(input)")
        }
        return TensorType(shape: [input.shape[0], input.shape.dropFirst().reduce(1, *)], dtype: input.dtype)
    }

    public var attributeSummary: String { "" }
}

/// Reinterprets the elements, in C order, under a new full shape (batch axis included); one
/// entry may be `-1` and is then inferred.
///
/// ```swift
/// x = reshape(x, [1, -1, 7, 7])
/// ```
public struct Reshape: OperatorDefinition, Encodable {
    /// The requested shape, possibly with one `-1`.
    public var shape: [Int]

    /// A reshape to `shape` (one entry may be -1).
    public init(shape: [Int]) { self.shape = shape }

    public var kindName: String { "reshape" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        let input = inputs[0]
        let inferred = shape.indices.filter { shape[$0] == -1 }
        guard inferred.count <= 1 else {
            throw OperatorError("at most one dimension may be -1, got \(formatShape(shape))")
        }
        guard shape.allSatisfy({ $0 > 0 || $0 == -1 }) else {
            throw OperatorError("dimensions must be positive or -1, got \(formatShape(shape))")
        }
        guard let known = TensorType.checkedElementCount(shape.filter { $0 != -1 }) else {
            throw OperatorError("cannot reshape \(input) (\(input.elementCount) elements) to \(formatShape(shape))")
        }
        var result = shape
        if let axis = inferred.first {
            guard input.elementCount % known == 0 else {
                throw OperatorError("cannot reshape \(input) (\(input.elementCount) elements) to \(formatShape(shape))")
            }
            result[axis] = input.elementCount / known
        }
        guard result.reduce(1, *) == input.elementCount else {
            throw OperatorError(
                "cannot reshape \(input) (\(input.elementCount) elements) to \(formatShape(shape)) (\(known) elements)")
        }
        return TensorType(shape: result, dtype: input.dtype)
    }

    public var attributeSummary: String { "shape=\(formatShape(shape))" }
}

extension Flatten {
    public var isView: Bool { true }
}

extension Reshape {
    public var isView: Bool { true }
}

extension Flatten {
    /// `dY` reshaped to the input's shape.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        try reshapedGradient(of: layer, outputGradient, &builder)
    }
}

extension Reshape {
    /// `dY` reshaped to the input's shape.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        try reshapedGradient(of: layer, outputGradient, &builder)
    }
}

/// The gradient of a layer that only reshapes its input: `dY` in the input's shape.
private func reshapedGradient(of layer: Node, _ outputGradient: ValueID, _ builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
    var gradients = LayerGradients(inputs: 1, parameters: 0)
    gradients.inputs[0] = try builder.add("grad_input", .reshape(Reshape(shape: builder.type(layer.inputs[0]).shape)), [outputGradient])
    return gradients
}
