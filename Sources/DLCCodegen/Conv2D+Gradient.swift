import CLLVM
import DLCGraph
import DLCLLVM

// The backward convolutions compute with the batch as the vector axis: their operands are first
// copied into scratch as [channel][row][column][batch] (the batch rounded up to whole vectors,
// zero-padded), inside a zero border wide enough for every tap, so the inner loops are vector
// FMAs over the batch without bounds checks or partial vectors, however small the planes
// (LeNet's 10x10) or strided the layer. A copy costs one pass over an activation; the products
// cost `taps · channels` passes.

/// A tensor copied batch-innermost: `planes` planes of `height × width` pixels, each a run of
/// `batch` floats; the source's pixel (y, x) lands at (`top + y·rowSpacing`, `left +
/// x·columnSpacing`), everything else is zero (a border, and a stride's zeros between pixels).
struct BatchInnermost {
    let planes: Int, height: Int, width: Int, batch: Int
    let top: Int, left: Int
    var rowSpacing = 1, columnSpacing = 1

    /// Floats of the copy.
    var count: Int { planes * height * width * batch }

    /// The first float of pixel (`row`, `column`) of `plane`.
    func index(_ b: IRBuilder, plane: LLVMValueRef, row: LLVMValueRef, column: LLVMValueRef) -> LLVMValueRef {
        b.mul(b.add(b.mul(b.add(b.mul(plane, b.index(height)), row), b.index(width)), column), b.index(batch))
    }

    /// Emits the step that fills the copy at `target(b, buffers)` from the NCHW tensor
    /// `source(buffers)` of `sourceShape`: one plane per iteration, zeroed, then its pixels.
    func emitCopy(_ context: NodeContext, sourceShape: [Int], source: @escaping (StepBuffers) -> LLVMValueRef,
                  target: @escaping (IRBuilder, StepBuffers) -> LLVMValueRef) {
        let (images, sourceHeight, sourceWidth) = (sourceShape[0], sourceShape[2], sourceShape[3])
        let planeFloats = height * width * batch
        context.step(iterations: planes, cost: planeFloats / 8) { b, plane, buffers in
            let into = b.element(target(b, buffers), b.mul(plane, b.index(planeFloats)))
            b.zeroBytes(b.bitcast(into, to: b.module.bytePointer), count: b.index(planeFloats * 4))
            let from = source(buffers)
            b.loop(count: images, "n", unrolled: false) { n in
                let sourcePlane = b.mul(b.add(b.mul(n, b.index(planes)), plane), b.index(sourceHeight * sourceWidth))
                b.loop(count: sourceHeight, "y", unrolled: false) { y in
                    let row = b.add(b.mul(y, b.index(rowSpacing)), b.index(top))
                    b.loop(count: sourceWidth, "x", unrolled: false) { x in
                        let column = b.add(b.mul(x, b.index(columnSpacing)), b.index(left))
                        let at = b.add(b.mul(b.add(b.mul(row, b.index(width)), column), b.index(batch)), n)
                        b.storeFloat(b.loadFloat(from, b.add(sourcePlane, b.add(b.mul(y, b.index(sourceWidth)), x))), into, at)
                    }
                }
            }
        }
    }
}

/// The batch rounded up to whole vectors of `lanes`.
func paddedBatch(_ batch: Int, lanes: Int) -> Int { (batch + lanes - 1) / lanes * lanes }

extension Conv2DInputGradient {
    /// The output gradient's copy: the stride's zeros between its pixels, a border of
    /// `(k - 1)·d` before them, and room after them for every input pixel's window.
    func outputGradientCopy(lanes: Int) -> BatchInnermost {
        let conv = convolution
        let output = (try? conv.outputType(inputs: [TensorType(shape: inputShape)]))?.shape ?? inputShape
        let (top, left) = ((conv.kernel.height - 1) * conv.dilation.height, (conv.kernel.width - 1) * conv.dilation.width)
        let height = top + max(inputShape[2] + conv.padding.top, (output[2] - 1) * conv.stride.height + 1)
        let width = left + max(inputShape[3] + conv.padding.left, (output[3] - 1) * conv.stride.width + 1)
        return BatchInnermost(planes: conv.filters, height: height, width: width, batch: paddedBatch(inputShape[0], lanes: lanes),
                              top: top, left: left, rowSpacing: conv.stride.height, columnSpacing: conv.stride.width)
    }

