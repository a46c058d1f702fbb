import CLLVM
import DLCGraph
import DLCLLVM

/// The tile of a Winograd convolution: F(4x4, 3x3) or F(2x2, 3x3), with its transforms.
/// Point sets 0, ±1, ±2, ∞ and 0, ±1, ∞ (Lavin & Gray 2016).
enum WinogradTile: Sendable, CaseIterable {
    case f4x4, f2x2

    /// Output pixels per tile side (m) and input pixels per window side (m + 2).
    var outputSide: Int { self == .f4x4 ? 4 : 2 }
    var windowSide: Int { outputSide + 2 }
    /// Element-wise products per tile and channel: one matrix product each.
    var positions: Int { windowSide * windowSide }

    /// `G x` for one column (or row) `x` of a 3x3 filter. F(4x4): G is `[1/4 0 0; -1/6 -1/6 -1/6;
    /// -1/6 1/6 -1/6; 1/24 1/12 1/6; 1/24 -1/12 1/6; 0 0 1]`; F(2x2): `[1 0 0; 1/2 1/2 1/2;
    /// 1/2 -1/2 1/2; 0 0 1]`. Six values, the last two unused for F(2x2).
    @inline(__always)
    func filterTransform(_ x0: Double, _ x1: Double, _ x2: Double) -> (Double, Double, Double, Double, Double, Double) {
        let outer = x0 + x2
        switch self {
        case .f4x4: return (x0 / 4, -(outer + x1) / 6, -(outer - x1) / 6, x0 / 24 + x1 / 12 + x2 / 6, x0 / 24 - x1 / 12 + x2 / 6, x2)
        case .f2x2: return (x0, (outer + x1) / 2, (outer - x1) / 2, x2, 0, 0)
        }
    }

    /// `U = G g Gᵀ` for one 3x3 filter `g` (row-major) in double precision, into `store(position,
    /// value)` with position `windowSide · row + column`.
    @inline(__always)
    func transformFilter(_ g: (Double, Double, Double, Double, Double, Double, Double, Double, Double),
                         _ store: (Int, Double) -> Void) {
        // G g: the transform of each of g's columns; then each of its rows.
        let c0 = filterTransform(g.0, g.3, g.6), c1 = filterTransform(g.1, g.4, g.7), c2 = filterTransform(g.2, g.5, g.8)
        let side = windowSide
        func row(_ i: Int, _ a: Double, _ b: Double, _ c: Double) {
            let r = filterTransform(a, b, c)
            store(i * side, r.0); store(i * side + 1, r.1); store(i * side + 2, r.2); store(i * side + 3, r.3)
            if side == 6 { store(i * side + 4, r.4); store(i * side + 5, r.5) }
        }
        row(0, c0.0, c1.0, c2.0); row(1, c0.1, c1.1, c2.1); row(2, c0.2, c1.2, c2.2); row(3, c0.3, c1.3, c2.3)
        if side == 6 { row(4, c0.4, c1.4, c2.4); row(5, c0.5, c1.5, c2.5) }
    }

