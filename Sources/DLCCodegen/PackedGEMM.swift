import CLLVM
import DLCGraph
import DLCLLVM

/// The register tile every product kernel is made of: `vectors` vectors of the constant operand
/// (output channels, units, gate rows; `lanes` values each) × `broadcasts` values of the other
/// (pixels, batch rows, time steps), one vector accumulator each. Convolutions, dense layers and
/// the recurrent input projection all emit their inner loop through ``TileAccumulators``, and
/// all size it with ``best(vectors:broadcasts:registers:)``.
struct RegisterTile: Equatable {
    let vectors: Int
    let broadcasts: Int

    /// The tile with the fewest estimated cycles for `vectors` × `broadcasts` of work. A tile
    /// holds `vectors · broadcasts` accumulators, `vectors` weight vectors and one broadcast
    /// register, and leaves one register spare (LLVM spills and shuffles accumulators when all
    /// are taken). Per reduction step it issues `vectors · broadcasts` FMAs and
    /// `vectors + broadcasts` loads, at two of each per cycle, plus a cycle of loop overhead. The
    /// work is full tiles plus smaller tiles of what remains along either side.
    static func best(vectors: Int, broadcasts: Int, registers: Int) -> RegisterTile {
        func cycles(_ rb: Int, _ rw: Int) -> Double {
            rw == 0 || rb == 0 ? 0 : max(Double(rb * rw), Double(rb + rw)) / 2 + 1
        }
        var best = RegisterTile(vectors: 1, broadcasts: 1), bestCost = Double.infinity
        for rb in 1...max(1, min(4, vectors)) {
            let maxBroadcasts = (registers - 2 - rb) / rb
            guard maxBroadcasts >= 1 else { continue }
            for rw in 1...min(maxBroadcasts, max(broadcasts, 1)) {
                // A smaller last group of vectors runs at its own (lower) rate.
                let tail = vectors % rb
                let perGroup = Double(broadcasts / rw) * cycles(rb, rw) + cycles(rb, broadcasts % rw)
                let tailCost = Double(broadcasts / rw) * cycles(tail, rw) + cycles(tail, broadcasts % rw)
                let cost = perGroup * Double(vectors / rb) + tailCost
                if cost < bestCost - 1e-9 { (best, bestCost) = (RegisterTile(vectors: rb, broadcasts: rw), cost) }
            }
        }
        return best
    }
}

/// The accumulators of one register tile being emitted, in stack slots LLVM promotes to
/// registers.
struct TileAccumulators {
    let b: IRBuilder
    let lanes: Int
    /// `[vector][broadcast]`.
    private let slots: [[LLVMValueRef]]

    /// Accumulators starting at `initial(vector, broadcast)` (a bias vector, zeros, or a partial
    /// sum read back).
    init(_ b: IRBuilder, vectors: Int, broadcasts: Int, lanes: Int, initial: (_ vector: Int, _ broadcast: Int) -> LLVMValueRef) {
        self.b = b
        self.lanes = lanes
        let type = b.module.vector(b.module.float, lanes)
        slots = (0..<vectors).map { v in
            (0..<broadcasts).map { c in
                let slot = b.alloca(type)
                b.store(initial(v, c), slot)
                return slot
            }
        }
    }

    /// One rank-1 update: loads the tile's vectors from `weights` at `weightIndex(vector)`, then
    /// for each broadcast one value of `source` at `sourceIndex(broadcast)`, and issues an FMA
    /// into every accumulator.
    func update(weights: LLVMValueRef, at weightIndex: (Int) -> LLVMValueRef,
                source: LLVMValueRef, at sourceIndex: (Int) -> LLVMValueRef) {
        let type = b.module.vector(b.module.float, lanes)
        let w = slots.indices.map { b.loadVector(weights, weightIndex($0), lanes: lanes) }
        for c in slots[0].indices {
            let x = b.splat(b.loadFloat(source, sourceIndex(c)), lanes: lanes)
            for (r, row) in slots.enumerated() { b.store(b.fma(x, w[r], b.load(type, row[c])), row[c]) }
        }
    }

    func value(vector: Int, broadcast: Int) -> LLVMValueRef {
        b.load(b.module.vector(b.module.float, lanes), slots[vector][broadcast])
    }
}

/// `C[m][n] = bias[n] + Σ_k A[m][k] · B[k][n]` with B a compile-time constant packed into panels
/// (BLIS's layout): panel p holds columns `p·w ..< (p+1)·w` as `[k][w]`, w = `tile.vectors ·
/// lanes`, so a tile's reduction reads one contiguous run of B and `tile.broadcasts` values of A
/// (rows of A, strided) per step. A task is one tile: `tile.broadcasts` rows × one panel; tasks
/// go panel by panel, so the threads split the panels (B, the large operand) between them.
/// Dense layers (A = the batch) and the recurrent input projection (A = every time step) are
/// this product; 1x1 convolutions are too, reading A from and writing C into blocked layouts,
/// and use the same tile (see ``BlockedConvolution``).
///
/// The last panel is as wide as the columns left (rounded up to vectors; its padding is zero
/// and its partial vector is stored with a mask); the last row tile has the rows left.
struct PackedGEMM {
    let m: Int, n: Int, k: Int
    let lanes: Int
    let tile: RegisterTile

