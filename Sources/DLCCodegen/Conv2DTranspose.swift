import CLLVM
import DLCGraph
import DLCLLVM

extension Conv2DTranspose {
    /// Scatter form, one output plane per iteration: every tap `(i, j)` of every input channel
    /// adds `weight · input row` into an output row. With stride 1 the rows are contiguous and
    /// added as vectors; wider strides leave the strided loop to LLVM's vectorizer.
    func lower(_ context: NodeContext) {
        let weight = context.parameter(0), bias = hasBias ? context.parameter(1) : nil
        let input = context.inputType(0), output = context.outputType
        let (channels, height, width) = (input.shape[1], input.shape[2], input.shape[3])
        let (outHeight, outWidth) = (output.shape[2], output.shape[3])
        let channelsPerGroup = channels / groups
        let filtersPerGroup = filters / groups
        let lanes = context.lanes
        context.step(iterations: input.shape[0] * filters, cost: channelsPerGroup * height * width * kernel.height * kernel.width,
                     constants: [weight] + (bias.map { [$0] } ?? [])) { b, plane, buffers in
            let weight = buffers.constants[0]
            let bias = bias == nil ? nil : buffers.constants[1]
            let n = b.sdiv(plane, b.index(filters))
            let o = b.srem(plane, b.index(filters))
            let group = b.sdiv(o, b.index(filtersPerGroup))
            let oInGroup = b.srem(o, b.index(filtersPerGroup))
            let out = b.element(buffers.output, b.mul(plane, b.index(outHeight * outWidth)))
            let initial = bias.map { b.loadFloat($0, o) } ?? b.module.constant(Float(0))
            b.forEachVector(from: b.index(0), to: b.index(outHeight * outWidth), lanes: lanes) { i, vectorLanes in
                b.storeFloats(b.broadcast(initial, lanes: vectorLanes), out, i)
            }
            b.loop(count: channelsPerGroup, "c") { cInGroup in
                let c = b.add(b.mul(group, b.index(channelsPerGroup)), cInGroup)
                let source = b.element(buffers.inputs[0], b.mul(b.add(b.mul(n, b.index(channels)), c), b.index(height * width)))
                for i in 0..<kernel.height {
                    for j in 0..<kernel.width {
                        let tap = b.add(b.mul(b.add(b.mul(c, b.index(filtersPerGroup)), oInGroup), b.index(kernel.height * kernel.width)),
                                        b.index(i * kernel.width + j))
                        let w = b.loadFloat(weight, tap)
                        let shift = j * dilation.width - padding.left
                        // Input columns whose output column x·sw + shift is inside the output.
                        let first = shift >= 0 ? 0 : (-shift + stride.width - 1) / stride.width
                        let last = min(width, outWidth - shift <= 0 ? 0 : (outWidth - shift + stride.width - 1) / stride.width)
                        guard first < last else { continue }
                        b.loop(count: height, "y") { y in
                            let oy = b.sub(b.add(b.mul(y, b.index(stride.height)), b.index(i * dilation.height)), b.index(padding.top))
                            b.when(b.and(b.icmp(LLVMIntSGE, oy, b.index(0)), b.icmp(LLVMIntSLT, oy, b.index(outHeight)))) {
                                let inRow = b.element(source, b.mul(y, b.index(width)))
                                let outRow = b.element(out, b.add(b.mul(oy, b.index(outWidth)), b.index(shift)))
                                if stride.width == 1 {
                                    b.forEachVector(from: b.index(first), to: b.index(last), lanes: lanes) { x, vectorLanes in
                                        let sum = b.fma(b.broadcast(w, lanes: vectorLanes), b.loadFloats(inRow, x, lanes: vectorLanes),
                                                        b.loadFloats(outRow, x, lanes: vectorLanes))
                                        b.storeFloats(sum, outRow, x)
                                    }
                                } else {
                                    b.loop(from: b.index(first), to: b.index(last), "x") { x in
                                        let target = b.mul(x, b.index(stride.width))
                                        b.storeFloat(b.fma(w, b.loadFloat(inRow, x), b.loadFloat(outRow, target)), outRow, target)
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if let activation {
                b.forEachVector(from: b.index(0), to: b.index(outHeight * outWidth), lanes: lanes) { i, vectorLanes in
                    b.storeFloats(b.activation(activation, b.loadFloats(out, i, lanes: vectorLanes)), out, i)
                }
            }
        }
    }
}
