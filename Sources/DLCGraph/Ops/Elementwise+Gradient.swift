/// `dY ⊙ f'(x)`: the gradient through an element-wise function, from the function's input or
/// its output (`readsInput`), whichever ``ElementwiseFunction/derivativeNeedsInput`` asks for.
///
/// Inputs: `x` (or `y`), then `dY`, of one shape.
public struct ElementwiseGradient: OperatorDefinition, Encodable {
    /// The function differentiated.
    public var function: ElementwiseFunction
    /// Whether the first input is the function's input (else its output).
    public var readsInput: Bool

    /// The gradient through `function`.
    public init(_ function: ElementwiseFunction, readsInput: Bool) {
        self.function = function
        self.readsInput = readsInput
    }

    public var kindName: String { "\(function.kind.rawValue)Gradient" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 2)
        try requireSameShape(inputs[1], inputs[0].with(layout: .plain), "the output gradient")
        return TensorType(shape: inputs[0].shape)
    }

    public var attributeSummary: String { "\(function) from=\(readsInput ? "input" : "output")" }

    public func overwritableInput(inputs: [TensorType], output: TensorType) -> Int? { 1 }

    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        try backwardLayerGradients(of: layer, builder: builder)
    }
}

extension ElementwiseUnary {
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        var gradients = LayerGradients(inputs: 1, parameters: 0)
        gradients.inputs[0] = try builder.elementwiseGradient(function, input: layer.inputs[0], output: layer.output,
                                                              outputGradient: outputGradient, suffix: "grad_input")
        return gradients
    }
}

extension ElementwiseBinary {
    /// `a ± b`: `dY` (negated for `b` of a subtraction); `a · b`: `dY · b` and `dY · a`;
    /// `a / b`: `dY / b` and `-dY · y / b`; each summed over the axes its operand was broadcast along.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        var gradients = LayerGradients(inputs: 2, parameters: 0)
        let (a, b) = (layer.inputs[0], layer.inputs[1])
        for index in 0..<2 where builder.needsInputGradient(index) {
            let operand = layer.inputs[index]
            let suffix = "grad_input\(index)"
            var gradient = outputGradient
            var scale: Float = 1
            switch kind {
            case .add: break
            case .subtract: scale = index == 0 ? 1 : -1
            case .multiply:
                gradient = try builder.add("\(suffix).product", .binary(ElementwiseBinary(.multiply)), [outputGradient, index == 0 ? b : a])
            case .divide:
                if index == 0 {
                    gradient = try builder.add("\(suffix).quotient", .binary(ElementwiseBinary(.divide)), [outputGradient, b])
                } else {
                    let product = try builder.add("\(suffix).product", .binary(ElementwiseBinary(.multiply)), [outputGradient, layer.output])
                    gradient = try builder.add("\(suffix).quotient", .binary(ElementwiseBinary(.divide)), [product, b])
                    scale = -1
                }
            }
            gradients.inputs[index] = try builder.sum(gradient, to: builder.type(operand).shape, scale: scale, suffix: suffix)
        }
        return gradients
    }
}
