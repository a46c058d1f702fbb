import CLLVM
import DLCGraph
import DLCLLVM

/// Direct convolution into a blocked (NCHW[b]c) output, vectorized over output channels.
///
/// A register tile holds `tileBlocks` output-channel blocks × `tileColumns` output columns of
/// one output row as vector accumulators. For every input channel, kernel row and kernel
/// column it loads one weight vector per block (the weights are repacked at compile time so
/// these are consecutive) and broadcasts one input value per column, then issues
/// `tileBlocks × tileColumns` FMAs — the register tile of the packed GEMM (``RegisterTile``,
/// ``TileAccumulators``), with the reduction over channels × taps. Stride and dilation only
/// change which input is broadcast, so every variant runs at the same rate; nothing is
/// gathered or shuffled.
///
/// The input is blocked (its channels are read `b` at a time, one broadcast per channel of the
/// block) or plain (any channel count, e.g. the 3-channel stem). A padded layer first copies its
/// input into scratch space with the zero border added (``PaddedInput``), so every output column
/// and row reads inside the buffer: no border code, no branch in the tap loops, and small maps
/// (7x7, 14x14) run whole tiles instead of one checked column at a time. Bias, a residual of the
/// output's layout and the activation are applied to the accumulators before the store.
///
/// A 1x1 stride-1 unpadded convolution has the same pixel index in input and output, so the
/// plane is processed as rows of up to 128 pixels regardless of the image width. Maps narrower
/// than 16 columns (7x7, 14x14) give a task several rows, and its tiles span rows, so a 7-wide
/// row does not leave most of a tile's accumulators idle.
struct BlockedConvolution {
    let op: Conv2D
    let context: NodeContext
    let block: Int
    let batch: Int, channels: Int, height: Int, width: Int
    /// The output rows and columns the kernel iterates (the plane re-cut into longer rows for 1x1).
    let rows: Int, columns: Int
    /// Input rows and columns in the same view.
    let inputRows: Int, inputColumns: Int
    let channelsPerGroup: Int, filtersPerGroup: Int
    /// Input channels per input unit: `block` for blocked input, 1 for plain.
    let inputBlock: Int
    /// Output rows per task, and the register tile: output-channel blocks × output pixels.
    let rowsPerTask: Int, tileBlocks: Int, tileColumns: Int
    let stride: Size2D, dilation: Size2D, kernel: Size2D
    /// The zero-bordered copy of the input the kernel reads, when the layer is padded.
    let padded: PaddedInput?

    init(_ op: Conv2D, _ context: NodeContext) {
        self.op = op
        self.context = context
        block = context.outputBlock!
        let input = context.inputType(0), output = context.outputType
        (batch, channels, height, width) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        channelsPerGroup = channels / op.groups
        filtersPerGroup = op.filters / op.groups
        inputBlock = input.layout.block ?? 1
        padded = PaddedInput(input: input, padding: op.padding)
        // With a fused pool the kernel computes whole image rows (the pool's windows are rows).
        if op.isPointwise && op.pool == nil {
            let plane = height * width
            let rowLength = (1...plane).first { plane % $0 == 0 && plane / $0 <= 128 }.map { plane / $0 } ?? plane
            (rows, columns, inputRows, inputColumns) = (plane / rowLength, rowLength, plane / rowLength, rowLength)
            (stride, dilation, kernel) = (Size2D(square: 1), Size2D(square: 1), Size2D(square: 1))
        } else {
            // Padded layers read the padded copy; unpadded ones read inside the input everywhere.
            let convolved = op.convolvedType(input: input, output: output)
            (rows, columns) = (convolved.shape[2], convolved.shape[3])
            (inputRows, inputColumns) = padded.map { ($0.paddedHeight, $0.paddedWidth) } ?? (height, width)
            (stride, dilation, kernel) = (op.stride, op.dilation, op.kernel)
        }
        let (rows, columns) = (self.rows, self.columns)
        rowsPerTask = op.pool == nil ? Self.rowsPerTask(rows: rows, columns: columns) : 1
        let tile = Self.registerTile(filters: filtersPerGroup, block: block, pixels: rowsPerTask * columns, registers: context.vectorRegisters)
        (tileBlocks, tileColumns) = (tile.vectors, tile.broadcasts)
        let units = channelsPerGroup / inputBlock
        let taps = kernel.height * kernel.width
        unitsPerChunk = taps == 1 ? units : Self.unitsPerChunk(units: units, bytesPerUnit: taps * inputBlock * tileBlocks * block * 4)
    }

