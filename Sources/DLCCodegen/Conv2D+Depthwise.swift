import CLLVM
import DLCGraph
import DLCLLVM

/// Depthwise convolution (one filter per channel) on blocked data: a vector holds `b`
/// channels of one pixel, so each tap is a vector load of the input, a vector of `b` weights
/// (repacked to `[block][kh][kw][b]`) and one FMA, for a tile of output columns of one row.
///
/// Neighbouring output columns of a kernel row read overlapping inputs (3 taps of a 3x3 kernel
/// read each input vector of a stride-1 row), so an interior tile loads every input vector of a
/// kernel row once, in column order, and applies it to every (column, tap) pair that reads it
/// before loading the next: a load per FMA becomes one per `kw / stride` FMAs (3x3 stride 1:
/// `columns + 2` loads for `3 · columns` FMAs), which lifts the kernel off the load ports. The
/// row's `kw` weight vectors stay in registers. Tiles at fixed columns (the borders, the
/// interior's remainder, and whole rows of maps narrower than a tile) leave out the taps that
/// fall outside the row when compiling; rows skip kernel rows outside the input. Unlike the
/// dense kernels, depthwise layers do not copy a padded input first: they do few FMAs per
/// loaded vector, so they are bound by memory, and the copy would be a second pass over it.
struct DepthwiseConvolution {
    let op: Conv2D
    let context: NodeContext
    let block: Int
    let batch: Int, channels: Int, height: Int, width: Int, outHeight: Int, outWidth: Int
    let tileColumns: Int

    /// The layer's weight and bias among the node's parameters (after a fused pointwise
    /// convolution's own, when this is its depthwise stage).
    let firstParameter: Int

    /// The layer `op` of `context`; or, with `output`, the depthwise stage of the fused layer
    /// whose own parameters come first (`firstParameter`).
    init(_ op: Conv2D, _ context: NodeContext, output: TensorType? = nil, firstParameter: Int = 0) {
        self.op = op
        self.context = context
        self.firstParameter = firstParameter
        let input = context.inputType(0), output = output ?? context.outputType
        block = output.layout.block!
        (batch, channels, height, width) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        (outHeight, outWidth) = (output.shape[2], output.shape[3])
        // Accumulators, a kernel row's weights, the input vector in use, and one spare.
        tileColumns = max(1, min(context.vectorRegisters - op.kernel.width - 2, outWidth))
    }

    func packedWeights() -> [Float] {
        let weights = context.parameterData(firstParameter)   // [channels][1][kh][kw]
        let taps = op.kernel.height * op.kernel.width
        var packed = [Float](repeating: 0, count: weights.count)
        for c in 0..<channels {
            for tap in 0..<taps { packed[((c / block) * taps + tap) * block + c % block] = weights[c * taps + tap] }
        }
        return packed
    }

    /// Packed weights and the bias: the constants of the step.
    func stepConstants() -> [LLVMValueRef] {
        [context.constant(packedWeights(), name: firstParameter == 0 ? "packed" : "depthwise.packed")]
            + (op.hasBias ? [context.parameter(firstParameter + 1)] : [])
    }

    func lower() {
        let blocks = channels / block
        context.step(iterations: batch * blocks * outHeight, cost: outWidth * block * op.kernel.height * op.kernel.width,
                     sharingKey: context.configurationKey("depthwise", op), constants: stepConstants()) { b, task, buffers in
            let y = b.srem(task, b.index(outHeight))
            let plane = b.sdiv(task, b.index(outHeight))   // n · blocks + channel block
            let outputRow = b.mul(b.add(b.mul(plane, b.index(outHeight)), y), b.index(outWidth * block))
            emitRow(b, weights: buffers.constants[0], bias: op.hasBias ? buffers.constants[1] : nil, source: buffers.inputs[0],
                    plane: plane, y: y, into: buffers.output, at: outputRow, residual: op.addsResidual ? buffers.inputs[1] : nil)
        }
    }

