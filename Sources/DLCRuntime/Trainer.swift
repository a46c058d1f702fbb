import DLCGraph
import DLCCodegen
import DLCInterpreter
import DLCOptimizer
import Foundation

/// Trains a model step by step: each call runs one training step (forward, loss, backward,
/// optimizer update) on a batch and keeps the next weights and optimizer state.
///
/// The step is the graph ``TrainingStep`` builds, one per batch size met (the last, partial
/// batch of an epoch gets its own), run by the interpreter or compiled to native code
/// (``Execution/compiled(_:)``). Compiled, the step of the first batch size trained on runs
/// natively and trains the weights and optimizer state in one state buffer
/// (``TrainingStateLayout``), in place; other batch sizes run in the interpreter on that state.
///
/// ```swift
/// var trainer = try Trainer(model: graph, loss: .crossEntropy(), optimizer: .adam(),
///                           execution: .compiled(CompileOptions()))
/// let result = try trainer.train(["image": images], labels: labels, learningRate: 1e-3)
/// print(result.loss)
/// try Safetensors.write(trainer.weights, to: "trained.safetensors")
/// ```
public struct Trainer: Sendable {
    /// The model, as given (its weights are the initial ones).
    public let model: Graph
    public let loss: LossFunction
    public let optimizer: Optimizer
    /// The seed of the dropout masks.
    public let seed: UInt64
    /// Parameters (or layers) not trained.
    public let frozen: Set<String>
    /// The momentum of batch norms' running statistics.
    public let batchNormMomentum: Float
    /// Penalties and gradient clipping.
    public let treatment: GradientTreatment
    /// How the steps run.
    public enum Execution: Sendable {
        /// In the reference interpreter.
        case interpreted
        /// Compiled to native code in process, with these options.
        case compiled(CompileOptions)
    }

    /// How the steps run.
    public private(set) var execution: Execution
    /// Every weight and piece of optimizer state, by name (`conv1.weight`, `conv1.weight.exp_avg`).
    public var state: [String: TensorData] { compiled?.values ?? interpretedState }
    /// Steps taken so far (the next step is number `stepsTaken + 1`).
    public private(set) var stepsTaken = 0
    private var interpretedState: [String: TensorData]
    /// The compiled steps and their state buffer (compiled execution).
    private var compiled: CompiledTraining?
    /// The batch size the step is compiled for: the first one trained (or scored) on.
    private var compiledBatch: Int?
    private var steps: [Int: TrainingStep] = [:]
    private var evaluations: [Int: Graph] = [:]

    /// A trainer of `model`, whose weights must be bound; fails when the loss does not fit the
    /// model's output or nothing is trainable, and (compiled) when a layer of the step has no
    /// compiled kernel yet, naming it.
    public init(model: Graph, loss: LossFunction, optimizer: Optimizer, seed: UInt64 = 0, frozen: Set<String> = [],
                batchNormMomentum: Float = 0.1, treatment: GradientTreatment = GradientTreatment(),
                execution: Execution = .interpreted) throws(DLCError) {
        guard model.hasAllWeights else { throw DLCError("model '\(model.name)': weights are not bound; load a weights file or initialize them") }
        (self.model, self.loss, self.optimizer, self.seed, self.frozen, self.batchNormMomentum) = (model, loss, optimizer, seed, frozen, batchNormMomentum)
        self.treatment = treatment
        let step = try Self.makeStep(model, loss: loss, optimizer: optimizer, seed: seed, frozen: frozen, batchNormMomentum: batchNormMomentum,
                                     treatment: treatment)
        steps[model.inputs.first.map { model[$0].type.shape[0] } ?? 1] = step
        var state = model.weights
        for parameter in step.graph.parameters where state[step.graph[parameter].name] == nil {
            state[step.graph[parameter].name] = TensorData(zeros: step.graph[parameter].type)
        }
        self.execution = .interpreted
        interpretedState = state
        if case .compiled(let options) = execution { try compile(with: options) }
    }

    /// Switches to compiled steps from here on (the state so far moves into the state buffer);
    /// fails naming the first layer of the step that has no compiled kernel yet.
    public mutating func compile(with options: CompileOptions) throws(DLCError) {
        let graph = steps.values.first!.graph
        try CompilationPlan.refuseUncompiledTrainingLayers(graph)
        compiled = CompiledTraining(graph: graph, options: options, values: interpretedState, stepsTaken: stepsTaken)
        compiledBatch = nil
        execution = .compiled(options)
    }

    private static func makeStep(_ model: Graph, loss: LossFunction, optimizer: Optimizer, seed: UInt64, frozen: Set<String>,
                                 batchNormMomentum: Float, treatment: GradientTreatment) throws(DLCError) -> TrainingStep {
        try TrainingStep(model: model, loss: loss, optimizer: optimizer, frozen: frozen, seed: seed, batchNormMomentum: batchNormMomentum,
                         treatment: treatment)
    }