    /// `dX[n, c, y, x] = Σ_o Σ_(i, j) W[o, c, i, j] · D[n, o, y + top - i·dh, x + left - j·dw]`,
    /// D the output gradient with the stride's zeros between its pixels (the copy). One input row
    /// of one channel per iteration: each pixel accumulates its batch vectors in registers over
    /// the group's filters and the taps, then is stored into the NCHW gradient lane by lane.
    func lower(_ context: NodeContext) {
        let conv = convolution
        let (batch, channels, height, width) = (inputShape[0], inputShape[1], inputShape[2], inputShape[3])
        let filtersPerGroup = conv.filters / conv.groups, channelsPerGroup = channels / conv.groups
        let lanes = context.lanes
        let copy = outputGradientCopy(lanes: lanes)
        copy.emitCopy(context, sourceShape: context.inputType(0).shape, source: { $0.inputs[0] }, target: { _, buffers in buffers.scratch })
        let vectors = copy.batch / lanes
        let taps = conv.kernel.height * conv.kernel.width
        let lastDataRow = copy.top + (context.inputType(0).shape[2] - 1) * conv.stride.height
        context.step(iterations: channels * height, cost: width * batch * filtersPerGroup * taps, constants: [context.parameter(0)]) {
            b, task, buffers in
            let weights = buffers.constants[0]
            let (c, y) = (b.sdiv(task, b.index(height)), b.srem(task, b.index(height)))
            // The tap rows i whose copy row y + top + border - i·dh holds data (not the border):
            // from ⌈(y + top + border - lastDataRow)/dh⌉ to ⌊(y + top)/dh⌋.
            let shifted = b.add(y, b.index(conv.padding.top + copy.top))
            let firstTap = b.smax(b.sdivRoundingUp(b.sub(shifted, b.index(lastDataRow)), b.index(conv.dilation.height)), b.index(0))
            let endTap = b.smin(b.add(b.sdiv(b.sub(shifted, b.index(copy.top)), b.index(conv.dilation.height)), b.index(1)),
                                b.index(conv.kernel.height))
            let (group, local) = (b.sdiv(c, b.index(channelsPerGroup)), b.srem(c, b.index(channelsPerGroup)))
            let vector = b.module.vector(b.module.float, lanes)
            let accumulators = (0..<vectors).map { _ in b.alloca(vector) }
            b.loop(count: width, "x", unrolled: false) { x in
                for slot in accumulators { b.store(b.float(0, lanes: lanes), slot) }
                b.loop(count: filtersPerGroup, "o", unrolled: false) { oInGroup in
                    let o = b.add(b.mul(group, b.index(filtersPerGroup)), oInGroup)
                    let filter = b.mul(b.add(b.mul(o, b.index(channelsPerGroup)), local), b.index(taps))
                    b.loop(from: firstTap, to: endTap, "i", unrolled: false) { i in
                        let row = b.sub(shifted, b.mul(i, b.index(conv.dilation.height)))
                        let tapRow = b.add(filter, b.mul(i, b.index(conv.kernel.width)))
                        for j in 0..<conv.kernel.width {
                            let column = b.add(x, b.index(conv.padding.left + copy.left - j * conv.dilation.width))
                            let w = b.splat(b.loadFloat(weights, b.add(tapRow, b.index(j))), lanes: lanes)
                            let base = copy.index(b, plane: o, row: row, column: column)
                            for (v, slot) in accumulators.enumerated() {
                                let g = b.loadVector(buffers.scratch, b.add(base, b.index(v * lanes)), lanes: lanes)
                                b.store(b.fma(w, g, b.load(vector, slot)), slot)
                            }
                        }
                    }
                }
                // Lane n of the vectors is image n's gradient at (c, y, x).
                let pixel = b.add(b.mul(b.add(b.mul(c, b.index(height)), y), b.index(width)), x)
                for (v, slot) in accumulators.enumerated() {
                    let values = b.load(vector, slot)
                    for lane in 0..<lanes where v * lanes + lane < batch {
                        b.storeFloat(b.extract(values, lane), buffers.output, b.add(pixel, b.index((v * lanes + lane) * channels * height * width)))
                    }
                }
            }
        }
    }
}

