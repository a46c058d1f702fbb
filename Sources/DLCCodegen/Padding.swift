import CLLVM
import DLCGraph

extension ZeroPadding2D {
    /// One output row per iteration: zeros, or zeros around a copy of an input row.
    func lower(_ context: NodeContext) {
        let input = context.inputType(0), output = context.outputType
        let (height, width) = (input.shape[2], input.shape[3])
        let (outHeight, outWidth) = (output.shape[2], output.shape[3])
        let planes = input.shape[0] * input.shape[1]
        context.step(iterations: planes * outHeight, cost: outWidth / 4) { b, task, buffers in
            let plane = b.sdiv(task, b.index(outHeight))
            let y = b.sub(b.srem(task, b.index(outHeight)), b.index(padding.top))
            let row = b.element(buffers.output, b.mul(task, b.index(outWidth)))
            let inside = b.and(b.icmp(LLVMIntSGE, y, b.index(0)), b.icmp(LLVMIntSLT, y, b.index(height)))
            b.ifElse(inside, then: {
                if padding.left > 0 { b.zeroBytes(row, count: b.index(padding.left * 4)) }
                b.copyBytes(to: b.element(row, b.index(padding.left)),
                            from: b.element(buffers.inputs[0], b.mul(b.add(b.mul(plane, b.index(height)), y), b.index(width))),
                            count: b.index(width * 4))
                if padding.right > 0 { b.zeroBytes(b.element(row, b.index(padding.left + width)), count: b.index(padding.right * 4)) }
            }, otherwise: {
                b.zeroBytes(row, count: b.index(outWidth * 4))
            })
        }
    }
}
