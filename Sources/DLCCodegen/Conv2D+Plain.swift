import CLLVM
import DLCGraph
import DLCLLVM

/// Direct convolution on plain NCHW data, for layers the layout pass leaves plain (filters that
/// do not fill channel blocks, grouped layers whose groups do not, depthwise multipliers):
/// each iteration computes a block of up to four output channels over a run of output
/// columns, keeping `channels × vectors` accumulators in registers while it walks input
/// channels and kernel taps (broadcast one weight, FMA it into a vector of input columns).
/// 1x1 stride-1 convolutions run the same scheme over the flattened plane.
/// Sizes and blocking of one convolution layer's kernel. Its steps' bodies read the input and
/// the weights through ``Operands`` (by default the node's input and the step's `constants`: a
/// training step's weights live in its state buffer), which each body resolves as it starts.
struct PlainConvolution {
    /// Where a step reads the convolution's input, weight and bias.
    struct Operands {
        var input: (IRBuilder, StepBuffers) -> LLVMValueRef
        var weight: (IRBuilder, StepBuffers) -> LLVMValueRef
        var bias: ((IRBuilder, StepBuffers) -> LLVMValueRef)?
        /// Handed to the steps as their `constants`.
        var constants: [LLVMValueRef]
    }

    let op: Conv2D
    let context: NodeContext
    let batch: Int, channels: Int, height: Int, width: Int, outHeight: Int, outWidth: Int
    let channelsPerGroup: Int, filtersPerGroup: Int
    let lanes: Int
    /// Output channels per block, and vectors of output columns per tile.
    let channelBlock: Int, vectorsPerTile: Int
    /// The operands as the step being emitted reads them.
    private final class Current {
        var input: LLVMValueRef?, weight: LLVMValueRef?, bias: LLVMValueRef?
    }
    private let current = Current()
    var input: LLVMValueRef { current.input! }
    var weight: LLVMValueRef { current.weight! }
    var bias: LLVMValueRef? { current.bias }
    private let operands: Operands

    /// The layer's own convolution: the node's input, weight and bias.
    init(_ op: Conv2D, _ context: NodeContext) {
        let constants = [context.parameter(0)] + (op.hasBias ? [context.parameter(1)] : [])
        self.init(op, context, input: context.inputType(0).shape, output: context.outputType.shape,
                  operands: Operands(input: { $1.inputs[0] }, weight: { $1.constants[0] },
                                     bias: op.hasBias ? { $1.constants[1] } : nil, constants: constants))
    }

    /// A convolution `op` of an `input`-shaped tensor into an `output`-shaped one (the node's
    /// output buffer), reading its operands where `operands` says.
    init(_ op: Conv2D, _ context: NodeContext, input: [Int], output: [Int], operands: Operands) {
        self.op = op
        self.context = context
        self.operands = operands
        (batch, channels, height, width) = (input[0], input[1], input[2], input[3])
        (outHeight, outWidth) = (output[2], output[3])
        channelsPerGroup = channels / op.groups
        filtersPerGroup = op.filters / op.groups
        lanes = context.lanes
        channelBlock = min(filtersPerGroup, 4)
        // Accumulators use all vector registers but four (inputs and a broadcast weight).
        vectorsPerTile = max(1, min((context.vectorRegisters - 4) / channelBlock, 6))
    }

    /// Points ``input``, ``weight`` and ``bias`` at the current step's operands.
    private func readOperands(_ b: IRBuilder, from buffers: StepBuffers) {
        current.input = operands.input(b, buffers)
        current.weight = operands.weight(b, buffers)
        current.bias = operands.bias?(b, buffers)
    }

    var blocks: Int { (filtersPerGroup + channelBlock - 1) / channelBlock }
    var taps: Int { op.kernel.height * op.kernel.width }

    /// Emits `body(blockSize)` for a full block, or for the smaller last block of a group.
    func forBlockSize(_ b: IRBuilder, block: LLVMValueRef, _ body: (Int) -> Void) {
        let tail = filtersPerGroup % channelBlock
        if tail == 0 { return body(channelBlock) }
        b.ifElse(b.icmp(LLVMIntEQ, block, b.index(blocks - 1)), then: { body(tail) }, otherwise: { body(channelBlock) })
    }

