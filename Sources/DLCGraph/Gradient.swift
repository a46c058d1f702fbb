/// The gradients a layer's rule computes: one entry per data input and per parameter, nil where
/// the layer passes none back (an integer input, a frozen weight, a value no loss depends on).
public struct LayerGradients: Sendable {
    /// The gradient of the loss with respect to each data input, in order.
    public var inputs: [ValueID?]
    /// The gradient with respect to each parameter, in the order of ``Node/parameters``.
    public var parameters: [ValueID?]

    /// Gradients for a layer of `inputs` data inputs and `parameters` parameters, none set yet.
    public init(inputs: Int, parameters: Int) {
        self.inputs = [ValueID?](repeating: nil, count: inputs)
        self.parameters = [ValueID?](repeating: nil, count: parameters)
    }
}

/// Where a gradient rule adds the layers that compute a layer's gradients: the training graph
/// under construction, and which gradients are wanted.
///
/// Reverse-mode differentiation (DLCOptimizer's `TrainingStep`) walks the forward layers from the
/// loss back to the inputs and asks each operator's rule
/// (``OperatorDefinition/gradients(of:outputGradient:builder:)``) for the gradients of its inputs
/// and parameters, given the gradient of its output. The rule adds layers named after the layer
/// (`conv1.grad_input`, `conv1.weight.grad`) and returns their values.
///
/// ```swift
/// // Dense: dX = dY · W, dW = dYᵀ · X, db = Σ_batch dY.
/// var gradients = LayerGradients(inputs: 1, parameters: layer.parameters.count)
/// if builder.needsInputGradient(0) {
///     gradients.inputs[0] = try builder.add("grad_input", .training(.denseInputGradient(...)), [dY], parameters: [layer.parameters[0]])
/// }
/// ```
public struct GradientBuilder: Sendable {
    /// The training graph: the forward layers, and the backward layers added so far.
    public package(set) var graph: Graph
    /// The layer whose rule runs.
    public package(set) var layer: Node
    package var wantsInputGradient: [Bool] = []
    package var wantsParameterGradient: [Bool] = []

    package init(graph: Graph) {
        self.graph = graph
        self.layer = Node(name: "", operation: .flatten(Flatten()), inputs: [], parameters: [], output: ValueID(0),
                          location: nil, callSites: [])
    }

    /// Whether the loss depends on data input `index` through a trainable parameter: its
    /// gradient is needed.
    public func needsInputGradient(_ index: Int) -> Bool { wantsInputGradient[index] }
    /// Whether parameter `index` is trained.
    public func needsParameterGradient(_ index: Int) -> Bool { wantsParameterGradient[index] }

    /// The type of a value of the training graph.
    public func type(_ value: ValueID) -> TensorType { graph[value].type }

    /// Adds a backward layer named `<layer>.<suffix>` reading `inputs` and `parameters`.
    public mutating func add(_ suffix: String, _ operation: Operation, _ inputs: [ValueID],
                             parameters: [ValueID] = []) throws(DLCError) -> ValueID {
        try graph.addNode("\(layer.name).\(suffix)", operation, inputs: inputs, sharing: parameters, location: layer.location)
    }

    /// The gradient `dY ⊙ f'(x)` of a function `f` applied to `x` giving `y`: read from whichever
    /// of the two the derivative needs.
    public mutating func elementwiseGradient(_ function: ElementwiseFunction, input: ValueID?, output: ValueID,
                                             outputGradient: ValueID, suffix: String) throws(DLCError) -> ValueID {
        if function.derivativeNeedsInput {
            guard let input else {
                throw DLCError("internal error: layer '\(layer.name)': the derivative of \(function) needs its input")
            }
            return try add(suffix, .training(.elementwiseGradient(ElementwiseGradient(function, readsInput: true))), [input, outputGradient])
        }
        return try add(suffix, .training(.elementwiseGradient(ElementwiseGradient(function, readsInput: false))), [output, outputGradient])
    }

    /// `dZ = dY ⊙ f'(y)` through the activation `function` fused into the layer (whose output is
    /// `y`); `dY` itself when there is none. Fused activations are those differentiated from
    /// their output: `TrainingStep` splits the others off before differentiating.
    public mutating func throughFusedActivation(_ function: ElementwiseFunction?, outputGradient: ValueID) throws(DLCError) -> ValueID {
        guard let function else { return outputGradient }
        return try elementwiseGradient(function, input: nil, output: layer.output, outputGradient: outputGradient, suffix: "grad_activation")
    }

    /// `Σ` of `value` over the axes a tensor of `shape` was broadcast along to reach it (a bias
    /// gradient, an operand of a broadcasting addition), times `scale`; the value itself when
    /// nothing was broadcast and the scale is 1.
    public mutating func sum(_ value: ValueID, to shape: [Int], scale: Float = 1, suffix: String) throws(DLCError) -> ValueID {
        let source = type(value).shape
        let padded = [Int](repeating: 1, count: source.count - shape.count) + shape
        let axes = source.indices.filter { padded[$0] == 1 && source[$0] != 1 }
        if axes.isEmpty && scale == 1 {
            return source == shape ? value : try add(suffix, .reshape(Reshape(shape: shape)), [value])
        }
        return try add(suffix, .training(.sum(Sum(axes: axes, shape: shape, scale: scale))), [value])
    }

    /// The error a rule throws for a layer it cannot differentiate (yet), naming the layer.
    public func notDifferentiable(_ reason: String) -> DLCError {
        DLCError("layer '\(layer.name)' (\(layer.operation.kindName)) cannot be trained: \(reason)", location: layer.location)
    }
}
