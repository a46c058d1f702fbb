import CLLVM
import DLCGraph
import DLCLLVM

extension Pool2DGradient {
    /// One input plane per iteration, zeroed, then the forward kernel's windows again (clipped
    /// at run time): max pooling adds each output's gradient to the first largest input of its
    /// window (a NaN counts as largest, as the forward pass keeps it); average pooling spreads it
    /// over the window's divisor.
    func lower(_ context: NodeContext) {
        let input = context.inputType(0), outputGradient = context.inputType(1)
        let (height, width) = (input.shape[2], input.shape[3])
        let (outHeight, outWidth) = (outputGradient.shape[2], outputGradient.shape[3])
        let pool = self.pool
        context.step(iterations: input.shape[0] * input.shape[1], cost: outHeight * outWidth * pool.kernel.height * pool.kernel.width) {
            b, plane, buffers in
            let base = b.mul(plane, b.index(height * width))
            let out = b.element(buffers.output, base)
            b.zeroBytes(b.bitcast(out, to: b.module.bytePointer), count: b.index(height * width * 4))
            let source = b.element(buffers.inputs[0], base)
            let gradients = b.element(buffers.inputs[1], b.mul(plane, b.index(outHeight * outWidth)))
            b.loop(count: outHeight, "y", unrolled: false) { y in
                let (rowStart, rowEnd, paddedRows) = pool.window(b, y, stride: pool.stride.height, kernel: pool.kernel.height, size: height,
                                                                 before: pool.padding.top, after: pool.padding.bottom)
                b.loop(count: outWidth, "x", unrolled: false) { x in
                    let (columnStart, columnEnd, paddedColumns) = pool.window(b, x, stride: pool.stride.width, kernel: pool.kernel.width,
                                                                              size: width, before: pool.padding.left, after: pool.padding.right)
                    let g = b.loadFloat(gradients, b.add(b.mul(y, b.index(outWidth)), x))
                    switch pool.kind {
                    case .max:
                        let best = b.alloca(b.module.float), bestIndex = b.alloca(b.module.int64)
                        b.store(b.module.constant(-Float.infinity), best)
                        b.store(b.index(-1), bestIndex)
                        b.loop(from: rowStart, to: rowEnd, "r") { row in
                            b.loop(from: columnStart, to: columnEnd, "q") { column in
                                let index = b.add(b.mul(row, b.index(width)), column)
                                let value = b.loadFloat(source, index), current = b.load(b.module.float, best)
                                let takes = b.or(b.or(b.icmp(LLVMIntSLT, b.load(b.module.int64, bestIndex), b.index(0)),
                                                      b.fcmp(LLVMRealOGT, value, current)),
                                                 b.and(b.fcmp(LLVMRealUNO, value, value), b.fcmp(LLVMRealORD, current, current)))
                                b.store(b.select(takes, value, current), best)
                                b.store(b.select(takes, index, b.load(b.module.int64, bestIndex)), bestIndex)
                            }
                        }
                        let index = b.load(b.module.int64, bestIndex)
                        b.when(b.icmp(LLVMIntSGE, index, b.index(0))) { b.storeFloat(b.fadd(b.loadFloat(out, index), g), out, index) }
                    case .average:
                        let count = countIncludePad ? b.mul(paddedRows, paddedColumns)
                            : b.mul(b.sub(rowEnd, rowStart), b.sub(columnEnd, columnStart))
                        let share = b.fdiv(g, b.sitofp(count, to: b.module.float))
                        b.loop(from: rowStart, to: rowEnd, "r") { row in
                            b.loop(from: columnStart, to: columnEnd, "q") { column in
                                let index = b.add(b.mul(row, b.index(width)), column)
                                b.storeFloat(b.fadd(b.loadFloat(out, index), share), out, index)
                            }
                        }
                    }
                }
            }
        }
    }

    private var countIncludePad: Bool { pool.countIncludePad }
}

extension GlobalPool2DGradient {
    /// One plane per iteration: the gradient at the plane's first largest input (max), or spread
    /// evenly over it (average).
    func lower(_ context: NodeContext) {
        let input = context.inputType(0)
        let area = input.shape[2] * input.shape[3]
        let kind = pool.kind
        context.step(iterations: input.shape[0] * input.shape[1], cost: area) { b, plane, buffers in
            let base = b.mul(plane, b.index(area))
            let g = b.loadFloat(buffers.inputs[1], plane)
            switch kind {
            case .max:
                b.zeroBytes(b.bitcast(b.element(buffers.output, base), to: b.module.bytePointer), count: b.index(area * 4))
                let bestIndex = b.alloca(b.module.int64)
                b.store(base, bestIndex)
                b.loop(from: b.add(base, b.index(1)), to: b.add(base, b.index(area)), "p") { index in
                    let value = b.loadFloat(buffers.inputs[0], index), best = b.loadFloat(buffers.inputs[0], b.load(b.module.int64, bestIndex))
                    let takes = b.or(b.fcmp(LLVMRealOGT, value, best), b.and(b.fcmp(LLVMRealUNO, value, value), b.fcmp(LLVMRealORD, best, best)))
                    b.store(b.select(takes, index, b.load(b.module.int64, bestIndex)), bestIndex)
                }
                b.storeFloat(g, buffers.output, b.load(b.module.int64, bestIndex))
            case .average:
                let share = b.fdiv(g, b.module.constant(Float(area)))
                b.forEachVector(from: base, to: b.add(base, b.index(area)), lanes: context.lanes) { i, lanes in
                    b.storeFloats(b.broadcast(share, lanes: lanes), buffers.output, i)
                }
            }
        }
    }
}