    /// Accumulators for `count` output channels × `vectors` vectors, starting at the bias.
    func accumulators(_ b: IRBuilder, count: Int, vectors: Int, firstChannel: LLVMValueRef) -> [[LLVMValueRef]] {
        let type = b.module.vector(b.module.float, lanes)
        return (0..<count).map { k in
            let initial = bias.map { b.splat(b.loadFloat($0, b.add(firstChannel, b.index(k))), lanes: lanes) } ?? b.float(0, lanes: lanes)
            return (0..<vectors).map { _ in
                let slot = b.alloca(type)
                b.store(initial, slot)
                return slot
            }
        }
    }

    /// `accumulator[k][v] += weight(k) · inputs[v]` for every channel k of the block.
    func accumulate(_ b: IRBuilder, _ slots: [[LLVMValueRef]], inputs: [LLVMValueRef], weightIndex: (Int) -> LLVMValueRef) {
        let type = b.module.vector(b.module.float, lanes)
        for (k, row) in slots.enumerated() {
            let w = b.splat(b.loadFloat(weight, weightIndex(k)), lanes: lanes)
            for (v, slot) in row.enumerated() { b.store(b.fma(w, inputs[v], b.load(type, slot)), slot) }
        }
    }

    /// Adds the residual (when fused), applies the activation and stores each accumulator vector
    /// (the last one possibly partial).
    func store(_ b: IRBuilder, _ slots: [[LLVMValueRef]], active: [Int], buffers: StepBuffers, at index: (Int, Int) -> LLVMValueRef) {
        let type = b.module.vector(b.module.float, lanes)
        for (k, row) in slots.enumerated() {
            for (v, slot) in row.enumerated() {
                var value = b.load(type, slot)
                if op.addsResidual {
                    value = b.fadd(value, b.loadPartial(buffers.inputs[1], index(k, v), lanes: lanes, active: active[v]))
                }
                b.storePartial(b.activation(op.activation, value), buffers.output, index(k, v), active: active[v])
            }
        }
    }

    /// How a run of `count` columns splits into vectors: full ones, then a partial one.
    func vectorShape(_ count: Int) -> [Int] {
        (0..<(count / lanes)).map { _ in lanes } + (count % lanes > 0 ? [count % lanes] : [])
    }

    // MARK: - 1x1 stride 1: a matrix product over the flattened plane

    func lowerPointwise() {
        let plane = height * width
        let tile = vectorsPerTile * lanes
        let tiles = (plane + tile - 1) / tile
        let tasks = batch * op.groups * tiles * blocks
        context.step(iterations: tasks, cost: channelBlock * tile * channelsPerGroup, constants: operands.constants) { b, task, buffers in
            readOperands(b, from: buffers)
            // Consecutive tasks share a tile of input columns across all output-channel blocks.
            let block = b.srem(task, b.index(blocks))
            let tileIndex = b.srem(b.sdiv(task, b.index(blocks)), b.index(tiles))
            let image = b.sdiv(task, b.index(blocks * tiles))   // n · groups + group
            let group = b.srem(image, b.index(op.groups))
            let n = b.sdiv(image, b.index(op.groups))
            let firstChannel = b.add(b.mul(group, b.index(filtersPerGroup)), b.mul(block, b.index(channelBlock)))
            let inputBase = b.mul(b.add(b.mul(n, b.index(channels)), b.mul(group, b.index(channelsPerGroup))), b.index(plane))
            let start = b.mul(tileIndex, b.index(tile))
            forBlockSize(b, block: block) { size in
                let emitTile = { (active: [Int]) in
                    let slots = accumulators(b, count: size, vectors: active.count, firstChannel: firstChannel)
                    b.loop(count: channelsPerGroup, "c") { c in
                        let row = b.add(inputBase, b.add(b.mul(c, b.index(plane)), start))
                        let inputs = active.enumerated().map { v, count in
                            b.loadPartial(input, b.add(row, b.index(v * lanes)), lanes: lanes, active: count)
                        }
                        accumulate(b, slots, inputs: inputs) { k in
                            b.add(b.mul(b.add(firstChannel, b.index(k)), b.index(channelsPerGroup)), c)
                        }
                    }
                    store(b, slots, active: active, buffers: buffers) { k, v in
                        b.add(b.mul(b.add(b.mul(n, b.index(op.filters)), b.add(firstChannel, b.index(k))), b.index(plane)),
                              b.add(start, b.index(v * lanes)))
                    }
                }
                let remainder = plane % tile
                if remainder == 0 {
                    emitTile(vectorShape(tile))
                } else {
                    b.ifElse(b.icmp(LLVMIntEQ, tileIndex, b.index(tiles - 1)),
                             then: { emitTile(vectorShape(remainder)) }, otherwise: { emitTile(vectorShape(tile)) })
                }
            }
        }
    }

