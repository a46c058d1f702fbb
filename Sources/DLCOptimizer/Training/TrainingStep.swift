import DLCGraph

/// The loss a model is trained with.
///
/// ```swift
/// let loss = LossFunction.crossEntropy(labelSmoothing: 0.1)
/// ```
public enum LossFunction: Hashable, Sendable {
    /// Softmax cross-entropy. When the model's output is a softmax (or log-softmax) layer the
    /// loss reads that layer's input, the logits, and computes log-softmax and cross-entropy in
    /// one stable step (Keras's and PyTorch's fusion); any other output is taken as logits, as
    /// PyTorch's `CrossEntropyLoss` takes it. Labels are class indices (`[N]`, int32 or int64)
    /// unless `oneHot`, then `[N, C]` floats.
    case crossEntropy(labelSmoothing: Float = 0, oneHot: Bool = false)
    /// Binary cross-entropy of probabilities, or of logits (`fromLogits`), against float targets.
    case binaryCrossEntropy(fromLogits: Bool = false)
    /// Mean squared error against float targets.
    case meanSquaredError

    /// The name `dlc train --loss` takes.
    public var name: String {
        switch self {
        case .crossEntropy: "cross-entropy"
        case .binaryCrossEntropy: "binary-cross-entropy"
        case .meanSquaredError: "mse"
        }
    }
}

/// What happens to the gradients between back-propagation and the optimizer: penalties added,
/// then clipping by value, then by global norm.
///
/// ```swift
/// let treatment = GradientTreatment(l2: 1e-4, clipNorm: 1)
/// ```
public struct GradientTreatment: Hashable, Sendable {
    /// The L1 penalty `l1·Σ|p|` over every trained parameter: `l1·sign(p)` added to its gradient.
    public var l1: Double
    /// The L2 penalty `l2·Σp²` (Keras' `l2(l2)`): `2·l2·p` added to the gradient. (PyTorch's
    /// `weight_decay` is the optimizer's, `wd·p`.)
    public var l2: Double
    /// Each gradient element clamped to `[-clipValue, clipValue]` (`clip_grad_value_`).
    public var clipValue: Double?
    /// Every gradient scaled by `min(1, clipNorm / (‖g‖ + 1e-6))`, `‖g‖` the L2 norm of all of
    /// them together (`clip_grad_norm_`).
    public var clipNorm: Double?

    /// Penalties and clipping; the defaults do nothing.
    public init(l1: Double = 0, l2: Double = 0, clipValue: Double? = nil, clipNorm: Double? = nil) {
        (self.l1, self.l2, self.clipValue, self.clipNorm) = (l1, l2, clipValue, clipNorm)
    }

    /// Fails for negative penalties and non-positive clipping bounds.
    public func validate() throws(DLCError) {
        guard l1 >= 0, l2 >= 0, l1.isFinite, l2.isFinite else { throw DLCError("penalties must be finite and not negative, got l1 \(l1) and l2 \(l2)") }
        if let clipValue, !(clipValue > 0 && clipValue.isFinite) { throw DLCError("the clipping value must be positive, got \(clipValue)") }
        if let clipNorm, !(clipNorm > 0 && clipNorm.isFinite) { throw DLCError("the clipping norm must be positive, got \(clipNorm)") }
    }

