import CLLVM
import DLCGraph
import DLCLLVM
import DLCOptimizer

/// The C entry points of a compiled training step (see ``ModelCompiler/init(trainingStep:options:)``).
extension ModelCompiler {
    /// Bytes of the workspace `NAME_train_step` needs: the step's planned workspace, then the
    /// next values of the state (written there first: the step still reads the current ones
    /// while it computes them), then the predictions when the caller wants none; plus room to
    /// align it to 64 bytes.
    public var trainingWorkspaceBytes: Int { trainingStaging.base + trainingStaging.bytes + 63 }

    /// Where each output of the step goes in the staging area after the planned workspace.
    private var trainingStaging: (base: Int, bytes: Int, offsets: [Int: Int]) {
        let base = (plan.workspaceSize + 63) / 64 * 64
        var offsets: [Int: Int] = [:], bytes = 0
        for (index, output) in graph.outputs.enumerated() where output.name != TrainingStep.lossOutput {
            offsets[index] = bytes
            bytes += (graph[output.value].type.byteCount + 63) / 64 * 64
        }
        return (base, bytes, offsets)
    }

    func emitTrainingEntryPoints(_ step: TrainingStep, run: IRFunction) {
        let layout = trainingState!
        let i32 = module.int32, i64 = module.int64, bytePointer = module.bytePointer
        let slotsPointer = module.pointer(to: bytePointer)
        let staging = trainingStaging
        let updated = Set(step.updatedStates)

        let function = module.addFunction("\(symbolPrefix)_train_step", returning: i32, parameters: [
            slotsPointer, bytePointer, module.float, bytePointer, bytePointer, module.floatPointer, slotsPointer,
        ])
        function.addAttribute("nounwind")
        tuneForTarget(function)
        builder.position(at: function.appendBlock("entry"))
        let (inputs, labels, learningRate, state) = (function.parameter(0), function.parameter(1), function.parameter(2), function.parameter(3))
        let (callerWorkspace, loss, predictions) = (function.parameter(4), function.parameter(5), function.parameter(6))
        func isNull(_ pointer: LLVMValueRef) -> LLVMValueRef {
            builder.icmp(LLVMIntEQ, builder.bitcast(pointer, to: bytePointer), LLVMConstPointerNull(bytePointer))
        }
        builder.when(builder.or(builder.or(isNull(inputs), isNull(state)), builder.or(isNull(loss), isNull(labels)))) {
            builder.return(module.constant(RunStatus.invalidArgument.rawValue))
        }

        // The workspace: the caller's, or one allocated for this step; aligned to 64 bytes.
        let entry = builder.currentBlock
        let allocate = builder.makeBlock("allocate")
        let ready = builder.makeBlock("workspace")
        builder.branch(if: isNull(callerWorkspace), then: allocate, else: ready)
        builder.position(at: allocate)
        let fresh = builder.call(runtime.malloc, [builder.index(trainingWorkspaceBytes)], "fresh")
        builder.branch(to: ready)
        builder.position(at: ready)
        let allocated = builder.phi(bytePointer, "allocated")
        builder.addIncoming(allocated, LLVMConstPointerNull(bytePointer), from: entry)
        builder.addIncoming(allocated, fresh, from: allocate)
        let base = builder.select(isNull(callerWorkspace), allocated, callerWorkspace)
        builder.when(isNull(base)) { builder.return(module.constant(RunStatus.outOfMemory.rawValue)) }
        let address = LLVMBuildPtrToInt(builder.builder, base, i64, "")!
        let workspace = LLVMBuildIntToPtr(builder.builder, builder.and(builder.add(address, builder.index(63)), builder.index(-64)),
                                          bytePointer, "workspace")!
        func stagingPointer(_ output: Int) -> LLVMValueRef {
            builder.gep(module.int8, workspace, builder.index(staging.base + staging.offsets[output]!))
        }

        // The step number this call takes, and the learning rate, as the graph's inputs.
        let counter = builder.bitcast(builder.gep(module.int8, state, builder.index(TrainingStateLayout.stepCounterOffset)),
                                      to: module.pointer(to: i64))
        let stepNumber = builder.add(builder.load(i64, counter), builder.index(1))
        let stepSlot = builder.alloca(i64, "step")
        builder.store(stepNumber, stepSlot)
        let rateSlot = builder.alloca(module.float, "learning_rate")
        builder.store(learningRate, rateSlot)

        let inputArray = builder.alloca(module.array(bytePointer, max(graph.inputs.count, 1)), "inputs")
        var modelInput = 0
        for (index, input) in graph.inputs.enumerated() {
            let value: LLVMValueRef
            switch graph[input].name {
            case TrainingStep.labelsInput: value = labels
            case TrainingStep.learningRateInput: value = builder.bitcast(rateSlot, to: bytePointer)
            case TrainingStep.stepInput: value = builder.bitcast(stepSlot, to: bytePointer)
            default:
                value = builder.load(bytePointer, builder.gep(bytePointer, inputs, builder.index(modelInput)))
                modelInput += 1
            }
            builder.store(value, builder.gep(bytePointer, builder.bitcast(inputArray, to: slotsPointer), builder.index(index)))
        }
        let outputArray = builder.alloca(module.array(bytePointer, max(graph.outputs.count, 1)), "outputs")
        let wantsPredictions = builder.icmp(LLVMIntNE, predictions, LLVMConstPointerNull(slotsPointer))
        var modelOutput = 0
        for (index, output) in graph.outputs.enumerated() {
            let value: LLVMValueRef
            if output.name == TrainingStep.lossOutput {
                value = builder.bitcast(loss, to: bytePointer)
            } else if updated.contains(output.name) {
                value = stagingPointer(index)
            } else {
                // A model output: the caller's buffer when it gave them, else staging.
                let given = builder.gep(bytePointer, predictions, builder.index(modelOutput))
                let staged = stagingPointer(index)
                let current = builder.currentBlock
                let load = builder.makeBlock("prediction")
                let join = builder.makeBlock("prediction.join")
                builder.branch(if: wantsPredictions, then: load, else: join)
                builder.position(at: load)
                let pointer = builder.load(bytePointer, given)
                builder.branch(to: join)
                builder.position(at: join)
                let phi = builder.phi(bytePointer)
                builder.addIncoming(phi, pointer, from: load)
                builder.addIncoming(phi, staged, from: current)
                value = phi
                modelOutput += 1
            }
            builder.store(value, builder.gep(bytePointer, builder.bitcast(outputArray, to: slotsPointer), builder.index(index)))
        }

        let code = builder.call(run, [builder.bitcast(inputArray, to: slotsPointer), builder.bitcast(outputArray, to: slotsPointer),
                                      workspace, state])
        builder.when(builder.icmp(LLVMIntNE, code, module.constant(Int32(0)))) {
            builder.call(runtime.free, [allocated])
            builder.return(code)
        }
        // A loss or next value that is not finite leaves the state as it was: x - x is NaN
        // exactly for NaN and infinities, and a sum of them stays NaN.
        let lanes = options.target.floatLanes
        let vector = module.vector(module.float, lanes)
        let residue = builder.alloca(vector, "residue")
        let lossValue = builder.load(module.float, loss)
        builder.store(builder.insert(builder.float(0, lanes: lanes), builder.fsub(lossValue, lossValue), 0), residue)
        for (index, output) in graph.outputs.enumerated() where updated.contains(output.name) && graph[output.value].type.dtype == .float32 {
            let values = builder.bitcast(stagingPointer(index), to: module.floatPointer)
            builder.forEachVector(from: builder.index(0), to: builder.index(graph[output.value].type.elementCount), lanes: lanes) { i, n in
                let x = builder.loadFloats(values, i, lanes: n)
                let current = builder.load(vector, residue)
                let difference = builder.fsub(x, x)
                builder.store(n == 0 ? builder.insert(current, builder.fadd(builder.extract(current, 0), difference), 0)
                                     : builder.fadd(current, difference), residue)
            }
        }
        let notFinite = builder.fcmp(LLVMRealUNE, builder.horizontalSum(builder.load(vector, residue)), module.constant(Float(0)))
        builder.when(notFinite) {
            builder.call(runtime.free, [allocated])
            builder.return(module.constant(RunStatus.nonFiniteState.rawValue))
        }
        // The step succeeded: the next values replace the state's, and the counter advances.
        for (index, output) in graph.outputs.enumerated() where updated.contains(output.name) {
            let target = builder.gep(module.int8, state, builder.index(layout.offset(of: output.name)))
            builder.copyBytes(to: target, from: stagingPointer(index), count: builder.index(graph[output.value].type.byteCount))
        }
        builder.store(stepNumber, counter)
        builder.call(runtime.free, [allocated])
        builder.return(module.constant(Int32(0)))

        emitConstantFunction("\(symbolPrefix)_state_size", returning: module.constant(layout.byteCount))
        emitConstantFunction("\(symbolPrefix)_train_workspace_size", returning: module.constant(trainingWorkspaceBytes))

        // NAME_state_info(): the layout, for C callers that load and save the state by name.
        let tensors = tensorInfoArray(layout.entries.map { ($0.name, $0.type, $0.offset) }, kind: "state")
        let infoType = module.structType([i32, i32, module.pointer(to: tensorInfoType(offset: true)), i64])
        var fields: [LLVMValueRef?] = [module.constant(dlcABIVersion), module.constant(Int32(layout.entries.count)), tensors,
                                       module.constant(layout.byteCount)]
        let info = LLVMAddGlobal(module.module, infoType, "dlc.state_info")!
        LLVMSetInitializer(info, LLVMConstNamedStruct(infoType, &fields, UInt32(fields.count)))
        LLVMSetGlobalConstant(info, 1)
        LLVMSetLinkage(info, LLVMPrivateLinkage)
        emitConstantFunction("\(symbolPrefix)_state_info", returning: info)
    }

    /// `NAME_evaluate_workspace_size()` of an evaluation module, whose run function
    /// `NAME_evaluate(inputs, outputs, workspace, state)` reads the weights from a state buffer.
    func emitEvaluationWorkspaceSize() {
        emitConstantFunction("\(symbolPrefix)_evaluate_workspace_size", returning: module.constant(workspaceBytes))
    }

    /// An exported function of no arguments returning `value`.
    private func emitConstantFunction(_ name: String, returning value: LLVMValueRef) {
        let function = module.addFunction(name, returning: LLVMTypeOf(value), parameters: [])
        function.addAttribute("nounwind")
        builder.position(at: function.appendBlock("entry"))
        builder.return(value)
    }
}
