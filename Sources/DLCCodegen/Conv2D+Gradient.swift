import CLLVM
import DLCGraph
import DLCLLVM

// The input gradient is the plain forward convolution run on a transformed output gradient and
// transposed weights (Conv2DInputGradient.transposed). The weight gradient computes with the
// batch as the vector axis: its operands are first copied into scratch as
// [chunk][channel][row][column][images of the chunk] (the batch rounded up to whole vectors,
// zero-padded, in chunks of a cache line), inside a zero border wide enough for every tap, so
// the inner loops are vector FMAs over the batch without bounds checks or partial vectors,
// however small the planes (LeNet's 10x10) or strided the layer. A copy costs one pass over an
// activation; the products cost `taps · channels` passes.

/// A tensor copied batch-innermost: the batch in chunks of `chunk` images, each chunk
/// `planes` planes of `height × width` pixels, each a run of `chunk` floats; the source's pixel
/// (y, x) lands at (`top + y`, `left + x`), everything else is zero (a border).
struct BatchInnermost {
    let planes: Int, height: Int, width: Int, batch: Int
    let top: Int, left: Int
    var chunk: Int

    /// Floats of the copy.
    var count: Int { planes * height * width * batch }
    /// Floats of one chunk of the batch.
    var chunkFloats: Int { planes * height * width * chunk }

    /// The first float of pixel (`row`, `column`) of `plane` in the first chunk.
    func index(_ b: IRBuilder, plane: LLVMValueRef, row: LLVMValueRef, column: LLVMValueRef) -> LLVMValueRef {
        b.mul(b.add(b.mul(b.add(b.mul(plane, b.index(height)), row), b.index(width)), column), b.index(chunk))
    }

