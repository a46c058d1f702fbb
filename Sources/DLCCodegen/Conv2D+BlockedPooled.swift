import CLLVM
import DLCGraph
import DLCLLVM

/// The blocked direct convolution with its pooling layer fused (`Conv2D.pool`, set by the
/// `FusePooling` pass): the convolution's rows go to a ring of `ringRows` rows on the thread's
/// stack, the pool reads its windows from there, and only the pooled output is stored. The
/// unpooled result never travels to memory and back (ResNet's stem wrote and re-read 3.2 MB).
///
/// Each thread takes a contiguous run of (image, group, block group, pooled row) items. For a
/// pooled row it computes only the convolution rows of its window that the ring does not hold
/// yet — with overlapping windows (3x3 stride 2) each row is computed once per thread — then
/// pools the window from the ring. A thread's first item, and the first row of every block
/// group, start with an empty ring; that is the only recomputation (one row per thread for a
/// 3x3/2 pool).
extension BlockedConvolution {
    /// Stack bytes a thread's ring may take: well below a thread's stack (libgomp's threads get
    /// glibc's default, 2 MB or more; the main thread 8 MB), and within L2 so the pool reads what
    /// was just written.
    static let ringBudget = 256 * 1024

    /// Whether the pooled kernel takes `pool` after this convolution (`output` before the
    /// pool): on rows of at least 16 pixels (narrower maps gain more from tiles spanning rows,
    /// which a fused pool would give up), with a ring of the pool's window height within
    /// `ringBudget`, for a target of `registers` vector registers.
    static func canPool(_ op: Conv2D, output: TensorType, pool: Pool2D, registers: Int) -> Bool {
        guard let block = output.layout.block, output.shape[3] >= 16 else { return false }
        let tile = registerTile(filters: op.filters / op.groups, block: block, pixels: output.shape[3],
                                registers: registers)
        let ringRows = min(pool.kernel.height, output.shape[2])
        return tile.vectors * block * ringRows * output.shape[3] * 4 <= ringBudget
    }

    func lowerPooled() {
        let pool = op.pool!
        let output = context.outputType
        let (pooledRows, pooledColumns) = (output.shape[2], output.shape[3])
        let ringRows = min(pool.kernel.height, rows)
        let ringPlane = ringRows * columns * block   // floats of one block's rows in the ring
        let blockGroupsPerImage = op.groups * blockGroups
        let items = batch * blockGroupsPerImage * pooledRows
        padded?.stage(context)

        context.cooperativeStep(cost: batch * blockGroupsPerImage * taskRows * taskCost,
                                sharingKey: context.configurationKey("blocked-conv-pooled", op), constants: stepConstants()) {
            b, thread, threadCount, buffers in
            let (first, end) = context.share(b.index(items), thread: thread, threadCount: threadCount)
            let ringStorage = b.alloca(b.module.array(b.module.float, tileBlocks * ringPlane), "ring")
            LLVMSetAlignment(ringStorage, 64)
            let ring = b.bitcast(ringStorage, to: b.module.floatPointer)
            // The first convolution row the ring does not hold yet.
            let nextRow = b.alloca(b.module.int64, "next.row")
            /// Pixel index in the ring of the first pixel of convolution row `y`.
            func ringPixel(_ y: LLVMValueRef) -> LLVMValueRef { b.mul(b.srem(y, b.index(ringRows)), b.index(columns)) }

            b.loop(from: first, to: end, "item") { item in
                let p = b.srem(item, b.index(pooledRows))
                let unit = b.sdiv(item, b.index(pooledRows))
                let blockGroup = b.srem(unit, b.index(blockGroups))
                let image = b.sdiv(unit, b.index(blockGroups))
                let (g, n) = (b.srem(image, b.index(op.groups)), b.sdiv(image, b.index(op.groups)))
                let (windowStart, windowEnd, _) = pool.window(b, p, stride: pool.stride.height, kernel: pool.kernel.height, size: rows,
                                                              before: pool.padding.top, after: pool.padding.bottom)
                let restart = b.or(b.icmp(LLVMIntEQ, item, first), b.icmp(LLVMIntEQ, p, b.index(0)))
                let from = b.select(restart, windowStart, b.smax(b.load(b.module.int64, nextRow), windowStart))
                b.store(windowEnd, nextRow)
                b.loop(from: from, to: windowEnd, "y") { y in
                    let destination = TileDestination(base: ring, rowPixel: ringPixel(y)) { r in b.index(r * ringPlane) }
                    emitTask(b, buffers, n: n, g: g, blockGroup: blockGroup, rowTask: y, into: destination)
                }
                let firstBlock = self.firstBlock(b, g: g, blockGroup: blockGroup)
                func poolRows(blocks: Int) {
                    for r in 0..<blocks {
                        let outBlock = outputBlock(b, n: n, firstBlock: firstBlock, r: r)
                        let target = b.element(buffers.output, b.mul(b.add(b.mul(outBlock, b.index(pooledRows)), p), b.index(pooledColumns * block)))
                        pool.emitBlockedRow(b, p, from: b.element(ring, b.index(r * ringPlane)), height: rows, width: columns,
                                            to: target, outWidth: pooledColumns, block: block, rowPixel: ringPixel)
                    }
                }
                let tail = blocksPerGroup % tileBlocks
                if tail == 0 {
                    poolRows(blocks: tileBlocks)
                } else {
                    b.ifElse(b.icmp(LLVMIntEQ, blockGroup, b.index(blockGroups - 1)),
                             then: { poolRows(blocks: tail) }, otherwise: { poolRows(blocks: tileBlocks) })
                }
            }
        }
    }
}
