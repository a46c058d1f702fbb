import CLLVM
import DLCGraph
import DLCLLVM
import DLCOptimizer

/// The run function: argument checks, the workspace, the layers' steps in chunks of their own,
/// the output copies; and the profile clock and C runtime functions it calls.
extension ModelCompiler {
    /// The thread count handed to `GOMP_parallel`: `--threads`, or with 0 the OpenMP runtime's
    /// choice (`OMP_NUM_THREADS` or the cores) capped at ``CompileOptions/maximumThreads`` —
    /// libgomp crashes trying to start a team of 100,000.
    private func emitTeamSize() -> LLVMValueRef {
        guard options.threads == 0 else { return module.constant(Int32(options.threads)) }
        return builder.smin(builder.call(runtime.maximumThreadCount, []), module.constant(Int32(CompileOptions.maximumThreads)))
    }

    /// The run function `name(inputs, outputs, workspace)`; a training step's takes its state
    /// buffer as a fourth argument, and its weights are read from there.
    @discardableResult
    func emitRunFunction(_ lowered: [NodeContext], name: String, exported: Bool) -> IRFunction {
        let bytePointer = module.bytePointer
        let slotsPointer = module.pointer(to: bytePointer)
        let withState = trainingState != nil
        let run = module.addFunction(name, returning: module.int32,
                                     parameters: [slotsPointer, slotsPointer, bytePointer] + (withState ? [bytePointer] : []))
        if !exported { run.linkage = LLVMInternalLinkage }
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

        /// The address of a weight in the state buffer `state` (training steps).
        func statePointer(_ value: ValueID, state: LLVMValueRef) -> LLVMValueRef {
            builder.gep(module.int8, state, builder.index(trainingState!.offset(of: graph[value].name)))
        }
        /// A value's address, given the run's (or a chunk's) input, output, workspace and state pointers.
        func pointer(to value: ValueID, inputs: [LLVMValueRef], outputs: [LLVMValueRef], workspace: LLVMValueRef,
                     state: LLVMValueRef?) -> LLVMValueRef {
            switch plan.location(of: value) {
            case .input(let index): return inputs[index]
            case .output(let index): return outputs[index]
            case .parameter:
                if let state { return statePointer(value, state: state) }
                return builder.bitcast(weightPointer(value), to: bytePointer)
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
                                           parameters: [slotsPointer, slotsPointer, bytePointer, module.pointer(to: module.int32)]
                                               + (withState ? [bytePointer] : []))
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
            let chunkState = withState ? chunk.parameter(4) : nil
            let chunkLayers = layers[first ..< min(first + chunkSize, layers.count)]
            let teamSize = chunkLayers.contains { $0.steps.contains(where: \.parallel) } ? emitTeamSize() : nil
            let arguments = builder.alloca(module.array(bytePointer, maxSlots), "args")
            let statusBytes = builder.bitcast(chunkStatus, to: bytePointer)
            for context in chunkLayers {
                let started = profile?.now(builder)
                let node = context.node
                var slots = [pointer(to: node.output, inputs: chunkInputs, outputs: chunkOutputs, workspace: chunkWorkspace, state: chunkState)]
                    + node.inputs.map { pointer(to: $0, inputs: chunkInputs, outputs: chunkOutputs, workspace: chunkWorkspace, state: chunkState) }
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
                        let resolved = statePlaceholders[constant].map { statePointer($0, state: chunkState!) } ?? constant
                        builder.store(builder.bitcast(resolved, to: bytePointer), address)
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
            let code = builder.call(chunk, [inputs, outputs, workspace, status] + (withState ? [run.parameter(3)] : []))
            builder.when(builder.icmp(LLVMIntNE, code, module.constant(Int32(0)))) {
                builder.call(runtime.free, [allocated])
                builder.return(code)
            }
        }
        func pointer(to value: ValueID) -> LLVMValueRef {
            pointer(to: value, inputs: inputPointers, outputs: outputPointers, workspace: workspace, state: withState ? run.parameter(3) : nil)
        }
        for copy in plan.outputCopies {
            builder.copyBytes(to: outputPointers[copy.output], from: pointer(to: copy.value),
                              count: builder.index(graph[copy.value].type.byteCount))
        }
        builder.call(runtime.free, [allocated])
        builder.return(module.constant(Int32(0)))
        return run
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
