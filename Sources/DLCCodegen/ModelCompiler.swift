import CLLVM
import DLCGraph
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
    /// The graph as lowered: layouts assigned, convolutional LSTMs decomposed.
    public let graph: Graph
    /// The options it was compiled with.
    public let options: CompileOptions
    package let module: IRModule
    /// Where every tensor lives during an inference.
    public let plan: MemoryPlan
    package let machine: TargetMachine
    let builder: IRBuilder
    let runtime: RuntimeFunctions
    private var weightGlobals: [ValueID: LLVMValueRef] = [:]
    /// Step functions layers of one configuration share (see `NodeContext.step`).
    var sharedSteps: [String: IRFunction] = [:]
    private let declaresWeights: Bool
    /// Bytes of the constants emitted so far: weights as the kernels read them (packed, and
    /// transformed for Winograd layers, which store 16/9 or 4× their filters).
    private var constantBytes = 0
    /// The most constant data a library may hold: its code reaches its data by 32-bit offsets
    /// (±2 GiB), and the code itself needs some of that room.
    static let maximumConstantBytes = (1 << 31) - (128 << 20)
    /// The kernel of each convolution, by its output: chosen once, as the Winograd cost model
    /// is evaluated for the plan, the lowering, the profile names and the MAC counts.
    let convolutionKernels: [ValueID: ConvolutionKernel]

    /// The prefix of every exported symbol: the model's name.
    public var symbolPrefix: String { graph.name }
    /// The kernel each layer of ``graph`` was lowered with (`blocked`, `depthwise`, `plain`, ...).
    public private(set) var kernels: [String] = []
    /// The multiply-accumulates each layer's kernel executes (fewer than the layer's own count
    /// for Winograd layers).
    public private(set) var executedMACs: [Int] = []
    /// The symbol of the per-layer time array a profiling build exports.
    public var profileSymbol: String { "\(symbolPrefix)_profile_ns" }

    /// Builds and verifies the module. `context` places it in a context owned elsewhere (the JIT's).
    /// With `declaringWeights`, weights are external declarations instead of data: the module is
    /// then for reading (generated/), not for linking.
    public init(graph: Graph, options: CompileOptions, context: LLVMContextRef? = nil,
                declaringWeights: Bool = false) throws(DLCError) {
        guard graph.hasAllWeights else {
            throw DLCError("model '\(graph.name)': weights are not bound; load a weights file or initialize them")
        }
        try graph.verify()
        let graph = try Self.lowered(graph, block: options.blockedLayout ? options.target.floatLanes : 1,
                                     algorithm: options.convolutionAlgorithm)
        self.graph = graph
        self.options = options
        declaresWeights = declaringWeights
        machine = try TargetMachine(options.target)
        module = context.map { IRModule(name: graph.name, context: $0) } ?? IRModule(name: graph.name)
        machine.configure(module)
        builder = IRBuilder(module: module)
        runtime = RuntimeFunctions(module: module)
        let convolutionKernels = Self.convolutionKernels(graph, algorithm: options.convolutionAlgorithm)
        self.convolutionKernels = convolutionKernels
        plan = MemoryPlanner.plan(graph, scratchBytes: { node in
            Self.scratchBytes(for: node, in: graph, kernel: convolutionKernels[node.output])
        })

        var lowered: [NodeContext] = []
        for (index, node) in graph.nodes.enumerated() {
            let context = NodeContext(compiler: self, node: node, index: index)
            let assembled = plan.assembledNodes.contains(index)
            if !assembled { lower(node, context) }
            lowered.append(context)
            kernels.append(assembled ? "in place" : Self.kernelName(node, in: graph, kernel: convolutionKernels[node.output]))
            executedMACs.append(Self.executedMACs(node, in: graph, kernel: convolutionKernels[node.output]))
        }
        try Self.checkConstantBytes(constantBytes, model: graph.name)
        emitRunFunction(lowered)
        emitMetadata()
        try module.verify()
    }

    /// The graph as the code generator lowers it: convolutional LSTMs rewritten into the
    /// convolutions and element-wise layers they are made of, layouts assigned for vectors of
    /// `block` floats (known only once the target is), pooling layers fused into the
    /// convolutions whose kernel (for `algorithm`) can pool in its epilogue, and depthwise
    /// layers into the pointwise layers reading them.
    ///
    /// ```swift
    /// let lowered = try ModelCompiler.lowered(graph, block: CodegenTarget.host().floatLanes)
    /// ```
    public static func lowered(_ graph: Graph, block: Int, algorithm: ConvolutionAlgorithm = .auto) throws(DLCError) -> Graph {
        var graph = graph
        let fusePooling = FusePooling { conv, input, output, pool in
            ConvolutionKernel.hasPoolingEpilogue(conv, input: input, output: output, pool: pool, algorithm: algorithm)
        }
        let fuseDepthwisePointwise = FuseDepthwisePointwise { depthwise, pointwise, input, between, output in
            DepthwisePointwiseConvolution.applies(depthwise: depthwise, pointwise: pointwise, input: input, between: between, output: output)
        }
        try PassManager(passes: [DecomposeConvLSTM(), AssignLayouts(block: block), fusePooling, fuseDepthwisePointwise]).run(&graph)
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

    /// The kernel of every convolution of a graph whose layouts are assigned.
    static func convolutionKernels(_ graph: Graph, algorithm: ConvolutionAlgorithm) -> [ValueID: ConvolutionKernel] {
        var kernels: [ValueID: ConvolutionKernel] = [:]
        for node in graph.nodes { kernels[node.output] = convolutionKernel(node, in: graph, algorithm: algorithm) }
        return kernels
    }

    /// The kernel a convolution layer gets (nil for other layers).
    private static func convolutionKernel(_ node: Node, in graph: Graph, algorithm: ConvolutionAlgorithm) -> ConvolutionKernel? {
        guard case .conv2d(let op) = node.operation else { return nil }
        let input = graph[node.inputs[0]].type
        return ConvolutionKernel.select(op, input: input, output: op.convolvedType(input: input, output: graph[node.output].type),
                                        algorithm: algorithm)
    }

    /// Scratch bytes a layer's kernel needs while it runs.
    ///
    /// ```swift
    /// let plan = MemoryPlanner.plan(graph) { ModelCompiler.scratchBytes(for: $0, in: graph) }
    /// ```
    public static func scratchBytes(for node: Node, in graph: Graph, algorithm: ConvolutionAlgorithm = .auto) -> Int {
        scratchBytes(for: node, in: graph, kernel: convolutionKernel(node, in: graph, algorithm: algorithm))
    }

    /// Scratch bytes of a layer; `kernel` is the convolution kernel chosen for a convolution.
    private static func scratchBytes(for node: Node, in graph: Graph, kernel: ConvolutionKernel?) -> Int {
        switch node.operation {
        case .recurrent(let op): return op.scratchBytes(input: graph[node.inputs[0]].type)
        case .conv2d(let op):
            let (input, output) = (graph[node.inputs[0]].type, graph[node.output].type)
            switch kernel! {
            case .blocked: return PaddedInput(input: input, padding: op.padding)?.bytes ?? 0
            case .winograd, .winograd2x2:
                return WinogradShape(op, input: input, output: op.convolvedType(input: input, output: output), tile: kernel!.winogradTile!).scratchBytes
            case .blockedPointwise, .depthwise, .depthwisePointwise, .plain, .plainPointwise: return 0
            }
        default: return 0
        }
    }

    /// What `dlc bench --profile` says a layer ran: the convolution kernel chosen, or the layout
    /// an op computed in.
    private static func kernelName(_ node: Node, in graph: Graph, kernel: ConvolutionKernel?) -> String {
        let output = graph[node.output].type
        if node.operation.definition.isView { return "view" }
        switch node.operation {
        case .conv2d(let op): return kernel!.rawValue + (op.pool.map { "+\($0.kindName)" } ?? "")
        case .reorder(let op): return op.target == .plain ? "to plain" : "to blocked"
        default:
            let blocked = output.layout != .plain || node.inputs.contains { graph[$0].type.layout != .plain }
            return blocked ? "blocked" : "plain"
        }
    }

    /// Multiply-accumulates a layer's kernel executes: the op's own count, except Winograd
    /// layers, whose products per tile (36 for F(4x4), 16 for F(2x2)) replace the direct
    /// kernel's 9 per output pixel.
    private static func executedMACs(_ node: Node, in graph: Graph, kernel: ConvolutionKernel?) -> Int {
        let inputs = node.inputs.map { graph[$0].type }, output = graph[node.output].type
        if case .conv2d(let op) = node.operation, let tile = kernel?.winogradTile {
            return WinogradShape(op, input: inputs[0], output: op.convolvedType(input: inputs[0], output: output), tile: tile).productMACs
        }
        return node.operation.definition.macCount(inputs: inputs, output: output)
    }

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
        }
    }

    /// Target attributes on every function, so LLVM's cost models and code generator use the
    /// target's full vector width (AVX-512 functions otherwise default to 256-bit vectors).
    func tuneForTarget(_ function: IRFunction) { options.target.tune(function) }

    // MARK: - Constants

    /// A weight as a float pointer to a 64-byte aligned constant holding its bytes.
    func weightPointer(_ value: ValueID) -> LLVMValueRef {
        if let global = weightGlobals[value] { return global }
        let data = graph.weight(value)!
        let global: LLVMValueRef
        switch data.storage {
        case .float32(let floats): global = byteConstant(floats, name: "weight.\(graph[value].name)")
        case .int32(let values): global = byteConstant(values, name: "weight.\(graph[value].name)")
        case .int64(let values): global = byteConstant(values, name: "weight.\(graph[value].name)")
        }
        let pointer = LLVMConstBitCast(global, module.floatPointer)!
        weightGlobals[value] = pointer
        return pointer
    }

    /// The value of a constant layer as a float pointer to its global.
    func constantPointer(_ value: ValueID) -> LLVMValueRef {
        if let global = weightGlobals[value] { return global }
        guard case .constant(let constant) = graph.producer(of: value)?.operation else {
            preconditionFailure("\(graph[value].name) is not a constant layer")
        }
        let pointer = floatConstant(constant.elements, name: graph[value].name)
        weightGlobals[value] = pointer
        return pointer
    }

    /// Refuses a library whose constants would not be addressable from its code.
    static func checkConstantBytes(_ bytes: Int, model: String) throws(DLCError) {
        guard bytes > maximumConstantBytes else { return }
        throw DLCError("model '\(model)': its weights take \(formatBytes(bytes)) as the kernels store them "
                       + "(packed, and up to 4× for Winograd layers), more than the \(formatBytes(maximumConstantBytes)) "
                       + "a shared library can address; --conv-algorithm direct stores convolutions' weights once")
    }

    /// A float array as a constant, returned as a float pointer.
    func floatConstant(_ values: [Float], name: String) -> LLVMValueRef {
        LLVMConstBitCast(byteConstant(values, name: "weight.\(name)"), module.floatPointer)!
    }

    /// Elements stored as a byte-string constant: fast to build and to emit even at hundreds of
    /// megabytes, and aligned for vector loads.
    private func byteConstant<T>(_ values: [T], name: String) -> LLVMValueRef {
        if declaresWeights {
            let global = LLVMAddGlobal(module.module, module.array(module.int8, values.count * MemoryLayout<T>.stride), name)!
            LLVMSetGlobalConstant(global, 1)
            LLVMSetAlignment(global, 64)
            return global
        }
        constantBytes += values.count * MemoryLayout<T>.stride
        guard constantBytes <= Self.maximumConstantBytes else {
            // Past the limit nothing more is emitted (a constant's length is a 32-bit count);
            // the initializer reports the total.
            return LLVMGetUndef(module.pointer(to: module.int8))!
        }
        return values.withUnsafeBytes { bytes in
            let initializer = LLVMConstStringInContext(
                module.context, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), UInt32(bytes.count), 1)!
            let global = LLVMAddGlobal(module.module, LLVMTypeOf(initializer), name)!
            LLVMSetInitializer(global, initializer)
            LLVMSetGlobalConstant(global, 1)
            LLVMSetLinkage(global, LLVMPrivateLinkage)
            LLVMSetUnnamedAddress(global, LLVMGlobalUnnamedAddr)
            LLVMSetAlignment(global, 64)
            return global
        }
    }

    /// A NUL-terminated string constant as an i8 pointer.
    func stringConstant(_ text: String, name: String) -> LLVMValueRef {
        let initializer = LLVMConstStringInContext(module.context, text, UInt32(text.utf8.count), 0)!
        let global = LLVMAddGlobal(module.module, LLVMTypeOf(initializer), name)!
        LLVMSetInitializer(global, initializer)
        LLVMSetGlobalConstant(global, 1)
        LLVMSetLinkage(global, LLVMPrivateLinkage)
        LLVMSetUnnamedAddress(global, LLVMGlobalUnnamedAddr)
        return LLVMConstBitCast(global, module.bytePointer)
    }

    // MARK: - The run function

    /// The thread count handed to `GOMP_parallel`: `--threads`, or with 0 the OpenMP runtime's
    /// choice (`OMP_NUM_THREADS` or the cores) capped at ``CompileOptions/maximumThreads`` —
    /// libgomp crashes trying to start a team of 100,000.
    private func emitTeamSize() -> LLVMValueRef {
        guard options.threads == 0 else { return module.constant(Int32(options.threads)) }
        return builder.smin(builder.call(runtime.maximumThreadCount, []), module.constant(Int32(CompileOptions.maximumThreads)))
    }

    private func emitRunFunction(_ lowered: [NodeContext]) {
        let bytePointer = module.bytePointer
        let slotsPointer = module.pointer(to: bytePointer)
        let run = module.addFunction("\(symbolPrefix)_run", returning: module.int32,
                                     parameters: [slotsPointer, slotsPointer, bytePointer])
        run.addAttribute("nounwind")
        tuneForTarget(run)
        builder.position(at: run.appendBlock("entry"))
        let (inputs, outputs, callerWorkspace) = (run.parameter(0), run.parameter(1), run.parameter(2))
        let status = builder.alloca(module.int32, "status")
        builder.store(module.constant(Int32(0)), status)
        let maxSlots = zip(graph.nodes, lowered).map { node, context in
            node.inputs.count + 3 + (context.steps.map(\.constants.count).max() ?? 0)
        }.max() ?? 1

        func returnStatus(_ code: RunStatus, if condition: LLVMValueRef) {
            builder.when(condition) { builder.return(module.constant(code.rawValue)) }
        }
        func isNull(_ pointer: LLVMValueRef) -> LLVMValueRef {
            builder.icmp(LLVMIntEQ, builder.bitcast(pointer, to: module.bytePointer), LLVMConstPointerNull(module.bytePointer))
        }
        returnStatus(.invalidArgument, if: builder.or(isNull(inputs), isNull(outputs)))
        var inputPointers: [LLVMValueRef] = []
        for index in graph.inputs.indices {
            let pointer = builder.load(bytePointer, builder.gep(bytePointer, inputs, builder.index(index)), "input\(index)")
            returnStatus(.invalidArgument, if: isNull(pointer))
            inputPointers.append(pointer)
        }
        var outputPointers: [LLVMValueRef] = []
        for index in graph.outputs.indices {
            let pointer = builder.load(bytePointer, builder.gep(bytePointer, outputs, builder.index(index)), "output\(index)")
            returnStatus(.invalidArgument, if: isNull(pointer))
            outputPointers.append(pointer)
        }

        // The workspace: the caller's, or one allocated for this call; aligned to 64 bytes.
        var workspace = LLVMConstPointerNull(bytePointer)!
        var allocated = LLVMConstPointerNull(bytePointer)!
        if plan.workspaceSize > 0 {
            let callerGave = builder.icmp(LLVMIntNE, callerWorkspace, LLVMConstPointerNull(bytePointer))
            let current = builder.currentBlock
            let allocate = builder.makeBlock("allocate")
            let ready = builder.makeBlock("workspace")
            builder.branch(if: callerGave, then: ready, else: allocate)
            builder.position(at: allocate)
            let fresh = builder.call(runtime.malloc, [builder.index(plan.workspaceSize + 63)], "fresh")
            builder.branch(to: ready)
            builder.position(at: ready)
            let base = builder.phi(bytePointer, "base")
            builder.addIncoming(base, callerWorkspace, from: current)
            builder.addIncoming(base, fresh, from: allocate)
            allocated = builder.phi(bytePointer, "allocated")
            builder.addIncoming(allocated, LLVMConstPointerNull(bytePointer), from: current)
            builder.addIncoming(allocated, fresh, from: allocate)
            returnStatus(.outOfMemory, if: isNull(base))
            let address = LLVMBuildPtrToInt(builder.builder, base, module.int64, "")!
            let rounded = builder.and(builder.add(address, builder.index(63)), builder.index(-64))
            workspace = LLVMBuildIntToPtr(builder.builder, rounded, bytePointer, "workspace")!
        }

        /// A value's address, given the run's (or a chunk's) input, output and workspace pointers.
        func pointer(to value: ValueID, inputs: [LLVMValueRef], outputs: [LLVMValueRef], workspace: LLVMValueRef) -> LLVMValueRef {
            switch plan.location(of: value) {
            case .input(let index): return inputs[index]
            case .output(let index): return outputs[index]
            case .parameter: return builder.bitcast(weightPointer(value), to: bytePointer)
            case .constant: return builder.bitcast(constantPointer(MemoryPlanner.storageRoot(of: value, in: graph)), to: bytePointer)
            case .workspace(let offset): return builder.gep(module.int8, workspace, builder.index(offset))
            }
        }

        // The layers run in chunks, each a function of its own that returns the first error
        // code: one function calling every layer's steps grows with the model, and LLVM's passes
        // over it grow faster (8,000 layers took 80 s, most of it in that one function).
        let profile = options.profile ? ProfileCounters(compiler: self, layers: graph.nodes.count) : nil
        let layers = lowered.filter { !$0.steps.isEmpty }
        let chunkSize = 64
        for (chunkIndex, first) in stride(from: 0, to: layers.count, by: chunkSize).enumerated() {
            let chunk = module.addFunction("\(symbolPrefix)_layers\(chunkIndex)", returning: module.int32,
                                           parameters: [slotsPointer, slotsPointer, bytePointer, module.pointer(to: module.int32)])
            chunk.linkage = LLVMInternalLinkage
            chunk.addAttribute("nounwind")
            chunk.addAttribute("noinline")
            tuneForTarget(chunk)
            let caller = builder.currentBlock
            builder.position(at: chunk.appendBlock("entry"))
            let chunkInputs = graph.inputs.indices.map {
                builder.load(bytePointer, builder.gep(bytePointer, chunk.parameter(0), builder.index($0)))
            }
            let chunkOutputs = graph.outputs.indices.map {
                builder.load(bytePointer, builder.gep(bytePointer, chunk.parameter(1), builder.index($0)))
            }
            let (chunkWorkspace, chunkStatus) = (chunk.parameter(2), chunk.parameter(3))
            let chunkLayers = layers[first ..< min(first + chunkSize, layers.count)]
            let teamSize = chunkLayers.contains { $0.steps.contains(where: \.parallel) } ? emitTeamSize() : nil
            let arguments = builder.alloca(module.array(bytePointer, maxSlots), "args")
            let statusBytes = builder.bitcast(chunkStatus, to: bytePointer)
            for context in chunkLayers {
                let started = profile?.now(builder)
                let node = context.node
                var slots = [pointer(to: node.output, inputs: chunkInputs, outputs: chunkOutputs, workspace: chunkWorkspace)]
                    + node.inputs.map { pointer(to: $0, inputs: chunkInputs, outputs: chunkOutputs, workspace: chunkWorkspace) }
                slots.append(plan.scratchOffsets[context.index].map { builder.gep(module.int8, chunkWorkspace, builder.index($0)) }
                             ?? LLVMConstPointerNull(bytePointer))
                slots.append(statusBytes)
                for (slot, value) in slots.enumerated() {
                    var indices: [LLVMValueRef?] = [builder.index(0), builder.index(slot)]
                    let address = LLVMBuildInBoundsGEP2(builder.builder, module.array(bytePointer, maxSlots), arguments, &indices, 2, "")!
                    builder.store(value, address)
                }
                let argumentBytes = builder.bitcast(arguments, to: bytePointer)
                for step in context.steps {
                    for (offset, constant) in step.constants.enumerated() {
                        var indices: [LLVMValueRef?] = [builder.index(0), builder.index(slots.count + offset)]
                        let address = LLVMBuildInBoundsGEP2(builder.builder, module.array(bytePointer, maxSlots), arguments, &indices, 2, "")!
                        builder.store(builder.bitcast(constant, to: bytePointer), address)
                    }
                    if step.parallel {
                        builder.call(runtime.parallel, [builder.bitcast(step.function.value, to: runtime.parallelBodyPointer),
                                                        argumentBytes, teamSize!,
                                                        module.constant(Int32(0))])
                    } else {
                        builder.call(step.function, [argumentBytes])
                    }
                }
                if let profile, let started { profile.add(builder, layer: context.index, since: started) }
                if node.operation.definition.canFailAtRunTime {
                    let code = builder.load(module.int32, chunkStatus)
                    builder.when(builder.icmp(LLVMIntNE, code, module.constant(Int32(0)))) { builder.return(code) }
                }
            }
            builder.return(module.constant(Int32(0)))

            builder.position(at: caller)
            let code = builder.call(chunk, [inputs, outputs, workspace, status])
            builder.when(builder.icmp(LLVMIntNE, code, module.constant(Int32(0)))) {
                builder.call(runtime.free, [allocated])
                builder.return(code)
            }
        }
        func pointer(to value: ValueID) -> LLVMValueRef {
            pointer(to: value, inputs: inputPointers, outputs: outputPointers, workspace: workspace)
        }
        for copy in plan.outputCopies {
            builder.copyBytes(to: outputPointers[copy.output], from: pointer(to: copy.value),
                              count: builder.index(graph[copy.value].type.byteCount))
        }
        builder.call(runtime.free, [allocated])
        builder.return(module.constant(Int32(0)))
    }
}