    /// The same for a filter given as 9 values, as `positions` values (for the tests).
    func transformFilter(_ g: [Double]) -> [Double] {
        var u = [Double](repeating: 0, count: positions)
        transformFilter((g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7], g[8])) { u[$0] = $1 }
        return u
    }

    /// `Bᵀ d` for `windowSide` values (vectors). F(4x4): the rows of `[4 0 -5 0 1 0; 0 -4 -4 1 1 0;
    /// 0 4 -4 -1 1 0; 0 -2 -1 2 1 0; 0 2 -1 -2 1 0; 0 4 0 -5 0 1]`; F(2x2): `[1 0 -1 0; 0 1 1 0;
    /// 0 -1 1 0; 0 1 0 -1]`.
    func inputTransform(_ b: IRBuilder, _ d: [LLVMValueRef]) -> [LLVMValueRef] {
        if self == .f2x2 { return [b.fsub(d[0], d[2]), b.fadd(d[1], d[2]), b.fsub(d[2], d[1]), b.fsub(d[1], d[3])] }
        func times(_ x: LLVMValueRef, _ c: Float) -> LLVMValueRef { b.fmul(x, b.float(c, like: x)) }
        let fourD2 = times(d[2], 4), fourD1 = times(d[1], 4)
        let t1 = b.fsub(d[4], fourD2), t2 = b.fsub(d[3], fourD1)
        let t3 = b.fsub(d[4], d[2]), t4 = times(b.fsub(d[3], d[1]), 2)
        return [
            b.fadd(b.fma(d[0], b.float(4, like: d[0]), d[4]), times(d[2], -5)),
            b.fadd(t1, t2), b.fsub(t1, t2),
            b.fadd(t3, t4), b.fsub(t3, t4),
            b.fadd(b.fma(d[1], b.float(4, like: d[1]), d[5]), times(d[3], -5)),
        ]
    }

    /// `Aᵀ m` for `windowSide` values. F(4x4): the rows of `[1 1 1 1 1 0; 0 1 -1 2 -2 0;
    /// 0 1 1 4 4 0; 0 1 -1 8 -8 1]`; F(2x2): `[1 1 1 0; 0 1 -1 -1]`.
    func outputTransform(_ b: IRBuilder, _ m: [LLVMValueRef]) -> [LLVMValueRef] {
        let sum12 = b.fadd(m[1], m[2]), difference12 = b.fsub(m[1], m[2])
        if self == .f2x2 { return [b.fadd(m[0], sum12), b.fsub(difference12, m[3])] }
        let sum34 = b.fadd(m[3], m[4]), difference34 = b.fsub(m[3], m[4])
        func fma(_ x: LLVMValueRef, _ c: Float, _ y: LLVMValueRef) -> LLVMValueRef { b.fma(x, b.float(c, like: x), y) }
        return [
            b.fadd(b.fadd(m[0], sum12), sum34),
            fma(difference34, 2, difference12),
            fma(sum34, 4, sum12),
            b.fadd(fma(difference34, 8, difference12), m[5]),
        ]
    }
}

/// Winograd convolution F(m x m, 3x3) for 3x3 stride-1 layers in the blocked layout (Lavin &
/// Gray 2016): each m x m output tile is `Aᵀ [U ⊙ V] A`, with `U = G g Gᵀ` the transform of a
/// 3x3 filter and `V = Bᵀ d B` the transform of the tile's (m + 2) x (m + 2) input window.
/// Summed over input channels, the element-wise products at the window's positions are
/// independent matrix products `M[ξ] = V[ξ] · U[ξ]` (tiles × channels by channels × filters).
/// F(4x4, 3x3) has 36 positions per 16 outputs, a quarter of the direct convolution's
/// multiply-accumulates; F(2x2, 3x3) 16 per 4 outputs, 44%, but transformed filters 16/9 of
/// the direct kernel's instead of 4×, and tiles that waste less of a small map (``WinogradTile``).
///
/// The tiles go in groups (one group unless V and M would pass 16 MB), each in three phases
/// split over the team and separated by barriers:
/// 1. the input transform, a tile at a time: its window of `b`-channel vectors for every input
///    block (the lanes are channels, so each transform is `b` transforms at once, with no
///    shuffles) into `V[ξ][tile][channel]`;
/// 2. the products through ``PackedGEMM``, the filter transform `U` computed at compile time
///    and packed into its panels;
/// 3. the output transform, a tile at a time: `Aᵀ M A` for every output block, plus the bias,
///    the residual and the activation, stored to the blocked output (the last tile row and
///    column only as far as the output goes).
///
/// A padded layer, or one whose output is not a whole number of tiles, reads a zero-bordered
/// copy of its input (``PaddedInput``) extended so every tile's window is inside it.
struct WinogradConvolution {
    let op: Conv2D
    let context: NodeContext
    let shape: WinogradShape

    init(_ op: Conv2D, _ context: NodeContext, tile: WinogradTile) {
        self.op = op
        self.context = context
        shape = WinogradShape(op, input: context.inputType(0), output: op.convolvedType(input: context.inputType(0), output: context.outputType),
                              tile: tile, registers: context.vectorRegisters)
    }

