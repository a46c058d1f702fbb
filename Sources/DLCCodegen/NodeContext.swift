import CLLVM
import DLCGraph
import DLCLLVM
import DLCOptimizer

/// One unit of a layer's work: a `void(i8* args)` function the run function either calls
/// directly or hands to `GOMP_parallel`, which runs it on every thread; each thread takes its
/// share of the step's iterations.
struct KernelStep {
    let function: IRFunction
    let parallel: Bool
    /// Constant pointers (packed weights, biases) passed after the buffers, for steps shared by
    /// layers of the same configuration.
    var constants: [LLVMValueRef] = []
}

/// The buffers a step's body sees, as typed pointers: the layer's output, its data inputs, its
/// scratch space and the run's status word.
struct StepBuffers {
    let output: LLVMValueRef
    let inputs: [LLVMValueRef]
    let scratch: LLVMValueRef
    let status: LLVMValueRef
    /// The float pointers given as `constants` to `step(...)`, as parameters of the step.
    var constants: [LLVMValueRef] = []
}

/// What a layer's lowering works with: its node and types, the builder, the target's vector
/// width, its weights as constants, and `step(...)` to emit code.
final class NodeContext {
    let compiler: ModelCompiler
    let node: Node
    let index: Int
    private(set) var steps: [KernelStep] = []

    init(compiler: ModelCompiler, node: Node, index: Int) {
        self.compiler = compiler
        self.node = node
        self.index = index
    }

    var builder: IRBuilder { compiler.builder }
    var module: IRModule { compiler.module }
    var graph: Graph { compiler.graph }
    /// Floats per vector register on the target (16 with AVX-512, 8 with AVX2, 4 otherwise).
    var lanes: Int { compiler.options.target.floatLanes }
    /// Vector registers the target has (``CodegenTarget/vectorRegisters``).
    var vectorRegisters: Int { compiler.options.target.vectorRegisters }

    var outputType: TensorType { graph[node.output].type }
    /// The channel block of the output when it is blocked (NCHW[b]c), else nil.
    var outputBlock: Int? { outputType.layout.block }
    func inputType(_ index: Int) -> TensorType { graph[node.inputs[index]].type }

    /// A float pointer to a weight of this layer, to hand to a step as one of its `constants`
    /// (in a training step the weight lives in the state buffer, whose address only the run knows).
    func parameter(_ index: Int) -> LLVMValueRef { compiler.weightPointer(node.parameters[index]) }

    /// Whether weights are read at run time (a training step): lowerings then pack them in a
    /// step of their own instead of at compile time.
    var weightsAtRunTime: Bool { compiler.trainingState != nil }

    /// The data of a weight, for lowerings that transform weights at compile time.
    func parameterData(_ index: Int) -> [Float] {
        precondition(!weightsAtRunTime, "\(node.name): a training step's weights are known only at run time")
        return graph.weight(node.parameters[index])!.floats
    }

    /// What decides the code of a shareable step: the kernel, its attributes and every operand's
    /// type and layout (weights excluded: they are passed as constants).
    func configurationKey(_ kernel: String, _ attributes: some Hashable) -> String {
        "\(kernel)|\(attributes)|\(outputType)|" + node.inputs.map { graph[$0].type.description }.joined(separator: ",")
    }

    /// A new float constant array (transformed weights), as a float pointer.
    func constant(_ values: [Float], name: String) -> LLVMValueRef {
        compiler.floatConstant(values, name: "\(node.name).\(name)")
    }

    /// Emits a step over `iterations` independent units of work. `cost` estimates the work of one
    /// iteration in multiply-accumulates; a step is parallel when the whole step is worth a fork.
    /// `body` emits the code of iteration `index` (an i64) with the buffers in scope.
    ///
    /// With a `sharingKey`, the step's code depends only on that key (it reads its weights
    /// through `constants`, passed at run time, never baking them in): a later layer with the
    /// same key reuses the function instead of compiling it again. ResNet-50's 53 convolutions
    /// need far fewer distinct kernels.
    func step(iterations: Int, cost: Int, sharingKey: String? = nil, constants: [LLVMValueRef] = [],
              _ body: (IRBuilder, LLVMValueRef, StepBuffers) -> Void) {
        let parallel = compiler.options.threads != 1 && iterations > 1 && iterations * max(cost, 1) >= Self.forkThreshold
        emitStep(parallel: parallel, sharingKey: sharingKey, constants: constants) { builder, begin, end, buffers in
            builder.loop(from: begin, to: end, "task") { task in body(builder, task, buffers) }
        } share: { thread, threadCount in self.share(builder.index(iterations), thread: thread, threadCount: threadCount) }
    }

    /// Multiply-accumulates a step needs to be worth handing to the thread team.
    static let forkThreshold = 100_000

    /// This thread's part `first ..< end` of `iterations` (an i64), in contiguous equal chunks.
    func share(_ iterations: LLVMValueRef, thread: LLVMValueRef, threadCount: LLVMValueRef) -> (first: LLVMValueRef, end: LLVMValueRef) {
        let b = builder
        let chunk = b.sdivRoundingUp(iterations, threadCount)
        let first = b.smin(b.mul(thread, chunk), iterations)
        return (first, b.smin(b.add(first, chunk), iterations))
    }

