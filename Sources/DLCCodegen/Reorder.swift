import CLLVM
import DLCGraph

extension Reorder {
    /// One row of one channel block per iteration: `block` plain rows (one per channel) are
    /// interleaved into one blocked row, or the reverse. Channel `c` of image `n` is plain row
    /// `(n · C + c) · H + h`, and blocked row `(n · ⌈C/b⌉ + c/b) · H + h`. A `b × b` square
    /// (b channels × b pixels) is loaded as `b` vectors, transposed in registers and stored as
    /// `b` vectors; leftover pixels are copied one at a time. A partial last block (only ever
    /// converted to plain) is copied a float at a time, its padding lanes skipped.
    func lower(_ context: NodeContext) {
        let input = context.inputType(0)
        let (batch, channels, height, width) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        let toBlocked = target != .plain
        let block = (toBlocked ? target.block : input.layout.block)!
        let blocks = (channels + block - 1) / block
        let lastLanes = channels % block
        precondition(lastLanes == 0 || !toBlocked, "partial blocks are written by convolutions, not reorders")
        let rows = batch * blocks * height
        let vectorEnd = width / block * block
        context.step(iterations: rows, cost: width * block, sharingKey: context.configurationKey("reorder", self)) { b, row, buffers in
            let h = b.srem(row, b.index(height))
            let blockIndex = b.sdiv(row, b.index(height))   // n · ⌈C/b⌉ + c/b
            let channelBlock = b.srem(blockIndex, b.index(blocks))
            let firstChannel = b.add(b.mul(b.sdiv(blockIndex, b.index(blocks)), b.index(channels)), b.mul(channelBlock, b.index(block)))
            let blockedRow = b.mul(row, b.index(width * block))
            func plainIndex(_ lane: Int, _ w: LLVMValueRef) -> LLVMValueRef {
                b.add(b.mul(b.add(firstChannel, b.index(lane)), b.index(height * width)), b.add(b.mul(h, b.index(width)), w))
            }
            func blockedIndex(_ w: LLVMValueRef, _ lane: Int) -> LLVMValueRef {
                b.add(blockedRow, b.add(b.mul(w, b.index(block)), b.index(lane)))
            }
            func copyFloats(from start: LLVMValueRef, lanes: Int) {
                b.loop(from: start, to: b.index(width), "ws") { w in
                    for lane in 0..<lanes {
                        let (from, to) = toBlocked ? (plainIndex(lane, w), blockedIndex(w, lane)) : (blockedIndex(w, lane), plainIndex(lane, w))
                        b.storeFloat(b.loadFloat(buffers.inputs[0], from), buffers.output, to)
                    }
                }
            }
            func copyWholeBlock() {
                if vectorEnd > 0 {
                    b.loop(from: b.index(0), to: b.index(vectorEnd), step: block, "w") { w in
                        let square = (0..<block).map { i in
                            toBlocked ? b.loadVector(buffers.inputs[0], plainIndex(i, w), lanes: block)
                                : b.loadVector(buffers.inputs[0], blockedIndex(b.add(w, b.index(i)), 0), lanes: block)
                        }
                        for (i, vector) in b.transpose(square).enumerated() {
                            if toBlocked {
                                b.storeVector(vector, buffers.output, blockedIndex(b.add(w, b.index(i)), 0))
                            } else {
                                b.storeVector(vector, buffers.output, plainIndex(i, w))
                            }
                        }
                    }
                }
                if vectorEnd < width { copyFloats(from: b.index(vectorEnd), lanes: block) }
            }
            if lastLanes == 0 {
                copyWholeBlock()
            } else {
                b.ifElse(b.icmp(LLVMIntEQ, channelBlock, b.index(blocks - 1)),
                         then: { copyFloats(from: b.index(0), lanes: lastLanes) }, otherwise: copyWholeBlock)
            }
        }
    }
}

extension IRBuilder {
    /// The transpose of a square of `n` vectors of `n` lanes (n a power of two): result `j`
    /// holds lane `j` of every input. log2(n) rounds of interleaving the first half of the
    /// vectors with the second half.
    func transpose(_ rows: [LLVMValueRef]) -> [LLVMValueRef] {
        let n = rows.count
        precondition(n > 0 && n & (n - 1) == 0, "transpose needs a power-of-two square")
        let low = (0..<n / 2).flatMap { [$0, $0 + n] }
        let high = (0..<n / 2).flatMap { [$0 + n / 2, $0 + n + n / 2] }
        var current = rows
        var step = n
        while step > 1 {
            current = (0..<n / 2).flatMap { i in
                [shuffle(current[i], current[i + n / 2], low), shuffle(current[i], current[i + n / 2], high)]
            }
            step /= 2
        }
        return current
    }
}