    /// Whether a layer can run as Winograd (either tile): a 3x3, stride-1, undilated, ungrouped
    /// convolution from a blocked input into whole output blocks of the same size.
    static func applies(_ op: Conv2D, input: TensorType, output: TensorType) -> Bool {
        guard let block = input.layout.block else { return false }
        return op.kernel == Size2D(square: 3) && op.stride == Size2D(square: 1) && op.dilation == Size2D(square: 1)
            && op.groups == 1 && input.layout == output.layout && output.fillsBlocks(of: block)
    }

    /// Whether the output transform can pool `pool` after a layer computing `output`: 2x2
    /// windows at stride 2 without padding, which never cross a tile of either size (ceil mode
    /// only where no window is cut by the edge).
    static func canPool(_ pool: Pool2D, output: TensorType) -> Bool {
        pool.kernel == Size2D(square: 2) && pool.stride == Size2D(square: 2) && pool.padding.isZero
            && (!pool.ceilMode || output.shape[2] % 2 == 0 && output.shape[3] % 2 == 0)
    }

    /// `U[ξ][c][o]` packed into the product's panels, position after position. Tight loops
    /// over unsafe buffers: VGG-16 transforms 14.7 million weights.
    func packedFilters() -> [Float] {
        let weights = context.parameterData(0)   // [filters][channels][3][3]
        let (channels, filters) = (shape.channels, op.filters)
        let perPosition = channels * filters
        let tile = shape.tile
        var transformed = [Float](repeating: 0, count: tile.positions * perPosition)   // [ξ][c][o]
        weights.withUnsafeBufferPointer { w in
            transformed.withUnsafeMutableBufferPointer { u in
                for o in 0..<filters {
                    for c in 0..<channels {
                        let g = w.baseAddress! + (o * channels + c) * 9
                        let column = c * filters + o
                        tile.transformFilter((Double(g[0]), Double(g[1]), Double(g[2]), Double(g[3]), Double(g[4]),
                                              Double(g[5]), Double(g[6]), Double(g[7]), Double(g[8]))) { position, value in
                            u[position * perPosition + column] = Float(value)
                        }
                    }
                }
            }
        }
        var packed = [Float]()
        packed.reserveCapacity(tile.positions * shape.groupGEMM.packedCount)
        for position in 0..<tile.positions {
            packed += shape.groupGEMM.pack(matrix: transformed[position * perPosition ..< (position + 1) * perPosition])
        }
        return packed
    }

    // MARK: - Lowering

    /// The padded copy (a shareable step of its own), then one cooperative step: for each group
    /// of tiles, the team transforms the group's inputs, meets, computes the products, meets,
    /// and transforms the outputs. The next group's products overwrite M only after its first
    /// barrier, which every thread reaches after finishing this group's output transform.
    func lower() {
        shape.padded?.stage(context)
        let filters = context.constant(packedFilters(), name: "winograd")
        let bias = op.hasBias ? context.parameter(1) : nil
        let shape = shape, context = context
        context.cooperativeStep { b, thread, threadCount, buffers in
            b.loop(count: shape.groups, "group", unrolled: false) { group in
                let firstTile = b.mul(group, b.index(shape.tilesPerGroup))
                let groupTiles = b.smin(b.index(shape.tilesPerGroup), b.sub(b.index(shape.tiles), firstTile))
                let inputs = context.share(groupTiles, thread: thread, threadCount: threadCount)
                b.loop(from: inputs.first, to: inputs.end, "tile", unrolled: false) { local in
                    emitInputTransform(b, tile: b.add(firstTile, local), local: local, buffers: buffers)
                }
                context.barrier()
                func products(_ gemm: PackedGEMM) {
                    let tasks = context.share(b.index(shape.tile.positions * gemm.tasks), thread: thread, threadCount: threadCount)
                    b.loop(from: tasks.first, to: tasks.end, "task", unrolled: false) { task in
                        emitProducts(b, gemm, task: task, filters: filters, buffers: buffers)
                    }
                }
                if shape.lastGroupGEMM.m == shape.groupGEMM.m {
                    products(shape.groupGEMM)
                } else {
                    b.ifElse(b.icmp(LLVMIntEQ, group, b.index(shape.groups - 1)),
                             then: { products(shape.lastGroupGEMM) }, otherwise: { products(shape.groupGEMM) })
                }
                context.barrier()
                let outputs = context.share(groupTiles, thread: thread, threadCount: threadCount)
                b.loop(from: outputs.first, to: outputs.end, "tile", unrolled: false) { local in
                    emitOutputTransform(b, tile: b.add(firstTile, local), local: local, bias: bias, buffers: buffers)
                }
            }
        }
    }

