import CLLVM
import DLCGraph
import DLCLLVM

extension Conv2DInputGradient {
    /// One input plane per iteration, zeroed, then for each filter of its group and each tap
    /// (both loops at run time) the weighted output-gradient rows added into the input rows the
    /// tap read: the forward kernel's loops with reads and writes exchanged, as the interpreter
    /// computes it. Stride-1 rows go a vector at a time.
    func lower(_ context: NodeContext) {
        let conv = convolution
        let (batch, channels, height, width) = (inputShape[0], inputShape[1], inputShape[2], inputShape[3])
        let outputGradient = context.inputType(0)
        let (filters, outHeight, outWidth) = (outputGradient.shape[1], outputGradient.shape[2], outputGradient.shape[3])
        let channelsPerGroup = channels / conv.groups, filtersPerGroup = filters / conv.groups
        let (kernel, stride, dilation, padding) = (conv.kernel, conv.stride, conv.dilation, conv.padding)
        let taps = kernel.height * kernel.width
        let lanes = context.lanes
        context.step(iterations: batch * channels, cost: filtersPerGroup * taps * outHeight * outWidth,
                     constants: [context.parameter(0)]) { b, plane, buffers in
            let weights = buffers.constants[0]
            let (n, c) = (b.sdiv(plane, b.index(channels)), b.srem(plane, b.index(channels)))
            let (group, local) = (b.sdiv(c, b.index(channelsPerGroup)), b.srem(c, b.index(channelsPerGroup)))
            let out = b.element(buffers.output, b.mul(plane, b.index(height * width)))
            b.zeroBytes(b.bitcast(out, to: b.module.bytePointer), count: b.index(height * width * 4))
            b.loop(count: filtersPerGroup, "o", unrolled: false) { oInGroup in
                let o = b.add(b.mul(group, b.index(filtersPerGroup)), oInGroup)
                let gradient = b.element(buffers.inputs[0], b.mul(b.add(b.mul(n, b.index(filters)), o), b.index(outHeight * outWidth)))
                let filterBase = b.mul(b.add(b.mul(o, b.index(channelsPerGroup)), local), b.index(taps))
                b.loop(count: taps, "tap", unrolled: false) { tap in
                    let (i, j) = (b.sdiv(tap, b.index(kernel.width)), b.srem(tap, b.index(kernel.width)))
                    let w = b.loadFloat(weights, b.add(filterBase, tap))
                    let rowOffset = b.sub(b.mul(i, b.index(dilation.height)), b.index(padding.top))
                    let columnOffset = b.sub(b.mul(j, b.index(dilation.width)), b.index(padding.left))
                    let rows = b.validRange(count: outHeight, stride: stride.height, offset: rowOffset, limit: height)
                    let columns = b.validRange(count: outWidth, stride: stride.width, offset: columnOffset, limit: width)
                    let vectorEnd = stride.width == 1
                        ? b.add(columns.start, b.mul(b.sdiv(b.sub(columns.end, columns.start), b.index(lanes)), b.index(lanes))) : columns.start
                    b.loop(from: rows.start, to: rows.end, "y", unrolled: false) { y in
                        let inRow = b.add(b.mul(b.add(b.mul(y, b.index(stride.height)), rowOffset), b.index(width)), columnOffset)
                        let gradientRow = b.mul(y, b.index(outWidth))
                        b.loop(from: columns.start, to: vectorEnd, step: lanes, "x", unrolled: false) { x in
                            let target = b.add(inRow, x)
                            let sum = b.fma(b.splat(w, lanes: lanes), b.loadVector(gradient, b.add(gradientRow, x), lanes: lanes),
                                            b.loadVector(out, target, lanes: lanes))
                            b.storeVector(sum, out, target)
                        }
                        b.loop(from: vectorEnd, to: columns.end, "xs", unrolled: false) { x in
                            let target = b.add(inRow, stride.width == 1 ? x : b.mul(x, b.index(stride.width)))
                            b.storeFloat(b.fma(w, b.loadFloat(gradient, b.add(gradientRow, x)), b.loadFloat(out, target)), out, target)
                        }
                    }
                }
            }
        }
    }
}

