import CLLVM
import DLCGraph
import DLCLLVM

extension Pool2D {
    /// One output row per iteration. Columns whose window lies inside the input run as vectors
    /// (strided loads for stride 2 and up); the others one at a time with their window clipped.
    /// Rows are clipped at run time. The interpreter defines the divisor rules.
    func lower(_ context: NodeContext) {
        if context.outputBlock != nil { return lowerBlocked(context) }
        let input = context.inputType(0), output = context.outputType
        let (height, width) = (input.shape[2], input.shape[3])
        let (outHeight, outWidth) = (output.shape[2], output.shape[3])
        let planes = input.shape[0] * input.shape[1]
        let lanes = context.lanes
        let (interiorStart, interiorEnd) = interiorColumns(width: width, outWidth: outWidth)
        let vectorEnd = interiorStart + (interiorEnd - interiorStart) / lanes * lanes
        let identity: Float = kind == .max ? -.infinity : 0

        context.step(iterations: planes * outHeight, cost: outWidth * kernel.height * kernel.width) { b, task, buffers in
            let plane = b.sdiv(task, b.index(outHeight))
            let y = b.srem(task, b.index(outHeight))
            let source = b.element(buffers.inputs[0], b.mul(plane, b.index(height * width)))
            let target = b.element(buffers.output, b.mul(b.add(b.mul(plane, b.index(outHeight)), y), b.index(outWidth)))
            let (rowStart, rowEnd, paddedRows) = window(b, y, stride: stride.height, kernel: kernel.height, size: height,
                                                        before: padding.top, after: padding.bottom)
            let validRows = b.sub(rowEnd, rowStart)

            func combine(_ a: LLVMValueRef, _ v: LLVMValueRef) -> LLVMValueRef { kind == .max ? b.maximum(a, v) : b.fadd(a, v) }

            // Interior columns, a vector of output columns at a time.
            b.loop(from: b.index(interiorStart), to: b.index(vectorEnd), step: lanes, "x") { x in
                let accumulator = b.alloca(b.module.vector(b.module.float, lanes))
                b.store(b.float(identity, lanes: lanes), accumulator)
                b.loop(from: rowStart, to: rowEnd, "r") { row in
                    let rowBase = b.sub(b.add(b.mul(row, b.index(width)), b.mul(x, b.index(stride.width))), b.index(padding.left))
                    var value = b.load(b.module.vector(b.module.float, lanes), accumulator)
                    for j in 0..<kernel.width {
                        value = combine(value, b.loadStrided(source, b.add(rowBase, b.index(j)), stride: stride.width, lanes: lanes))
                    }
                    b.store(value, accumulator)
                }
                var result = b.load(b.module.vector(b.module.float, lanes), accumulator)
                if kind == .average {
                    let rows = countIncludePad ? paddedRows : validRows
                    let count = b.sitofp(b.mul(rows, b.index(kernel.width)), to: b.module.float)
                    result = b.fdiv(result, b.splat(count, lanes: lanes))
                }
                b.storeVector(result, target, x)
            }

            // Border and leftover columns: clip each window.
            for (start, end) in [(0, interiorStart), (vectorEnd, outWidth)] where start < end {
                b.loop(from: b.index(start), to: b.index(end), "c") { x in
                    let (columnStart, columnEnd, paddedColumns) = window(b, x, stride: stride.width, kernel: kernel.width, size: width,
                                                                         before: padding.left, after: padding.right)
                    let accumulator = b.alloca(b.module.float)
                    b.store(b.module.constant(identity), accumulator)
                    b.loop(from: rowStart, to: rowEnd, "r") { row in
                        b.loop(from: columnStart, to: columnEnd, "q") { column in
                            let v = b.loadFloat(source, b.add(b.mul(row, b.index(width)), column))
                            b.store(combine(b.load(b.module.float, accumulator), v), accumulator)
                        }
                    }
                    var result = b.load(b.module.float, accumulator)
                    if kind == .average {
                        let count = countIncludePad ? b.mul(paddedRows, paddedColumns) : b.mul(validRows, b.sub(columnEnd, columnStart))
                        result = b.fdiv(result, b.sitofp(count, to: b.module.float))
                    }
                    b.storeFloat(result, target, x)
                }
            }
        }
    }
}