    /// Step 1 for one tile (`local` within its group): `V[ξ][local][c] = (Bᵀ d B)[ξ]` for every
    /// input block in turn, so each position's channels of the tile are written as whole cache
    /// lines.
    private func emitInputTransform(_ b: IRBuilder, tile: LLVMValueRef, local: LLVMValueRef, buffers: StepBuffers) {
        let (lanes, units, variant) = (shape.block, shape.channels / shape.block, shape.tile)
        let (side, tileSide) = (variant.windowSide, variant.outputSide)
        let source = shape.padded == nil ? buffers.inputs[0] : buffers.scratch
        let tileColumn = b.srem(tile, b.index(shape.tileColumns))
        let tileRow = b.srem(b.sdiv(tile, b.index(shape.tileColumns)), b.index(shape.tileRows))
        let n = b.sdiv(tile, b.index(shape.tileColumns * shape.tileRows))
        // The window starts at row m·tileRow, column m·tileColumn of each of the image's planes.
        let unitSize = shape.inputRows * shape.inputColumns * lanes
        let windowStart = b.add(b.mul(b.mul(n, b.index(units)), b.index(unitSize)),
                                b.mul(b.add(b.mul(tileRow, b.index(tileSide * shape.inputColumns)),
                                            b.mul(tileColumn, b.index(tileSide))), b.index(lanes)))
        let tileChannels = b.add(b.index(shape.transformedInputOffset), b.mul(local, b.index(shape.channels)))
        let positionStride = shape.tilesPerGroup * shape.channels
        // The column transforms go through a stack buffer indexed at run time, one column at a
        // time: with the whole 6x6 window and its transform live at once (72 vectors), LLVM
        // spilled most of them and the transforms, not the products, took the time.
        let staging = b.bitcast(b.alloca(b.module.array(b.module.float, variant.positions * lanes)), to: b.module.floatPointer)
        b.loop(count: units, "unit", unrolled: false) { unit in
            let origin = b.add(windowStart, b.mul(unit, b.index(unitSize)))
            // The window's rows in 8 input blocks are 48 streams (F(4x4)), more than the hardware
            // prefetcher follows: fetch the rows of the tile two ahead (2m columns on), whose
            // m new columns are m vectors.
            for i in 0..<side {
                for line in Swift.stride(from: 0, to: tileSide * lanes, by: PackedGEMM.floatsPerCacheLine) {
                    b.prefetch(source, b.add(origin, b.index((i * shape.inputColumns + 2 * tileSide + 2) * lanes + line)))
                }
            }
            b.loop(count: side, "column", unrolled: false) { j in
                let columnStart = b.add(origin, b.mul(j, b.index(lanes)))
                let column = (0..<side).map { i in b.loadVector(source, b.add(columnStart, b.index(i * shape.inputColumns * lanes)), lanes: lanes) }
                let transformed = variant.inputTransform(b, column)   // (Bᵀ d)[i][j]
                for i in 0..<side { b.storeVector(transformed[i], staging, b.add(b.mul(j, b.index(lanes)), b.index(i * side * lanes))) }
            }
            let channel = b.add(tileChannels, b.mul(unit, b.index(lanes)))
            b.loop(count: side, "row", unrolled: false) { i in
                let rowStart = b.mul(i, b.index(side * lanes))
                let row = (0..<side).map { j in b.loadVector(staging, b.add(rowStart, b.index(j * lanes)), lanes: lanes) }
                let transformed = variant.inputTransform(b, row)   // (Bᵀ d B)[i][j]
                let rowOutput = b.add(channel, b.mul(i, b.index(side * positionStride)))
                for j in 0..<side { b.storeVector(transformed[j], buffers.scratch, b.add(rowOutput, b.index(j * positionStride))) }
            }
        }
    }