    /// The treated gradients, in the parameters' order, by layers added to `step`.
    func apply(to gradients: [(parameter: ValueID, gradient: ValueID)], in step: inout UpdateBuilder) throws(DLCError) -> [(parameter: ValueID, gradient: ValueID)] {
        var treated = gradients
        for index in treated.indices {
            let (parameter, gradient) = treated[index]
            var next = gradient
            if l1 != 0 || l2 != 0 { next = try step.derive(parameter, "grad.penalized", .penalty(l1: Float(l1), l2: Float(l2)), [next]) }
            if let clipValue {
                next = try step.graph.addNode("\(step.graph[parameter].name).grad.clipped",
                                              .unary(ElementwiseUnary(.clamp(-Float(clipValue), Float(clipValue)))), inputs: [next])
            }
            treated[index].gradient = next
        }
        guard let clipNorm, !treated.isEmpty else { return treated }
        var total: ValueID?
        for (parameter, gradient) in treated {
            let name = step.graph[parameter].name
            let squares = try step.graph.addNode("\(name).grad.squared", .binary(ElementwiseBinary(.multiply)), inputs: [gradient, gradient])
            let rank = step.graph[squares].type.rank
            let sum = try step.graph.addNode("\(name).grad.sum_of_squares", .training(.sum(Sum(axes: Array(0..<rank), shape: [1]))), inputs: [squares])
            total = try total.map { previous throws(DLCError) in
                try step.graph.addNode("\(name).grad.total_of_squares", .binary(ElementwiseBinary(.add)), inputs: [previous, sum])
            } ?? sum
        }
        let scale = try step.graph.addNode("gradients.clip_scale", .training(.clipScale(ClipScale(maxNorm: Float(clipNorm)))), inputs: [total!])
        for index in treated.indices {
            let name = step.graph[treated[index].parameter].name
            treated[index].gradient = try step.graph.addNode("\(name).grad.scaled", .binary(ElementwiseBinary(.multiply)),
                                                             inputs: [treated[index].gradient, scale])
        }
        return treated
    }
}

/// One step of training as one graph: the model's forward layers, the loss, the backward
/// layers every gradient rule adds, and the optimizer's updates.
///
/// Its inputs are the model's, then `labels`, `learning_rate` (`[1]` float32) and `step` (`[1]`
/// int64, the step's number counting from 1). Its outputs are `loss`, the model's outputs (for
/// metrics), and for every trained parameter and piece of optimizer state its next value, named
/// as the parameter (`conv1.weight`, `conv1.weight.exp_avg`). Weights and optimizer state are
/// the graph's parameters: after a step, the caller binds the next values in their place.
///
/// ```swift
/// let step = try TrainingStep(model: graph, loss: .crossEntropy(), optimizer: .adam())
/// print(step.graph.summary())
/// ```
public struct TrainingStep: Sendable {
    /// The whole step.
    public private(set) var graph: Graph
    /// The model output the loss reads.
    public let predictions: String
    /// The parameters trained, by name, in the model's order.
    public let trainedParameters: [String]
    /// Each output holding the next value of a parameter or of optimizer state (same names).
    public let updatedStates: [String]

    /// The names of the inputs the step adds to the model's.
    public static let labelsInput = "labels", learningRateInput = "learning_rate", stepInput = "step", lossOutput = "loss"
    /// The inputs the step adds to the model's.
    public static let addedInputs: Set<String> = [labelsInput, learningRateInput, stepInput]

