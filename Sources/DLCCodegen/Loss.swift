import CLLVM
import DLCGraph
import DLCLLVM

// The losses compute in double precision with the C library's exp and log, as the interpreter
// does: the loss and its gradient are a few thousand elements, and their rounding then matches.

extension Loss {
    /// The mean loss, one pass over the batch.
    func lower(_ context: NodeContext) {
        let predictions = context.inputType(0), labels = context.inputType(1)
        let count = predictions.elementCount
        context.step(iterations: 1, cost: count) { b, _, buffers in
            let double = b.module.double
            let total = b.alloca(double)
            b.store(b.module.constant(0.0), total)
            func add(_ value: LLVMValueRef) { b.store(b.fadd(b.load(double, total), value), total) }
            func wide(_ value: LLVMValueRef) -> LLVMValueRef { b.fpext(value, to: double) }
            let (p, t) = (buffers.inputs[0], buffers.inputs[1])
            var divisor = Double(count)
            switch kind {
            case .softmaxCrossEntropy(let smoothing):
                let (batch, classes) = (predictions.shape[0], predictions.shape[1])
                divisor = Double(batch)
                b.loop(count: batch, "n", unrolled: false) { n in
                    let row = b.mul(n, b.index(classes))
                    let logSumExp = b.logSumExponentials(p, from: row, count: classes)
                    let target = b.crossEntropyTarget(labels: t, type: labels, sample: n, classes: classes, smoothing: smoothing, status: buffers.status)
                    b.loop(count: classes, "c", unrolled: false) { c in
                        let weight = target(c)
                        b.when(b.fcmp(LLVMRealUNE, weight, b.module.constant(Float(0)))) {
                            add(b.fmul(wide(weight), b.fsub(logSumExp, wide(b.loadFloat(p, b.add(row, c))))))
                        }
                    }
                }
            case .binaryCrossEntropy(let fromLogits):
                b.loop(count: count, "i", unrolled: false) { i in
                    let (z, y) = (wide(b.loadFloat(p, i)), wide(b.loadFloat(t, i)))
                    let one = b.module.constant(1.0), zero = b.module.constant(0.0)
                    if fromLogits {
                        let magnitude = b.select(b.fcmp(LLVMRealOLT, z, zero), b.fneg(z), z)
                        let positive = b.swiftMaximum(z, zero)
                        add(b.fadd(b.fsub(positive, b.fmul(z, y)), b.libm("log1p", b.libm("exp", b.fneg(magnitude)))))
                    } else {
                        let floor = b.module.constant(-100.0)
                        let logP = b.swiftMaximum(b.libm("log", z), floor), logQ = b.swiftMaximum(b.libm("log", b.fsub(one, z)), floor)
                        add(b.fneg(b.fadd(b.fmul(y, logP), b.fmul(b.fsub(one, y), logQ))))
                    }
                }
            case .meanSquaredError:
                b.loop(count: count, "i", unrolled: false) { i in
                    let difference = wide(b.fsub(b.loadFloat(p, i), b.loadFloat(t, i)))
                    add(b.fmul(difference, difference))
                }
            }
            b.storeFloat(b.fptrunc(b.fdiv(b.load(double, total), b.module.constant(divisor)), to: b.module.float), buffers.output, b.index(0))
        }
    }
}

