import CLLVM
import DLCGraph

extension Gather {
    /// One copy of `inner` floats per outer position and index: the index is read, made
    /// non-negative, and checked; an index outside the axis sets the run status to
    /// `invalidInput` and stops the layer.
    func lower(_ context: NodeContext) {
        let data = context.inputType(0), indices = context.inputType(1)
        let resolved = resolvedAxis(rank: data.rank)
        let length = data.shape[resolved]
        let outer = data.shape[..<resolved].reduce(1, *), inner = data.shape[(resolved + 1)...].reduce(1, *)
        let count = indices.elementCount
        let indexType = indices.dtype == .int32 ? context.module.int32 : context.module.int64
        context.step(iterations: outer * count, cost: inner / 8, sharingKey: context.configurationKey("gather", self)) { b, task, buffers in
            let (o, position) = (b.sdiv(task, b.index(count)), b.srem(task, b.index(count)))
            var index = b.load(indexType, b.gep(indexType, buffers.inputs[1], position))
            if indices.dtype == .int32 { index = b.sext(index, to: b.module.int64) }
            let outside = b.or(b.icmp(LLVMIntSLT, index, b.index(-length)), b.icmp(LLVMIntSGE, index, b.index(length)))
            b.when(outside) {
                b.store(b.module.constant(RunStatus.invalidInput.rawValue), buffers.status)
                b.return()
            }
            index = b.select(b.icmp(LLVMIntSLT, index, b.index(0)), b.add(index, b.index(length)), index)
            let source = b.mul(b.add(b.mul(o, b.index(length)), index), b.index(inner))
            b.copyBytes(to: b.element(buffers.output, b.mul(task, b.index(inner))), from: b.element(buffers.inputs[0], source),
                        count: b.index(inner * 4))
        }
    }
}
