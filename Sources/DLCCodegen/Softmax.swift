import CLLVM
import DLCGraph
import DLCLLVM

extension Softmax {
    /// Three passes per slice (maximum, sum of exponentials, normalization). A slice along the
    /// last axis is read as vectors along the axis; otherwise vectors run across the inner axes.
    func lower(_ context: NodeContext) {
        let shape = context.outputType.shape
        let axis = resolvedAxis(rank: shape.count)
        let length = shape[axis]
        let inner = shape[(axis + 1)...].reduce(1, *)
        let outer = shape[..<axis].reduce(1, *)
        let lanes = context.lanes
        context.step(iterations: outer, cost: length * inner * 4) { b, o, buffers in
            let (x, y) = (buffers.inputs[0], buffers.output)
            let base = b.mul(o, b.index(length * inner))
            if inner == 1 {
                let end = b.add(base, b.index(length))
                let largest = reduce(b, .maximum, from: base, to: end, lanes: lanes) { i, n in
                    b.loadFloats(x, i, lanes: n)
                }
                let sum = reduce(b, .sum, from: base, to: end, lanes: lanes) { i, n in
                    b.exp(b.fsub(b.loadFloats(x, i, lanes: n), b.broadcast(largest, lanes: n)))
                }
                let logSum = isLog ? b.logPositive(sum) : sum
                b.forEachVector(from: base, to: end, lanes: lanes) { i, n in
                    let shifted = b.fsub(b.loadFloats(x, i, lanes: n), b.broadcast(largest, lanes: n))
                    let value = isLog ? b.fsub(shifted, b.broadcast(logSum, lanes: n))
                        : b.fdiv(b.exp(shifted), b.broadcast(sum, lanes: n))
                    b.storeFloats(value, y, i)
                }
            } else {
                b.forEachVector(from: b.index(0), to: b.index(inner), lanes: lanes) { position, n in
                    let start = b.add(base, position)
                    func element(_ k: LLVMValueRef) -> LLVMValueRef { b.add(start, b.mul(k, b.index(inner))) }
                    let type = LLVMTypeOf(b.float(0, lanes: n))!
                    let largest = b.alloca(type)
                    b.store(b.float(-.infinity, lanes: n), largest)
                    b.loop(count: length) { k in
                        b.store(b.maximum(b.load(type, largest), b.loadFloats(x, element(k), lanes: n)), largest)
                    }
                    let maximum = b.load(type, largest)
                    let total = b.alloca(type)
                    b.store(b.float(0, lanes: n), total)
                    b.loop(count: length) { k in
                        b.store(b.fadd(b.load(type, total), b.exp(b.fsub(b.loadFloats(x, element(k), lanes: n), maximum))), total)
                    }
                    let sum = b.load(type, total)
                    let logSum = isLog ? b.logPositive(sum) : sum
                    b.loop(count: length) { k in
                        let shifted = b.fsub(b.loadFloats(x, element(k), lanes: n), maximum)
                        b.storeFloats(isLog ? b.fsub(shifted, logSum) : b.fdiv(b.exp(shifted), sum), y, element(k))
                    }
                }
            }
        }
    }
}

/// How `reduce` combines values.
enum Reduction {
    case sum, maximum

    var identity: Float { self == .sum ? 0 : -.infinity }

    func combine(_ b: IRBuilder, _ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef {
        self == .sum ? b.fadd(x, y) : b.maximum(x, y)
    }

    func lanes(_ b: IRBuilder, _ vector: LLVMValueRef) -> LLVMValueRef {
        self == .sum ? b.horizontalSum(vector) : b.horizontalMaximum(vector)
    }
}

/// Folds `value(i, lanes)` over `start..<end`: vector partial results, then their lanes, then
/// the scalar remainder.
func reduce(_ b: IRBuilder, _ reduction: Reduction, from start: LLVMValueRef, to end: LLVMValueRef, lanes: Int,
            _ value: (LLVMValueRef, Int) -> LLVMValueRef) -> LLVMValueRef {
    let vectorType = LLVMTypeOf(b.float(0, lanes: lanes))!
    let vectorAccumulator = b.alloca(vectorType)
    b.store(b.float(reduction.identity, lanes: lanes), vectorAccumulator)
    let scalarAccumulator = b.alloca(b.module.float)
    b.store(b.module.constant(reduction.identity), scalarAccumulator)
    b.forEachVector(from: start, to: end, lanes: lanes) { i, n in
        let accumulator = n == 0 ? scalarAccumulator : vectorAccumulator
        let type = n == 0 ? b.module.float : vectorType
        b.store(reduction.combine(b, b.load(type, accumulator), value(i, n)), accumulator)
    }
    return reduction.combine(b, reduction.lanes(b, b.load(vectorType, vectorAccumulator)),
                             b.load(b.module.float, scalarAccumulator))
}
