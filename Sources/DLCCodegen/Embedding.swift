import CLLVM
import DLCGraph

extension Embedding {
    /// Copies one table row per token; a token outside the table sets the run status to
    /// `invalidInput` and stops the layer.
    func lower(_ context: NodeContext) {
        let tokens = context.inputType(0)
        let table = context.parameter(0)
        let tokenType = tokens.dtype == .int32 ? context.module.int32 : context.module.int64
        context.step(iterations: tokens.elementCount, cost: 0) { b, position, buffers in
            var token = b.load(tokenType, b.gep(tokenType, buffers.inputs[0], position))
            if tokens.dtype == .int32 { token = b.sext(token, to: b.module.int64) }
            let outside = b.or(b.icmp(LLVMIntSLT, token, b.index(0)), b.icmp(LLVMIntSGE, token, b.index(vocabulary)))
            b.when(outside) {
                b.store(b.module.constant(RunStatus.invalidInput.rawValue), buffers.status)
                b.return()
            }
            b.copyBytes(to: b.element(buffers.output, b.mul(position, b.index(dimension))),
                        from: b.element(table, b.mul(token, b.index(dimension))), count: b.index(dimension * 4))
        }
    }
}
