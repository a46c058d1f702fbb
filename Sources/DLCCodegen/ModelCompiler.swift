import CLLVM
import DLCGraph
import DLCLLVM
import DLCOptimizer

/// Lowers a graph with bound weights to one LLVM module exporting the C ABI of a compiled model:
///
/// ```c
/// int         NAME_run(const void *const *inputs, void *const *outputs, void *workspace);
/// size_t      NAME_workspace_size(void);
/// const dlc_model_info *NAME_info(void);   // also as dlc_model_get_info()
/// int         NAME_infer(const float *image, float *probs, void *workspace);   // one pointer per tensor
/// ```
///
/// ```swift
/// let compiler = try ModelCompiler(graph: graph, options: CompileOptions())
/// try compiler.optimize()
/// let object = try compiler.emit(.object)
/// ```
public final class ModelCompiler {
    /// Every decision made before code: the lowered graph, each layer's kernel, the memory plan.
    public let compilation: CompilationPlan
    /// The options it was compiled with.
    public let options: CompileOptions
    package let module: IRModule
    package let machine: TargetMachine
    let builder: IRBuilder
    let runtime: RuntimeFunctions
    var weightGlobals: [ValueID: LLVMValueRef] = [:]
    /// Step functions layers of one configuration share (see `NodeContext.step`).
    var sharedSteps: [String: IRFunction] = [:]
    let declaresWeights: Bool
    /// The state buffer's layout when the module is a training step (its weights are read from
    /// the buffer at run time); nil for an inference model (its weights are constants).
    let trainingState: TrainingStateLayout?
    /// The outputs of a training step that are next values of its state.
    let trainingUpdatedStates: [String]
    /// Stand-ins for the weights of a training step: external declarations that the run function
    /// replaces by addresses in the state buffer wherever a step is handed one (``KernelStep/constants``).
    var statePlaceholders: [LLVMValueRef: ValueID] = [:]
    /// Bytes of the constants emitted so far: weights as the kernels read them (packed, and
    /// transformed for Winograd layers, which store 16/9 or 4× their filters).
    var constantBytes = 0
    /// The most constant data a library may hold: its code reaches its data by 32-bit offsets
    /// (±2 GiB), and the code itself needs some of that room.
    static let maximumConstantBytes = (1 << 31) - (128 << 20)

    /// The graph as lowered: layouts assigned, convolutional LSTMs decomposed.
    public var graph: Graph { compilation.graph }
    /// Where every tensor lives during an inference.
    public var plan: MemoryPlan { compilation.memory }
    /// The prefix of every exported symbol: the model's name.
    public var symbolPrefix: String { graph.name }
    /// The symbol of the per-layer time array a profiling build exports.
    public var profileSymbol: String { Self.profileSymbol(model: symbolPrefix) }
    /// The per-layer time array of a profiling build of the model `name`.
    public static func profileSymbol(model name: String) -> String { "\(name)_profile_ns" }

    /// Builds and verifies the module.
    /// With `declaringWeights`, weights are external declarations instead of data: the module is
    /// then for reading (generated/), not for linking.
    public convenience init(graph: Graph, options: CompileOptions, declaringWeights: Bool = false) throws(DLCError) {
        try self.init(graph: graph, options: options, context: nil, declaringWeights: declaringWeights)
    }

    /// Builds the module in `context`, a context owned elsewhere (the JIT's), or its own.
    /// With `trainingStep` the module is that step (`graph` is its graph); with
    /// `evaluationState` it is `graph` (a ``TrainingStep/evaluation(model:loss:output:)``)
    /// reading its weights from a training step's state buffer of that layout.
    package init(graph: Graph, options: CompileOptions, context: LLVMContextRef?, declaringWeights: Bool = false,
                 trainingStep: TrainingStep? = nil, evaluationState: TrainingStateLayout? = nil) throws(DLCError) {
        let stateLayout = trainingStep.map { TrainingStateLayout($0.graph) } ?? evaluationState
        guard stateLayout != nil || graph.hasAllWeights else {
            throw DLCError("model '\(graph.name)': weights are not bound; load a weights file or initialize them")
        }
        try graph.verify()
        compilation = try CompilationPlan(graph, options: options, weightsAtRunTime: stateLayout != nil)
        self.options = options
        declaresWeights = declaringWeights
        trainingState = stateLayout
        trainingUpdatedStates = trainingStep?.updatedStates ?? []
        machine = try TargetMachine(options.target)
        let graph = compilation.graph
        module = context.map { IRModule(name: graph.name, context: $0) } ?? IRModule(name: graph.name)
        machine.configure(module)
        builder = IRBuilder(module: module)
        runtime = RuntimeFunctions(module: module)

        var lowered: [NodeContext] = []
        for (index, node) in graph.nodes.enumerated() {
            let context = NodeContext(compiler: self, node: node, index: index)
            if !plan.assembledNodes.contains(index) { lower(node, context) }
            lowered.append(context)
        }
        try Self.checkConstantBytes(constantBytes, model: graph.name)
        if let trainingStep {
            emitTrainingEntryPoints(trainingStep, run: emitRunFunction(lowered, name: "\(symbolPrefix)_train_run", exported: false))
        } else if evaluationState != nil {
            emitRunFunction(lowered, name: "\(symbolPrefix)_evaluate", exported: true)
            emitEvaluationWorkspaceSize()
        } else {
            emitRunFunction(lowered, name: "\(symbolPrefix)_run", exported: true)
            emitMetadata()
        }
        try module.verify()
    }