    /// Step 2, task `task` of `gemm.tasks` for each of the tile's positions: `M[ξ] = V[ξ] · U[ξ]`
    /// for the group's tiles. A position's filters (`channels × filters` floats) that fit in L2
    /// stay there while its tiles go by, each row tile meeting every panel; larger ones go
    /// panel by panel over the tiles.
    ///
    /// Filters that fit in L2 are fetched a position ahead: each task of position ξ prefetches
    /// its share of position ξ + 1's, spread over its reduction. Inside a network the filters
    /// come from memory (ResNet-50's 14x14 layers: 9.4 MB each), and without this the first row
    /// tile of every position waited for its 256 KB while the later ones found them in L2.
    private func emitProducts(_ b: IRBuilder, _ gemm: PackedGEMM, task: LLVMValueRef, filters: LLVMValueRef, buffers: StepBuffers) {
        let position = b.sdiv(task, b.index(gemm.tasks))
        let positionTask = b.srem(task, b.index(gemm.tasks))
        let a = b.element(buffers.scratch, b.add(b.index(shape.transformedInputOffset),
                                                 b.mul(position, b.index(shape.tilesPerGroup * shape.channels))))
        let packed = b.element(filters, b.mul(position, b.index(gemm.packedCount)))
        let products = b.add(b.index(shape.productsOffset), b.mul(position, b.index(shape.tilesPerGroup * shape.filters)))
        var prefetch: (base: LLVMValueRef, lines: Int)?
        if shape.filtersFitL2 {
            let floatsPerLine = PackedGEMM.floatsPerCacheLine
            let shareLines = (gemm.packedCount + gemm.tasks * floatsPerLine - 1) / (gemm.tasks * floatsPerLine)
            // The last position's tasks fetch its own lines again, never past the filters' end
            // (a task fetches a whole number of lines per step, which may be more than its share).
            let fetched = gemm.prefetchLinesPerStep(shareLines) * gemm.k
            let next = b.smin(b.add(position, b.index(1)), b.index(shape.tile.positions - 1))
            let start = b.add(b.mul(next, b.index(gemm.packedCount)), b.mul(positionTask, b.index(shareLines * floatsPerLine)))
            let lastStart = max(0, shape.tile.positions * gemm.packedCount - fetched * floatsPerLine)
            prefetch = (b.element(filters, b.smin(start, b.index(lastStart))), shareLines)
        }
        gemm.emitTask(b, task: positionTask, a: a, aRowStride: shape.channels, packed: packed, bias: nil,
                      panelsInnermost: shape.filtersFitL2, prefetch: prefetch) { row, column, value, active in
            b.storePartial(value, buffers.scratch, b.add(products, b.add(b.mul(row, b.index(shape.filters)), column)), active: active)
        }
    }