extension LossGradient {
    /// `(softmax(z) - t) / N` a sample per iteration; `(σ(z) - t) / count` from logits,
    /// `(p - t) / max(p(1 - p), 1e-12) / count` from probabilities, `2(p - t) / count` element
    /// by element.
    func lower(_ context: NodeContext) {
        let predictions = context.inputType(0), labels = context.inputType(1)
        let count = predictions.elementCount
        switch kind {
        case .softmaxCrossEntropy(let smoothing):
            let (batch, classes) = (predictions.shape[0], predictions.shape[1])
            context.step(iterations: batch, cost: classes * 8) { b, n, buffers in
                let double = b.module.double
                let row = b.mul(n, b.index(classes))
                let logSumExp = b.logSumExponentials(buffers.inputs[0], from: row, count: classes)
                let target = b.crossEntropyTarget(labels: buffers.inputs[1], type: labels, sample: n, classes: classes, smoothing: smoothing,
                                                  status: buffers.status)
                b.loop(count: classes, "c", unrolled: false) { c in
                    let z = b.fpext(b.loadFloat(buffers.inputs[0], b.add(row, c)), to: double)
                    let probability = b.libm("exp", b.fsub(z, logSumExp))
                    let value = b.fdiv(b.fsub(probability, b.fpext(target(c), to: double)), b.module.constant(Double(batch)))
                    b.storeFloat(b.fptrunc(value, to: b.module.float), buffers.output, b.add(row, c))
                }
            }
        case .binaryCrossEntropy(let fromLogits):
            context.step(iterations: (count + elementChunk - 1) / elementChunk, cost: elementChunk * 8) { b, chunk, buffers in
                let double = b.module.double
                let start = b.mul(chunk, b.index(elementChunk))
                b.loop(from: start, to: b.smin(b.add(start, b.index(elementChunk)), b.index(count)), "i") { i in
                    let (x, t) = (b.fpext(b.loadFloat(buffers.inputs[0], i), to: double), b.fpext(b.loadFloat(buffers.inputs[1], i), to: double))
                    let one = b.module.constant(1.0)
                    let value = fromLogits
                        ? b.fsub(b.fdiv(one, b.fadd(one, b.libm("exp", b.fneg(x)))), t)
                        : b.fdiv(b.fsub(x, t), b.swiftMaximum(b.fmul(x, b.fsub(one, x)), b.module.constant(1e-12)))
                    b.storeFloat(b.fptrunc(b.fdiv(value, b.module.constant(Double(count))), to: b.module.float), buffers.output, i)
                }
            }
        case .meanSquaredError:
            context.elementwiseStep(count: count) { b, i, lanes, buffers in
                let difference = b.fsub(b.loadFloats(buffers.inputs[0], i, lanes: lanes), b.loadFloats(buffers.inputs[1], i, lanes: lanes))
                let doubled = b.fmul(b.float(2, like: difference), difference)
                b.storeFloats(b.fdiv(doubled, b.float(Float(count), like: difference)), buffers.output, i)
            }
        }
    }
}

extension IRBuilder {
    /// Swift's `max(x, y)`: `y` when `y ≥ x`, else `x` (NaN in `x` stays).
    func swiftMaximum(_ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef { select(fcmp(LLVMRealOGE, y, x), y, x) }

    /// `log Σ eᶻ` of `count` floats from `start`, in double, shifted by their maximum (NaN if
    /// one is NaN; the maximum itself when it is infinite), as the interpreter computes it.
    func logSumExponentials(_ values: LLVMValueRef, from start: LLVMValueRef, count: Int) -> LLVMValueRef {
        let double = module.double
        let largest = alloca(module.float)
        store(module.constant(-Float.infinity), largest)
        loop(count: count, "c", unrolled: false) { c in
            let (z, current) = (loadFloat(values, add(start, c)), load(module.float, largest))
            let bigger = select(fcmp(LLVMRealOGT, z, current), z, current)
            store(select(fcmp(LLVMRealUNO, z, current), fadd(z, current), bigger), largest)
        }
        let shift = fpext(load(module.float, largest), to: double)
        let sum = alloca(double)
        store(module.constant(0.0), sum)
        loop(count: count, "c", unrolled: false) { c in
            store(fadd(load(double, sum), libm("exp", fsub(fpext(loadFloat(values, add(start, c)), to: double), shift))), sum)
        }
        let isFinite = fcmp(LLVMRealOEQ, fsub(shift, shift), module.constant(0.0))
        return select(isFinite, fadd(shift, libm("log", load(double, sum))), shift)
    }

    /// The smoothed target of sample `sample` for class `c` (a float), from class indices
    /// (checked: one outside `0..<classes` sets the run status and ends the layer) or one-hot rows.
    func crossEntropyTarget(labels: LLVMValueRef, type: TensorType, sample: LLVMValueRef, classes: Int, smoothing: Float,
                            status: LLVMValueRef) -> (LLVMValueRef) -> LLVMValueRef {
        let uniform = module.constant(smoothing / Float(classes))
        if type.dtype == .float32 {
            return { c in
                self.fadd(self.fmul(self.module.constant(1 - smoothing), self.loadFloat(labels, self.add(self.mul(sample, self.index(classes)), c))), uniform)
            }
        }
        let label = checkedIndex(labels, dtype: type.dtype, at: sample, length: classes, negativeFromEnd: false, status: status)
        let hit = fadd(uniform, module.constant(1 - smoothing))
        return { c in self.select(self.icmp(LLVMIntEQ, c, label), hit, uniform) }
    }
}
