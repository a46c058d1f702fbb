import CLLVM
import DLCGraph
import DLCLLVM

extension Gather {
    /// One copy of `inner` floats per outer position and index.
    func lower(_ context: NodeContext) {
        let data = context.inputType(0), indices = context.inputType(1)
        let resolved = resolvedAxis(rank: data.rank)
        let length = data.shape[resolved]
        let outer = data.shape[..<resolved].reduce(1, *), inner = data.shape[(resolved + 1)...].reduce(1, *)
        let count = indices.elementCount
        context.step(iterations: outer * count, cost: inner / 8, sharingKey: context.configurationKey("gather", self)) { b, task, buffers in
            let (o, position) = (b.sdiv(task, b.index(count)), b.srem(task, b.index(count)))
            let index = b.checkedIndex(buffers.inputs[1], dtype: indices.dtype, at: position, length: length,
                                       negativeFromEnd: true, status: buffers.status)
            let source = b.mul(b.add(b.mul(o, b.index(length)), index), b.index(inner))
            b.copyBytes(to: b.element(buffers.output, b.mul(task, b.index(inner))), from: b.element(buffers.inputs[0], source),
                        count: b.index(inner * 4))
        }
    }
}

extension IRBuilder {
    /// The index at `position` of an int32 or int64 tensor, as a non-negative i64 below `length`.
    /// An index outside the range (`-length ..< length` when negatives count from the end,
    /// `0 ..< length` otherwise) sets the run status to `invalidInput` and returns from the
    /// layer's function, so nothing is read outside the table.
    func checkedIndex(_ indices: LLVMValueRef, dtype: DType, at position: LLVMValueRef, length: Int,
                      negativeFromEnd: Bool, status: LLVMValueRef) -> LLVMValueRef {
        let indexType = dtype == .int32 ? module.int32 : module.int64
        var index = load(indexType, gep(indexType, indices, position))
        if dtype == .int32 { index = sext(index, to: module.int64) }
        let lowest = negativeFromEnd ? -length : 0
        when(or(icmp(LLVMIntSLT, index, self.index(lowest)), icmp(LLVMIntSGE, index, self.index(length)))) {
            store(module.constant(RunStatus.invalidInput.rawValue), status)
            self.return()
        }
        guard negativeFromEnd else { return index }
        return select(icmp(LLVMIntSLT, index, self.index(0)), add(index, self.index(length)), index)
    }
}
