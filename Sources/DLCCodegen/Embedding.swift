import CLLVM
import DLCGraph
import DLCLLVM

extension Embedding {
    /// Copies one table row per token: a gather along the table's first axis, without
    /// negative indices (a token below 0 is an error, as in PyTorch's `nn.Embedding`).
    func lower(_ context: NodeContext) {
        let tokens = context.inputType(0)
        context.step(iterations: tokens.elementCount, cost: 0, constants: [context.parameter(0)]) { b, position, buffers in
            let table = buffers.constants[0]
            let token = b.checkedIndex(buffers.inputs[0], dtype: tokens.dtype, at: position, length: vocabulary,
                                       negativeFromEnd: false, status: buffers.status)
            b.copyBytes(to: b.element(buffers.output, b.mul(position, b.index(dimension))),
                        from: b.element(table, b.mul(token, b.index(dimension))), count: b.index(dimension * 4))
        }
    }
}