/// The per-layer clock of a profiling build: an exported `i64` array of nanoseconds, one per
/// layer, that each run adds its layers' wall times to (CLOCK_MONOTONIC around the layer's steps).
private struct ProfileCounters {
    let module: IRModule
    let counters: LLVMValueRef
    let clock: IRFunction
    let timespec: LLVMTypeRef

    init(compiler: ModelCompiler, layers: Int) {
        module = compiler.module
        let type = module.array(module.int64, max(layers, 1))
        counters = LLVMAddGlobal(module.module, type, compiler.profileSymbol)!
        LLVMSetInitializer(counters, LLVMConstNull(type))
        timespec = module.array(module.int64, 2)
        clock = module.addFunction("clock_gettime", returning: module.int32, parameters: [module.int32, module.pointer(to: timespec)])
    }

    /// Nanoseconds of the monotonic clock.
    func now(_ b: IRBuilder) -> LLVMValueRef {
        let slot = b.alloca(timespec)
        b.call(clock, [module.constant(Int32(1)), slot])   // CLOCK_MONOTONIC
        let seconds = b.load(module.int64, b.gep(module.int64, b.bitcast(slot, to: module.pointer(to: module.int64)), b.index(0)))
        let nanoseconds = b.load(module.int64, b.gep(module.int64, b.bitcast(slot, to: module.pointer(to: module.int64)), b.index(1)))
        return b.add(b.mul(seconds, b.index(1_000_000_000)), nanoseconds)
    }