    /// Output row `y` of input plane `plane` (image · blocks + channel block) into `target`
    /// from float `outputRow` on, a residual read at the same place.
    func emitRow(_ b: IRBuilder, weights: LLVMValueRef, bias: LLVMValueRef?, source: LLVMValueRef, plane: LLVMValueRef,
                 y: LLVMValueRef, into target: LLVMValueRef, at outputRow: LLVMValueRef, residual: LLVMValueRef?) {
        let blocks = channels / block
        let (kh, kw) = (op.kernel.height, op.kernel.width)
        let (sh, sw) = (op.stride.height, op.stride.width)
        let (dh, dw) = (op.dilation.height, op.dilation.width)
        let (top, left) = (op.padding.top, op.padding.left)
        let interiorStart = min(outWidth, (left + sw - 1) / sw)
        let lastReach = width - 1 + left - (kw - 1) * dw
        let interiorEnd = max(interiorStart, min(outWidth, lastReach >= 0 ? lastReach / sw + 1 : 0))
        let lanes = block
        let channelBlock = b.srem(plane, b.index(blocks))
        let inputBase = b.mul(plane, b.index(height * width * block))
        let rowOrigin = b.sub(b.mul(y, b.index(sh)), b.index(top))
        let vector = b.module.vector(b.module.float, lanes)
        let initial = bias.map { b.loadVector($0, b.mul(channelBlock, b.index(block)), lanes: lanes) } ?? b.float(0, lanes: lanes)
        /// `count` output columns from `x0`. A tile whose first column `start` is known when
        /// compiling (every tile but the interior loop's) leaves out the taps that read outside
        /// the row, so border columns and whole narrow rows need no checks.
        func emitTile(x0: LLVMValueRef, start: Int?, count: Int) {
            let accumulators = (0..<count).map { _ in
                let slot = b.alloca(vector)
                b.store(initial, slot)
                return slot
            }
            // Input column `p` (from the tile's origin) feeds output column c through tap j
            // when c·sw + j·dw = p.
            var readers: [Int: [(column: Int, tap: Int)]] = [:]
            for c in 0..<count {
                for j in 0..<kw {
                    let p = c * sw + j * dw
                    if let start, !(0..<width).contains(start * sw - left + p) { continue }
                    readers[p, default: []].append((c, j))
                }
            }
            let columnOrigin = b.sub(b.mul(x0, b.index(sw)), b.index(left))
            b.loop(count: kh, "kh") { i in
                let iy = b.add(rowOrigin, b.mul(i, b.index(dh)))
                let rowInside = b.and(b.icmp(LLVMIntSGE, iy, b.index(0)), b.icmp(LLVMIntSLT, iy, b.index(height)))
                b.when(rowInside) {
                    let rowBase = b.add(inputBase, b.mul(iy, b.index(width * block)))
                    let rowWeights = b.mul(b.add(b.mul(channelBlock, b.index(kh)), i), b.index(kw * block))
                    let w = (0..<kw).map { j in b.loadVector(weights, b.add(rowWeights, b.index(j * block)), lanes: lanes) }
                    let columnBase = b.add(rowBase, b.mul(columnOrigin, b.index(block)))
                    for p in readers.keys.sorted() {
                        let x = b.loadVector(source, b.add(columnBase, b.index(p * block)), lanes: lanes)
                        for (c, j) in readers[p]! { b.store(b.fma(x, w[j], b.load(vector, accumulators[c])), accumulators[c]) }
                    }
                }
            }
            for c in 0..<count {
                let index = b.add(outputRow, b.mul(b.add(x0, b.index(c)), b.index(block)))
                var value = b.load(vector, accumulators[c])
                if let residual { value = b.fadd(value, b.loadVector(residual, index, lanes: lanes)) }
                b.storeVector(b.activation(op.activation, value), target, index)
            }
        }
        /// Columns `from ..< to`, known when compiling, in tiles of up to `tileColumns`.
        func emitFixedTiles(from: Int, to: Int) {
            for start in Swift.stride(from: from, to: to, by: tileColumns) {
                emitTile(x0: b.index(start), start: start, count: min(tileColumns, to - start))
            }
        }

        // Narrow rows (7 or 14 columns) are one or two fixed tiles, borders included.
        guard outWidth > tileColumns else { return emitFixedTiles(from: 0, to: outWidth) }
        let fullTiles = (interiorEnd - interiorStart) / tileColumns
        let tileEnd = interiorStart + fullTiles * tileColumns
        emitFixedTiles(from: 0, to: interiorStart)
        if fullTiles > 0 {
            b.loop(from: b.index(interiorStart), to: b.index(tileEnd), step: tileColumns, "x") { x0 in
                emitTile(x0: x0, start: nil, count: tileColumns)
            }
        }
        emitFixedTiles(from: tileEnd, to: outWidth)
    }
}

extension DepthwiseConvolution {
    /// No workspace scratch; the layer's own MACs.
    static func facts(_ op: Conv2D, inputs: [TensorType], output: TensorType) -> KernelFacts {
        KernelFacts(scratchBytes: 0, executedMACs: op.macCount(inputs: inputs, output: output))
    }
}
