import CLLVM
import DLCGraph

/// Winograd convolution F(4x4, 3x3) for 3x3 stride-1 layers in the blocked layout (Lavin &
/// Gray 2016): each 4x4 output tile is `Aᵀ [U ⊙ V] A`, with `U = G g Gᵀ` the 6x6 transform of a
/// 3x3 filter and `V = Bᵀ d B` the transform of the tile's 6x6 input window. Summed over input
/// channels, the 36 element-wise products are 36 independent matrix products
/// `M[ξ] = V[ξ] · U[ξ]` (tiles × channels by channels × filters): 36 · 16/(16 · 9) = 1/4 of the
/// direct convolution's multiply-accumulates.
///
/// Three steps, each a parallel loop:
/// 1. the input transform, per image, input block and tile row: every tile's 6x6 window of
///    `b`-channel vectors (the lanes are channels, so each transform is `b` transforms at once,
///    with no shuffles) into `V[ξ][tile][channel]`;
/// 2. the 36 products through ``PackedGEMM``, the filter transform `U` computed at compile time
///    and packed into its panels;
/// 3. the output transform, per image, output block and tile row: `Aᵀ M A` for every tile,
///    plus the bias, the residual and the activation, stored to the blocked output (the last
///    tile row and column only as far as the output goes).
///
/// A padded layer, or one whose output is not a whole number of tiles, reads a zero-bordered
/// copy of its input (``PaddedInput``) extended so every tile's window is inside it.
struct WinogradConvolution {
    /// Output pixels per tile side (m) and input pixels per window side (m + r - 1).
    static let tileSide = 4, windowSide = 6
    static let positions = windowSide * windowSide

    let op: Conv2D
    let context: NodeContext
    let shape: WinogradShape

    init(_ op: Conv2D, _ context: NodeContext) {
        self.op = op
        self.context = context
        shape = WinogradShape(op, input: context.inputType(0), output: context.outputType)
    }

    /// Whether a layer can run as F(4x4, 3x3): a 3x3, stride-1, undilated, ungrouped
    /// convolution from a blocked input into an output of the same block.
    static func applies(_ op: Conv2D, input: TensorType, output: TensorType) -> Bool {
        op.kernel == Size2D(square: 3) && op.stride == Size2D(square: 1) && op.dilation == Size2D(square: 1)
            && op.groups == 1 && input.layout.block != nil && input.layout == output.layout
    }

    // MARK: - Transforms

    /// `G x` for one column (or row) `x` of a 3x3 filter, G (6x3) being the filter transform for
    /// the points 0, ±1, ±2 and ∞: `[1/4 0 0; -1/6 -1/6 -1/6; -1/6 1/6 -1/6; 1/24 1/12 1/6;
    /// 1/24 -1/12 1/6; 0 0 1]`.
    @inline(__always)
    static func filterTransform(_ x0: Double, _ x1: Double, _ x2: Double) -> (Double, Double, Double, Double, Double, Double) {
        let outer = x0 + x2
        return (x0 / 4, -(outer + x1) / 6, -(outer - x1) / 6, x0 / 24 + x1 / 12 + x2 / 6, x0 / 24 - x1 / 12 + x2 / 6, x2)
    }

    /// `U = G g Gᵀ` for one 3x3 filter `g` (row-major) in double precision, into `store(position,
    /// value)` with position `6 · row + column`.
    @inline(__always)
    static func transformFilter(_ g: (Double, Double, Double, Double, Double, Double, Double, Double, Double),
                                _ store: (Int, Double) -> Void) {
        // G g: the transform of each of g's columns; then each of its six rows.
        let c0 = filterTransform(g.0, g.3, g.6), c1 = filterTransform(g.1, g.4, g.7), c2 = filterTransform(g.2, g.5, g.8)
        func row(_ i: Int, _ a: Double, _ b: Double, _ c: Double) {
            let r = filterTransform(a, b, c)
            store(i * 6, r.0); store(i * 6 + 1, r.1); store(i * 6 + 2, r.2); store(i * 6 + 3, r.3); store(i * 6 + 4, r.4); store(i * 6 + 5, r.5)
        }
        row(0, c0.0, c1.0, c2.0); row(1, c0.1, c1.1, c2.1); row(2, c0.2, c1.2, c2.2)
        row(3, c0.3, c1.3, c2.3); row(4, c0.4, c1.4, c2.4); row(5, c0.5, c1.5, c2.5)
    }