    /// Differentiates `model` (an unoptimized graph, as the DSL or an importer builds it) for
    /// `loss` of its output `output` (the only one unless named) and adds `optimizer`'s updates.
    /// Parameters named in `frozen`, or of layers named there, are not trained. With
    /// `gradientOutputs` each trained parameter's gradient, as `treatment` leaves it, is an output
    /// too (`conv1.weight.grad`).
    /// Dropout masks derive from `seed`; batch norms update their running statistics with
    /// `batchNormMomentum` (PyTorch's `momentum`).
    public init(model: Graph, loss: LossFunction, optimizer: Optimizer, output: String? = nil,
                frozen: Set<String> = [], seed: UInt64 = 0, batchNormMomentum: Float = 0.1,
                treatment: GradientTreatment = GradientTreatment(), gradientOutputs: Bool = false) throws(DLCError) {
        try treatment.validate()
        guard batchNormMomentum >= 0 && batchNormMomentum <= 1 else {
            throw DLCError("the batch-norm momentum must be in [0, 1], got \(batchNormMomentum)")
        }
        try optimizer.validate()
        let parameterNames = model.parameters.map { model[$0].name }
        if let unknown = frozen.sorted().first(where: { name in !parameterNames.contains { $0 == name || $0.hasPrefix(name + ".") } }) {
            throw DLCError("model '\(model.name)' has no parameter or layer with parameters named '\(unknown)' to freeze")
        }
        let predictions = try Self.predictionOutput(of: model, named: output)
        let labelsType = Self.labelsType(for: loss, predictions: model[predictions.value].type)
        let forward = try ForwardCopy(model, labels: labelsType, seed: seed, batchNormMomentum: batchNormMomentum)
        var graph = forward.graph
        let (labels, learningRate, stepNumber) = (forward.labels, forward.learningRate, forward.step)

        let (lossValue, scored) = try Self.addLoss(loss, of: forward.map[predictions.value]!, named: predictions.name, labels: labels, to: &graph)
        try graph.addOutput(Self.lossOutput, lossValue)
        for output in model.outputs { try graph.addOutput(output.name, forward.map[output.value]!) }

        // Which parameters are trained, and which values depend on them.
        func isTrained(_ parameter: ValueID) -> Bool {
            guard case .parameter(_, let trainable) = graph[parameter].kind, trainable else { return false }
            let name = graph[parameter].name
            return !frozen.contains(name) && !frozen.contains(where: { name.hasPrefix($0 + ".") })
        }
        var dependsOnTrained = Set<ValueID>()
        for id in forward.nodes {
            let node = graph[id]
            if node.parameters.contains(where: isTrained) || node.inputs.contains(where: dependsOnTrained.contains) {
                dependsOnTrained.insert(node.output)
            }
        }
        guard dependsOnTrained.contains(scored) else {
            throw DLCError("model '\(model.name)' has nothing to train: no trainable parameter"
                           + (frozen.isEmpty ? "" : " that is not frozen") + " reaches its output '\(predictions.name)'")
        }

        // Back-propagation: each layer's rule, from the loss back to the inputs.
        var builder = GradientBuilder(graph: graph)
        var contributions: [ValueID: [ValueID]] = [:]
        var parameterGradients: [ValueID: ValueID] = [:]
        func record(_ gradients: LayerGradients, of node: Node) {
            for (input, gradient) in zip(node.inputs, gradients.inputs) {
                if let gradient, dependsOnTrained.contains(input) { contributions[input, default: []].append(gradient) }
            }
            for (parameter, gradient) in zip(node.parameters, gradients.parameters) {
                if let gradient, isTrained(parameter) { parameterGradients[parameter] = gradient }
            }
        }
        let lossLayer = builder.graph[builder.graph.producerID(of: lossValue)!]
        builder.layer = lossLayer
        builder.wantsInputGradient = [true, false]
        builder.wantsParameterGradient = []
        record(try lossLayer.operation.definition.gradients(of: lossLayer, outputGradient: lossValue, builder: &builder), of: lossLayer)
        for id in forward.nodes.reversed() {
            let node = builder.graph[id]
            guard let incoming = contributions[node.output] else { continue }
            let outputGradient = try builder.accumulate(incoming, for: node.output)
            builder.layer = node
            builder.wantsInputGradient = node.inputs.map(dependsOnTrained.contains)
            builder.wantsParameterGradient = node.parameters.map(isTrained)
            record(try node.operation.definition.gradients(of: node, outputGradient: outputGradient, builder: &builder), of: node)
        }

        // The optimizer's updates, parameter by parameter in the model's order.
        var updates = UpdateBuilder(graph: builder.graph, learningRate: learningRate, step: stepNumber)
        var trained: [String] = [], updated: [String] = []
        for (name, next) in forward.statisticUpdates {
            try updates.graph.addOutput(name, next)
            updated.append(name)
        }
        let gradients = try treatment.apply(to: updates.graph.parameters.compactMap { parameter in
            parameterGradients[parameter].map { (parameter, $0) }
        }, in: &updates)
        for (parameter, gradient) in gradients {
            trained.append(updates.graph[parameter].name)
            if gradientOutputs { try updates.graph.addOutput("\(updates.graph[parameter].name).grad", gradient) }
            for (name, next) in try optimizer.addUpdate(of: parameter, gradient: gradient, to: &updates) {
                try updates.graph.addOutput(name, next)
                updated.append(name)
            }
        }
        graph = updates.graph
        graph.weights = model.weights
        graph.weightsFile = model.weightsFile
        self.graph = graph
        self.predictions = predictions.name
        self.trainedParameters = trained
        self.updatedStates = updated
    }