    /// The pointwise convolution `op` (1x1, stride 1, no groups) over one row of `pixels` pixels
    /// of `channels` blocked channels: the band of a fused depthwise stage
    /// (Conv2D+DepthwisePointwise.swift), read from a buffer with `emitTask(from:)`.
    init(band op: Conv2D, _ context: NodeContext, channels: Int, pixels: Int) {
        self.op = op
        self.context = context
        block = context.outputBlock!
        (batch, self.channels, height, width) = (1, channels, 1, pixels)
        (channelsPerGroup, filtersPerGroup, inputBlock) = (channels, op.filters, block)
        padded = nil
        (rows, columns, inputRows, inputColumns) = (1, pixels, 1, pixels)
        (stride, dilation, kernel) = (Size2D(square: 1), Size2D(square: 1), Size2D(square: 1))
        rowsPerTask = 1
        let tile = Self.registerTile(filters: op.filters, block: block, pixels: pixels, registers: context.vectorRegisters)
        (tileBlocks, tileColumns) = (tile.vectors, tile.broadcasts)
        unitsPerChunk = channels / block
    }

    /// The register tile for `filters` (of a group) in blocks of `block` over a task's `pixels`,
    /// with `registers` vector registers.
    static func registerTile(filters: Int, block: Int, pixels: Int, registers: Int) -> RegisterTile {
        RegisterTile.best(vectors: (filters + block - 1) / block, broadcasts: pixels, registers: registers)
    }

    /// Rows of a narrow map (under 16 columns) that one task computes, up to 64 pixels: a
    /// divisor of the row count when one comes close, else as many as fit, the last task then
    /// taking the rows left (13x13 maps: tasks of 4, 4, 4 and 1 rows).
    static func rowsPerTask(rows: Int, columns: Int) -> Int {
        guard columns < 16 else { return 1 }
        let fitting = max(1, min(rows, 64 / columns))
        let divisor = (1...fitting).last { rows % $0 == 0 }!
        return divisor * 2 >= fitting ? divisor : fitting
    }

    /// The order of tasks that moves less data from outer caches. With rows innermost, each
    /// block group's weights stay in L2 while the whole input streams past once per block
    /// group; with block groups innermost, an input row stays while all weights stream past
    /// once per row. For VGG's 512-channel 28x28 layer that is 51 MB against 264 MB.
    var rowsInnermost: Bool {
        let inputBytes = inputRows * inputColumns * channelsPerGroup * 4
        let weightBytes = filtersPerGroup * channelsPerGroup * taps * 4
        return blockGroups * inputBytes <= taskRows * weightBytes
    }

    /// Input units per reduction chunk. A task reduces over its input units a chunk at a time
    /// for all its tiles, storing partial sums in the output between chunks, so that a chunk's
    /// weights for the tile's blocks (`unitsPerChunk · taps · inputBlock · tileBlocks · b`
    /// floats) stay in L1 across the row's tiles instead of streaming from L2 for every tile.
    /// A divisor of the units, with weights within `l1WeightBudget`; all units when they fit.
    /// 1x1 layers take all units at once: their chunks measured slower (ResNet-50 5% slower
    /// overall, while VGG-16's 3x3 layers ran 7–28% faster in chunks; interleaved A/B).
    let unitsPerChunk: Int
    var chunks: Int { unitsPerGroup / unitsPerChunk }
    /// Bytes of a chunk's weights: half of a 32 KB L1 data cache (Zen 3; Zen 5 and Ice Lake
    /// have 48 KB), leaving the rest for the input rows and the output tile.
    static let l1WeightBudget = 16 * 1024

    static func unitsPerChunk(units: Int, bytesPerUnit: Int) -> Int {
        (1...max(1, units)).last { units % $0 == 0 && $0 * bytesPerUnit <= l1WeightBudget } ?? 1
    }