    /// Step 3 for one tile: `Aᵀ M A` + bias (+ residual), activated, into the output, every
    /// output block in turn; the last tile row and column store only the pixels inside the
    /// output.
    private func emitOutputTransform(_ b: IRBuilder, tile: LLVMValueRef, local: LLVMValueRef, bias: LLVMValueRef?, buffers: StepBuffers) {
        let lanes = shape.block, variant = shape.tile, side = variant.windowSide, tileSide = variant.outputSide
        let outputBlocks = shape.filters / lanes
        let tileColumn = b.srem(tile, b.index(shape.tileColumns))
        let tileRow = b.srem(b.sdiv(tile, b.index(shape.tileColumns)), b.index(shape.tileRows))
        let n = b.sdiv(tile, b.index(shape.tileColumns * shape.tileRows))
        let planeSize = shape.outputHeight * shape.outputWidth * lanes
        let tileStart = b.add(b.mul(b.mul(n, b.index(outputBlocks)), b.index(planeSize)),
                              b.mul(b.add(b.mul(tileRow, b.index(tileSide * shape.outputWidth)), b.mul(tileColumn, b.index(tileSide))), b.index(lanes)))
        // With a fused 2x2/2 pool, the tile's pooled pixels (2x2 of F(4x4), 1 of F(2x2)) in the pooled output.
        let (pooledHeight, pooledWidth) = (context.outputType.shape[2], context.outputType.shape[3])
        let pooledPlane = pooledHeight * pooledWidth * lanes
        let pooledTileStart = b.add(b.mul(b.mul(n, b.index(outputBlocks)), b.index(pooledPlane)),
                                    b.mul(b.add(b.mul(tileRow, b.index(tileSide / 2 * pooledWidth)), b.mul(tileColumn, b.index(tileSide / 2))), b.index(lanes)))
        let tileProducts = b.add(b.index(shape.productsOffset), b.mul(local, b.index(shape.filters)))
        let positionStride = shape.tilesPerGroup * shape.filters

        /// The tile's first `rows` × `columns` pixels, every output block. The row transforms go
        /// through a stack buffer, one row of M at a time (as in the input transform).
        let staging = b.bitcast(b.alloca(b.module.array(b.module.float, side * tileSide * lanes)), to: b.module.floatPointer)
        func emitTile(rows: Int, columns: Int) {
            b.loop(count: outputBlocks, "block", unrolled: false) { outputBlock in
                let productBase = b.add(tileProducts, b.mul(outputBlock, b.index(lanes)))
                b.loop(count: side, "row", unrolled: false) { i in
                    let rowStart = b.add(productBase, b.mul(i, b.index(side * positionStride)))
                    let row = (0..<side).map { j in b.loadVector(buffers.scratch, b.add(rowStart, b.index(j * positionStride)), lanes: lanes) }
                    let reduced = variant.outputTransform(b, row)   // (M A)[i][c]
                    for c in 0..<tileSide { b.storeVector(reduced[c], staging, b.add(b.mul(i, b.index(tileSide * lanes)), b.index(c * lanes))) }
                }
                let biasVector = bias.map { b.loadVector($0, b.mul(outputBlock, b.index(lanes)), lanes: lanes) } ?? b.float(0, lanes: lanes)
                let blockStart = b.add(tileStart, b.mul(outputBlock, b.index(planeSize)))
                var activated: [[LLVMValueRef]] = []   // [column][row], for a fused pool
                for c in 0..<columns {
                    let reduced = (0..<side).map { i in b.loadVector(staging, b.index((i * tileSide + c) * lanes), lanes: lanes) }
                    let column = variant.outputTransform(b, reduced)   // (Aᵀ M A)[r][c] = column[r]
                    guard op.pool == nil else {
                        activated.append((0..<rows).map { b.activation(op.activation, b.fadd(column[$0], biasVector)) })
                        continue
                    }
                    for r in 0..<rows {
                        let index = b.add(blockStart, b.index((r * shape.outputWidth + c) * lanes))
                        var value = b.fadd(column[r], biasVector)
                        if op.addsResidual { value = b.fadd(value, b.loadVector(buffers.inputs[1], index, lanes: lanes)) }
                        b.storeVector(b.activation(op.activation, value), buffers.output, index)
                    }
                }
                guard let pool = op.pool else { return }
                let pooledStart = b.add(pooledTileStart, b.mul(outputBlock, b.index(pooledPlane)))
                // Floor mode drops an odd last row or column (ceil mode has none: `canPool`).
                for j in 0..<(rows / 2) {
                    for k in 0..<(columns / 2) {
                        let window = [activated[2 * k][2 * j], activated[2 * k + 1][2 * j], activated[2 * k][2 * j + 1], activated[2 * k + 1][2 * j + 1]]
                        let pooled = pool.kind == .max ? window.dropFirst().reduce(window[0]) { b.maximum($0, $1) }
                            : b.fmul(window.dropFirst().reduce(window[0]) { b.fadd($0, $1) }, b.float(0.25, lanes: lanes))
                        b.storeVector(pooled, buffers.output, b.add(pooledStart, b.index((j * pooledWidth + k) * lanes)))
                    }
                }
            }
        }

        /// Full-size tiles, or the last row's and column's `remainder` pixels when the output is
        /// not a whole number of tiles along that axis.
        func split(_ index: LLVMValueRef, count: Int, remainder: Int, _ body: (Int) -> Void) {
            guard remainder > 0 else { return body(tileSide) }
            b.ifElse(b.icmp(LLVMIntEQ, index, b.index(count - 1)), then: { body(remainder) }, otherwise: { body(tileSide) })
        }
        split(tileRow, count: shape.tileRows, remainder: shape.outputHeight % tileSide) { rows in
            split(tileColumn, count: shape.tileColumns, remainder: shape.outputWidth % tileSide) { columns in
                emitTile(rows: rows, columns: columns)
            }
        }
    }
}

