import CLLVM
import DLCGraph
import DLCLLVM

extension OptimizerFormula {
    /// The formula element by element in float, a vector at a time, with the interpreter's
    /// operation order (so the same roundings); the step's scalars (bias corrections in double,
    /// as PyTorch's Python scalars) once per chunk.
    func lower(_ context: NodeContext) {
        let count = context.outputType.elementCount
        let operandCount = formula.operands
        let formula = self.formula
        let lanes = context.lanes
        let chunks = (count + elementChunk - 1) / elementChunk
        context.step(iterations: chunks, cost: elementChunk * 2, constants: [context.parameter(0)]) { b, chunk, buffers in
            let learningRate = b.loadFloat(buffers.inputs[operandCount], b.index(0))
            let step = b.load(b.module.int64, buffers.inputs[operandCount + 1])
            let scalars = Scalars(b, formula: formula, learningRate: learningRate, step: step)
            let start = b.mul(chunk, b.index(elementChunk))
            let end = b.smin(b.add(start, b.index(elementChunk)), b.index(count))
            b.forEachVector(from: start, to: end, lanes: lanes) { i, n in
                let c = { (value: Float) in b.float(value, lanes: n) }
                let splat = { (scalar: LLVMValueRef) in b.broadcast(scalar, lanes: n) }
                let s = b.loadFloats(buffers.constants[0], i, lanes: n)
                let operands = (0..<operandCount).map { b.loadFloats(buffers.inputs[$0], i, lanes: n) }
                let g = operands[0]
                func rmsDenominator(epsilon: Float, centered: Bool) -> LLVMValueRef {
                    let variance = centered ? b.fsub(operands[1], b.fmul(operands[2], operands[2])) : operands[1]
                    return b.fadd(b.sqrt(variance), c(epsilon))
                }
                let result: LLVMValueRef
                switch formula {
                case .movingAverage(let decay, let scale, let squared, let firstStepCopies):
                    let fresh = squared ? b.fmul(b.fmul(c(scale), g), g) : b.fmul(c(scale), g)
                    let next = b.fadd(b.fmul(c(decay), s), fresh)
                    result = firstStepCopies ? b.select(splat(scalars.isFirstStep!), squared ? b.fmul(g, g) : g, next) : next
                case .interpolation(let weight):
                    result = weight < 0.5 ? b.fadd(s, b.fmul(c(weight), b.fsub(g, s))) : b.fsub(g, b.fmul(b.fsub(g, s), c(1 - weight)))
                case .maximumNorm(let decay, let epsilon):
                    let magnitude = b.intrinsic("llvm.fabs", overloads: [LLVMTypeOf(g)], [g])
                    result = b.swiftMaximum(b.fmul(c(decay), s), b.fadd(magnitude, c(epsilon)))
                case .weightDecay(let decay):
                    result = b.fadd(g, b.fmul(c(decay), s))
                case .penalty(let l1, let l2):
                    let sign = b.select(b.fcmp(LLVMRealOGT, s, c(0)), c(1), b.select(b.fcmp(LLVMRealOLT, s, c(0)), c(-1), c(0)))
                    result = b.fadd(b.fadd(g, b.fmul(c(l1), sign)), b.fmul(c(2 * l2), s))
                case .rmspropMomentum(let momentum, let epsilon, let centered):
                    result = b.fadd(b.fmul(c(momentum), s), b.fdiv(g, rmsDenominator(epsilon: epsilon, centered: centered)))
                case .adadeltaDelta(let epsilon):
                    result = b.fmul(b.fdiv(b.sqrt(b.fadd(s, c(epsilon))), b.sqrt(b.fadd(operands[1], c(epsilon)))), g)
                case .descend(let direction, let decoupledDecay):
                    let base = decoupledDecay == 0 ? s : b.fmul(s, splat(scalars.shrink!))
                    let rate = splat(scalars.rate)
                    let change: LLVMValueRef
                    switch direction {
                    case .plain: change = b.fmul(rate, g)
                    case .nesterov(let momentum): change = b.fmul(rate, b.fadd(g, b.fmul(c(momentum), operands[1])))
                    case .adam(_, _, let epsilon):
                        let denominator = b.fadd(b.fdiv(b.sqrt(operands[1]), splat(scalars.rootBias2)), c(epsilon))
                        change = b.fmul(splat(scalars.stepSize), b.fdiv(g, denominator))
                    case .adamax: change = b.fmul(splat(scalars.stepSize), b.fdiv(g, operands[1]))
                    case .adagrad(_, let epsilon): change = b.fmul(rate, b.fdiv(g, b.fadd(b.sqrt(operands[1]), c(epsilon))))
                    case .rmsprop(let epsilon, let centered): change = b.fmul(rate, b.fdiv(g, rmsDenominator(epsilon: epsilon, centered: centered)))
                    }
                    result = b.fsub(base, change)
                }
                b.storeFloats(result, buffers.output, i)
            }
        }
    }

    /// The per-step scalars of a formula, as the interpreter derives them from the learning
    /// rate and the step number.
    private struct Scalars {
        var isFirstStep: LLVMValueRef?
        var rate: LLVMValueRef
        var stepSize: LLVMValueRef
        var rootBias2: LLVMValueRef
        var shrink: LLVMValueRef?

        init(_ b: IRBuilder, formula: Formula, learningRate: LLVMValueRef, step: LLVMValueRef) {
            let float = b.module.float, double = b.module.double
            let one = b.module.constant(1.0)
            let stepNumber = b.sitofp(step, to: double)
            func bias(_ beta: Double) -> LLVMValueRef { b.fsub(one, b.libm("pow", b.module.constant(beta), stepNumber)) }
            rate = learningRate
            var (bias1, bias2) = (one, one)
            if case .movingAverage(_, _, _, true) = formula { isFirstStep = b.icmp(LLVMIntEQ, step, b.index(1)) }
            if case .descend(let direction, let decay) = formula {
                switch direction {
                case .adam(let beta1, let beta2, _): (bias1, bias2) = (bias(beta1), bias(beta2))
                case .adamax(let beta1): bias1 = bias(beta1)
                case .adagrad(let decay, _):
                    let steps = b.sitofp(b.sub(step, b.index(1)), to: double)
                    rate = b.fptrunc(b.fdiv(b.fpext(learningRate, to: double), b.fadd(one, b.fmul(steps, b.module.constant(decay)))), to: float)
                case .plain, .nesterov, .rmsprop: break
                }
                if decay != 0 {
                    shrink = b.fptrunc(b.fsub(one, b.fmul(b.fpext(learningRate, to: double), b.module.constant(Double(decay)))), to: float)
                }
            }
            stepSize = b.fptrunc(b.fdiv(b.fpext(rate, to: double), bias1), to: float)
            rootBias2 = b.fptrunc(b.sqrt(bias2), to: float)
        }
    }
}