    /// The same for a filter given as 9 values, as 36 (for the tests).
    static func transformFilter(_ g: [Double]) -> [Double] {
        var u = [Double](repeating: 0, count: 36)
        transformFilter((g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7], g[8])) { u[$0] = $1 }
        return u
    }

    /// `Bᵀ d` for six values (vectors) d0…d5: the rows of
    /// `[4 0 -5 0 1 0; 0 -4 -4 1 1 0; 0 4 -4 -1 1 0; 0 -2 -1 2 1 0; 0 2 -1 -2 1 0; 0 4 0 -5 0 1]`.
    static func inputTransform(_ b: IRBuilder, _ d: [LLVMValueRef]) -> [LLVMValueRef] {
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

    /// `Aᵀ m` for six values m0…m5: the rows of
    /// `[1 1 1 1 1 0; 0 1 -1 2 -2 0; 0 1 1 4 4 0; 0 1 -1 8 -8 1]`.
    static func outputTransform(_ b: IRBuilder, _ m: [LLVMValueRef]) -> [LLVMValueRef] {
        let sum12 = b.fadd(m[1], m[2]), difference12 = b.fsub(m[1], m[2])
        let sum34 = b.fadd(m[3], m[4]), difference34 = b.fsub(m[3], m[4])
        func fma(_ x: LLVMValueRef, _ c: Float, _ y: LLVMValueRef) -> LLVMValueRef { b.fma(x, b.float(c, like: x), y) }
        return [
            b.fadd(b.fadd(m[0], sum12), sum34),
            fma(difference34, 2, difference12),
            fma(sum34, 4, sum12),
            b.fadd(fma(difference34, 8, difference12), m[5]),
        ]
    }

    /// `U[ξ][c][o]` packed into the product's panels, position after position. Tight loops
    /// over unsafe buffers: VGG-16 transforms 14.7 million weights.
    func packedFilters() -> [Float] {
        let weights = context.parameterData(0)   // [filters][channels][3][3]
        let (channels, filters) = (shape.channels, op.filters)
        let perPosition = channels * filters
        var transformed = [Float](repeating: 0, count: Self.positions * perPosition)   // [ξ][c][o]
        weights.withUnsafeBufferPointer { w in
            transformed.withUnsafeMutableBufferPointer { u in
                for o in 0..<filters {
                    for c in 0..<channels {
                        let g = w.baseAddress! + (o * channels + c) * 9
                        let column = c * filters + o
                        Self.transformFilter((Double(g[0]), Double(g[1]), Double(g[2]), Double(g[3]), Double(g[4]),
                                              Double(g[5]), Double(g[6]), Double(g[7]), Double(g[8]))) { position, value in
                            u[position * perPosition + column] = Float(value)
                        }
                    }
                }
            }
        }
        var packed = [Float]()
        packed.reserveCapacity(Self.positions * shape.gemm.packedCount)
        for position in 0..<Self.positions {
            packed += shape.gemm.pack(matrix: transformed[position * perPosition ..< (position + 1) * perPosition])
        }
        return packed
    }

    // MARK: - Lowering

    func lower() {
        shape.padded?.stage(context)
        emitInputTransform()
        emitProducts()
        emitOutputTransform()
    }

    /// Step 1: `V[ξ][tile][c] = (Bᵀ d B)[ξ]`, one tile per iteration, all its input blocks in
    /// turn, so each position's channels of the tile are written as whole cache lines.
    private func emitInputTransform() {
        let (lanes, units, side) = (shape.block, shape.channels / shape.block, Self.windowSide)
        let shape = shape
        context.step(iterations: shape.tiles, cost: units * Self.positions * 8,
                     sharingKey: context.configurationKey("winograd-input", op)) { b, tile, buffers in
            let source = shape.padded == nil ? buffers.inputs[0] : buffers.scratch
            let tileColumn = b.srem(tile, b.index(shape.tileColumns))
            let tileRow = b.srem(b.sdiv(tile, b.index(shape.tileColumns)), b.index(shape.tileRows))
            let n = b.sdiv(tile, b.index(shape.tileColumns * shape.tileRows))
            // The window starts at row 4·tileRow, column 4·tileColumn of each of the image's planes.
            let unitSize = shape.inputRows * shape.inputColumns * lanes
            let windowStart = b.add(b.mul(b.mul(n, b.index(units)), b.index(unitSize)),
                                    b.mul(b.add(b.mul(tileRow, b.index(Self.tileSide * shape.inputColumns)),
                                                b.mul(tileColumn, b.index(Self.tileSide))), b.index(lanes)))
            let tileChannels = b.mul(tile, b.index(shape.channels))
            b.loop(count: units, "unit", unrolled: false) { unit in
                let origin = b.add(windowStart, b.mul(unit, b.index(unitSize)))
                let window = (0..<side).map { i in
                    (0..<side).map { j in b.loadVector(source, b.add(origin, b.index((i * shape.inputColumns + j) * lanes)), lanes: lanes) }
                }
                let columns = (0..<side).map { j in Self.inputTransform(b, window.map { $0[j] }) }   // (Bᵀ d)[i][j] = columns[j][i]
                let channel = b.add(tileChannels, b.mul(unit, b.index(lanes)))
                for i in 0..<side {
                    let row = Self.inputTransform(b, columns.map { $0[i] })   // (Bᵀ d B)[i][j] = row[j]
                    for j in 0..<side {
                        let position = i * side + j
                        b.storeVector(row[j], buffers.scratch, b.add(b.index(shape.transformedInputOffset + position * shape.tiles * shape.channels), channel))
                    }
                }
            }
        }
    }

    /// Step 2: `M[ξ] = V[ξ] · U[ξ]` for the 36 positions, each a packed product. A position's
    /// filters (`channels × filters` floats) that fit in L2 stay there while its tiles go by,
    /// each row tile meeting every panel; larger ones go panel by panel over all tiles.
    private func emitProducts() {
        let filters = context.constant(packedFilters(), name: "winograd")
        let shape = shape, outputs = op.filters
        let perPosition = shape.gemm.packedCount
        context.step(iterations: Self.positions * shape.gemm.tasks, cost: shape.gemm.taskCost,
                     sharingKey: context.configurationKey("winograd-products", op), constants: [filters]) { b, task, buffers in
            let position = b.sdiv(task, b.index(shape.gemm.tasks))
            let a = b.element(buffers.scratch, b.add(b.index(shape.transformedInputOffset), b.mul(position, b.index(shape.tiles * shape.channels))))
            let packed = b.element(buffers.constants[0], b.mul(position, b.index(perPosition)))
            let products = b.add(b.index(shape.productsOffset), b.mul(position, b.index(shape.tiles * outputs)))
            shape.gemm.emitTask(b, task: b.srem(task, b.index(shape.gemm.tasks)), a: a, aRowStride: shape.channels, packed: packed, bias: nil,
                                 panelsInnermost: shape.filtersFitL2) { row, column, value, active in
                b.storePartial(value, buffers.scratch, b.add(products, b.add(b.mul(row, b.index(outputs)), column)), active: active)
            }
        }
    }

    /// Step 3: `Aᵀ M A` + bias (+ residual), activated, into the output: one tile per
    /// iteration, all its output blocks in turn; the last tile row and column store only the
    /// pixels inside the output.
    private func emitOutputTransform() {
        let lanes = shape.block, side = Self.windowSide, tileSide = Self.tileSide
        let outputBlocks = op.filters / shape.block
        let shape = shape, outputs = op.filters
        let op = op
        let constants = op.hasBias ? [context.parameter(1)] : []
        context.step(iterations: shape.tiles, cost: outputBlocks * Self.positions * 8,
                     sharingKey: context.configurationKey("winograd-output", op), constants: constants) { b, tile, buffers in
            let tileColumn = b.srem(tile, b.index(shape.tileColumns))
            let tileRow = b.srem(b.sdiv(tile, b.index(shape.tileColumns)), b.index(shape.tileRows))
            let n = b.sdiv(tile, b.index(shape.tileColumns * shape.tileRows))
            let planeSize = shape.outputHeight * shape.outputWidth * lanes
            let tileStart = b.add(b.mul(b.mul(n, b.index(outputBlocks)), b.index(planeSize)),
                                  b.mul(b.add(b.mul(tileRow, b.index(tileSide * shape.outputWidth)), b.mul(tileColumn, b.index(tileSide))), b.index(lanes)))
            let tileProducts = b.add(b.index(shape.productsOffset), b.mul(tile, b.index(outputs)))

            /// The tile's first `rows` × `columns` pixels, every output block.
            func emitTile(rows: Int, columns: Int) {
                b.loop(count: outputBlocks, "block", unrolled: false) { outputBlock in
                    let productBase = b.add(tileProducts, b.mul(outputBlock, b.index(lanes)))
                    let m = (0..<side).map { i in
                        (0..<side).map { j in
                            b.loadVector(buffers.scratch, b.add(productBase, b.index((i * side + j) * shape.tiles * outputs)), lanes: lanes)
                        }
                    }
                    let reduced = (0..<side).map { i in Self.outputTransform(b, m[i]) }   // (M A)[i][c] = reduced[i][c]
                    let bias = op.hasBias ? b.loadVector(buffers.constants[0], b.mul(outputBlock, b.index(lanes)), lanes: lanes) : b.float(0, lanes: lanes)
                    let blockStart = b.add(tileStart, b.mul(outputBlock, b.index(planeSize)))
                    for c in 0..<columns {
                        let column = Self.outputTransform(b, reduced.map { $0[c] })   // (Aᵀ M A)[r][c] = column[r]
                        for r in 0..<rows {
                            let index = b.add(blockStart, b.index((r * shape.outputWidth + c) * lanes))
                            var value = b.fadd(column[r], bias)
                            if op.addsResidual { value = b.fadd(value, b.loadVector(buffers.inputs[1], index, lanes: lanes)) }
                            b.storeVector(b.activation(op.activation, value), buffers.output, index)
                        }
                    }
                }
            }

            /// Full-size tiles, or the last row's and column's `remainder` pixels when the output
            /// is not a whole number of tiles along that axis.
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
}
/// The sizes of a Winograd layer: tiles, the padded copy, the products and the scratch space
/// (known before lowering, for the memory planner).
struct WinogradShape {
    let block: Int
    let batch: Int, channels: Int, height: Int, width: Int, filters: Int
    let outputHeight: Int, outputWidth: Int
    /// Tiles per image along each axis.
    let tileRows: Int, tileColumns: Int
    /// The copy of the input the windows are read from, when the layer needs one.
    let padded: PaddedInput?
    let gemm: PackedGEMM

    init(_ op: Conv2D, input: TensorType, output: TensorType) {
        let side = WinogradConvolution.tileSide
        block = output.layout.block!
        (batch, channels, height, width) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        filters = op.filters
        (outputHeight, outputWidth) = (output.shape[2], output.shape[3])
        tileRows = (outputHeight + side - 1) / side
        tileColumns = (outputWidth + side - 1) / side
        // The windows of the last tiles reach `4 · tiles + 2` rows and columns into the padded plane.
        let padding = op.padding
        padded = PaddedInput(input: input, padding: EdgePadding(
            top: padding.top, left: padding.left,
            bottom: padding.bottom + tileRows * side - outputHeight, right: padding.right + tileColumns * side - outputWidth))
        gemm = PackedGEMM(m: batch * tileRows * tileColumns, n: filters, k: channels, lanes: block,
                          registers: NodeContext.vectorRegisters(lanes: block))
    }

    var tiles: Int { batch * tileRows * tileColumns }
    /// The multiply-accumulates of the 36 products.
    var productMACs: Int { WinogradConvolution.positions * tiles * channels * filters }
    /// Whether one position's transformed filters fit in half of a 512 KB L2.
    var filtersFitL2: Bool { channels * filters * 4 <= 256 * 1024 }
    var inputRows: Int { padded?.paddedHeight ?? height }
    var inputColumns: Int { padded?.paddedWidth ?? width }
    /// Float offsets in the scratch space: the padded copy, then V, then M.
    var transformedInputOffset: Int { (padded?.bytes ?? 0) / 4 }
    var productsOffset: Int { transformedInputOffset + WinogradConvolution.positions * tiles * channels }
    var scratchBytes: Int { (productsOffset + WinogradConvolution.positions * tiles * filters) * 4 }
}

/// The cost model `auto` chooses with: estimated cycles of the direct kernel against the
/// Winograd steps, from their multiply-accumulates at the FMA rate and the bytes they move.
/// Weights come from memory once per run (a network's weights do not stay in the caches), and
/// Winograd's are 4 times the direct kernel's (36 instead of 9 values per filter and channel):
/// on 7x7 and smaller maps, with 4 tiles or fewer, that stream costs more than the saved
/// arithmetic. Checked against measurements of every 3x3 stride-1 layer of the examples
/// (docs/performance.md, "Winograd").
struct WinogradCost {
    let directCycles: Double
    let winogradCycles: Double

    /// Sustained rates on one core: the direct kernel runs at about 90% of two FMA pipes, the
    /// 36 products at about 85%; memory streams about 5 bytes a cycle (17 GB/s at 3.5 GHz),
    /// the transforms' V and M in the outer caches about 12.
    static let directEfficiency = 0.9, productEfficiency = 0.85
    static let memoryBytesPerCycle = 5.0, cacheBytesPerCycle = 12.0

    init(_ op: Conv2D, input: TensorType, output: TensorType) {
        let shape = WinogradShape(op, input: input, output: output)
        let fmaPerCycle = 2 * Double(shape.block)
        let channels = Double(shape.channels), filters = Double(shape.filters), tiles = Double(shape.tiles)
        let weightBytes = channels * filters * 4
        directCycles = Double(output.elementCount) * channels * 9 / (fmaPerCycle * Self.directEfficiency)
            + 9 * weightBytes / Self.memoryBytesPerCycle
        let productCycles = 36 * tiles * channels * filters / (fmaPerCycle * Self.productEfficiency)
        // About 6 vector operations per window element in each transform, two per cycle.
        let transformCycles = 36 * tiles * (channels + filters) / Double(shape.block) * 3
        // V and M are written once and read once.
        let transformedBytes = 36 * tiles * (channels + filters) * 4 * 2
        winogradCycles = productCycles + transformCycles + transformedBytes / Self.cacheBytesPerCycle
            + 36 * weightBytes / Self.memoryBytesPerCycle
    }

    var isFaster: Bool { winogradCycles < directCycles }
}
