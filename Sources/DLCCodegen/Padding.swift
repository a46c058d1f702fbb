import CLLVM
import DLCGraph
import DLCLLVM

extension Padding2D {
    /// One output row per iteration: the row the mode maps it to (the same index arithmetic as
    /// `PaddingMode.sourceIndex`, here in IR), copied whole into the middle, with a loop for each
    /// border's columns; or, in constant mode, a row of the value above and below the image.
    func lower(_ context: NodeContext) {
        let input = context.inputType(0), output = context.outputType
        let (height, width) = (input.shape[2], input.shape[3])
        let (outHeight, outWidth) = (output.shape[2], output.shape[3])
        let planes = input.shape[0] * input.shape[1]
        context.step(iterations: planes * outHeight, cost: outWidth / 4, sharingKey: context.configurationKey("pad2d", self)) { b, task, buffers in
            let plane = b.sdiv(task, b.index(outHeight))
            let y = b.sub(b.srem(task, b.index(outHeight)), b.index(padding.top))
            let row = b.element(buffers.output, b.mul(task, b.index(outWidth)))
            /// Input index of padded position `i` along an axis of `size` (reflect, edge, wrap).
            func mapped(_ i: LLVMValueRef, size: Int) -> LLVMValueRef {
                let (before, after) = (b.icmp(LLVMIntSLT, i, b.index(0)), b.icmp(LLVMIntSGE, i, b.index(size)))
                switch mode {
                case .constant: return i
                case .reflect: return b.select(before, b.sub(b.index(0), i), b.select(after, b.sub(b.index(2 * (size - 1)), i), i))
                case .edge: return b.smax(b.index(0), b.smin(i, b.index(size - 1)))
                case .wrap: return b.select(before, b.add(i, b.index(size)), b.select(after, b.sub(i, b.index(size)), i))
                }
            }
            func fill(from start: Int, count: Int) {
                guard count > 0 else { return }
                if value == 0 { return b.zeroBytes(b.element(row, b.index(start)), count: b.index(count * 4)) }
                b.loop(count: count, "fill", unrolled: false) { i in b.storeFloat(b.float(value, lanes: 0), row, b.add(i, b.index(start))) }
            }
            func border(from start: Int, count: Int, source: LLVMValueRef) {
                guard count > 0 else { return }
                if mode == .constant { return fill(from: start, count: count) }
                b.loop(count: count, "border", unrolled: false) { i in
                    let x = b.add(i, b.index(start))
                    b.storeFloat(b.loadFloat(source, mapped(b.sub(x, b.index(padding.left)), size: width)), row, x)
                }
            }
            func copy(sourceRow: LLVMValueRef) {
                let source = b.element(buffers.inputs[0], b.mul(b.add(b.mul(plane, b.index(height)), sourceRow), b.index(width)))
                border(from: 0, count: padding.left, source: source)
                b.copyBytes(to: b.element(row, b.index(padding.left)), from: source, count: b.index(width * 4))
                border(from: padding.left + width, count: padding.right, source: source)
            }
            if mode == .constant {
                let inside = b.and(b.icmp(LLVMIntSGE, y, b.index(0)), b.icmp(LLVMIntSLT, y, b.index(height)))
                b.ifElse(inside, then: { copy(sourceRow: y) }, otherwise: { fill(from: 0, count: outWidth) })
            } else {
                copy(sourceRow: mapped(y, size: height))
            }
        }
    }
}