extension Pool2D {
    /// Blocked (NCHW[b]c) pooling: a vector is `b` channels of one pixel, so every window is
    /// combined a vector at a time. One output row of one channel block per iteration. Columns
    /// whose window lies inside the input's width go four at a time with the window's columns
    /// unrolled (four independent chains of max or add, and no per-column bounds); the border
    /// columns clip their window like the plain kernel's. Rows are clipped at run time.
    func lowerBlocked(_ context: NodeContext) {
        let input = context.inputType(0), output = context.outputType
        let (height, width) = (input.shape[2], input.shape[3])
        let outHeight = output.shape[2]
        let block = context.outputBlock!
        let planes = input.storageElementCount / (height * width * block)
        context.step(iterations: planes * outHeight, cost: output.shape[3] * block * kernel.height * kernel.width) { b, task, buffers in
            let plane = b.sdiv(task, b.index(outHeight))
            let y = b.srem(task, b.index(outHeight))
            let source = b.element(buffers.inputs[0], b.mul(plane, b.index(height * width * block)))
            let target = b.element(buffers.output, b.mul(b.add(b.mul(plane, b.index(outHeight)), y), b.index(output.shape[3] * block)))
            emitBlockedRow(b, y, from: source, height: height, width: width, to: target, outWidth: output.shape[3], block: block) {
                b.mul($0, b.index(width))
            }
        }
    }

    /// Output row `y` of one block plane into `target`, from the `height × width` block plane at
    /// `source` whose input row `row` starts at pixel `rowPixel(row)` (`row · width` for a
    /// tensor; a ring of rows for a convolution's fused pool).
    func emitBlockedRow(_ b: IRBuilder, _ y: LLVMValueRef, from source: LLVMValueRef, height: Int, width: Int,
                        to target: LLVMValueRef, outWidth: Int, block: Int, rowPixel: (LLVMValueRef) -> LLVMValueRef) {
        let identity: Float = kind == .max ? -.infinity : 0
        let (interiorStart, interiorEnd) = interiorColumns(width: width, outWidth: outWidth)
        let columnsPerTile = 4
        let tileEnd = interiorStart + (interiorEnd - interiorStart) / columnsPerTile * columnsPerTile
        let (rowStart, rowEnd, paddedRows) = window(b, y, stride: stride.height, kernel: kernel.height, size: height,
                                                    before: padding.top, after: padding.bottom)
        let vector = b.module.vector(b.module.float, block)
        func combine(_ a: LLVMValueRef, _ v: LLVMValueRef) -> LLVMValueRef { kind == .max ? b.maximum(a, v) : b.fadd(a, v) }

        /// `count` interior columns from `x0`, their windows' columns unrolled.
        func interiorTile(_ x0: LLVMValueRef, count: Int) {
            let accumulators = (0..<count).map { _ in
                let slot = b.alloca(vector)
                b.store(b.float(identity, lanes: block), slot)
                return slot
            }
            let left = b.sub(b.mul(x0, b.index(stride.width)), b.index(padding.left))
            b.loop(from: rowStart, to: rowEnd, "r") { row in
                let rowBase = b.mul(b.add(rowPixel(row), left), b.index(block))
                for c in 0..<count {
                    var value = b.load(vector, accumulators[c])
                    for j in 0..<kernel.width {
                        value = combine(value, b.loadVector(source, b.add(rowBase, b.index((c * stride.width + j) * block)), lanes: block))
                    }
                    b.store(value, accumulators[c])
                }
            }
            let rows = kind == .average ? (countIncludePad ? paddedRows : b.sub(rowEnd, rowStart)) : nil
            for c in 0..<count {
                var result = b.load(vector, accumulators[c])
                if let rows {
                    let divisor = b.sitofp(b.mul(rows, b.index(kernel.width)), to: b.module.float)
                    result = b.fdiv(result, b.splat(divisor, lanes: block))
                }
                b.storeVector(result, target, b.mul(b.add(x0, b.index(c)), b.index(block)))
            }
        }
        if tileEnd > interiorStart {
            b.loop(from: b.index(interiorStart), to: b.index(tileEnd), step: columnsPerTile, "x") { x0 in
                interiorTile(x0, count: columnsPerTile)
            }
        }
        if interiorEnd > tileEnd { interiorTile(b.index(tileEnd), count: interiorEnd - tileEnd) }

        for (start, end) in [(0, interiorStart), (interiorEnd, outWidth)] where start < end {
            b.loop(from: b.index(start), to: b.index(end), "xb") { x in
                let (columnStart, columnEnd, paddedColumns) = window(b, x, stride: stride.width, kernel: kernel.width, size: width,
                                                                     before: padding.left, after: padding.right)
                let accumulator = b.alloca(vector)
                b.store(b.float(identity, lanes: block), accumulator)
                b.loop(from: rowStart, to: rowEnd, "r") { row in
                    b.loop(from: columnStart, to: columnEnd, "q") { column in
                        let v = b.loadVector(source, b.mul(b.add(rowPixel(row), column), b.index(block)), lanes: block)
                        b.store(combine(b.load(vector, accumulator), v), accumulator)
                    }
                }
                var result = b.load(vector, accumulator)
                if kind == .average {
                    let count = countIncludePad ? b.mul(paddedRows, paddedColumns)
                        : b.mul(b.sub(rowEnd, rowStart), b.sub(columnEnd, columnStart))
                    result = b.fdiv(result, b.splat(b.sitofp(count, to: b.module.float), lanes: block))
                }
                b.storeVector(result, target, b.mul(x, b.index(block)))
            }
        }
    }
}

