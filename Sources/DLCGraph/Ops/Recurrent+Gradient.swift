extension Recurrent {
    /// Back-propagation through time: one backward layer (``RecurrentGradient``) steps the
    /// sequence again and back, and packs the input's gradient and every parameter's into one
    /// vector that slices take apart.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        let inputShape = builder.type(layer.inputs[0]).shape
        let packed = try builder.add("grad", .training(.recurrentGradient(RecurrentGradient(self, inputShape: inputShape))),
                                     [layer.inputs[0], outputGradient], parameters: layer.parameters)
        var gradients = LayerGradients(inputs: 1, parameters: layer.parameters.count)
        var offset = 0
        func piece(_ shape: [Int], _ suffix: String, _ wanted: Bool, builder: inout GradientBuilder) throws(DLCError) -> ValueID? {
            let count = shape.reduce(1, *)
            defer { offset += count }
            guard wanted else { return nil }
            let cut = try builder.add("\(suffix).slice", .slice(Slice(axis: 0, start: offset, count: count)), [packed])
            return try builder.add(suffix, .reshape(Reshape(shape: shape)), [cut])
        }
        gradients.inputs[0] = try piece(inputShape, "grad_input", builder.needsInputGradient(0), builder: &builder)
        for (index, parameter) in layer.parameters.enumerated() {
            let name = builder.graph[parameter].name
            gradients.parameters[index] = try piece(builder.type(parameter).shape, "\(name.dropFirst(layer.name.count + 1)).grad",
                                                    builder.needsParameterGradient(index), builder: &builder)
        }
        return gradients
    }
}

/// Back-propagation through time of a recurrent layer: inputs `X` and `dY`, parameters the
/// layer's; the output is one vector holding `dX` (`[N, T, F]`) then the gradient of each
/// parameter in the layer's order, each in C order.
public struct RecurrentGradient: OperatorDefinition, Encodable {
    /// The layer differentiated.
    public var recurrent: Recurrent
    /// The layer's input shape `[N, T, F]`.
    public var inputShape: [Int]

    /// The gradients of `recurrent` reading inputs of `inputShape`.
    public init(_ recurrent: Recurrent, inputShape: [Int]) {
        self.recurrent = recurrent
        self.inputShape = inputShape
    }

    public var kindName: String { "\(recurrent.kindName)Gradient" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 2)
        let input = TensorType(shape: inputShape)
        try requireSameShape(inputs[0], input, "the input")
        try requireSameShape(inputs[1], try recurrent.outputType(inputs: [input]), "the output gradient")
        let parameters = recurrent.parameterSpecs(inputs: [input]).reduce(0) { $0 + $1.shape.reduce(1, *) }
        return TensorType(shape: [input.elementCount + parameters])
    }

    public func parameterSpecs(inputs: [TensorType]) -> [ParameterSpec] { recurrent.parameterSpecs(inputs: [TensorType(shape: inputShape)]) }

    public func macCount(inputs: [TensorType], output: TensorType) -> Int {
        3 &* recurrent.macCount(inputs: [inputs[0]], output: inputs[1])
    }

    public var attributeSummary: String { recurrent.attributeSummary }

    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        try backwardLayerGradients(of: layer, builder: builder)
    }
}
