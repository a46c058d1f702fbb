import CLLVM
import DLCGraph
import DLCLLVM

extension Slice {
    /// Copies the slab of each outer index, one task per outer index.
    func lower(_ context: NodeContext) {
        let shape = context.inputType(0).shape
        let axis = self.axis < 0 ? self.axis + shape.count : self.axis
        let outer = shape[..<axis].reduce(1, *)
        let inner = shape[(axis + 1)...].reduce(1, *)
        let elementSize = context.outputType.dtype.byteSize
        let slab = count * inner * elementSize
        context.step(iterations: outer, cost: count * inner / 4, sharingKey: context.configurationKey("slice", self)) { b, o, buffers in
            let input = b.bitcast(buffers.inputs[0], to: b.module.bytePointer)
            let source = b.gep(b.module.int8, input, b.add(b.mul(o, b.index(shape[axis] * inner * elementSize)), b.index(start * inner * elementSize)))
            let destination = b.gep(b.module.int8, b.bitcast(buffers.output, to: b.module.bytePointer), b.mul(o, b.index(slab)))
            b.copyBytes(to: destination, from: source, count: b.index(slab))
        }
    }
}