extension Pool2D {
    /// The output columns whose whole window lies inside the input's `width` columns (left ≥ 0
    /// and left + kernel ≤ width), as `start ..< end`.
    func interiorColumns(width: Int, outWidth: Int) -> (start: Int, end: Int) {
        let start = min(outWidth, (padding.left + stride.width - 1) / stride.width)
        let reach = width + padding.left - kernel.width
        return (start, max(start, min(outWidth, reach >= 0 ? reach / stride.width + 1 : 0)))
    }

    /// The window of output index `i` along one axis, clipped to the input's `size`: the input
    /// indices `start ..< end` it reads, and how many it spans with the padding counted (the
    /// divisor of `countIncludePad`).
    func window(_ b: IRBuilder, _ i: LLVMValueRef, stride: Int, kernel: Int, size: Int, before: Int, after: Int)
        -> (start: LLVMValueRef, end: LLVMValueRef, padded: LLVMValueRef) {
        let origin = b.sub(b.mul(i, b.index(stride)), b.index(before))
        let reach = b.add(origin, b.index(kernel))
        return (b.smax(origin, b.index(0)), b.smin(reach, b.index(size)), b.sub(b.smin(reach, b.index(size + after)), origin))
    }
}

extension GlobalPool2D {
    func lower(_ context: NodeContext) {
        if let block = context.inputType(0).layout.block { return lowerBlocked(context, block: block) }
        let area = context.inputType(0).shape[2] * context.inputType(0).shape[3]
        let planes = context.outputType.elementCount
        context.step(iterations: planes, cost: area) { b, plane, buffers in
            let base = b.mul(plane, b.index(area))
            let folded = reduce(b, kind == .max ? .maximum : .sum, from: base, to: b.add(base, b.index(area)),
                                lanes: context.lanes) { i, n in b.loadFloats(buffers.inputs[0], i, lanes: n) }
            b.storeFloat(kind == .max ? folded : b.fdiv(folded, b.module.constant(Float(area))), buffers.output, plane)
        }
    }

    /// Blocked input: one vector of `b` channels per pixel, summed (or maxed) over the plane and
    /// stored where plain `[N, C, 1, 1]` keeps those channels; a partial last block stores only
    /// its real channels.
    private func lowerBlocked(_ context: NodeContext, block: Int) {
        let input = context.inputType(0)
        let (channels, area) = (input.shape[1], input.shape[2] * input.shape[3])
        let blocks = (channels + block - 1) / block
        let planes = input.shape[0] * blocks
        context.step(iterations: planes, cost: area * block) { b, plane, buffers in
            let vector = b.module.vector(b.module.float, block)
            let accumulator = b.alloca(vector)
            b.store(b.float(kind == .max ? -.infinity : 0, lanes: block), accumulator)
            let base = b.mul(plane, b.index(area * block))
            b.loop(count: area, "p") { p in
                let v = b.loadVector(buffers.inputs[0], b.add(base, b.mul(p, b.index(block))), lanes: block)
                let current = b.load(vector, accumulator)
                b.store(kind == .max ? b.maximum(current, v) : b.fadd(current, v), accumulator)
            }
            var result = b.load(vector, accumulator)
            if kind == .average { result = b.fdiv(result, b.float(Float(area), lanes: block)) }
            let lastLanes = channels % block
            guard lastLanes > 0 else { return b.storeVector(result, buffers.output, b.mul(plane, b.index(block))) }
            // Channel c·b + lane of image n is plain element n·C + c·b + lane.
            let (n, blockIndex) = (b.sdiv(plane, b.index(blocks)), b.srem(plane, b.index(blocks)))
            let first = b.add(b.mul(n, b.index(channels)), b.mul(blockIndex, b.index(block)))
            b.ifElse(b.icmp(LLVMIntEQ, blockIndex, b.index(blocks - 1)), then: {
                for lane in 0..<lastLanes { b.storeFloat(b.extract(result, lane), buffers.output, b.add(first, b.index(lane))) }
            }, otherwise: {
                b.storeVector(result, buffers.output, first)
            })
        }
    }
}