/// The sizes of a Winograd layer: tiles, the padded copy, the products and the scratch space
/// (known before lowering, for the memory planner).
struct WinogradShape {
    let tile: WinogradTile
    let block: Int
    let batch: Int, channels: Int, height: Int, width: Int, filters: Int
    let outputHeight: Int, outputWidth: Int
    /// Tiles per image along each axis.
    let tileRows: Int, tileColumns: Int
    /// The copy of the input the windows are read from, when the layer needs one.
    let padded: PaddedInput?
    /// Tiles transformed, multiplied and transformed back together (the last group may have
    /// fewer), and the products of a whole group and of the last one (with the same tile, so
    /// they read the same packed filters).
    let tilesPerGroup: Int
    let groupGEMM: PackedGEMM, lastGroupGEMM: PackedGEMM

    /// V and M of the whole layer up to this size are computed in one group; larger layers
    /// (VGG's 64-channel 224x224 layer: 58 MB) go in groups of about `groupBytes`, so V and M
    /// stay in the caches between the steps instead of going to memory and back, and the
    /// scratch space stays bounded whatever the batch.
    static let wholeLayerBytes = 16 << 20, groupBytes = 2 << 20

    init(_ op: Conv2D, input: TensorType, output: TensorType, tile: WinogradTile, registers: Int) {
        self.tile = tile
        let side = tile.outputSide
        block = output.layout.block!
        (batch, channels, height, width) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        filters = op.filters
        (outputHeight, outputWidth) = (output.shape[2], output.shape[3])
        tileRows = (outputHeight + side - 1) / side
        tileColumns = (outputWidth + side - 1) / side
        // The windows of the last tiles reach `m · tiles + 2` rows and columns into the padded plane.
        let padding = op.padding
        padded = PaddedInput(input: input, padding: EdgePadding(
            top: padding.top, left: padding.left,
            bottom: padding.bottom + tileRows * side - outputHeight, right: padding.right + tileColumns * side - outputWidth))
        let tiles = batch * tileRows * tileColumns
        let bytesPerTile = tile.positions * (channels + filters) * 4
        tilesPerGroup = tiles * bytesPerTile <= Self.wholeLayerBytes ? tiles : max(24, Self.groupBytes / bytesPerTile)
        groupGEMM = PackedGEMM(m: tilesPerGroup, n: filters, k: channels, lanes: block, registers: registers)
        let lastTiles = tiles - (tiles - 1) / tilesPerGroup * tilesPerGroup
        lastGroupGEMM = PackedGEMM(m: lastTiles, n: filters, k: channels, lanes: block, tile: groupGEMM.tile)
    }

    var groups: Int { (tiles + tilesPerGroup - 1) / tilesPerGroup }

    var tiles: Int { batch * tileRows * tileColumns }
    /// The multiply-accumulates of the products.
    var productMACs: Int { tile.positions * tiles * channels * filters }
    /// Whether one position's transformed filters fit in half of a 512 KB L2.
    var filtersFitL2: Bool { channels * filters * 4 <= 256 * 1024 }
    var inputRows: Int { padded?.paddedHeight ?? height }
    var inputColumns: Int { padded?.paddedWidth ?? width }
    /// Float offsets in the scratch space: the padded copy, then V, then M.
    var transformedInputOffset: Int { (padded?.bytes ?? 0) / 4 }
    var productsOffset: Int { transformedInputOffset + tile.positions * tilesPerGroup * channels }
    var scratchBytes: Int { (productsOffset + tile.positions * tilesPerGroup * filters) * 4 }
}

