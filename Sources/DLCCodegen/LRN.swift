import CLLVM
import DLCGraph
import DLCLLVM

extension LRN {
    /// Plain: one channel of one image per iteration, vectors across positions; the window of
    /// channels is clipped at run time. Blocked: see `lowerBlocked`.
    func lower(_ context: NodeContext) {
        if let block = context.outputBlock { return lowerBlocked(context, block: block) }
        let shape = context.outputType.shape
        let channels = shape[1]
        let inner = shape.dropFirst(2).reduce(1, *)
        context.step(iterations: shape[0] * channels, cost: inner * size) { b, plane, buffers in
            let n = b.sdiv(plane, b.index(channels))
            let c = b.srem(plane, b.index(channels))
            let first = b.smax(b.sub(c, b.index(channelsBefore)), b.index(0))
            let last = b.smin(b.add(c, b.index(channelsAfter + 1)), b.index(channels))
            let imageBase = b.mul(n, b.index(channels * inner))
            b.forEachVector(from: b.index(0), to: b.index(inner), lanes: context.lanes) { p, lanes in
                let type = LLVMTypeOf(b.float(0, lanes: lanes))!
                let sum = b.alloca(type)
                b.store(b.float(0, lanes: lanes), sum)
                b.loop(from: first, to: last, "w") { neighbour in
                    let x = b.loadFloats(buffers.inputs[0], b.add(b.add(imageBase, b.mul(neighbour, b.index(inner))), p), lanes: lanes)
                    b.store(b.fma(x, x, b.load(type, sum)), sum)
                }
                let index = b.add(b.add(imageBase, b.mul(c, b.index(inner))), p)
                let base = b.fma(b.load(type, sum), b.float(alpha / Float(size), lanes: lanes), b.float(k, lanes: lanes))
                let scale = b.inversePower(base, beta)
                b.storeFloats(b.fmul(b.loadFloats(buffers.inputs[0], index, lanes: lanes), scale), buffers.output, index)
            }
        }
    }

    /// Blocked (NCHW[b]c), one image row of one channel block per iteration: a vector is the
    /// `b` channels of a pixel, and its window's squares are the vector's own and those of the
    /// same pixel in the blocks on either side (zero past the first and last), shifted by whole
    /// lanes across the block boundary — a shuffle of two vectors per window offset. With the
    /// blocked layout kept, GoogLeNet's and AlexNet's LRNs need no reorders around them, and
    /// the pools after them run on the blocked kernel.
    private func lowerBlocked(_ context: NodeContext, block: Int) {
        let shape = context.outputType.shape
        let (blocks, height, width) = (shape[1] / block, shape[2], shape[3])
        let planeFloats = height * width * block
        context.step(iterations: shape[0] * blocks * height, cost: width * block * size,
                     sharingKey: context.configurationKey("lrn", self)) { b, task, buffers in
            let plane = b.sdiv(task, b.index(height))   // n · blocks + channel block
            let rowStart = b.mul(task, b.index(width * block))
            let channelBlock = b.srem(plane, b.index(blocks))
            let hasPrevious = b.icmp(LLVMIntSGT, channelBlock, b.index(0))
            let hasNext = b.icmp(LLVMIntSLT, channelBlock, b.index(blocks - 1))
            // A missing neighbour reads the block itself, then counts as zero.
            let previousOffset = b.select(hasPrevious, b.index(-planeFloats), b.index(0))
            let nextOffset = b.select(hasNext, b.index(planeFloats), b.index(0))
            let zero = b.float(0, lanes: block)
            let input = buffers.inputs[0]
            b.loop(count: width, "x", unrolled: false) { x in
                let index = b.add(rowStart, b.mul(x, b.index(block)))
                let value = b.loadVector(input, index, lanes: block)
                let squares = b.fmul(value, value)
                func neighbourSquares(_ offset: LLVMValueRef, present: LLVMValueRef) -> LLVMValueRef {
                    let neighbour = b.loadVector(input, b.add(index, offset), lanes: block)
                    return b.select(present, b.fmul(neighbour, neighbour), zero)
                }
                var sum = squares
                if channelsBefore > 0 {
                    let previous = neighbourSquares(previousOffset, present: hasPrevious)
                    for shift in 1...channelsBefore {
                        sum = b.fadd(sum, b.shuffle(previous, squares, (0..<block).map { block + $0 - shift }))
                    }
                }
                if channelsAfter > 0 {
                    let next = neighbourSquares(nextOffset, present: hasNext)
                    for shift in 1...channelsAfter {
                        sum = b.fadd(sum, b.shuffle(squares, next, (0..<block).map { $0 + shift }))
                    }
                }
                let base = b.fma(sum, b.float(alpha / Float(size), lanes: block), b.float(k, lanes: block))
                b.storeVector(b.fmul(value, b.inversePower(base, beta)), buffers.output, index)
            }
        }
    }
}