    init(m: Int, n: Int, k: Int, lanes: Int, registers: Int) {
        self.init(m: m, n: n, k: k, lanes: lanes, tile: RegisterTile.best(vectors: (n + lanes - 1) / lanes, broadcasts: m, registers: registers))
    }

    /// A product with a given tile (another product's, so both read the same packed B).
    init(m: Int, n: Int, k: Int, lanes: Int, tile: RegisterTile) {
        (self.m, self.n, self.k, self.lanes, self.tile) = (m, n, k, lanes, tile)
    }

    var panelWidth: Int { tile.vectors * lanes }
    var panels: Int { (n + panelWidth - 1) / panelWidth }
    var rowTiles: Int { (m + tile.broadcasts - 1) / tile.broadcasts }
    var tasks: Int { panels * rowTiles }
    /// Multiply-accumulates of one task, for the step's parallel decision.
    var taskCost: Int { tile.broadcasts * panelWidth * k }

    /// Columns, and whole vectors of them, in the last panel.
    private var lastPanelColumns: Int { n - (panels - 1) * panelWidth }
    private var lastPanelVectors: Int { (lastPanelColumns + lanes - 1) / lanes }

    /// Floats of B packed.
    var packedCount: Int { ((panels - 1) * panelWidth + lastPanelVectors * lanes) * k }
    /// Bytes of B packed.
    var packedBytes: Int { packedCount * 4 }

    /// Emits a step that packs B at run time into the layer's scratch, as ``pack(_:)`` does at
    /// compile time (the products of a training step, whose B changes every step): one row of
    /// one panel per iteration; `element(b, buffers, k, n)` loads B's element.
    func emitPackStep(_ context: NodeContext, constants: [LLVMValueRef] = [],
                      element: @escaping (IRBuilder, StepBuffers, _ k: LLVMValueRef, _ n: LLVMValueRef) -> LLVMValueRef) {
        let lastWidth = lastPanelVectors * lanes
        context.step(iterations: panels * k, cost: panelWidth / 4, constants: constants) { b, task, buffers in
            let (panel, kk) = (b.sdiv(task, b.index(k)), b.srem(task, b.index(k)))
            let isLast = b.icmp(LLVMIntEQ, panel, b.index(panels - 1))
            let width = b.select(isLast, b.index(lastWidth), b.index(panelWidth))
            let target = b.add(b.mul(panel, b.index(panelWidth * k)), b.mul(kk, width))
            let firstColumn = b.mul(panel, b.index(panelWidth))
            let columns = b.smin(width, b.sub(b.index(n), firstColumn))
            b.loop(from: b.index(0), to: columns, "j") { j in
                b.storeFloat(element(b, buffers, kk, b.add(firstColumn, j)), buffers.scratch, b.add(target, j))
            }
            b.loop(from: columns, to: width, "pad") { j in b.storeFloat(b.module.constant(Float(0)), buffers.scratch, b.add(target, j)) }
        }
    }

    /// B packed into panels; `element(k, n)` reads B.
    func pack(_ element: (_ k: Int, _ n: Int) -> Float) -> [Float] {
        packPanels { kk, columns, packed in
            for column in columns { packed.append(element(kk, column)) }
        }
    }

    /// B (row-major, `k × n`) packed into panels, a row's run of each panel copied at once.
    func pack(matrix: ArraySlice<Float>) -> [Float] {
        precondition(matrix.count == k * n)
        let start = matrix.startIndex
        return packPanels { kk, columns, packed in
            let row = start + kk * n
            packed.append(contentsOf: matrix[row + columns.lowerBound ..< row + columns.upperBound])
        }
    }

    /// The panel loop both packers share: `appendRow(k, columns, &packed)` appends row k's
    /// `columns` of B; the last panel's padding columns are zero.
    private func packPanels(_ appendRow: (_ k: Int, _ columns: Range<Int>, _ packed: inout [Float]) -> Void) -> [Float] {
        var packed = [Float]()
        packed.reserveCapacity(packedCount)
        for p in 0..<panels {
            let width = p == panels - 1 ? lastPanelVectors * lanes : panelWidth
            let columns = p * panelWidth ..< min(p * panelWidth + width, n)
            for kk in 0..<k {
                appendRow(kk, columns, &packed)
                if columns.count < width { packed.append(contentsOf: repeatElement(0, count: width - columns.count)) }
            }
        }
        return packed
    }

