/// Permutes the axes: output axis `i` is input axis `permutation[i]`, as NumPy's `transpose`
/// and ONNX's `Transpose(perm)`. A channel shuffle is reshape → transpose → reshape.
///
/// ```swift
/// let shuffled = Transpose(permutation: [0, 2, 1, 3, 4])   // [N, g, C/g, H, W] → [N, C/g, g, H, W]
/// ```
public struct Transpose: OperatorDefinition, Encodable {
    /// For each output axis, the input axis it takes.
    public var permutation: [Int]

    /// A transpose by `permutation`.
    public init(permutation: [Int]) { self.permutation = permutation }

    public var kindName: String { "transpose" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        let input = inputs[0]
        guard permutation.count == input.rank, Set(permutation) == Set(0..<input.rank) else {
            throw OperatorError("permutation \(formatShape(permutation)) is not a permutation of the \(input.rank) axes of \(input)")
        }
        return TensorType(shape: permutation.map { input.shape[$0] }, dtype: input.dtype)
    }

    public var attributeSummary: String { "perm=\(formatShape(permutation))" }

    /// For each element of the output, in memory order, the flat index of the input element it
    /// takes (the interpreter's kernel and the importer's folding of constants).
    public func sourceIndices(inputShape shape: [Int]) -> [Int] {
        let inputStrides = contiguousStrides(shape)
        let outputShape = permutation.map { shape[$0] }
        let strides = permutation.map { inputStrides[$0] }
        return (0..<outputShape.reduce(1, *)).map { flat in
            var remainder = flat, source = 0
            for axis in outputShape.indices.reversed() {
                source += remainder % outputShape[axis] * strides[axis]
                remainder /= outputShape[axis]
            }
            return source
        }
    }

    /// The same transpose with adjacent input axes that stay adjacent and in order merged, and
    /// axes of size 1 dropped: `(shape, permutation)` of the smallest equivalent transpose.
    public func collapsed(inputShape shape: [Int]) -> (shape: [Int], permutation: [Int]) {
        let kept = permutation.filter { shape[$0] != 1 }
        // Runs of output axes that read consecutive input axes.
        var groups: [[Int]] = []
        for axis in kept {
            if let last = groups.last?.last, axis == last + 1 { groups[groups.count - 1].append(axis) } else { groups.append([axis]) }
        }
        let order = groups.indices.sorted { groups[$0][0] < groups[$1][0] }
        let collapsedShape = order.map { groups[$0].reduce(1) { $0 * shape[$1] } }
        var position = [Int](repeating: 0, count: groups.count)
        for (newAxis, group) in order.enumerated() { position[group] = newAxis }
        return (collapsedShape, groups.indices.map { position[$0] })
    }
}

extension Transpose {
    /// `dY` transposed back by the inverse permutation.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        var inverse = permutation
        for (axis, source) in permutation.enumerated() { inverse[source] = axis }
        var gradients = LayerGradients(inputs: 1, parameters: 0)
        gradients.inputs[0] = try builder.add("grad_input", .transpose(Transpose(permutation: inverse)), [outputGradient])
        return gradients
    }
}