    /// Compiles one training step (``TrainingStep``): its weights and optimizer state are read
    /// from a caller-owned state buffer (``TrainingStateLayout``), the next values written back
    /// into it. The module exports
    ///
    /// ```c
    /// int     NAME_train_step(const void *const *inputs, const void *labels, float learning_rate,
    ///                         void *state, void *workspace, float *loss, void *const *predictions);
    /// int64_t NAME_state_size(void);
    /// int64_t NAME_train_workspace_size(void);
    /// const dlc_state_info *NAME_state_info(void);
    /// ```
    ///
    /// ```swift
    /// let step = try TrainingStep(model: graph, loss: .crossEntropy(), optimizer: .adam())
    /// let compiler = try ModelCompiler(trainingStep: step, options: CompileOptions())
    /// ```
    public convenience init(trainingStep: TrainingStep, options: CompileOptions) throws(DLCError) {
        try self.init(graph: trainingStep.graph, options: options, context: nil, trainingStep: trainingStep)
    }

    /// The graph as the code generator lowers it: convolutional LSTMs rewritten into the
    /// convolutions and element-wise layers they are made of, layouts assigned for the target's
    /// vectors (plain everywhere unless `blocked`), pooling layers fused into the
    /// convolutions whose kernel (for `algorithm`) can pool in its epilogue, and depthwise
    /// layers into the pointwise layers reading them.
    ///
    /// ```swift
    /// let lowered = try ModelCompiler.lowered(graph, for: CodegenTarget.host())
    /// ```
    public static func lowered(_ graph: Graph, for target: CodegenTarget, blocked: Bool = true,
                               algorithm: ConvolutionAlgorithm = .auto) throws(DLCError) -> Graph {
        try loweredForTarget(CompilationPlan.portable(graph), block: blocked ? target.floatLanes : 1,
                             registers: target.vectorRegisters, algorithm: algorithm)
    }

    /// The target's part of ``lowered(_:for:blocked:algorithm:)``, on a graph already portable:
    /// vectors of `block` floats (1: plain layouts), `registers` of them.
    static func loweredForTarget(_ portable: Graph, block: Int, registers: Int, algorithm: ConvolutionAlgorithm) throws(DLCError) -> Graph {
        var graph = portable
        let fusePooling = FusePooling { conv, input, output, pool in
            ConvolutionKernel.hasPoolingEpilogue(conv, input: input, output: output, pool: pool, algorithm: algorithm, registers: registers)
        }
        let fuseDepthwisePointwise = FuseDepthwisePointwise { depthwise, pointwise, input, between, output in
            DepthwisePointwiseConvolution.applies(depthwise: depthwise, pointwise: pointwise, input: input, between: between, output: output,
                                                  registers: registers)
        }
        try PassManager(passes: [AssignLayouts(block: block), fusePooling, fuseDepthwisePointwise]).run(&graph)
        return graph
    }

    /// A training step as lowered: plain layouts and no fused layers, so every kernel reads its
    /// weights as the state holds them (OIHW filters, `[units][features]` matrices) or packs
    /// them as it runs.
    static func loweredForTraining(_ portable: Graph) throws(DLCError) -> Graph {
        var graph = portable
        try PassManager(passes: [AssignLayouts(block: 1)]).run(&graph)
        return graph
    }

    /// The LLVM pipeline models are optimized with (vectorizers included).
    public static let pipeline = "default<O3>"

    /// Runs LLVM's `default<O3>` pipeline and verifies the result.
    public func optimize(pipeline: String = ModelCompiler.pipeline) throws(DLCError) {
        try machine.optimize(module, pipeline: pipeline)
        try module.verify()
    }

    /// Machine code or assembly text for the target.
    package func emit(_ kind: TargetMachine.FileKind) throws(DLCError) -> [UInt8] { try machine.emit(module, as: kind) }

    // MARK: - Lowering

    private func lower(_ node: Node, _ context: NodeContext) {
        switch node.operation {
        case .conv2d(let op): op.lower(context)
        case .conv2dTranspose(let op): op.lower(context)
        case .pool2d(let op): op.lower(context)
        case .globalPool2d(let op): op.lower(context)
        case .dense(let op): op.lower(context)
        case .flatten, .reshape, .dropout: break   // views: they share their input's storage
        case .batchNorm(let op): op.lower(context)
        case .lrn(let op): op.lower(context)
        case .unary(let op): op.lower(context)
        case .binary(let op): op.lower(context)
        case .softmax(let op): op.lower(context)
        case .concat(let op): op.lower(context)
        case .slice(let op): op.lower(context)
        case .transpose(let op): op.lower(context)
        case .embedding(let op): op.lower(context)
        case .recurrent(let op): op.lower(context)
        case .convLSTM2d: preconditionFailure("\(node.name): DecomposeConvLSTM rewrites convolutional LSTMs before lowering")
        case .pad2d(let op): op.lower(context)
        case .constant: break   // read from its global, like a weight
        case .reorder(let op): op.lower(context)
        case .matmul(let op): op.lower(context)
        case .gather(let op): op.lower(context)
        case .training(let op): op.lower(context)
        }
    }

    /// Target attributes on every function, so LLVM's cost models and code generator use the
    /// target's full vector width (AVX-512 functions otherwise default to 256-bit vectors).
    func tuneForTarget(_ function: IRFunction) { options.target.tune(function) }
}
