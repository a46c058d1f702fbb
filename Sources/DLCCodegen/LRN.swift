import CLLVM
import DLCGraph

extension LRN {
    /// One channel of one image per iteration, vectors across positions; the window of
    /// channels is clipped at run time.
    func lower(_ context: NodeContext) {
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
                let scale = b.powPositive(base, b.float(-beta, lanes: lanes))
                b.storeFloats(b.fmul(b.loadFloats(buffers.inputs[0], index, lanes: lanes), scale), buffers.output, index)
            }
        }
    }
}