extension Conv2DWeightGradient {
    /// One (filter, input channel) pair per iteration, its taps in a loop: for each tap, the
    /// input × output-gradient products over the batch and the output pixels whose tap reads
    /// inside the input (the ranges computed at run time), a vector of output columns at a time
    /// (strided loads of the input for strided layers), summed across the lanes at the end. The
    /// taps are not unrolled: 25 copies of the nest made LLVM take seconds over one layer.
    func lower(_ context: NodeContext) {
        let conv = convolution
        let input = context.inputType(0), outputGradient = context.inputType(1)
        let (batch, channels, height, width) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        let (filters, outHeight, outWidth) = (outputGradient.shape[1], outputGradient.shape[2], outputGradient.shape[3])
        let channelsPerGroup = channels / conv.groups, filtersPerGroup = filters / conv.groups
        let (kernel, stride, dilation, padding) = (conv.kernel, conv.stride, conv.dilation, conv.padding)
        let taps = kernel.height * kernel.width
        let lanes = context.lanes
        context.step(iterations: filters * channelsPerGroup, cost: taps * batch * outHeight * outWidth) { b, task, buffers in
            let o = b.sdiv(task, b.index(channelsPerGroup))
            let c = b.add(b.mul(b.sdiv(o, b.index(filtersPerGroup)), b.index(channelsPerGroup)), b.srem(task, b.index(channelsPerGroup)))
            let vector = b.module.vector(b.module.float, lanes)
            let total = b.alloca(vector)
            b.loop(count: taps, "tap", unrolled: false) { tap in
                let (i, j) = (b.sdiv(tap, b.index(kernel.width)), b.srem(tap, b.index(kernel.width)))
                let rowOffset = b.sub(b.mul(i, b.index(dilation.height)), b.index(padding.top))
                let columnOffset = b.sub(b.mul(j, b.index(dilation.width)), b.index(padding.left))
                let rows = b.validRange(count: outHeight, stride: stride.height, offset: rowOffset, limit: height)
                let columns = b.validRange(count: outWidth, stride: stride.width, offset: columnOffset, limit: width)
                let vectorEnd = b.add(columns.start, b.mul(b.sdiv(b.sub(columns.end, columns.start), b.index(lanes)), b.index(lanes)))
                b.store(b.float(0, lanes: lanes), total)
                b.loop(count: batch, "n", unrolled: false) { n in
                    let source = b.mul(b.add(b.mul(n, b.index(channels)), c), b.index(height * width))
                    let gradient = b.mul(b.add(b.mul(n, b.index(filters)), o), b.index(outHeight * outWidth))
                    b.loop(from: rows.start, to: rows.end, "y", unrolled: false) { y in
                        let inRow = b.add(b.add(source, b.mul(b.add(b.mul(y, b.index(stride.height)), rowOffset), b.index(width))), columnOffset)
                        let gradientRow = b.add(gradient, b.mul(y, b.index(outWidth)))
                        func accumulate(_ x: LLVMValueRef, lanes n: Int) {
                            let g = b.loadFloats(buffers.inputs[1], b.add(gradientRow, x), lanes: n)
                            let at = b.add(inRow, stride.width == 1 ? x : b.mul(x, b.index(stride.width)))
                            let value = n == 0 || stride.width == 1 ? b.loadFloats(buffers.inputs[0], at, lanes: n)
                                : b.loadStrided(buffers.inputs[0], at, stride: stride.width, lanes: n)
                            let current = b.load(vector, total)
                            b.store(n == 0 ? b.insert(current, b.fma(g, value, b.extract(current, 0)), 0) : b.fma(g, value, current), total)
                        }
                        b.loop(from: columns.start, to: vectorEnd, step: lanes, "x", unrolled: false) { accumulate($0, lanes: lanes) }
                        b.loop(from: vectorEnd, to: columns.end, "xs", unrolled: false) { accumulate($0, lanes: 0) }
                    }
                }
                b.storeFloat(b.horizontalSum(b.load(vector, total)), buffers.output, b.add(b.mul(task, b.index(taps)), tap))
            }
        }
    }
}

extension IRBuilder {
    /// ``validRange(count:stride:offset:limit:)`` at run time: the `x` in `0..<count` for which
    /// `x · stride + offset` falls in `0..<limit`.
    func validRange(count: Int, stride: Int, offset: LLVMValueRef, limit: Int) -> (start: LLVMValueRef, end: LLVMValueRef) {
        let low = smax(sdivRoundingUp(sub(index(0), offset), index(stride)), index(0))
        let high = smax(sdivRoundingUp(sub(index(limit), offset), index(stride)), index(0))
        let start = smin(low, index(count))
        return (start, smax(start, smin(high, index(count))))
    }
}