    /// The first layer of the training step that has no compiled kernel yet, described
    /// (`'lstm' (lstm)`), or nil when the whole step compiles.
    public var uncompiledLayer: String? {
        CompilationPlan.uncompiledTrainingLayer(in: steps.values.first!.graph).map { "'\($0.name)' (\($0.operation.kindName))" }
    }

    /// The parameters trained, by name.
    public var trainedParameters: [String] { steps.values.first!.trainedParameters }

    /// The model's weights (PyTorch `state_dict` names): what `-o` writes.
    public var weights: [String: TensorData] {
        Dictionary(uniqueKeysWithValues: model.weights.keys.map { ($0, state[$0]!) })
    }

    /// The model with the trained weights bound.
    public var trainedModel: Graph {
        var graph = model
        graph.weights = weights
        return graph
    }

    /// What one step computed.
    public struct StepResult: Sendable {
        /// The batch's mean loss.
        public let loss: Float
        /// The model's output for the batch, before the update.
        public let predictions: TensorData
    }

    /// One step on a batch: `inputs` by the model's input names, `labels` as the loss reads them.
    public mutating func train(_ inputs: [String: TensorData], labels: TensorData, learningRate: Float) throws(DLCError) -> StepResult {
        guard learningRate > 0, learningRate.isFinite else { throw DLCError("the learning rate must be positive, got \(learningRate)") }
        let batch = inputs.values.first?.shape.first ?? 1
        let step = try self.step(forBatch: batch)
        guard compiled != nil else {
            return try trainInterpreted(step, inputs, labels: labels, learningRate: learningRate, state: interpretedState)
        }
        // The step changes the buffer: a copy of this trainer keeps its own.
        if !isKnownUniquelyReferenced(&compiled!) { compiled = compiled!.copy() }
        compiledBatch = compiledBatch ?? batch
        if batch == compiledBatch { return try trainCompiled(step, batch: batch, inputs, labels: labels, learningRate: learningRate) }
        // Another batch size (an epoch's last, partial batch): the interpreter, on the buffer's
        // state, rather than a second compilation for one step an epoch.
        interpretedState = compiled!.values
        let result = try trainInterpreted(step, inputs, labels: labels, learningRate: learningRate, state: interpretedState)
        compiled!.store(interpretedState, stepsTaken: stepsTaken)
        return result
    }

    /// The step in the interpreter, from `state`; the next state kept unless the step fails.
    private mutating func trainInterpreted(_ step: TrainingStep, _ inputs: [String: TensorData], labels: TensorData, learningRate: Float,
                                           state: [String: TensorData]) throws(DLCError) -> StepResult {
        var graph = step.graph
        graph.weights = state
        var feeds = inputs
        feeds[TrainingStep.labelsInput] = labels
        feeds[TrainingStep.learningRateInput] = TensorData(shape: [1], floats: [learningRate])
        feeds[TrainingStep.stepInput] = TensorData(shape: [1], int64s: [Int64(stepsTaken + 1)])
        let outputs: [String: TensorData]
        do {
            outputs = try Interpreter(graph: graph).run(feeds)
        } catch {
            throw DLCError("step \(stepsTaken + 1): \(error.message)", location: error.location, notes: error.notes)
        }
        let loss = outputs[TrainingStep.lossOutput]!.floats[0]
        guard loss.isFinite else {
            throw DLCError("step \(stepsTaken + 1): the loss is \(loss)" + (try nonFiniteLayer(graph, feeds).map { "; \($0)" } ?? ""))
        }
        if let bad = step.updatedStates.first(where: { outputs[$0]!.floats.contains { !$0.isFinite } }) {
            throw DLCError("step \(stepsTaken + 1): the next value of '\(bad)' is not finite"
                           + (try nonFiniteLayer(graph, feeds).map { "; \($0)" } ?? ""))
        }
        for name in step.updatedStates { interpretedState[name] = outputs[name]! }
        stepsTaken += 1
        return StepResult(loss: loss, predictions: outputs[step.predictions]!)
    }

