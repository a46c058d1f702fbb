import CLLVM
import DLCGraph
import DLCLLVM

extension Concat {
    /// Copies each input's slab into place, one outer index at a time.
    func lower(_ context: NodeContext) {
        let shape = context.outputType.shape
        let axis = self.axis < 0 ? self.axis + shape.count : self.axis
        let outer = shape[..<axis].reduce(1, *)
        let inner = shape[(axis + 1)...].reduce(1, *)
        let elementSize = context.outputType.dtype.byteSize
        let lengths = context.node.inputs.map { context.graph[$0].type.shape[axis] }
        context.step(iterations: outer, cost: shape[axis] * inner / 4, sharingKey: context.configurationKey("concat", self)) { b, o, buffers in
            let output = b.bitcast(buffers.output, to: b.module.bytePointer)
            var offset = 0
            for (index, length) in lengths.enumerated() {
                let slab = length * inner * elementSize
                let source = b.gep(b.module.int8, b.bitcast(buffers.inputs[index], to: b.module.bytePointer), b.mul(o, b.index(slab)))
                let destination = b.gep(b.module.int8, output,
                                        b.add(b.mul(o, b.index(shape[axis] * inner * elementSize)), b.index(offset * inner * elementSize)))
                b.copyBytes(to: destination, from: source, count: b.index(slab))
                offset += length
            }
        }
    }
}
