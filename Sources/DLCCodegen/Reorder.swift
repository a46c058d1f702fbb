import CLLVM
import DLCGraph

extension Reorder {
    /// One row of one channel block per iteration: `block` plain rows (one per channel) are
    /// interleaved into one blocked row, or the reverse. With whole blocks, channel `c` of
    /// image `n` is plain row `(n · C + c) · H + h`, and blocked row `(n · C/b + c/b) · H + h`.
    func lower(_ context: NodeContext) {
        let input = context.inputType(0)
        let (batch, channels, height, width) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        let toBlocked = target != .plain
        let block = (toBlocked ? target.block : input.layout.block)!
        let rows = batch * (channels / block) * height
        context.step(iterations: rows, cost: width * block) { b, row, buffers in
            let h = b.srem(row, b.index(height))
            let blockIndex = b.sdiv(row, b.index(height))   // n · C/b + c/b
            let blockedRow = b.mul(row, b.index(width * block))
            b.loop(count: width, "w") { w in
                for lane in 0..<block {
                    let plainIndex = b.add(b.mul(b.add(b.mul(blockIndex, b.index(block)), b.index(lane)), b.index(height * width)),
                                           b.add(b.mul(h, b.index(width)), w))
                    let blockedIndex = b.add(blockedRow, b.add(b.mul(w, b.index(block)), b.index(lane)))
                    let (from, to) = toBlocked ? (plainIndex, blockedIndex) : (blockedIndex, plainIndex)
                    b.storeFloat(b.loadFloat(buffers.inputs[0], from), buffers.output, to)
                }
            }
        }
    }
}
