import DLCCodegen
import DLCGraph
import DLCOptimizer
import Foundation

/// Training steps compiled in process (one per batch size met) and the state buffer they train
/// in place (``TrainingStateLayout``): what ``Trainer`` runs unless it interprets.
final class CompiledTraining: @unchecked Sendable {
    typealias StepFunction = @convention(c) (UnsafePointer<UnsafeRawPointer?>?, UnsafeRawPointer?, Float, UnsafeMutableRawPointer?,
                                             UnsafeMutableRawPointer?, UnsafeMutablePointer<Float>?,
                                             UnsafePointer<UnsafeMutableRawPointer?>?) -> Int32

    let options: CompileOptions
    let layout: TrainingStateLayout
    /// The state buffer: the steps taken, then every tensor of ``layout``.
    let state: UnsafeMutableRawPointer
    typealias EvaluateFunction = @convention(c) (UnsafePointer<UnsafeRawPointer?>?, UnsafePointer<UnsafeMutableRawPointer?>?,
                                                 UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> Int32

    private var compiled: [Int: (session: JITSession, function: StepFunction, workspace: Workspace)] = [:]
    private var evaluations: [Int: (session: JITSession, function: EvaluateFunction, workspace: Workspace)] = [:]

    /// A state buffer laid out for `graph` (a training step) holding `values` after `stepsTaken` steps.
    init(graph: Graph, options: CompileOptions, values: [String: TensorData], stepsTaken: Int) {
        self.options = options
        layout = TrainingStateLayout(graph)
        state = UnsafeMutableRawPointer.allocate(byteCount: layout.byteCount, alignment: TrainingStateLayout.alignment)
        state.initializeMemory(as: UInt8.self, repeating: 0, count: layout.byteCount)
        store(values, stepsTaken: stepsTaken)
    }

    deinit { state.deallocate() }

    /// A copy of the state with the same compiled steps.
    func copy() -> CompiledTraining {
        let copy = CompiledTraining(options: options, layout: layout)
        copy.state.copyMemory(from: state, byteCount: layout.byteCount)
        copy.compiled = compiled.mapValues { ($0.session, $0.function, Workspace(byteCount: $0.workspace.byteCount)) }
        copy.evaluations = evaluations.mapValues { ($0.session, $0.function, Workspace(byteCount: $0.workspace.byteCount)) }
        return copy
    }

    private init(options: CompileOptions, layout: TrainingStateLayout) {
        self.options = options
        self.layout = layout
        state = UnsafeMutableRawPointer.allocate(byteCount: layout.byteCount, alignment: TrainingStateLayout.alignment)
    }

    /// Writes `values` (one per tensor of the layout) and the step counter into the buffer.
    func store(_ values: [String: TensorData], stepsTaken: Int) {
        state.storeBytes(of: Int64(stepsTaken), toByteOffset: TrainingStateLayout.stepCounterOffset, as: Int64.self)
        for entry in layout.entries {
            values[entry.name]!.withUnsafeRawBytes { bytes in
                (state + entry.offset).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
            }
        }
    }

    /// The tensors of the buffer, by name.
    var values: [String: TensorData] {
        Dictionary(uniqueKeysWithValues: layout.entries.map { entry in
            (entry.name, TensorData(type: entry.type, bytes: UnsafeRawBufferPointer(start: state + entry.offset, count: entry.type.byteCount)))
        })
    }

    /// The steps taken, as the buffer counts them.
    var stepsTaken: Int { Int(state.load(fromByteOffset: TrainingStateLayout.stepCounterOffset, as: Int64.self)) }

    /// Runs `step` (compiling it on first use for its batch) on the model's `inputs` and
    /// `labels` (checked against the step's types by the caller): returns the run's status and
    /// loss, the model's outputs written into `outputs` (in the model's order).
    func run(_ step: TrainingStep, batch: Int, inputs: [TensorData], labels: TensorData, learningRate: Float,
             outputs: inout [TensorData]) throws(DLCError) -> (status: Int32, loss: Float) {
        let entry = try compiledStep(step, batch: batch)
        var loss: Float = 0
        let status = withPinnedBytes(inputs) { inputPointers in
            labels.withUnsafeRawBytes { labelBytes in
                withPinnedMutableBytes(&outputs) { outputPointers in
                    entry.function(inputPointers, labelBytes.baseAddress, learningRate, state, entry.workspace.base, &loss, outputPointers)
                }
            }
        }
        return (status, loss)
    }

    /// Runs `graph`, a ``TrainingStep/evaluation(model:loss:output:)`` of `batch` samples, on the
    /// weights of the state (compiling it on first use for its batch): `inputs` and `outputs` in
    /// the graph's orders. Returns the run's status.
    func evaluate(_ graph: Graph, batch: Int, inputs: [TensorData], outputs: inout [TensorData]) throws(DLCError) -> Int32 {
        let entry: (session: JITSession, function: EvaluateFunction, workspace: Workspace)
        if let cached = evaluations[batch] {
            entry = cached
        } else {
            entry = try Self.entry(of: JITSession(evaluation: graph, stateLayout: layout, options: options),
                                   function: "\(graph.name)_evaluate", workspaceSize: "\(graph.name)_evaluate_workspace_size")
            evaluations[batch] = entry
        }
        return withPinnedBytes(inputs) { inputPointers in
            withPinnedMutableBytes(&outputs) { outputPointers in entry.function(inputPointers, outputPointers, entry.workspace.base, state) }
        }
    }

    private func compiledStep(_ step: TrainingStep, batch: Int) throws(DLCError) -> (session: JITSession, function: StepFunction, workspace: Workspace) {
        if let entry = compiled[batch] { return entry }
        let entry: (session: JITSession, function: StepFunction, workspace: Workspace) = try Self.entry(
            of: JITSession(trainingStep: step, options: options),
            function: "\(step.graph.name)_train_step", workspaceSize: "\(step.graph.name)_train_workspace_size")
        compiled[batch] = entry
        return entry
    }

    /// The entry point `function` of a module compiled in `session`, and a workspace of the
    /// bytes its `workspaceSize` function returns.
    private static func entry<Function>(of session: JITSession, function: String,
                                        workspaceSize: String) throws(DLCError) -> (session: JITSession, function: Function, workspace: Workspace) {
        let address = unsafeBitCast(try session.address(of: function), to: Function.self)
        let size = unsafeBitCast(try session.address(of: workspaceSize), to: (@convention(c) () -> Int64).self)
        return (session, address, Workspace(byteCount: Int(size())))
    }
}