    /// The compiled step, on the state buffer. A failed step leaves the buffer as it was; the
    /// interpreter then runs the same step to say why (the label, or the first layer whose
    /// output is not finite).
    private mutating func trainCompiled(_ step: TrainingStep, batch: Int, _ inputs: [String: TensorData], labels: TensorData,
                                        learningRate: Float) throws(DLCError) -> StepResult {
        let graph = step.graph
        let declared = graph.inputs.map { (name: graph[$0].name, type: graph[$0].type) }
        let modelInputs = declared.filter { !TrainingStep.addedInputs.contains($0.name) }
        try checkInputs(inputs, declared: modelInputs, model: model.name)
        let labelsType = declared.first { $0.name == TrainingStep.labelsInput }!.type
        guard labels.type == labelsType else { throw DLCError("labels: expected \(labelsType), got \(labels.type)") }
        let modelOutputs = model.outputs.map(\.name)
        var outputs = modelOutputs.map { name in TensorData(zeros: graph[graph.outputs.first { $0.name == name }!.value].type) }
        let (status, loss) = try compiled!.run(step, batch: batch, inputs: modelInputs.map { inputs[$0.name]! }, labels: labels,
                                               learningRate: learningRate, outputs: &outputs)
        guard status == 0, loss.isFinite else {
            var probe = self
            probe.compiled = nil
            // The failed step left the buffer as it was.
            _ = try probe.trainInterpreted(step, inputs, labels: labels, learningRate: learningRate, state: compiled!.values)
            let reason = status == 0 ? "the loss is \(loss)" : RunStatus(rawValue: status)?.message ?? "status \(status)"
            throw DLCError("step \(stepsTaken + 1): \(reason)")
        }
        stepsTaken += 1
        return StepResult(loss: loss, predictions: outputs[modelOutputs.firstIndex(of: step.predictions)!])
    }

    /// The loss and predictions of the trained model on a batch, computed as at inference (batch
    /// norms with their running statistics, no dropout); compiled when the steps are.
    public mutating func evaluate(_ inputs: [String: TensorData], labels: TensorData) throws(DLCError) -> StepResult {
        let batch = inputs.values.first?.shape.first ?? 1
        let graph: Graph
        if let cached = evaluations[batch] {
            graph = cached
        } else {
            graph = try TrainingStep.evaluation(model: model.rebatched(batch), loss: loss)
            evaluations[batch] = graph
        }
        var feeds = inputs
        feeds[TrainingStep.labelsInput] = labels
        let predictions = graph.outputs.first { $0.name != TrainingStep.lossOutput }!.name
        compiledBatch = compiledBatch ?? batch
        if let compiled, batch == compiledBatch {
            // Compiled, on the state buffer's weights; a failed run is explained by the interpreter below.
            try checkInputs(feeds, declared: graph.inputs.map { (graph[$0].name, graph[$0].type) }, model: model.name)
            var outputs = graph.outputs.map { TensorData(zeros: graph[$0.value].type) }
            if try compiled.evaluate(graph, batch: batch, inputs: graph.inputs.map { feeds[graph[$0].name]! }, outputs: &outputs) == 0 {
                let index = { (name: String) in graph.outputs.firstIndex { $0.name == name }! }
                return StepResult(loss: outputs[index(TrainingStep.lossOutput)].floats[0], predictions: outputs[index(predictions)])
            }
        }
        var bound = graph
        bound.weights = weights
        let outputs = try Interpreter(graph: bound).run(feeds)
        return StepResult(loss: outputs[TrainingStep.lossOutput]!.floats[0], predictions: outputs[predictions]!)
    }

    /// The first layer of the step whose output is not finite, described.
    private func nonFiniteLayer(_ graph: Graph, _ feeds: [String: TensorData]) throws(DLCError) -> String? {
        var probe = graph
        for node in graph.nodes where !graph.outputs.contains(where: { $0.value == node.output }) {
            try probe.addOutput("\u{1}probe.\(node.name)", node.output)
        }
        let outputs = try Interpreter(graph: probe).run(feeds)
        for node in graph.nodes {
            let name = graph.outputs.first { $0.value == node.output }?.name ?? "\u{1}probe.\(node.name)"
            guard let value = outputs[name], value.dtype == .float32, value.floats.contains(where: { !$0.isFinite }) else { continue }
            return "the first non-finite value is in layer '\(node.name)' (\(node.operation.kindName))"
        }
        return nil
    }

    private mutating func step(forBatch batch: Int) throws(DLCError) -> TrainingStep {
        if let step = steps[batch] { return step }
        let step = try Self.makeStep(model.rebatched(batch), loss: loss, optimizer: optimizer, seed: seed, frozen: frozen,
                                     batchNormMomentum: batchNormMomentum, treatment: treatment)
        steps[batch] = step
        return step
    }

    /// Continues from a state `saved` (a checkpoint: every weight and piece of optimizer state,
    /// after `stepsTaken` steps); fails naming what does not fit this model and optimizer.
    public mutating func restore(_ saved: [String: TensorData], stepsTaken: Int, source: String) throws(DLCError) {
        for (name, value) in state {
            guard let restored = saved[name] else {
                throw DLCError("\(source): has no '\(name)'; it is not a checkpoint of this model trained with \(optimizer.name)")
            }
            guard restored.type == value.type else {
                throw DLCError("\(source): '\(name)' is \(restored.type), this model's is \(value.type)")
            }
        }
        if let extra = saved.keys.sorted().first(where: { state[$0] == nil }) {
            throw DLCError("\(source): holds '\(extra)', which this model and optimizer do not have")
        }
        interpretedState = saved
        compiled?.store(saved, stepsTaken: stepsTaken)
        self.stepsTaken = stepsTaken
    }
}
