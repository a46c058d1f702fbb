import CLLVM
import DLCGraph
import DLCLLVM

extension MatMul {
    /// One output row per task: `C[m][n0 ..< n0 + w] = Σ_k A[m][k] · B[k][n0 ..< n0 + w]`, the
    /// columns in groups of up to four vectors (four independent FMA chains, one broadcast of A
    /// per step for all four), then the columns left over one at a time. Both operands are read
    /// where they lie (nothing is packed: B is computed at run time), so a large product runs
    /// well below the packed GEMM's rate; products with a constant matrix are `dense` layers.
    func lower(_ context: NodeContext) {
        let (a, b) = (context.inputType(0).shape, context.inputType(1).shape)
        guard let product = try? self.product(a, b) else { preconditionFailure("matmul of \(formatShape(a)) and \(formatShape(b)) was verified") }
        let (batch, m, k, n) = (product.batch, product.m, product.k, product.n)
        let (stridesA, stridesB) = (product.batchStridesA, product.batchStridesB)
        let lanes = context.lanes
        let vectors = n / lanes
        let matrices = product.matrices
        context.step(iterations: matrices * m, cost: n * k, sharingKey: context.configurationKey("matmul", self)) { bld, task, buffers in
            let matrix = bld.sdiv(task, bld.index(m)), row = bld.srem(task, bld.index(m))
            var remainder = matrix, baseA = bld.index(0), baseB = bld.index(0)
            for axis in batch.indices.reversed() {
                let coordinate = bld.srem(remainder, bld.index(batch[axis]))
                remainder = bld.sdiv(remainder, bld.index(batch[axis]))
                baseA = bld.add(baseA, bld.mul(coordinate, bld.index(stridesA[axis])))
                baseB = bld.add(baseB, bld.mul(coordinate, bld.index(stridesB[axis])))
            }
            let rowA = bld.add(baseA, bld.mul(row, bld.index(k)))
            let rowC = bld.mul(task, bld.index(n))
            let vectorType = bld.module.vector(bld.module.float, lanes)
            /// Columns `first ..< first + count · lanes` as `count` vector accumulators.
            func vectorColumns(_ first: LLVMValueRef, count: Int) {
                let slots = (0..<count).map { _ in bld.alloca(vectorType) }
                for slot in slots { bld.store(bld.float(0, lanes: lanes), slot) }
                bld.loop(count: k, "k", unrolled: false) { i in
                    let x = bld.splat(bld.loadFloat(buffers.inputs[0], bld.add(rowA, i)), lanes: lanes)
                    let rowB = bld.add(baseB, bld.add(bld.mul(i, bld.index(n)), first))
                    for (v, slot) in slots.enumerated() {
                        let w = bld.loadVector(buffers.inputs[1], bld.add(rowB, bld.index(v * lanes)), lanes: lanes)
                        bld.store(bld.fma(x, w, bld.load(vectorType, slot)), slot)
                    }
                }
                for (v, slot) in slots.enumerated() {
                    bld.storeVector(bld.load(vectorType, slot), buffers.output, bld.add(rowC, bld.add(first, bld.index(v * lanes))))
                }
            }
            let groups = vectors / 4
            if groups > 0 {
                bld.loop(from: bld.index(0), to: bld.index(groups * 4 * lanes), step: 4 * lanes, "n", unrolled: false) { first in
                    vectorColumns(first, count: 4)
                }
            }
            if vectors % 4 > 0 { vectorColumns(bld.index(groups * 4 * lanes), count: vectors % 4) }
            if n % lanes > 0 {
                bld.loop(from: bld.index(vectors * lanes), to: bld.index(n), "column", unrolled: false) { column in
                    let sum = bld.alloca(bld.module.float)
                    bld.store(bld.float(0, lanes: 0), sum)
                    bld.loop(count: k, "k", unrolled: false) { i in
                        let product = bld.fma(bld.loadFloat(buffers.inputs[0], bld.add(rowA, i)),
                                              bld.loadFloat(buffers.inputs[1], bld.add(baseB, bld.add(bld.mul(i, bld.index(n)), column))),
                                              bld.load(bld.module.float, sum))
                        bld.store(product, sum)
                    }
                    bld.storeFloat(bld.load(bld.module.float, sum), buffers.output, bld.add(rowC, column))
                }
            }
        }
    }
}