    /// Emits a step every thread of the team runs whole: `body` gets its thread number and the
    /// team's size (i64s) and divides the work itself, and may synchronize the team with
    /// ``barrier()`` — which every thread must then reach equally often. Called
    /// directly (one thread) it runs with thread 0 of 1. With a `cost` (multiply-accumulates of
    /// the whole step) a small step runs on one thread; `sharingKey` and `constants` as in `step`.
    func cooperativeStep(cost: Int? = nil, sharingKey: String? = nil, constants: [LLVMValueRef] = [],
                         _ body: (IRBuilder, _ thread: LLVMValueRef, _ threadCount: LLVMValueRef, StepBuffers) -> Void) {
        let parallel = compiler.options.threads != 1 && cost.map { $0 >= Self.forkThreshold } ?? true
        emitStep(parallel: parallel, sharingKey: sharingKey, constants: constants) { builder, thread, count, buffers in
            body(builder, thread, count, buffers)
        } share: { thread, threadCount in (thread, threadCount) }
    }

    /// Waits until every thread of the team has reached it (libgomp's `GOMP_barrier`; nothing
    /// outside a parallel region).
    func barrier() { _ = builder.call(compiler.runtime.barrier, []) }

    /// The step function and its wrapper. The body function gets two i64s, which `share`
    /// computes in the wrapper from this thread's number and the team's size.
    private func emitStep(parallel: Bool, sharingKey: String?, constants: [LLVMValueRef],
                          _ body: (IRBuilder, LLVMValueRef, LLVMValueRef, StepBuffers) -> Void,
                          share: (_ thread: LLVMValueRef, _ threadCount: LLVMValueRef) -> (LLVMValueRef, LLVMValueRef)) {
        // In-place layers drop a noalias, so they only share with layers that do the same.
        let key = sharingKey.map { "\($0)|inplace=\(String(describing: compiler.plan.inPlaceNodes[index]))|step=\(steps.count)" }
        if let key, let function = compiler.sharedSteps[key] {
            steps.append(KernelStep(function: function, parallel: parallel, constants: constants))
            return
        }
        let stepIndex = steps.count
        let name = "node\(index).\(node.name).step\(stepIndex)"
        let module = self.module
        let i64 = module.int64
        let inputTypes = node.inputs.map { graph[$0].type }
        func pointerType(_ type: TensorType) -> LLVMTypeRef {
            switch type.dtype {
            case .float32: module.floatPointer
            case .int32: module.pointer(to: module.int32)
            case .int64: module.pointer(to: module.int64)
            }
        }
        let parameterTypes: [LLVMTypeRef?] = [pointerType(outputType)] + inputTypes.map(pointerType)
            + [module.floatPointer, module.pointer(to: module.int32)] + constants.map { _ in module.floatPointer } + [i64, i64]

        // The body: noalias buffers and an iteration range; always inlined into the wrapper, so
        // the noalias facts become alias scopes there.
        let bodyFunction = module.addFunction(name + ".body", returning: module.void, parameters: parameterTypes)
        bodyFunction.linkage = LLVMInternalLinkage
        bodyFunction.addAttribute("alwaysinline")
        bodyFunction.addAttribute("nounwind")
        // Buffers do not overlap, except an input the planner lets this layer overwrite.
        let overwritten = compiler.plan.inPlaceNodes[index]
        for slot in 0...inputTypes.count where overwritten == nil || (slot != 0 && slot != overwritten! + 1) {
            bodyFunction.addAttribute("noalias", at: UInt32(slot + 1))
        }
        compiler.tuneForTarget(bodyFunction)
        builder.position(at: bodyFunction.appendBlock("entry"))
        let buffers = StepBuffers(
            output: bodyFunction.parameter(0),
            inputs: (0..<inputTypes.count).map { bodyFunction.parameter($0 + 1) },
            scratch: bodyFunction.parameter(inputTypes.count + 1),
            status: bodyFunction.parameter(inputTypes.count + 2),
            constants: constants.indices.map { bodyFunction.parameter(inputTypes.count + 3 + $0) })
        let begin = bodyFunction.parameter(inputTypes.count + 3 + constants.count)
        let end = bodyFunction.parameter(inputTypes.count + 4 + constants.count)
        body(builder, begin, end, buffers)
        builder.return()

        // The wrapper: unpacks the argument array and takes this thread's share of iterations.
        let wrapper = module.addFunction(name, returning: module.void, parameters: [module.bytePointer])
        wrapper.linkage = LLVMInternalLinkage
        wrapper.addAttribute("nounwind")
        // One function per step, never inlined into the run function: a model of hundreds of
        // layers (a convolutional LSTM's steps) would otherwise become one function of hundreds
        // of thousands of instructions, which LLVM's passes take tens of seconds over.
        wrapper.addAttribute("noinline")
        compiler.tuneForTarget(wrapper)
        builder.position(at: wrapper.appendBlock("entry"))
        let slots = builder.bitcast(wrapper.parameter(0), to: module.pointer(to: module.bytePointer))
        var arguments: [LLVMValueRef?] = []
        for slot in 0..<(inputTypes.count + 3 + constants.count) {
            let raw = builder.load(module.bytePointer, builder.gep(module.bytePointer, slots, builder.index(slot)))
            arguments.append(builder.bitcast(raw, to: parameterTypes[slot]!))
        }
        let thread = builder.sext(builder.call(compiler.runtime.threadNumber, []), to: i64)
        let threadCount = builder.sext(builder.call(compiler.runtime.threadCount, []), to: i64)
        let (first, last) = share(thread, threadCount)
        builder.call(bodyFunction, arguments + [first, last])
        builder.return()

        steps.append(KernelStep(function: wrapper, parallel: parallel, constants: constants))
        if let key { compiler.sharedSteps[key] = wrapper }
    }
}
