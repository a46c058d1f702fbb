// The gradient rules of the layers that move values without arithmetic (slices, padding,
// gathers and embeddings): each sends every output gradient back to the input element it came
// from, adding where several outputs read one input.

extension Slice {
    /// `dY` placed at the slice's position in zeros of the input's shape.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        var gradients = LayerGradients(inputs: 1, parameters: 0)
        gradients.inputs[0] = try builder.add("grad_input", .training(.scatter(Scatter(.slice(self), inputShape: builder.type(layer.inputs[0]).shape))),
                                              [outputGradient])
        return gradients
    }
}

extension Padding2D {
    /// Each padded position's gradient added to the input element it copies (none for a
    /// constant border).
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        var gradients = LayerGradients(inputs: 1, parameters: 0)
        gradients.inputs[0] = try builder.add("grad_input", .training(.scatter(Scatter(.pad(self), inputShape: builder.type(layer.inputs[0]).shape))),
                                              [outputGradient])
        return gradients
    }
}

extension Gather {
    /// Each gathered slice's gradient added to the entry its index picked (indices get none).
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        var gradients = LayerGradients(inputs: 2, parameters: 0)
        gradients.inputs[0] = try builder.add("grad_input", .training(.scatter(Scatter(.gather(self), inputShape: builder.type(layer.inputs[0]).shape))),
                                              [outputGradient, layer.inputs[1]])
        return gradients
    }
}

extension Embedding {
    /// Each token's output gradient added to its row of the table: the rows of repeated tokens
    /// accumulate.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        var gradients = LayerGradients(inputs: 1, parameters: 1)
        if builder.needsParameterGradient(0) {
            gradients.parameters[0] = try builder.add("weight.grad", .training(.scatter(Scatter(.embedding(self), inputShape: [vocabulary, dimension]))),
                                                      [outputGradient, layer.inputs[0]])
        }
        return gradients
    }
}

/// The gradient of a layer that copies input elements to its output: the output gradient added
/// into zeros of the input's shape, at the element each output came from. Inputs: `dY`, then the
/// indices of a gather or the tokens of an embedding.
public struct Scatter: OperatorDefinition, Encodable {
    /// The layer differentiated.
    public enum Source: Hashable, Sendable, Encodable {
        case slice(Slice)
        case pad(Padding2D)
        case gather(Gather)
        case embedding(Embedding)
    }

    /// The layer differentiated.
    public var source: Source
    /// The shape of its input (of the table, for an embedding).
    public var inputShape: [Int]

    /// The input gradient of `source` applied to an input of `inputShape`.
    public init(_ source: Source, inputShape: [Int]) {
        self.source = source
        self.inputShape = inputShape
    }

    public var kindName: String {
        switch source {
        case .slice: "sliceGradient"
        case .pad: "pad2dGradient"
        case .gather: "gatherGradient"
        case .embedding: "embeddingGradient"
        }
    }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        let input = TensorType(shape: inputShape)
        let forward: TensorType
        switch source {
        case .slice(let op):
            try requireArity(inputs, 1)
            forward = try op.outputType(inputs: [input])
        case .pad(let op):
            try requireArity(inputs, 1)
            forward = try op.outputType(inputs: [input])
        case .gather(let op):
            try requireArity(inputs, 2)
            forward = try op.outputType(inputs: [input, inputs[1]])
        case .embedding(let op):
            try requireArity(inputs, 2)
            forward = try op.outputType(inputs: [inputs[1]])
        }
        try requireSameShape(inputs[0], forward, "the output gradient")
        return input
    }

    public var attributeSummary: String {
        switch source {
        case .slice(let op): op.attributeSummary
        case .pad(let op): op.attributeSummary
        case .gather(let op): op.attributeSummary
        case .embedding(let op): op.attributeSummary
        }
    }

    public var canFailAtRunTime: Bool {
        switch source {
        case .gather, .embedding: true
        case .slice, .pad: false
        }
    }

    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        try backwardLayerGradients(of: layer, builder: builder)
    }
}
