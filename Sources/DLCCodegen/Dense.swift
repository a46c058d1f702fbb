import CLLVM
import DLCGraph
import DLCLLVM

extension Dense {
    /// The packed GEMM `y = x · Wᵀ + b` (``PackedGEMM``): W is packed into panels at compile
    /// time; a task is one panel of units for a tile of batch rows, the activation applied before
    /// the store. At batch 1 this streams W once, in order, with several independent
    /// accumulators; larger batches reuse each loaded weight vector across the tile's rows.
    func lower(_ context: NodeContext) {
        if context.weightsAtRunTime { return lowerWithRunTimeWeights(context) }
        let (batch, features) = (context.inputType(0).shape[0], context.inputType(0).shape[1])
        let gemm = PackedGEMM(m: batch, n: units, k: features, lanes: context.lanes, registers: context.vectorRegisters)
        let weights = context.parameterData(0)   // [units][features]
        let packed = context.constant(gemm.pack { k, unit in weights[unit * features + k] }, name: "packed")
        let constants = [packed] + (hasBias ? [context.parameter(1)] : [])
        context.step(iterations: gemm.tasks, cost: gemm.taskCost, sharingKey: context.configurationKey("dense", self),
                     constants: constants) { b, task, buffers in
            gemm.emitTask(b, task: task, a: buffers.inputs[0], aRowStride: features, packed: buffers.constants[0],
                          bias: hasBias ? buffers.constants[1] : nil) { row, column, value, active in
                b.storePartial(b.activation(activation, value), buffers.output, b.add(b.mul(row, b.index(units)), column), active: active)
            }
        }
    }
}

extension Dense {
    /// The product of a layer whose weights come at run time: `x · Wᵀ`, W packed by the step.
    func runTimeProduct(_ input: TensorType, lanes: Int, registers: Int) -> PackedGEMM {
        PackedGEMM(m: input.shape[0], n: units, k: input.shape[1], lanes: lanes, registers: registers)
    }

    /// A training step's dense layer: W (`[units][features]`, in the state) packed into the
    /// layer's scratch, then the same packed GEMM as at inference.
    private func lowerWithRunTimeWeights(_ context: NodeContext) {
        let features = context.inputType(0).shape[1]
        let gemm = runTimeProduct(context.inputType(0), lanes: context.lanes, registers: context.vectorRegisters)
        gemm.emitPackStep(context, constants: [context.parameter(0)]) { b, buffers, k, unit in
            b.loadFloat(buffers.constants[0], b.add(b.mul(unit, b.index(features)), k))
        }
        context.step(iterations: gemm.tasks, cost: gemm.taskCost, constants: hasBias ? [context.parameter(1)] : []) { b, task, buffers in
            gemm.emitTask(b, task: task, a: buffers.inputs[0], aRowStride: features, packed: buffers.scratch,
                          bias: hasBias ? buffers.constants[0] : nil) { row, column, value, active in
                b.storePartial(b.activation(activation, value), buffers.output, b.add(b.mul(row, b.index(units)), column), active: active)
            }
        }
    }
}
