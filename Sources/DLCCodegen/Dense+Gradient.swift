import CLLVM
import DLCGraph
import DLCLLVM

extension DenseInputGradient {
    /// `dX = dY · W`: W (`[units][features]`) is already B's row-major `k × n`.
    func product(_ outputGradient: TensorType, lanes: Int, registers: Int) -> PackedGEMM {
        PackedGEMM(m: outputGradient.shape[0], n: features, k: outputGradient.shape[1], lanes: lanes, registers: registers)
    }

    /// W packed into the scratch, then the packed GEMM over the batch.
    func lower(_ context: NodeContext) {
        let units = context.inputType(0).shape[1]
        let gemm = product(context.inputType(0), lanes: context.lanes, registers: context.vectorRegisters)
        gemm.emitPackStep(context, constants: [context.parameter(0)]) { b, buffers, unit, feature in
            b.loadFloat(buffers.constants[0], b.add(b.mul(unit, b.index(features)), feature))
        }
        context.step(iterations: gemm.tasks, cost: gemm.taskCost) { b, task, buffers in
            gemm.emitTask(b, task: task, a: buffers.inputs[0], aRowStride: units, packed: buffers.scratch, bias: nil) { row, column, value, active in
                b.storePartial(value, buffers.output, b.add(b.mul(row, b.index(features)), column), active: active)
            }
        }
    }
}

extension DenseWeightGradient {
    /// `dW = dYᵀ · X`: A is dY read down its columns, B the input X (`[batch][features]`, row-major `k × n`).
    func product(_ input: TensorType, _ outputGradient: TensorType, lanes: Int, registers: Int) -> PackedGEMM {
        PackedGEMM(m: outputGradient.shape[1], n: input.shape[1], k: input.shape[0], lanes: lanes, registers: registers)
    }

    /// X packed into the scratch, then the packed GEMM over the units, the batch as its reduction.
    func lower(_ context: NodeContext) {
        let (input, outputGradient) = (context.inputType(0), context.inputType(1))
        let (features, units) = (input.shape[1], outputGradient.shape[1])
        let gemm = product(input, outputGradient, lanes: context.lanes, registers: context.vectorRegisters)
        gemm.emitPackStep(context) { b, buffers, n, feature in
            b.loadFloat(buffers.inputs[0], b.add(b.mul(n, b.index(features)), feature))
        }
        context.step(iterations: gemm.tasks, cost: gemm.taskCost) { b, task, buffers in
            gemm.emitTask(b, task: task, a: buffers.inputs[1], aRowStride: 1, aColumnStride: units, packed: buffers.scratch,
                          bias: nil) { row, column, value, active in
                b.storePartial(value, buffers.output, b.add(b.mul(row, b.index(features)), column), active: active)
            }
        }
    }
}