    func add(_ b: IRBuilder, layer: Int, since start: LLVMValueRef) {
        let elapsed = b.sub(now(b), start)
        let slot = b.gep(module.int64, b.bitcast(counters, to: module.pointer(to: module.int64)), b.index(layer))
        b.store(b.add(b.load(module.int64, slot), elapsed), slot)
    }
}

/// The C runtime functions compiled models call: libgomp's parallel region, barrier and thread queries,
/// and malloc/free for a workspace the caller did not provide.
struct RuntimeFunctions {
    let parallel: IRFunction
    let parallelBodyPointer: LLVMTypeRef
    let threadNumber: IRFunction
    let threadCount: IRFunction
    let maximumThreadCount: IRFunction
    let barrier: IRFunction
    let malloc: IRFunction
    let free: IRFunction

    init(module: IRModule) {
        let body = module.functionType(module.void, [module.bytePointer])
        parallelBodyPointer = module.pointer(to: body)
        parallel = module.addFunction("GOMP_parallel", returning: module.void,
                                      parameters: [parallelBodyPointer, module.bytePointer, module.int32, module.int32])
        threadNumber = module.addFunction("omp_get_thread_num", returning: module.int32, parameters: [])
        threadCount = module.addFunction("omp_get_num_threads", returning: module.int32, parameters: [])
        maximumThreadCount = module.addFunction("omp_get_max_threads", returning: module.int32, parameters: [])
        barrier = module.addFunction("GOMP_barrier", returning: module.void, parameters: [])
        malloc = module.addFunction("malloc", returning: module.bytePointer, parameters: [module.int64])
        free = module.addFunction("free", returning: module.void, parameters: [module.bytePointer])
    }
}