/// The cost model `auto` chooses with: estimated cycles of the direct kernel against each
/// Winograd tile's steps, from their multiply-accumulates at the FMA rate and the bytes they
/// move. Weights come from memory once per run (a network's weights do not stay in the
/// caches), and Winograd's are `positions / 9` times the direct kernel's: 4× for F(4x4), 16/9
/// for F(2x2). On 7x7 and smaller maps with hundreds of channels F(4x4)'s stream costs more
/// than the arithmetic it saves, and F(2x2), saving less arithmetic for a smaller stream, wins
/// (ResNet's 512-channel 7x7 layers: 0.67× the direct kernel's time in the network).
/// Checked against measurements of every 3x3 stride-1 layer of the examples inside their
/// networks (docs/performance.md, "Winograd").
struct WinogradCost {
    let directCycles: Double
    /// Estimated cycles of each tile.
    let winogradCycles: [WinogradTile: Double]

    /// Sustained rates on one core: 16 FMA lanes a cycle (two 256-bit pipes; a 512-bit FMA
    /// takes both on Zen 3 and Zen 4, so AVX-512 does not double it), the direct kernel at about
    /// 90% of that, the products at about 85%; memory streams about 5 bytes a cycle (17 GB/s at
    /// 3.5 GHz), the transforms' V and M in the outer caches about 12.
    static let fmaLanesPerCycle = 16.0
    static let directEfficiency = 0.9, productEfficiency = 0.85
    static let memoryBytesPerCycle = 5.0, cacheBytesPerCycle = 12.0

    init(_ op: Conv2D, input: TensorType, output: TensorType, registers: Int) {
        let block = Double(output.layout.block!)
        let channels = Double(input.shape[1]), filters = Double(op.filters)
        let weightBytes = channels * filters * 4
        // The weights stream from memory while the FMAs run, so the slower of the two bounds a
        // layer. Measured on a Zen 4, their sum took F(2x2) for 14x14 layers where F(4x4) runs
        // 1.2–1.3× faster, and 32 lanes a cycle for AVX-512 took it for NiN's 12x12 layer (1.4×).
        directCycles = max(Double(output.elementCount) * channels * 9 / (Self.fmaLanesPerCycle * Self.directEfficiency),
                           9 * weightBytes / Self.memoryBytesPerCycle)
        var cycles: [WinogradTile: Double] = [:]
        for tile in WinogradTile.allCases {
            let shape = WinogradShape(op, input: input, output: output, tile: tile, registers: registers)
            let positions = Double(tile.positions), tiles = Double(shape.tiles)
            let productCycles = positions * tiles * channels * filters / (Self.fmaLanesPerCycle * Self.productEfficiency)
            // About 6 vector operations per window element in each transform, two per cycle.
            let transformCycles = positions * tiles * (channels + filters) / block * 3
            // V and M are written once and read once.
            let transformedBytes = positions * tiles * (channels + filters) * 4 * 2
            // Every group's products read all the transformed filters: the first from memory,
            // the others from the caches.
            let filterBytes = positions * weightBytes
            cycles[tile] = max(productCycles, filterBytes / Self.memoryBytesPerCycle) + transformCycles
                + transformedBytes / Self.cacheBytesPerCycle + Double(shape.groups - 1) * filterBytes / Self.cacheBytesPerCycle
        }
        winogradCycles = cycles
    }

    /// The Winograd tile expected fastest, whether or not it beats the direct kernel.
    var bestTile: WinogradTile { WinogradTile.allCases.min { winogradCycles[$0]! < winogradCycles[$1]! }! }
    /// The tile `auto` takes, or nil where the direct kernel is expected faster.
    var choice: WinogradTile? { winogradCycles[bestTile]! < directCycles ? bestTile : nil }
}

extension WinogradConvolution {
    /// Scratch: the padded input and the transformed tiles of a group (``WinogradShape``); MACs:
    /// the products per tile (36 for F(4x4), 16 for F(2x2)) instead of the direct kernel's 9 per
    /// output pixel.
    static func facts(_ op: Conv2D, inputs: [TensorType], output: TensorType, tile: WinogradTile, registers: Int) -> KernelFacts {
        let shape = WinogradShape(op, input: inputs[0], output: op.convolvedType(input: inputs[0], output: output), tile: tile,
                                  registers: registers)
        return KernelFacts(scratchBytes: shape.scratchBytes, executedMACs: shape.productMACs)
    }
}