    /// Floats in a 64-byte cache line, the unit of `prefetch`.
    static let floatsPerCacheLine = 16

    /// Lines a task's `prefetch` of `lines` lines asks for at each of the `k` steps: at least
    /// one, so a task fetches `k` times this many (the last step's may go past its share).
    func prefetchLinesPerStep(_ lines: Int) -> Int { (lines + k - 1) / k }

    /// Emits task `task`: its tile's product, then `store(row, column, value, activeLanes)` for
    /// every accumulator vector (`column` is the vector's first; `activeLanes` < lanes only in
    /// the last panel's partial vector). `a` is A with rows `aRowStride` apart; `bias` has n
    /// values (or nil for zeros). Consecutive tasks take the next row tile of a panel, or, with
    /// `panelsInnermost` (when all of B stays in cache), the next panel of a row tile.
    /// With `prefetch`, the task also asks for `prefetch.lines` cache lines from `prefetch.base`
    /// on, into L2: data a later task will read, fetched while this one computes, at least a
    /// line per step of the reduction (the steps, not the lines, when they are fewer).
    func emitTask(_ b: IRBuilder, task: LLVMValueRef, a: LLVMValueRef, aRowStride: Int, aColumnStride: Int = 1, packed: LLVMValueRef,
                  bias: LLVMValueRef?, panelsInnermost: Bool = false, prefetch: (base: LLVMValueRef, lines: Int)? = nil,
                  store: (_ row: LLVMValueRef, _ column: LLVMValueRef, _ value: LLVMValueRef, _ activeLanes: Int) -> Void) {
        let rowTile = panelsInnermost ? b.sdiv(task, b.index(panels)) : b.srem(task, b.index(rowTiles))
        let panel = panelsInnermost ? b.srem(task, b.index(panels)) : b.sdiv(task, b.index(rowTiles))
        let firstRow = b.mul(rowTile, b.index(tile.broadcasts))
        let firstColumn = b.mul(panel, b.index(panelWidth))
        let panelBase = b.mul(panel, b.index(panelWidth * k))

        /// A tile of `rows` rows and `vectors` vectors, the last with `lastLanes` columns.
        func emitTile(rows: Int, vectors: Int, lastLanes: Int) {
            let width = vectors * lanes
            func active(_ v: Int) -> Int { v == vectors - 1 ? lastLanes : lanes }
            let initial = (0..<vectors).map { v in
                bias.map { b.loadPartial($0, b.add(firstColumn, b.index(v * lanes)), lanes: lanes, active: active(v)) } ?? b.float(0, lanes: lanes)
            }
            let accumulators = TileAccumulators(b, vectors: vectors, broadcasts: rows, lanes: lanes) { v, _ in initial[v] }
            let linesPerStep = prefetch.map { prefetchLinesPerStep($0.lines) } ?? 0
            b.loop(count: k, "k") { kk in
                if let prefetch {
                    let first = b.mul(kk, b.index(linesPerStep * Self.floatsPerCacheLine))
                    for line in 0..<linesPerStep {
                        b.prefetch(prefetch.base, b.add(first, b.index(line * Self.floatsPerCacheLine)), locality: 2)
                    }
                }
                let step = b.add(panelBase, b.mul(kk, b.index(width)))
                accumulators.update(weights: packed, at: { b.add(step, b.index($0 * lanes)) },
                                    source: a, at: { b.add(b.mul(b.add(firstRow, b.index($0)), b.index(aRowStride)),
                                                                     aColumnStride == 1 ? kk : b.mul(kk, b.index(aColumnStride))) })
            }
            for v in 0..<vectors {
                for r in 0..<rows {
                    store(b.add(firstRow, b.index(r)), b.add(firstColumn, b.index(v * lanes)), accumulators.value(vector: v, broadcast: r), active(v))
                }
            }
        }

        let lastRows = m - (rowTiles - 1) * tile.broadcasts
        func byPanel(rows: Int) {
            if lastPanelColumns == panelWidth { return emitTile(rows: rows, vectors: tile.vectors, lastLanes: lanes) }
            let lastLanes = lastPanelColumns - (lastPanelVectors - 1) * lanes
            b.ifElse(b.icmp(LLVMIntEQ, panel, b.index(panels - 1)),
                     then: { emitTile(rows: rows, vectors: lastPanelVectors, lastLanes: lastLanes) },
                     otherwise: { emitTile(rows: rows, vectors: tile.vectors, lastLanes: lanes) })
        }
        if lastRows == tile.broadcasts {
            byPanel(rows: tile.broadcasts)
        } else {
            b.ifElse(b.icmp(LLVMIntEQ, rowTile, b.index(rowTiles - 1)),
                     then: { byPanel(rows: lastRows) }, otherwise: { byPanel(rows: tile.broadcasts) })
        }
    }
}
