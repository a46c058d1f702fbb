import CLLVM
import DLCGraph
import DLCLLVM

/// Work is split into chunks of this many elements for element-wise layers.
let elementChunk = 16_384

extension NodeContext {
    /// A step over `count` elements in chunks of ``elementChunk``: `body(b, i, lanes, buffers)`
    /// emits elements `i ..< i + lanes` (one element when `lanes` is 0). `cost` is the
    /// multiply-accumulates an element is worth, for the parallel decision.
    func elementwiseStep(count: Int, cost: Int = 1, constants: [LLVMValueRef] = [],
                         _ body: @escaping (IRBuilder, LLVMValueRef, Int, StepBuffers) -> Void) {
        let chunks = (count + elementChunk - 1) / elementChunk
        step(iterations: chunks, cost: elementChunk * cost, constants: constants) { b, chunk, buffers in
            let start = b.mul(chunk, b.index(elementChunk))
            let end = b.smin(b.add(start, b.index(elementChunk)), b.index(count))
            b.forEachVector(from: start, to: end, lanes: self.lanes) { i, lanes in body(b, i, lanes, buffers) }
        }
    }
}

extension ElementwiseUnary {
    func lower(_ context: NodeContext) {
        let count = context.outputType.storageElementCount   // a partial block's padding too
        let chunks = (count + elementChunk - 1) / elementChunk
        context.step(iterations: chunks, cost: elementChunk, sharingKey: context.configurationKey("unary", function)) { b, chunk, buffers in
            let start = b.mul(chunk, b.index(elementChunk))
            let end = b.smin(b.add(start, b.index(elementChunk)), b.index(count))
            b.forEachVector(from: start, to: end, lanes: context.lanes) { i, lanes in
                b.storeFloats(b.activation(function, b.loadFloats(buffers.inputs[0], i, lanes: lanes)), buffers.output, i)
            }
        }
    }
}

extension ElementwiseBinary {
    /// Broadcasting is lowered as nested loops over the output with per-operand strides (0 on a
    /// broadcast axis); axes both operands traverse contiguously are merged first, so the inner
    /// loop is usually long and reads each operand as a vector or a splat.
    func lower(_ context: NodeContext) {
        let shape = context.outputType.shape
        var axes = collapsedAxes(shape: shape, context.inputType(0).shape, context.inputType(1).shape)
        if axes.isEmpty { axes = [(1, 0, 0)] }
        let inner = axes.removeLast()
        let outerCount = axes.reduce(1) { $0 * $1.length }
        let rowsPerTask = max(1, elementChunk / max(inner.length, 1))
        let tasks = (outerCount + rowsPerTask - 1) / rowsPerTask
        context.step(iterations: tasks, cost: rowsPerTask * inner.length, sharingKey: context.configurationKey("binary", kind)) { b, task, buffers in
            let firstRow = b.mul(task, b.index(rowsPerTask))
            let lastRow = b.smin(b.add(firstRow, b.index(rowsPerTask)), b.index(outerCount))
            b.loop(from: firstRow, to: lastRow, "row") { row in
                // Offsets of this row in each operand from its outer coordinates.
                var remainder = row
                var aOffset = b.index(0), bOffset = b.index(0)
                for axis in axes.reversed() {
                    let coordinate = b.srem(remainder, b.index(axis.length))
                    remainder = b.sdiv(remainder, b.index(axis.length))
                    aOffset = b.add(aOffset, b.mul(coordinate, b.index(axis.aStride)))
                    bOffset = b.add(bOffset, b.mul(coordinate, b.index(axis.bStride)))
                }
                let outOffset = b.mul(row, b.index(inner.length))
                func operand(_ base: LLVMValueRef, _ offset: LLVMValueRef, _ stride: Int, _ i: LLVMValueRef, _ lanes: Int) -> LLVMValueRef {
                    stride == 0 ? b.broadcast(b.loadFloat(base, offset), lanes: lanes)
                        : b.loadFloats(base, b.add(offset, b.mul(i, b.index(stride))), lanes: lanes)
                }
                let lanes = inner.aStride <= 1 && inner.bStride <= 1 ? context.lanes : 1
                b.forEachVector(from: b.index(0), to: b.index(inner.length), lanes: lanes) { i, lanes in
                    let x = operand(buffers.inputs[0], aOffset, inner.aStride, i, lanes)
                    let y = operand(buffers.inputs[1], bOffset, inner.bStride, i, lanes)
                    let result = switch kind {
                    case .add: b.fadd(x, y)
                    case .subtract: b.fsub(x, y)
                    case .multiply: b.fmul(x, y)
                    case .divide: b.fdiv(x, y)
                    }
                    b.storeFloats(result, buffers.output, b.add(outOffset, i))
                }
            }
        }
    }

    /// Output axes with each operand's element stride (0 where it is broadcast), adjacent axes
    /// merged while both operands stay contiguous across them.
    private func collapsedAxes(shape: [Int], _ a: [Int], _ b: [Int]) -> [(length: Int, aStride: Int, bStride: Int)] {
        func strides(_ operand: [Int]) -> [Int] {
            let padded = [Int](repeating: 1, count: shape.count - operand.count) + operand
            let contiguous = contiguousStrides(padded)
            return padded.indices.map { padded[$0] == 1 ? 0 : contiguous[$0] }
        }
        let (aStrides, bStrides) = (strides(a), strides(b))
        var axes: [(length: Int, aStride: Int, bStride: Int)] = []
        for axis in shape.indices where shape[axis] != 1 {
            let next = (shape[axis], aStrides[axis], bStrides[axis])
            if let last = axes.last, last.aStride == next.1 * next.0, last.bStride == next.2 * next.0 {
                axes[axes.count - 1] = (last.length * next.0, next.1, next.2)
            } else {
                axes.append(next)
            }
        }
        return axes
    }
}
