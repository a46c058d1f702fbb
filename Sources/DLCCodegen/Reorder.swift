import CLLVM
import DLCGraph
import DLCLLVM

extension Reorder {
    /// A channel's plain plane (`H·W` floats) and a block's blocked plane (`H·W` pixels of `b`
    /// lanes) are both contiguous, so the kernel walks planes as flat runs of pixels, whatever
    /// the width: one iteration is a segment of up to `segmentPixels` pixels of one channel
    /// block. Channel `c` of image `n` is plain plane `n · C + c`, and blocked plane
    /// `n · ⌈C/b⌉ + c/b`. A `b × b` square (b channels × b pixels) is loaded as `b` vectors,
    /// transposed in registers and stored as `b` vectors; the `H·W mod b` pixels left at the end
    /// of a plane are copied a float at a time. Walking rows instead left 7- and 14-wide maps
    /// (narrower than a 16-lane square) to be copied a float at a time: 34 µs for 512×14×14.
    /// A partial last block (only ever converted to plain) is copied a float at a time, its
    /// padding lanes skipped.
    func lower(_ context: NodeContext) {
        let input = context.inputType(0)
        let (batch, channels, height, width) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        let toBlocked = target != .plain
        let block = (toBlocked ? target.block : input.layout.block)!
        let blocks = (channels + block - 1) / block
        let lastLanes = channels % block
        precondition(lastLanes == 0 || !toBlocked, "partial blocks are written by convolutions, not reorders")
        let plane = height * width
        let segment = Self.segmentPixels(plane: plane, block: block)
        let segments = (plane + segment - 1) / segment
        let squaresEnd = plane / block * block
        context.step(iterations: batch * blocks * segments, cost: segment * block,
                     sharingKey: context.configurationKey("reorder", self)) { b, task, buffers in
            let blockIndex = b.sdiv(task, b.index(segments))   // n · ⌈C/b⌉ + c/b
            let first = b.mul(b.srem(task, b.index(segments)), b.index(segment))
            let end = b.smin(b.add(first, b.index(segment)), b.index(plane))
            let channelBlock = b.srem(blockIndex, b.index(blocks))
            let firstChannel = b.add(b.mul(b.sdiv(blockIndex, b.index(blocks)), b.index(channels)), b.mul(channelBlock, b.index(block)))
            let blockedPlane = b.mul(blockIndex, b.index(plane * block))
            func plainIndex(_ lane: Int, _ pixel: LLVMValueRef) -> LLVMValueRef {
                b.add(b.mul(b.add(firstChannel, b.index(lane)), b.index(plane)), pixel)
            }
            func blockedIndex(_ pixel: LLVMValueRef, _ lane: Int) -> LLVMValueRef {
                b.add(blockedPlane, b.add(b.mul(pixel, b.index(block)), b.index(lane)))
            }
            func copyFloats(from start: LLVMValueRef, to end: LLVMValueRef, lanes: Int) {
                b.loop(from: start, to: end, "ps") { pixel in
                    for lane in 0..<lanes {
                        let (from, to) = toBlocked ? (plainIndex(lane, pixel), blockedIndex(pixel, lane)) : (blockedIndex(pixel, lane), plainIndex(lane, pixel))
                        b.storeFloat(b.loadFloat(buffers.inputs[0], from), buffers.output, to)
                    }
                }
            }
            func copyWholeBlock() {
                // Segments are whole squares except where the plane ends.
                let squares = b.smin(end, b.index(squaresEnd))
                b.loop(from: first, to: squares, step: block, "p") { pixel in
                    let square = (0..<block).map { i in
                        toBlocked ? b.loadVector(buffers.inputs[0], plainIndex(i, pixel), lanes: block)
                            : b.loadVector(buffers.inputs[0], blockedIndex(b.add(pixel, b.index(i)), 0), lanes: block)
                    }
                    for (i, vector) in b.transpose(square).enumerated() {
                        if toBlocked {
                            b.storeVector(vector, buffers.output, blockedIndex(b.add(pixel, b.index(i)), 0))
                        } else {
                            b.storeVector(vector, buffers.output, plainIndex(i, pixel))
                        }
                    }
                }
                if squaresEnd < plane { copyFloats(from: b.smax(first, squares), to: end, lanes: block) }
            }
            if lastLanes == 0 {
                copyWholeBlock()
            } else {
                b.ifElse(b.icmp(LLVMIntEQ, channelBlock, b.index(blocks - 1)),
                         then: { copyFloats(from: first, to: end, lanes: lastLanes) }, otherwise: copyWholeBlock)
            }
        }
    }

    /// Pixels per iteration: whole squares of `block`, about 64 KB of floats, so that a large
    /// plane still splits over threads and a small one (7x7) is one iteration.
    static func segmentPixels(plane: Int, block: Int) -> Int {
        let squares = max(1, 16_384 / (block * block))
        return min(plane, squares * block)
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