    /// Emits the step that fills the copy at `target(b, buffers)` from the NCHW tensor
    /// `source(buffers)` of `sourceShape`: one plane of one chunk per iteration, zeroed, then its pixels.
    func emitCopy(_ context: NodeContext, sourceShape: [Int], source: @escaping (StepBuffers) -> LLVMValueRef,
                  target: @escaping (IRBuilder, StepBuffers) -> LLVMValueRef) {
        let (images, sourceHeight, sourceWidth) = (sourceShape[0], sourceShape[2], sourceShape[3])
        let planeFloats = height * width * chunk
        context.step(iterations: planes * (batch / chunk), cost: planeFloats / 8) { b, task, buffers in
            let (chunkIndex, plane) = (b.sdiv(task, b.index(planes)), b.srem(task, b.index(planes)))
            let into = b.element(target(b, buffers), b.mul(task, b.index(planeFloats)))
            b.zeroBytes(b.bitcast(into, to: b.module.bytePointer), count: b.index(planeFloats * 4))
            let from = source(buffers)
            let firstImage = b.mul(chunkIndex, b.index(chunk))
            let lastImage = b.smin(b.add(firstImage, b.index(chunk)), b.index(images))
            b.loop(from: firstImage, to: lastImage, "n", unrolled: false) { n in
                let sourcePlane = b.mul(b.add(b.mul(n, b.index(planes)), plane), b.index(sourceHeight * sourceWidth))
                b.loop(count: sourceHeight, "y", unrolled: false) { y in
                    let row = b.add(y, b.index(top))
                    b.loop(count: sourceWidth, "x", unrolled: false) { x in
                        let column = b.add(x, b.index(left))
                        let at = b.add(b.mul(b.add(b.mul(row, b.index(width)), column), b.index(chunk)), b.sub(n, firstImage))
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
    /// The output gradient as the transposed convolution reads it: each plane of `outputGradient`
    /// with the stride's zeros between its pixels, inside a border of `(k - 1)·d - padding`
    /// (cropped where the padding is wider), `height × width` = the input's plane grown by
    /// `(k - 1)·d`.
    struct PaddedGradient {
        let planes: Int, height: Int, width: Int
        let top: Int, left: Int
        let stride: Size2D
        var planeFloats: Int { height * width }
    }

    /// The input gradient is a forward convolution (PyTorch's and oneDNN's "backward data"):
    /// `dX = conv(D, W')`, stride 1, unpadded, D the output gradient with the stride's zeros and a
    /// border of `(k - 1)·d - padding`, W' the weights with filters and channels swapped within each
    /// group and the taps turned half a circle: `W'[c, o, i, j] = W[o, c, kh-1-i, kw-1-j]`.
    var transposed: (convolution: Conv2D, gradient: PaddedGradient) {
        let conv = convolution
        let reach = ((conv.kernel.height - 1) * conv.dilation.height, (conv.kernel.width - 1) * conv.dilation.width)
        let gradient = PaddedGradient(planes: conv.filters, height: inputShape[2] + reach.0, width: inputShape[3] + reach.1,
                                      top: reach.0 - conv.padding.top, left: reach.1 - conv.padding.left, stride: conv.stride)
        return (Conv2D(filters: inputShape[1], kernel: conv.kernel, dilation: conv.dilation, groups: conv.groups, hasBias: false), gradient)
    }

    /// Whether the output gradient is already D (a 1x1 stride-1 unpadded convolution's).
    var readsGradientInPlace: Bool {
        let gradient = transposed.gradient
        return gradient.stride == Size2D(square: 1) && gradient.top == 0 && gradient.left == 0
            && convolution.kernel == Size2D(square: 1) && convolution.padding == .zero
    }

    /// Scratch floats: W', then D unless the gradient is read in place. W' takes a whole number
    /// of 16-float lines, so that D starts aligned.
    var transposedWeightFloats: Int {
        (convolution.filters * (inputShape[1] / convolution.groups) * convolution.kernel.height * convolution.kernel.width + 15) / 16 * 16
    }
    var scratchFloats: Int {
        transposedWeightFloats + (readsGradientInPlace ? 0 : inputShape[0] * transposed.gradient.planes * transposed.gradient.planeFloats)
    }

    /// Writes W' and (unless read in place) D into the scratch, then runs the plain forward
    /// kernel on them into the input gradient.
    func lower(_ context: NodeContext) {
        let conv = convolution
        let (forward, padded) = transposed
        let outputGradient = context.inputType(0).shape
        let (channels, filters) = (inputShape[1], conv.filters)
        let channelsPerGroup = channels / conv.groups, filtersPerGroup = filters / conv.groups
        let (kh, kw) = (conv.kernel.height, conv.kernel.width)
        let taps = kh * kw
        // W'[c, o, i, j] = W[g·fpg + o, c - g·cpg, kh-1-i, kw-1-j], g the group of c.
        context.step(iterations: channels, cost: filtersPerGroup * taps, constants: [context.parameter(0)]) { b, c, buffers in
            let group = b.sdiv(c, b.index(channelsPerGroup))
            let local = b.srem(c, b.index(channelsPerGroup))
            b.loop(count: filtersPerGroup, "o", unrolled: false) { o in
                let source = b.mul(b.add(b.mul(b.add(b.mul(group, b.index(filtersPerGroup)), o), b.index(channelsPerGroup)), local), b.index(taps))
                let target = b.mul(b.add(b.mul(c, b.index(filtersPerGroup)), o), b.index(taps))
                for tap in 0..<taps {
                    b.storeFloat(b.loadFloat(buffers.constants[0], b.add(source, b.index(taps - 1 - tap))), buffers.scratch, b.add(target, b.index(tap)))
                }
            }
        }
        if !readsGradientInPlace {
            // Rows and columns of the output gradient that land inside D (all of them unless
            // the padding is wider than the kernel's reach).
            func landing(_ start: Int, _ count: Int, _ stride: Int, _ size: Int) -> (Int, Int) {
                let first = start >= 0 ? 0 : (-start + stride - 1) / stride
                return (first, max(first, min(count, size - 1 - start >= 0 ? (size - 1 - start) / stride + 1 : 0)))
            }
            let rows = landing(padded.top, outputGradient[2], padded.stride.height, padded.height)
            let columns = landing(padded.left, outputGradient[3], padded.stride.width, padded.width)
            let sourcePlane = outputGradient[2] * outputGradient[3]
            context.step(iterations: outputGradient[0] * filters, cost: padded.planeFloats) { b, plane, buffers in
                let into = b.element(buffers.scratch, b.add(b.index(transposedWeightFloats), b.mul(plane, b.index(padded.planeFloats))))
                b.zeroBytes(b.bitcast(into, to: b.module.bytePointer), count: b.index(padded.planeFloats * 4))
                let from = b.element(buffers.inputs[0], b.mul(plane, b.index(sourcePlane)))
                b.loop(from: b.index(rows.0), to: b.index(rows.1), "y") { y in
                    let row = b.mul(b.add(b.mul(y, b.index(padded.stride.height)), b.index(padded.top)), b.index(padded.width))
                    let sourceRow = b.mul(y, b.index(outputGradient[3]))
                    if padded.stride.width == 1 {
                        b.copyBytes(to: b.bitcast(b.element(into, b.add(row, b.index(padded.left + columns.0))), to: b.module.bytePointer),
                                    from: b.bitcast(b.element(from, b.add(sourceRow, b.index(columns.0))), to: b.module.bytePointer),
                                    count: b.index((columns.1 - columns.0) * 4))
                    } else {
                        b.loop(from: b.index(columns.0), to: b.index(columns.1), "x", unrolled: false) { x in
                            let column = b.add(b.mul(x, b.index(padded.stride.width)), b.index(padded.left))
                            b.storeFloat(b.loadFloat(from, b.add(sourceRow, x)), into, b.add(row, column))
                        }
                    }
                }
            }
        }
        let gradientShape = [outputGradient[0], filters, padded.height, padded.width]
        let operands = PlainConvolution.Operands(
            input: { [readsGradientInPlace, transposedWeightFloats] b, buffers in
                readsGradientInPlace ? buffers.inputs[0] : b.element(buffers.scratch, b.index(transposedWeightFloats))
            },
            weight: { $1.scratch }, bias: nil, constants: [])
        let kernel = PlainConvolution(forward, context, input: readsGradientInPlace ? outputGradient : gradientShape, output: inputShape, operands: operands)
        if conv.kernel == Size2D(square: 1) { kernel.lowerPointwise() } else { kernel.lowerRows() }
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
        // A chunk of the batch is a cache line's vectors (one pass of the kernel reads it).
        let vectors = batch / lanes
        let chunk = (vectors % 2 == 0 && lanes < 16 ? 2 : 1) * lanes
        return (BatchInnermost(planes: input.shape[1], height: height, width: width, batch: batch, top: conv.padding.top, left: conv.padding.left, chunk: chunk),
                BatchInnermost(planes: outputGradient.shape[1], height: outHeight, width: outWidth, batch: batch, top: 0, left: 0, chunk: chunk))
    }

    /// The register tile of the weight gradient: `filters` filters × `channels` input channels ×
    /// a row of taps accumulate together, so each output-gradient vector loaded serves
    /// `channels · kernelWidth` FMAs and each input vector `filters`. Three quarters of the
    /// registers hold accumulators.
    static func registerTile(kernelWidth: Int, filtersPerGroup: Int, channelsPerGroup: Int, registers: Int) -> (filters: Int, channels: Int) {
        let pairs = max(1, registers * 3 / 4 / kernelWidth)
        let filters = min(filtersPerGroup, 4, max(1, pairs / 2))
        return (filters, min(channelsPerGroup, max(1, pairs / filters)))
    }

    /// `dW[o, c, i, j] = Σ_n Σ_(y, x) dY[n, o, y, x] · X[n, c, y·sh + i·dh - top, x·sw + j·dw - left]`
    /// on the copies: one block of filters × block of input channels per iteration, a row of taps
    /// at a time, with an accumulator per (filter, channel, tap of the row) summing the batch
    /// vectors of every pixel; the lanes summed at the end.
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
        let vectorsPerLine = inputCopy.chunk / lanes
        let taps = kernel.height * kernel.width
        let tile = Self.registerTile(kernelWidth: kernel.width, filtersPerGroup: filtersPerGroup,
                                     channelsPerGroup: channelsPerGroup, registers: context.vectorRegisters)
        let filterBlocks = (filtersPerGroup + tile.filters - 1) / tile.filters
        let channelBlocks = (channelsPerGroup + tile.channels - 1) / tile.channels
        let lastFilters = filtersPerGroup - (filterBlocks - 1) * tile.filters
        let lastChannels = channelsPerGroup - (channelBlocks - 1) * tile.channels
        context.step(iterations: conv.groups * filterBlocks * channelBlocks,
                     cost: tile.filters * tile.channels * taps * outHeight * outWidth * inputCopy.batch) { b, task, buffers in
            let group = b.sdiv(task, b.index(filterBlocks * channelBlocks))
            let inGroup = b.srem(task, b.index(filterBlocks * channelBlocks))
            let (filterBlock, channelBlock) = (b.sdiv(inGroup, b.index(channelBlocks)), b.srem(inGroup, b.index(channelBlocks)))
            let firstFilter = b.add(b.mul(group, b.index(filtersPerGroup)), b.mul(filterBlock, b.index(tile.filters)))
            let firstLocal = b.mul(channelBlock, b.index(tile.channels))
            let firstChannel = b.add(b.mul(group, b.index(channelsPerGroup)), firstLocal)
            let gradients = b.element(buffers.scratch, b.index(inputCopy.count))
            let vector = b.module.vector(b.module.float, lanes)
            func accumulate(filterCount: Int, channelCount: Int) {
                let slots = (0..<filterCount).map { _ in (0..<channelCount).map { _ in (0..<kernel.width).map { _ in b.alloca(vector) } } }
                func outputIndex(_ f: Int, _ k: Int, _ tap: LLVMValueRef) -> LLVMValueRef {
                    let pair = b.add(b.mul(b.add(firstFilter, b.index(f)), b.index(channelsPerGroup)), b.add(firstLocal, b.index(k)))
                    return b.add(b.mul(pair, b.index(taps)), tap)
                }
                for f in 0..<filterCount {
                    for k in 0..<channelCount {
                        let first = b.bitcast(b.element(buffers.output, outputIndex(f, k, b.index(0))), to: b.module.bytePointer)
                        b.zeroBytes(first, count: b.index(taps * 4))
                    }
                }
                // A cache line of batch vectors at a time, so that the planes' lines one pass reads
                // stay cached for every tap row.
                b.loop(count: vectors / vectorsPerLine, "chunk", unrolled: false) { chunkIndex in
                    b.loop(count: kernel.height, "i", unrolled: false) { i in
                        for slot in slots.joined().joined() { b.store(b.float(0, lanes: lanes), slot) }
                        b.loop(count: outHeight, "y", unrolled: false) { y in
                            let row = b.add(b.mul(y, b.index(stride.height)), b.mul(i, b.index(dilation.height)))
                            b.loop(count: outWidth, "x", unrolled: false) { x in
                                let g0 = (0..<filterCount).map {
                                    b.add(gradientCopy.index(b, plane: b.add(firstFilter, b.index($0)), row: y, column: x),
                                          b.mul(chunkIndex, b.index(gradientCopy.chunkFloats)))
                                }
                                let x0 = (0..<channelCount).map {
                                    b.add(inputCopy.index(b, plane: b.add(firstChannel, b.index($0)), row: row, column: b.mul(x, b.index(stride.width))),
                                          b.mul(chunkIndex, b.index(inputCopy.chunkFloats)))
                                }
                                for v in 0..<vectorsPerLine {
                                    let g = g0.map { b.loadVector(gradients, b.add($0, b.index(v * lanes)), lanes: lanes) }
                                    for (k, start) in x0.enumerated() {
                                        for j in 0..<kernel.width {
                                            let value = b.loadVector(buffers.scratch, b.add(start, b.index(j * dilation.width * inputCopy.chunk + v * lanes)), lanes: lanes)
                                            for f in 0..<filterCount {
                                                let slot = slots[f][k][j]
                                                b.store(b.fma(g[f], value, b.load(vector, slot)), slot)
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        for f in 0..<filterCount {
                            for k in 0..<channelCount {
                                for j in 0..<kernel.width {
                                    let index = outputIndex(f, k, b.add(b.mul(i, b.index(kernel.width)), b.index(j)))
                                    b.storeFloat(b.fadd(b.loadFloat(buffers.output, index), b.horizontalSum(b.load(vector, slots[f][k][j]))),
                                                 buffers.output, index)
                                }
                            }
                        }
                    }
                }
            }
            // The last block of filters or channels of a group may be narrower than the tile.
            func forChannels(filterCount: Int) {
                if lastChannels == tile.channels { return accumulate(filterCount: filterCount, channelCount: tile.channels) }
                b.ifElse(b.icmp(LLVMIntEQ, channelBlock, b.index(channelBlocks - 1))) {
                    accumulate(filterCount: filterCount, channelCount: lastChannels)
                } otherwise: {
                    accumulate(filterCount: filterCount, channelCount: tile.channels)
                }
            }
            if lastFilters == tile.filters { return forChannels(filterCount: tile.filters) }
            b.ifElse(b.icmp(LLVMIntEQ, filterBlock, b.index(filterBlocks - 1))) {
                forChannels(filterCount: lastFilters)
            } otherwise: {
                forChannels(filterCount: tile.filters)
            }
        }
    }
}