    /// The model and its loss, computed as at inference (batch norms with their running
    /// statistics, no dropout): the model's inputs and `labels`, its outputs and `loss`. What
    /// validation and test sets are scored with.
    public static func evaluation(model: Graph, loss: LossFunction, output: String? = nil) throws(DLCError) -> Graph {
        let predictions = try predictionOutput(of: model, named: output)
        var graph = model
        let labels = try graph.addInput(labelsInput, type: labelsType(for: loss, predictions: model[predictions.value].type))
        let (lossValue, _) = try addLoss(loss, of: predictions.value, named: predictions.name, labels: labels, to: &graph)
        try graph.addOutput(lossOutput, lossValue)
        return graph
    }

    /// Adds the loss layer reading `predictions` (from the logits when they are a softmax's
    /// output and the loss is cross-entropy); returns it and the value it scores.
    private static func addLoss(_ loss: LossFunction, of predictions: ValueID, named name: String, labels: ValueID,
                                to graph: inout Graph) throws(DLCError) -> (loss: ValueID, scored: ValueID) {
        var scored = predictions
        if case .crossEntropy = loss, let producer = graph.producer(of: scored), case .softmax(let softmax) = producer.operation,
           softmax.resolvedAxis(rank: graph[scored].type.rank) == graph[scored].type.rank - 1 {
            scored = producer.inputs[0]
        }
        let kind: Loss.Kind = switch loss {
        case .crossEntropy(let smoothing, _): .softmaxCrossEntropy(labelSmoothing: smoothing)
        case .binaryCrossEntropy(let fromLogits): .binaryCrossEntropy(fromLogits: fromLogits)
        case .meanSquaredError: .meanSquaredError
        }
        do {
            return (try graph.addNode(lossOutput, .training(.loss(Loss(kind))), inputs: [scored, labels]), scored)
        } catch {
            throw DLCError("loss \(loss.name) does not fit the model's output '\(name)': \(error.message)")
        }
    }

    /// The output the loss reads: the one named, or the model's only output.
    private static func predictionOutput(of model: Graph, named name: String?) throws(DLCError) -> GraphOutput {
        if let name {
            guard let output = model.outputs.first(where: { $0.name == name }) else {
                throw DLCError("model '\(model.name)' has no output '\(name)'; its outputs are "
                               + model.outputs.map { "'\($0.name)'" }.joined(separator: ", "))
            }
            return output
        }
        guard model.outputs.count == 1 else {
            throw DLCError("model '\(model.name)' has \(model.outputs.count) outputs ("
                           + model.outputs.map { "'\($0.name)'" }.joined(separator: ", ") + "); name the one the loss reads")
        }
        return model.outputs[0]
    }

    /// Class indices as int32 `[N]`, or targets shaped as the predictions.
    private static func labelsType(for loss: LossFunction, predictions: TensorType) -> TensorType {
        if case .crossEntropy(_, let oneHot) = loss, !oneHot, predictions.rank >= 1 {
            return TensorType(shape: [predictions.shape[0]], dtype: .int32)
        }
        return TensorType(shape: predictions.shape)
    }
}

