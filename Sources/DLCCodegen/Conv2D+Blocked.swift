import CLLVM
import DLCGraph

/// Direct convolution into a blocked (NCHW[b]c) output, vectorized over output channels.
///
/// A register tile holds `tileBlocks` output-channel blocks × `tileColumns` output columns of
/// one output row as vector accumulators. For every input channel, kernel row and kernel
/// column it loads one weight vector per block (the weights are repacked at compile time so
/// these are consecutive) and broadcasts one input value per column, then issues
/// `tileBlocks × tileColumns` FMAs. Stride and dilation only change which input is
/// broadcast, so every variant runs at the same rate; nothing is gathered or shuffled.
///
/// The input is blocked (its channels are read `b` at a time, one broadcast per channel of the
/// block) or plain (any channel count, e.g. the 3-channel stem). A padded layer first copies its
/// input into scratch space with the zero border added (``PaddedInput``), so every output column
/// and row reads inside the buffer: no border code, no branch in the tap loops, and small maps
/// (7x7, 14x14) run whole tiles instead of one checked column at a time. Bias, a residual of the
/// output's layout and the activation are applied to the accumulators before the store.
///
/// A 1x1 stride-1 unpadded convolution has the same pixel index in input and output, so the
/// plane is processed as rows of up to 128 pixels regardless of the image width.
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
    let tileBlocks: Int, tileColumns: Int
    let stride: Size2D, dilation: Size2D, kernel: Size2D
    let top: Int, left: Int
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
        if Self.isPointwise(op) {
            let plane = height * width
            let rowLength = (1...plane).first { plane % $0 == 0 && plane / $0 <= 128 }.map { plane / $0 } ?? plane
            (rows, columns, inputRows, inputColumns) = (plane / rowLength, rowLength, plane / rowLength, rowLength)
            (stride, dilation, kernel, top, left) = (Size2D(square: 1), Size2D(square: 1), Size2D(square: 1), 0, 0)
        } else if let padded {
            (rows, columns, inputRows, inputColumns) = (output.shape[2], output.shape[3], padded.paddedHeight, padded.paddedWidth)
            (stride, dilation, kernel, top, left) = (op.stride, op.dilation, op.kernel, 0, 0)
        } else {
            (rows, columns, inputRows, inputColumns) = (output.shape[2], output.shape[3], height, width)
            (stride, dilation, kernel, top, left) = (op.stride, op.dilation, op.kernel, op.padding.top, op.padding.left)
        }
        (tileBlocks, tileColumns) = Self.registerTile(blocks: filtersPerGroup / block, columns: columns,
                                                      registers: context.vectorRegisters)
    }

    static func isPointwise(_ op: Conv2D) -> Bool {
        op.kernel == Size2D(square: 1) && op.stride == Size2D(square: 1) && op.padding.isZero
    }

    /// The register tile (output-channel blocks × columns) with the fewest estimated cycles per
    /// output row. A tile needs `blocks · columns` accumulators, `blocks` weight vectors and one
    /// broadcast register; per input channel it issues `blocks · columns` FMAs and
    /// `blocks + columns` loads, at two of each per cycle. A row is full tiles plus one
    /// smaller tile of the remaining columns.
    static func registerTile(blocks: Int, columns: Int, registers: Int) -> (blocks: Int, columns: Int) {
        func cycles(_ rb: Int, _ rw: Int) -> Double {
            rw == 0 ? 0 : max(Double(rb * rw), Double(rb + rw)) / 2 + 1
        }
        var best = (blocks: 1, columns: 1), bestCost = Double.infinity
        for rb in 1...min(4, blocks) {
            let maxColumns = (registers - rb - 1) / rb
            guard maxColumns >= 1 else { continue }
            let groups = (blocks + rb - 1) / rb
            let waste = Double(groups * rb - blocks) / Double(blocks)   // tail groups are emitted smaller, but slower
            for rw in 1...min(maxColumns, max(columns, 1)) {
                let perRow = Double(columns / rw) * cycles(rb, rw) + cycles(rb, columns % rw)
                let cost = perRow * Double(groups) * (1 + waste / 2)
                if cost < bestCost - 1e-9 { (best, bestCost) = ((rb, rw), cost) }
            }
        }
        return best
    }

    var blocksPerGroup: Int { filtersPerGroup / block }
    var blockGroups: Int { (blocksPerGroup + tileBlocks - 1) / tileBlocks }
    var unitsPerGroup: Int { channelsPerGroup / inputBlock }
    var taps: Int { kernel.height * kernel.width }

    /// Weights as `[group][block][input unit][kh][kw][lane of unit][b]`: the `b` filters of a
    /// block for one input channel and tap are one vector.
    func packedWeights() -> [Float] {
        let weights = context.parameterData(0)   // OIHW: [filters][channelsPerGroup][kh][kw]
        let (kh, kw) = (op.kernel.height, op.kernel.width)
        var packed = [Float](repeating: 0, count: weights.count)
        var index = 0
        for g in 0..<op.groups {
            for ob in 0..<blocksPerGroup {
                for u in 0..<unitsPerGroup {
                    for i in 0..<kh {
                        for j in 0..<kw {
                            for l in 0..<inputBlock {
                                for lane in 0..<block {
                                    let o = g * filtersPerGroup + ob * block + lane
                                    let c = u * inputBlock + l
                                    packed[index] = weights[((o * channelsPerGroup + c) * kh + i) * kw + j]
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

    func lower() {
        let weights = context.constant(packedWeights(), name: "packed")
        let bias = op.hasBias ? context.parameter(1) : nil
        let lanes = block
        let outputBlocks = op.filters / block
        let interior = interiorColumns(kernelWidth: kernel.width)
        let tasks = batch * op.groups * rows * blockGroups
        let cost = tileBlocks * block * columns * channelsPerGroup * taps
        padded?.stage(context)

        context.step(iterations: tasks, cost: cost) { b, task, buffers in
            let source = padded == nil ? buffers.inputs[0] : buffers.scratch
            // task = ((n · groups + g) · rows + y) · blockGroups + blockGroup: consecutive tasks
            // share an input row.
            let blockGroup = b.srem(task, b.index(blockGroups))
            let y = b.srem(b.sdiv(task, b.index(blockGroups)), b.index(rows))
            let image = b.sdiv(task, b.index(blockGroups * rows))
            let g = b.srem(image, b.index(op.groups))
            let n = b.sdiv(image, b.index(op.groups))
            let firstBlock = b.add(b.mul(g, b.index(blocksPerGroup)), b.mul(blockGroup, b.index(tileBlocks)))
            // Input unit u of this group starts at (n · units + g · unitsPerGroup + u) · H · W · unit.
            let unitsTotal = channels / inputBlock
            let inputBase = b.mul(b.add(b.mul(n, b.index(unitsTotal)), b.mul(g, b.index(unitsPerGroup))),
                                  b.index(inputRows * inputColumns * inputBlock))
            let weightBase = b.mul(b.add(b.mul(g, b.index(blocksPerGroup)), b.mul(blockGroup, b.index(tileBlocks))),
                                   b.index(unitsPerGroup * taps * inputBlock * block))
            let rowOrigin = b.sub(b.mul(y, b.index(stride.height)), b.index(top))

            func outputIndex(_ r: Int, _ x: LLVMValueRef) -> LLVMValueRef {
                let outBlock = b.add(b.add(b.mul(n, b.index(outputBlocks)), firstBlock), b.index(r))
                return b.mul(b.add(b.mul(b.add(b.mul(outBlock, b.index(rows)), y), b.index(columns)), x), b.index(block))
            }

            /// One tile: `blocks` output blocks × `count` columns from `x0`; `checked` tests each
            /// kernel column against the input's width.
            func emitTile(blocks: Int, x0: LLVMValueRef, count: Int, checked: Bool) {
                let vector = b.module.vector(b.module.float, lanes)
                let accumulators = (0..<blocks).map { r in
                    let initial = bias.map { b.loadVector($0, b.mul(b.add(firstBlock, b.index(r)), b.index(block)), lanes: lanes) }
                        ?? b.float(0, lanes: lanes)
                    return (0..<count).map { _ in
                        let slot = b.alloca(vector)
                        b.store(initial, slot)
                        return slot
                    }
                }
                let columnOrigin = b.sub(b.mul(x0, b.index(stride.width)), b.index(left))
                b.loop(count: unitsPerGroup, "u") { u in
                    let unitBase = b.add(inputBase, b.mul(u, b.index(inputRows * inputColumns * inputBlock)))
                    let unitWeights = b.add(weightBase, b.mul(u, b.index(taps * inputBlock * block)))
                    b.loop(count: kernel.height, "kh") { i in
                        let iy = b.add(rowOrigin, b.mul(i, b.index(dilation.height)))
                        let rowInside = b.and(b.icmp(LLVMIntSGE, iy, b.index(0)), b.icmp(LLVMIntSLT, iy, b.index(inputRows)))
                        b.when(padded == nil ? rowInside : b.module.constant(true)) {
                            let rowBase = b.add(unitBase, b.mul(iy, b.index(inputColumns * inputBlock)))
                            b.loop(count: kernel.width, "kw") { j in
                                let ix0 = b.add(columnOrigin, b.mul(j, b.index(dilation.width)))
                                let tapWeights = b.add(unitWeights, b.mul(b.add(b.mul(i, b.index(kernel.width)), j),
                                                                          b.index(inputBlock * block)))
                                let body = {
                                    for l in 0..<inputBlock {
                                        let w = (0..<blocks).map { r in
                                            b.loadVector(weights, b.add(tapWeights, b.index(r * unitsPerGroup * taps * inputBlock * block + l * block)),
                                                         lanes: lanes)
                                        }
                                        for c in 0..<count {
                                            let ix = b.add(ix0, b.index(c * stride.width))
                                            let x = b.splat(b.loadFloat(source, b.add(rowBase, b.add(b.mul(ix, b.index(inputBlock)), b.index(l)))),
                                                            lanes: lanes)
                                            for r in 0..<blocks {
                                                b.store(b.fma(x, w[r], b.load(vector, accumulators[r][c])), accumulators[r][c])
                                            }
                                        }
                                    }
                                }
                                if checked {
                                    b.when(b.and(b.icmp(LLVMIntSGE, ix0, b.index(0)), b.icmp(LLVMIntSLT, ix0, b.index(inputColumns))), body)
                                } else {
                                    body()
                                }
                            }
                        }
                    }
                }
                for r in 0..<blocks {
                    for c in 0..<count {
                        let index = outputIndex(r, b.add(x0, b.index(c)))
                        var value = b.load(vector, accumulators[r][c])
                        if op.addsResidual { value = b.fadd(value, b.loadVector(buffers.inputs[1], index, lanes: lanes)) }
                        b.storeVector(b.activation(op.activation, value), buffers.output, index)
                    }
                }
            }

            /// A whole output row for `blocks` output blocks.
            func emitRow(blocks: Int) {
                let fullTiles = (interior.end - interior.start) / tileColumns
                let tileEnd = interior.start + fullTiles * tileColumns
                if fullTiles > 0 {
                    b.loop(from: b.index(interior.start), to: b.index(tileEnd), step: tileColumns, "x") { x0 in
                        emitTile(blocks: blocks, x0: x0, count: tileColumns, checked: false)
                    }
                }
                if tileEnd < interior.end {
                    emitTile(blocks: blocks, x0: b.index(tileEnd), count: interior.end - tileEnd, checked: false)
                }
                for (start, end) in [(0, interior.start), (interior.end, columns)] where start < end {
                    b.loop(from: b.index(start), to: b.index(end), "xb") { x in emitTile(blocks: blocks, x0: x, count: 1, checked: true) }
                }
            }

            let tail = blocksPerGroup % tileBlocks
            if tail == 0 {
                emitRow(blocks: tileBlocks)
            } else {
                b.ifElse(b.icmp(LLVMIntEQ, blockGroup, b.index(blockGroups - 1)),
                         then: { emitRow(blocks: tail) }, otherwise: { emitRow(blocks: tileBlocks) })
            }
        }
    }

    /// Output columns whose taps all lie inside the input row: `x·sw - left ≥ 0` and
    /// `x·sw + (kw - 1)·dw - left ≤ width - 1`.
    func interiorColumns(kernelWidth: Int) -> (start: Int, end: Int) {
        let start = min(columns, (left + stride.width - 1) / stride.width)
        let lastReach = inputColumns - 1 + left - (kernelWidth - 1) * dilation.width
        let end = max(start, min(columns, lastReach >= 0 ? lastReach / stride.width + 1 : 0))
        return (start, end)
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
    func stage(_ context: NodeContext) {
        let (rowFloats, inputRowFloats) = (paddedWidth * unit, width * unit)
        context.step(iterations: batch * units * paddedHeight, cost: rowFloats / 8) { b, row, buffers in
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