extension Conv2DWeightGradient {
    /// The input's copy (the padding as its border, room for every tap's reach) and the output
    /// gradient's (no border), one after the other in the scratch.
    func copies(input: TensorType, outputGradient: TensorType, lanes: Int) -> (input: BatchInnermost, outputGradient: BatchInnermost) {
        let conv = convolution
        let batch = paddedBatch(input.shape[0], lanes: lanes)
        let (outHeight, outWidth) = (outputGradient.shape[2], outputGradient.shape[3])
        let height = max(input.shape[2] + conv.padding.top, (outHeight - 1) * conv.stride.height + (conv.kernel.height - 1) * conv.dilation.height + 1)
        let width = max(input.shape[3] + conv.padding.left, (outWidth - 1) * conv.stride.width + (conv.kernel.width - 1) * conv.dilation.width + 1)
        return (BatchInnermost(planes: input.shape[1], height: height, width: width, batch: batch, top: conv.padding.top, left: conv.padding.left),
                BatchInnermost(planes: outputGradient.shape[1], height: outHeight, width: outWidth, batch: batch, top: 0, left: 0))
    }

    /// `dW[o, c, i, j] = Σ_n Σ_(y, x) dY[n, o, y, x] · X[n, c, y·sh + i·dh - top, x·sw + j·dw - left]`
    /// on the copies: one (filter, input channel) pair per iteration, a row of taps at a time
    /// with an accumulator per tap of the row (and per vector of the batch, up to four chains in
    /// flight), each output-gradient vector loaded once for the row's taps; the lanes summed at
    /// the end.
    func lower(_ context: NodeContext) {
        let conv = convolution
        let input = context.inputType(0), outputGradient = context.inputType(1)
        let channels = input.shape[1], filters = outputGradient.shape[1]
        let (outHeight, outWidth) = (outputGradient.shape[2], outputGradient.shape[3])
        let channelsPerGroup = channels / conv.groups, filtersPerGroup = filters / conv.groups
        let (kernel, stride, dilation) = (conv.kernel, conv.stride, conv.dilation)
        let lanes = context.lanes
        let (inputCopy, gradientCopy) = copies(input: input, outputGradient: outputGradient, lanes: lanes)
        inputCopy.emitCopy(context, sourceShape: input.shape, source: { $0.inputs[0] }, target: { _, buffers in buffers.scratch })
        gradientCopy.emitCopy(context, sourceShape: outputGradient.shape, source: { $0.inputs[1] }) { b, buffers in
            b.element(buffers.scratch, b.index(inputCopy.count))
        }
        let vectors = inputCopy.batch / lanes
        let chains = max(1, min(vectors, (4 + kernel.width - 1) / kernel.width))
        let taps = kernel.height * kernel.width
        context.step(iterations: filters * channelsPerGroup, cost: taps * outHeight * outWidth * inputCopy.batch) { b, task, buffers in
            let o = b.sdiv(task, b.index(channelsPerGroup))
            let c = b.add(b.mul(b.sdiv(o, b.index(filtersPerGroup)), b.index(channelsPerGroup)), b.srem(task, b.index(channelsPerGroup)))
            let gradients = b.element(buffers.scratch, b.index(inputCopy.count))
            let vector = b.module.vector(b.module.float, lanes)
            let accumulators = (0..<kernel.width).map { _ in (0..<chains).map { _ in b.alloca(vector) } }
            b.loop(count: kernel.height, "i", unrolled: false) { i in
                for slot in accumulators.joined() { b.store(b.float(0, lanes: lanes), slot) }
                b.loop(count: outHeight, "y", unrolled: false) { y in
                    let row = b.add(b.mul(y, b.index(stride.height)), b.mul(i, b.index(dilation.height)))
                    b.loop(count: outWidth, "x", unrolled: false) { x in
                        let g0 = gradientCopy.index(b, plane: o, row: y, column: x)
                        let x0 = inputCopy.index(b, plane: c, row: row, column: b.mul(x, b.index(stride.width)))
                        for v in 0..<vectors {
                            let g = b.loadVector(gradients, b.add(g0, b.index(v * lanes)), lanes: lanes)
                            for j in 0..<kernel.width {
                                let value = b.loadVector(buffers.scratch, b.add(x0, b.index(j * dilation.width * inputCopy.batch + v * lanes)), lanes: lanes)
                                let slot = accumulators[j][v % chains]
                                b.store(b.fma(g, value, b.load(vector, slot)), slot)
                            }
                        }
                    }
                }
                for j in 0..<kernel.width {
                    let total = accumulators[j].dropFirst().reduce(b.load(vector, accumulators[j][0])) { b.fadd($0, b.load(vector, $1)) }
                    let index = b.add(b.mul(task, b.index(taps)), b.add(b.mul(i, b.index(kernel.width)), b.index(j)))
                    b.storeFloat(b.horizontalSum(total), buffers.output, index)
                }
            }
        }
    }
}