    // MARK: - General: one output row per task

    func lowerRows() {
        let (sh, sw) = (op.stride.height, op.stride.width)
        let (dh, dw) = (op.dilation.height, op.dilation.width)
        let (top, left) = (op.padding.top, op.padding.left)
        // Output columns whose taps all read inside the row: x·sw - left ≥ 0 and
        // x·sw + (kw - 1)·dw - left ≤ width - 1.
        let interiorStart = min(outWidth, (left + sw - 1) / sw)
        let lastReach = width - 1 + left - (op.kernel.width - 1) * dw
        let interiorEnd = max(interiorStart, min(outWidth, lastReach >= 0 ? lastReach / sw + 1 : 0))
        let tile = vectorsPerTile * lanes
        let fullTiles = (interiorEnd - interiorStart) / tile
        let tileEnd = interiorStart + fullTiles * tile
        // A partial tile uses masked loads, so only when consecutive columns are consecutive in memory.
        let partialColumns = sw == 1 ? interiorEnd - tileEnd : 0
        let scalarStart = tileEnd + partialColumns
        let tasks = batch * op.groups * outHeight * blocks

        context.step(iterations: tasks, cost: channelBlock * outWidth * channelsPerGroup * taps, constants: operands.constants) { b, task, buffers in
            readOperands(b, from: buffers)
            let block = b.srem(task, b.index(blocks))
            let y = b.srem(b.sdiv(task, b.index(blocks)), b.index(outHeight))
            let image = b.sdiv(task, b.index(blocks * outHeight))
            let group = b.srem(image, b.index(op.groups))
            let n = b.sdiv(image, b.index(op.groups))
            let firstChannel = b.add(b.mul(group, b.index(filtersPerGroup)), b.mul(block, b.index(channelBlock)))
            let inputBase = b.mul(b.add(b.mul(n, b.index(channels)), b.mul(group, b.index(channelsPerGroup))), b.index(height * width))
            let rowOrigin = b.sub(b.mul(y, b.index(sh)), b.index(top))
            func inputRow(_ i: LLVMValueRef) -> LLVMValueRef {   // iy = y·sh + i·dh - top
                b.add(rowOrigin, b.mul(i, b.index(dh)))
            }
            func rowIsInside(_ iy: LLVMValueRef) -> LLVMValueRef {
                b.and(b.icmp(LLVMIntSGE, iy, b.index(0)), b.icmp(LLVMIntSLT, iy, b.index(height)))
            }
            func weightIndex(_ k: Int, _ c: LLVMValueRef, _ i: LLVMValueRef, _ j: LLVMValueRef) -> LLVMValueRef {
                let tap = b.add(b.mul(i, b.index(op.kernel.width)), j)
                return b.add(b.mul(b.add(b.mul(b.add(firstChannel, b.index(k)), b.index(channelsPerGroup)), c), b.index(taps)), tap)
            }
            /// Walks input channels and kernel taps, skipping kernel rows outside the input:
            /// `body(c, i, j, rowBase)` with `rowBase` the index of input row `iy` of channel `c`.
            func forEachTap(_ body: @escaping (LLVMValueRef, LLVMValueRef, LLVMValueRef, LLVMValueRef) -> Void) {
                b.loop(count: channelsPerGroup, "c") { c in
                    let channelBase = b.add(inputBase, b.mul(c, b.index(height * width)))
                    b.loop(count: op.kernel.height, "i") { i in
                        let iy = inputRow(i)
                        b.when(rowIsInside(iy)) {
                            let rowBase = b.add(channelBase, b.mul(iy, b.index(width)))
                            b.loop(count: op.kernel.width, "j") { j in body(c, i, j, rowBase) }
                        }
                    }
                }
            }
            func outputIndex(_ k: Int, _ x: LLVMValueRef) -> LLVMValueRef {
                b.add(b.mul(b.add(b.mul(b.add(b.mul(n, b.index(op.filters)), b.add(firstChannel, b.index(k))), b.index(outHeight)), y),
                            b.index(outWidth)), x)
            }

            forBlockSize(b, block: block) { size in
                // Vector tiles over interior columns.
                let emitTile = { (x0: LLVMValueRef, active: [Int]) in
                    let slots = accumulators(b, count: size, vectors: active.count, firstChannel: firstChannel)
                    forEachTap { c, i, j, rowBase in
                        let column = b.add(rowBase, b.sub(b.add(b.mul(x0, b.index(sw)), b.mul(j, b.index(dw))), b.index(left)))
                        let inputs = active.enumerated().map { v, count in
                            sw == 1 ? b.loadPartial(input, b.add(column, b.index(v * lanes)), lanes: lanes, active: count)
                                : b.loadStrided(input, b.add(column, b.index(v * lanes * sw)), stride: sw, lanes: lanes)
                        }
                        accumulate(b, slots, inputs: inputs) { k in weightIndex(k, c, i, j) }
                    }
                    store(b, slots, active: active, buffers: buffers) { k, v in outputIndex(k, b.add(x0, b.index(v * lanes))) }
                }
                if fullTiles > 0 {
                    b.loop(from: b.index(interiorStart), to: b.index(tileEnd), step: tile, "x") { x0 in emitTile(x0, vectorShape(tile)) }
                }
                if partialColumns > 0 { emitTile(b.index(tileEnd), vectorShape(partialColumns)) }

                // Border and leftover columns, one at a time with every tap checked.
                for (start, end) in [(0, interiorStart), (scalarStart, outWidth)] where start < end {
                    b.loop(from: b.index(start), to: b.index(end), "xs") { x in
                        let sums = (0..<size).map { k in
                            let slot = b.alloca(b.module.float)
                            b.store(bias.map { b.loadFloat($0, b.add(firstChannel, b.index(k))) } ?? b.module.constant(Float(0)), slot)
                            return slot
                        }
                        forEachTap { c, i, j, rowBase in
                            let ix = b.sub(b.add(b.mul(x, b.index(sw)), b.mul(j, b.index(dw))), b.index(left))
                            let inside = b.and(b.icmp(LLVMIntSGE, ix, b.index(0)), b.icmp(LLVMIntSLT, ix, b.index(width)))
                            let clamped = b.smin(b.smax(ix, b.index(0)), b.index(width - 1))
                            let value = b.select(inside, b.loadFloat(input, b.add(rowBase, clamped)), b.module.constant(Float(0)))
                            for (k, slot) in sums.enumerated() {
                                b.store(b.fma(b.loadFloat(weight, weightIndex(k, c, i, j)), value, b.load(b.module.float, slot)), slot)
                            }
                        }
                        for (k, slot) in sums.enumerated() {
                            var value = b.load(b.module.float, slot)
                            if op.addsResidual { value = b.fadd(value, b.loadFloat(buffers.inputs[1], outputIndex(k, x))) }
                            b.storeFloat(b.activation(op.activation, value), buffers.output, outputIndex(k, x))
                        }
                    }
                }
            }
        }
    }
}

extension PlainConvolution {
    /// No workspace scratch; the layer's own MACs.
    static func facts(_ op: Conv2D, inputs: [TensorType], output: TensorType) -> KernelFacts {
        KernelFacts(scratchBytes: 0, executedMACs: op.macCount(inputs: inputs, output: output))
    }
}
