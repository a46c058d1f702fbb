import CLLVM
import DLCGraph
import DLCLLVM

extension Transpose {
    /// The transpose is first collapsed (merged axes, no size-1 axes). Each task writes one output
    /// row (the innermost output axis): a single copy when that axis is also innermost in the
    /// input (a channel shuffle moves whole H·W planes), else a strided gather element by element.
    func lower(_ context: NodeContext) {
        let (shape, order) = collapsed(inputShape: context.inputType(0).shape)
        let elementSize = context.outputType.dtype.byteSize
        let outputShape = order.map { shape[$0] }
        let inputStrides = contiguousStrides(shape)
        let strides = order.map { inputStrides[$0] }
        let rowLength = outputShape.last ?? 1
        let rowStride = strides.last ?? 1
        let rows = outputShape.dropLast().reduce(1, *)
        let outerAxes = Array(outputShape.indices.dropLast())
        context.step(iterations: rows, cost: rowLength, sharingKey: context.configurationKey("transpose", self)) { b, row, buffers in
            var remainder = row
            var source = b.index(0)
            for axis in outerAxes.reversed() {
                let coordinate = b.srem(remainder, b.index(outputShape[axis]))
                remainder = b.sdiv(remainder, b.index(outputShape[axis]))
                source = b.add(source, b.mul(coordinate, b.index(strides[axis])))
            }
            let input = b.bitcast(buffers.inputs[0], to: b.module.bytePointer)
            let output = b.bitcast(buffers.output, to: b.module.bytePointer)
            let destination = b.mul(row, b.index(rowLength * elementSize))
            if rowStride == 1 {
                b.copyBytes(to: b.gep(b.module.int8, output, destination),
                            from: b.gep(b.module.int8, input, b.mul(source, b.index(elementSize))),
                            count: b.index(rowLength * elementSize))
            } else {
                b.loop(from: b.index(0), to: b.index(rowLength), "column") { column in
                    let element = b.add(source, b.mul(column, b.index(rowStride)))
                    b.copyBytes(to: b.gep(b.module.int8, output, b.add(destination, b.mul(column, b.index(elementSize)))),
                                from: b.gep(b.module.int8, input, b.mul(element, b.index(elementSize))),
                                count: b.index(elementSize))
                }
            }
        }
    }
}
