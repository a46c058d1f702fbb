import CLLVM
import DLCGraph
import DLCLLVM

extension Dense {
    /// The packed GEMM `y = x · Wᵀ + b` (``PackedGEMM``): W is packed into panels at compile
    /// time; a task is one panel of units for a tile of batch rows, the activation applied before
    /// the store. At batch 1 this streams W once, in order, with several independent
    /// accumulators; larger batches reuse each loaded weight vector across the tile's rows.
    func lower(_ context: NodeContext) {
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