/// The model's layers copied into a new graph, with fused activations whose derivative needs
/// their input split into a layer of their own (the backward pass then has that input).
private struct ForwardCopy {
    var graph: Graph
    /// The copy of each value of the model.
    var map: [ValueID: ValueID] = [:]
    /// The copied layers, in order.
    var nodes: [NodeID] = []
    /// The inputs the step adds.
    var labels = ValueID(0), learningRate = ValueID(0), step = ValueID(0)
    /// The next running statistics of the batch norms, by parameter name.
    var statisticUpdates: [(String, ValueID)] = []

    /// The copy, with batch norms normalizing by batch statistics and dropouts dropping.
    init(_ model: Graph, labels labelsType: TensorType, seed: UInt64, batchNormMomentum: Float) throws(DLCError) {
        graph = Graph(name: model.name)
        for input in model.inputs {
            map[input] = try graph.addInput(model[input].name, type: model[input].type, location: nil)
        }
        labels = try graph.addInput(TrainingStep.labelsInput, type: labelsType)
        learningRate = try graph.addInput(TrainingStep.learningRateInput, type: TensorType(shape: [1]))
        step = try graph.addInput(TrainingStep.stepInput, type: TensorType(shape: [1], dtype: .int64))
        for node in model.nodes {
            var inputs = node.inputs.map { map[$0]! }
            let (operation, split, readsStep) = Self.trainingForm(of: node, seed: seed)
            if readsStep { inputs.append(step) }
            var output = try graph.addNode(node.name, operation, inputs: inputs, location: node.location, callSites: node.callSites)
            let copy = graph[graph.producerID(of: output)!]
            nodes.append(graph.producerID(of: output)!)
            if case .batchNorm = node.operation {
                for (statistic, parameter) in [(RunningStatistic.Statistic.mean, copy.parameters[2]), (.variance, copy.parameters[3])] {
                    let name = graph[parameter].name
                    let next = try graph.addNode("\(name).next", .training(.runningStatistic(RunningStatistic(statistic, momentum: batchNormMomentum))),
                                                 inputs: [inputs[0]], sharing: [parameter], location: node.location)
                    statisticUpdates.append((name, next))
                }
            }
            if let split {
                output = try graph.addNode("\(node.name).activation", .unary(ElementwiseUnary(split)), inputs: [output],
                                           location: node.location, callSites: node.callSites)
                nodes.append(graph.producerID(of: output)!)
            }
            map[node.output] = output
        }
    }
}

extension ForwardCopy {
    /// What a layer computes in training: batch norms with batch statistics, dropouts with masks
    /// (reading the step number), and a fused activation whose derivative needs its input split off.
    static func trainingForm(of node: Node, seed: UInt64) -> (Operation, split: ElementwiseFunction?, readsStep: Bool) {
        switch node.operation {
        case .batchNorm(let op):
            return (.training(.batchNormTraining(BatchNormTraining(op))), nil, false)
        case .dropout(let op):
            return (.training(.dropoutTraining(DropoutTraining(rate: op.rate, layer: node.name, seed: seed))), nil, true)
        case .conv2d(var op) where op.activation?.derivativeNeedsInput == true:
            let split = op.activation
            op.activation = nil
            return (.conv2d(op), split, false)
        case .dense(var op) where op.activation?.derivativeNeedsInput == true:
            let split = op.activation
            op.activation = nil
            return (.dense(op), split, false)
        case .conv2dTranspose(var op) where op.activation?.derivativeNeedsInput == true:
            let split = op.activation
            op.activation = nil
            return (.conv2dTranspose(op), split, false)
        default:
            return (node.operation, nil, false)
        }
    }
}

extension GradientBuilder {
    /// The sum of a value's gradient contributions from each layer reading it.
    mutating func accumulate(_ contributions: [ValueID], for value: ValueID) throws(DLCError) -> ValueID {
        var total = contributions[0]
        for (index, contribution) in contributions.dropFirst().enumerated() {
            total = try graph.addNode("\(graph[value].name).grad_sum\(index + 1)", .binary(ElementwiseBinary(.add)),
                                      inputs: [total, contribution])
        }
        return total
    }
}