    /// Output blocks per group; without groups the last may be partial (1000 filters in blocks
    /// of 16), its padding lanes computed from zero weights and a zero bias.
    var blocksPerGroup: Int { (filtersPerGroup + block - 1) / block }
    /// Tasks along the rows; the last may have fewer than `rowsPerTask` rows.
    var taskRows: Int { (rows + rowsPerTask - 1) / rowsPerTask }
    var blockGroups: Int { (blocksPerGroup + tileBlocks - 1) / tileBlocks }
    var unitsPerGroup: Int { channelsPerGroup / inputBlock }
    var taps: Int { kernel.height * kernel.width }

    /// Weights as `[group][block][input unit][kh][kw][lane of unit][b]`: the `b` filters of a
    /// block for one input channel and tap are one vector. Padding lanes of a partial last
    /// block are zero.
    func packedWeights() -> [Float] {
        let weights = context.parameterData(0)   // OIHW: [filters][channelsPerGroup][kh][kw]
        let (kh, kw) = (op.kernel.height, op.kernel.width)
        var packed = [Float](repeating: 0, count: op.groups * blocksPerGroup * block * channelsPerGroup * kh * kw)
        var index = 0
        for g in 0..<op.groups {
            for ob in 0..<blocksPerGroup {
                for u in 0..<unitsPerGroup {
                    for i in 0..<kh {
                        for j in 0..<kw {
                            for l in 0..<inputBlock {
                                for lane in 0..<block {
                                    let filter = ob * block + lane
                                    let o = g * filtersPerGroup + filter
                                    let c = u * inputBlock + l
                                    if filter < filtersPerGroup { packed[index] = weights[((o * channelsPerGroup + c) * kh + i) * kw + j] }
                                    index += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        return packed
    }

    /// The bias, padded with zeros to whole blocks when the last block is partial.
    func biasConstant() -> LLVMValueRef {
        guard op.filters % block != 0 else { return context.parameter(1) }
        let bias = context.parameterData(1)
        return context.constant(bias + [Float](repeating: 0, count: blocksPerGroup * block - bias.count), name: "bias.padded")
    }

    /// Packed weights and (padded) bias: the step's constants.
    func stepConstants() -> [LLVMValueRef] {
        [context.constant(packedWeights(), name: "packed")] + (op.hasBias ? [biasConstant()] : [])
    }

    /// Multiply-accumulates of one task.
    var taskCost: Int { tileBlocks * block * columns * rowsPerTask * channelsPerGroup * taps }

    func lower() {
        if op.pool != nil { return lowerPooled() }
        let tasks = batch * op.groups * taskRows * blockGroups
        padded?.stage(context)
        context.step(iterations: tasks, cost: taskCost, sharingKey: context.configurationKey("blocked-conv", op), constants: stepConstants()) { b, task, buffers in
            // Consecutive tasks share either a block group's weights (rows innermost) or input
            // rows (block groups innermost); see `rowsInnermost`.
            let (blockGroup, rowTask): (LLVMValueRef, LLVMValueRef)
            if rowsInnermost {
                rowTask = b.srem(task, b.index(taskRows))
                blockGroup = b.srem(b.sdiv(task, b.index(taskRows)), b.index(blockGroups))
            } else {
                blockGroup = b.srem(task, b.index(blockGroups))
                rowTask = b.srem(b.sdiv(task, b.index(blockGroups)), b.index(taskRows))
            }
            let image = b.sdiv(task, b.index(blockGroups * taskRows))
            let g = b.srem(image, b.index(op.groups))
            let n = b.sdiv(image, b.index(op.groups))
            let firstBlock = self.firstBlock(b, g: g, blockGroup: blockGroup)
            let y0 = b.mul(rowTask, b.index(rowsPerTask))
            let destination = TileDestination(base: buffers.output, rowPixel: b.mul(y0, b.index(columns))) { r in
                b.mul(outputBlock(b, n: n, firstBlock: firstBlock, r: r), b.index(rows * columns * block))
            }
            emitTask(b, buffers, n: n, g: g, blockGroup: blockGroup, rowTask: rowTask, into: destination)
        }
    }

    /// Output block `r` of a task whose first block (within image `n`) is `firstBlock`, counted
    /// over the whole output.
    func outputBlock(_ b: IRBuilder, n: LLVMValueRef, firstBlock: LLVMValueRef, r: Int) -> LLVMValueRef {
        b.add(b.add(b.mul(n, b.index(op.groups * blocksPerGroup)), firstBlock), b.index(r))
    }

    /// The first output block (within the image) of block group `blockGroup` of group `g`.
    func firstBlock(_ b: IRBuilder, g: LLVMValueRef, blockGroup: LLVMValueRef) -> LLVMValueRef {
        b.add(b.mul(g, b.index(blocksPerGroup)), b.mul(blockGroup, b.index(tileBlocks)))
    }

    /// Where a task's results go: block `r` of the task's block group starts at float
    /// `blockStart(r)` of `base`, a plane of `columns`-pixel rows whose first row of the task is
    /// pixel `rowPixel`. The output tensor, or with a fused pool a ring of rows.
    struct TileDestination {
        let base: LLVMValueRef
        let rowPixel: LLVMValueRef
        let blockStart: (Int) -> LLVMValueRef
    }

    /// One task: output rows `rowTask · rowsPerTask ..<` (fewer for the last task) of image `n`,
    /// group `g`, for the blocks of `blockGroup`, reduced chunk by chunk into `destination`;
    /// read from the layer's input (or its padded copy) unless `input` is given.
    func emitTask(_ b: IRBuilder, _ buffers: StepBuffers, n: LLVMValueRef, g: LLVMValueRef, blockGroup: LLVMValueRef,
                  rowTask: LLVMValueRef, into destination: TileDestination, from input: LLVMValueRef? = nil) {
        let lanes = block
        let unitSize = inputRows * inputColumns * inputBlock
        let blockWeights = unitsPerGroup * taps * inputBlock * block
        let weights = buffers.constants[0]
        let bias = op.hasBias ? buffers.constants[1] : nil
        let source = input ?? (padded == nil ? buffers.inputs[0] : buffers.scratch)
        let y0 = b.mul(rowTask, b.index(rowsPerTask))
        let firstBlock = self.firstBlock(b, g: g, blockGroup: blockGroup)
        // Input unit u of this group starts at (n · units + g · unitsPerGroup + u) · H · W · unit.
        let inputBase = b.mul(b.add(b.mul(n, b.index(channels / inputBlock)), b.mul(g, b.index(unitsPerGroup))), b.index(unitSize))
        let weightBase = b.mul(firstBlock, b.index(blockWeights))
        let rowOrigin = b.mul(y0, b.index(stride.height * inputColumns * inputBlock))

        /// One tile: `blocks` output blocks × the output pixels `(y0 + dy, x0 + dx)`, over the
        /// input units of `chunk`.
        func emitTile(blocks: Int, x0: LLVMValueRef, pixels: [(dy: Int, dx: Int)], chunk: LLVMValueRef) {
            let tileStart = b.add(destination.rowPixel, x0)
            let outputIndex: [[LLVMValueRef]] = (0..<blocks).map { r in
                let blockStart = destination.blockStart(r)
                return pixels.map { b.add(blockStart, b.mul(b.add(tileStart, b.index($0.dy * columns + $0.dx)), b.index(block))) }
            }
            let biasVectors = (0..<blocks).map { r in
                bias.map { b.loadVector($0, b.mul(b.add(firstBlock, b.index(r)), b.index(block)), lanes: lanes) } ?? b.float(0, lanes: lanes)
            }
            // The first chunk starts from the bias and the residual (read before this tile's
            // store, so the residual may share the output's buffer); later chunks from the
            // partial sums the previous chunk stored.
            let isFirstChunk = chunks > 1 ? b.icmp(LLVMIntEQ, chunk, b.index(0)) : nil
            let accumulators = TileAccumulators(b, vectors: blocks, broadcasts: pixels.count, lanes: lanes) { r, c in
                var start = biasVectors[r]
                if op.addsResidual { start = b.fadd(start, b.loadVector(buffers.inputs[1], outputIndex[r][c], lanes: lanes)) }
                guard let isFirstChunk else { return start }
                return b.select(isFirstChunk, start, b.loadVector(destination.base, outputIndex[r][c], lanes: lanes))
            }
            let tileOrigin = b.add(inputBase, b.add(rowOrigin, b.mul(x0, b.index(stride.width * inputBlock))))
            // Input offset of each pixel relative to the tile's origin.
            let offsets = pixels.map { ($0.dy * stride.height * inputColumns + $0.dx * stride.width) * inputBlock }
            /// Kernel column `j` of kernel row `i`: `inputBlock` broadcasts per pixel.
            func tap(_ rowBase: LLVMValueRef, _ i: LLVMValueRef, _ j: LLVMValueRef, _ unitWeights: LLVMValueRef) {
                let columnBase = b.add(rowBase, b.mul(j, b.index(dilation.width * inputBlock)))
                let tapWeights = b.add(unitWeights, b.mul(b.add(b.mul(i, b.index(kernel.width)), j), b.index(inputBlock * block)))
                for l in 0..<inputBlock {
                    accumulators.update(weights: weights, at: { b.add(tapWeights, b.index($0 * blockWeights + l * block)) },
                                        source: source, at: { b.add(columnBase, b.index(offsets[$0] + l)) })
                }
            }
            let firstUnit = b.mul(chunk, b.index(unitsPerChunk))
            b.loop(count: unitsPerChunk, "u") { chunkUnit in
                let u = b.add(firstUnit, chunkUnit)
                let unitBase = b.add(tileOrigin, b.mul(u, b.index(unitSize)))
                let unitWeights = b.add(weightBase, b.mul(u, b.index(taps * inputBlock * block)))
                b.loop(count: kernel.height, "kh") { i in
                    let rowBase = b.add(unitBase, b.mul(i, b.index(dilation.height * inputColumns * inputBlock)))
                    // With plain input (one channel per tap) LLVM unrolls a short kernel row
                    // completely, hoists later taps' loads and spills accumulators: keep it
                    // rolled. Blocked input has `b` channels per tap and gains from unrolling.
                    b.loop(count: kernel.width, "kw", unrolled: inputBlock > 1) { j in tap(rowBase, i, j, unitWeights) }
                }
            }
            let isLastChunk = chunks > 1 ? b.icmp(LLVMIntEQ, chunk, b.index(chunks - 1)) : nil
            for r in 0..<blocks {
                for c in pixels.indices {
                    let sum = accumulators.value(vector: r, broadcast: c)
                    let value = isLastChunk.map { b.select($0, b.activation(op.activation, sum), sum) } ?? b.activation(op.activation, sum)
                    b.storeVector(value, destination.base, outputIndex[r][c])
                }
            }
        }

        /// The task's rows for `blocks` output blocks: a loop of full tiles along one row, or,
        /// for several short rows, every tile unrolled with its pixels' rows and columns fixed.
        func emitRows(blocks: Int, chunk: LLVMValueRef) {
            if rowsPerTask == 1 {
                let fullTiles = columns / tileColumns
                let row = (0..<tileColumns).map { (dy: 0, dx: $0) }
                if fullTiles > 0 {
                    b.loop(from: b.index(0), to: b.index(fullTiles * tileColumns), step: tileColumns, "x") { x0 in
                        emitTile(blocks: blocks, x0: x0, pixels: row, chunk: chunk)
                    }
                }
                if columns % tileColumns > 0 {
                    emitTile(blocks: blocks, x0: b.index(fullTiles * tileColumns),
                             pixels: (0..<(columns % tileColumns)).map { (dy: 0, dx: $0) }, chunk: chunk)
                }
            } else {
                func emitTiles(rows count: Int) {
                    let pixels = (0..<(count * columns)).map { (dy: $0 / columns, dx: $0 % columns) }
                    for start in Swift.stride(from: 0, to: pixels.count, by: tileColumns) {
                        emitTile(blocks: blocks, x0: b.index(0), pixels: Array(pixels[start..<min(start + tileColumns, pixels.count)]), chunk: chunk)
                    }
                }
                let lastRows = rows - (taskRows - 1) * rowsPerTask
                if lastRows == rowsPerTask {
                    emitTiles(rows: rowsPerTask)
                } else {
                    b.ifElse(b.icmp(LLVMIntEQ, rowTask, b.index(taskRows - 1)),
                             then: { emitTiles(rows: lastRows) }, otherwise: { emitTiles(rows: rowsPerTask) })
                }
            }
        }

        let tail = blocksPerGroup % tileBlocks
        b.loop(count: chunks, "chunk", unrolled: false) { chunk in
            if tail == 0 {
                emitRows(blocks: tileBlocks, chunk: chunk)
            } else {
                b.ifElse(b.icmp(LLVMIntEQ, blockGroup, b.index(blockGroups - 1)),
                         then: { emitRows(blocks: tail, chunk: chunk) }, otherwise: { emitRows(blocks: tileBlocks, chunk: chunk) })
            }
        }
    }
}
/// A copy of a convolution's input with its zero padding written out, in the layer's scratch
/// space and in the input's layout: `[units][H + top + bottom][W + left + right][unit]` with a
/// unit of `b` channels (blocked) or one (plain). Kernels reading it need no bounds checks.
/// The copy costs one pass over the input, small next to the `kh·kw·filters` FMAs per element
/// of the convolution reading it.
struct PaddedInput {
    let batch: Int, units: Int, unit: Int, height: Int, width: Int
    let padding: EdgePadding
    /// The padded plane.
    var paddedHeight: Int { height + padding.top + padding.bottom }
    var paddedWidth: Int { width + padding.left + padding.right }

    /// Nil when the layer has no padding (the kernel reads its input directly).
    init?(input: TensorType, padding: EdgePadding) {
        guard !padding.isZero else { return nil }
        unit = input.layout.block ?? 1
        (batch, units, height, width) = (input.shape[0], input.shape[1] / unit, input.shape[2], input.shape[3])
        self.padding = padding
    }

    var bytes: Int { batch * units * paddedHeight * paddedWidth * unit * 4 }

    /// A step writing the padded copy into the scratch space, one padded row per iteration.
    /// A float copied counts as one multiply-accumulate of work, as in the reorders: at an
    /// eighth, the copies of stems' plain inputs (600 KB) and of ResNet's padded maps (up to
    /// 860 KB) stayed under the fork threshold and ran on one thread while the other waited.
    func stage(_ context: NodeContext) {
        let (rowFloats, inputRowFloats) = (paddedWidth * unit, width * unit)
        context.step(iterations: batch * units * paddedHeight, cost: rowFloats,
                     sharingKey: context.configurationKey("pad", padding)) { b, row, buffers in
            let y = b.sub(b.srem(row, b.index(paddedHeight)), b.index(padding.top))
            let plane = b.sdiv(row, b.index(paddedHeight))
            let target = b.element(buffers.scratch, b.mul(row, b.index(rowFloats)))
            let inside = b.and(b.icmp(LLVMIntSGE, y, b.index(0)), b.icmp(LLVMIntSLT, y, b.index(height)))
            b.ifElse(inside, then: {
                let source = b.element(buffers.inputs[0], b.mul(b.add(b.mul(plane, b.index(height)), y), b.index(inputRowFloats)))
                if padding.left > 0 { b.zeroBytes(target, count: b.index(padding.left * unit * 4)) }
                b.copyBytes(to: b.element(target, b.index(padding.left * unit)), from: source, count: b.index(inputRowFloats * 4))
                if padding.right > 0 {
                    b.zeroBytes(b.element(target, b.index((padding.left + width) * unit)), count: b.index(padding.right * unit * 4))
                }
            }, otherwise: {
                b.zeroBytes(target, count: b.index(rowFloats * 4))
            })
        }
    }
}

extension BlockedConvolution {
    /// Scratch: the zero-padded copy of the input (``PaddedInput``) when the layer pads, none
    /// for the 1x1 (`pointwise`) form; MACs: the layer's own, every one executed.
    static func facts(_ op: Conv2D, inputs: [TensorType], output: TensorType, pointwise: Bool) -> KernelFacts {
        KernelFacts(scratchBytes: pointwise ? 0 : PaddedInput(input: inputs[0], padding: op.padding)?.bytes ?? 0,
                    executedMACs: op.macCount(inputs: inputs, output: output))
    }
}
