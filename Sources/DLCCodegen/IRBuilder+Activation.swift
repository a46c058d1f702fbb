import CLLVM
import DLCGraph
import DLCLLVM

// The element-wise functions as the kernels' epilogues compute them.

extension IRBuilder {
    /// An element-wise function of a scalar or vector (`x` itself for none), with the
    /// interpreter's definitions (ElementwiseFunction.apply). NaN propagates: the comparisons
    /// are ordered, so NaN takes the `x` branch.
    package func activation(_ function: ElementwiseFunction?, _ x: LLVMValueRef) -> LLVMValueRef {
        guard let function else { return x }
        let c = { (value: Float) in self.float(value, like: x) }
        switch function {
        case .relu:
            return select(fcmp(LLVMRealOLT, x, c(0)), c(0), x)
        case .leakyRelu(let alpha):
            return select(fcmp(LLVMRealOGT, x, c(0)), x, fmul(x, c(alpha)))
        case .sigmoid:
            return sigmoid(x)
        case .tanh:
            return tanh(x)
        case .clamp(let low, let high):
            return clamp(x, low, high)
        case .hardSigmoid(let alpha, let beta):
            return clamp(fadd(fmul(c(alpha), x), c(beta)), 0, 1)
        case .hardSwish:
            return fdiv(fmul(x, clamp(fadd(x, c(3)), 0, 6)), c(6))
        case .gelu:
            return fmul(fmul(c(0.5), x), fadd(c(1), erf(fmul(x, c(Float(0.5.squareRoot()))))))
        case .geluTanh:
            let cubic = fmul(fmul(fmul(c(0.044715), x), x), x)
            return fmul(fmul(c(0.5), x), fadd(c(1), tanh(fmul(c(ElementwiseFunction.geluTanhScale), fadd(x, cubic)))))
        }
    }

    /// The derivative of `function` at the element whose output is `y` (and input `x`, which
    /// the functions whose ``ElementwiseFunction/derivativeNeedsInput`` need), with the
    /// interpreter's definitions (ElementwiseFunction.derivative) and its values at kinks and NaN.
    package func activationDerivative(_ function: ElementwiseFunction, input x: LLVMValueRef?, output y: LLVMValueRef) -> LLVMValueRef {
        let c = { (value: Float) in self.float(value, like: y) }
        func between(_ value: LLVMValueRef, _ low: Float, _ high: Float) -> LLVMValueRef {
            and(fcmp(LLVMRealOGT, value, c(low)), fcmp(LLVMRealOLT, value, c(high)))
        }
        switch function {
        case .relu:
            return select(fcmp(LLVMRealOGT, y, c(0)), c(1), c(0))
        case .leakyRelu(let alpha):
            return select(fcmp(LLVMRealOGT, alpha < 0 ? x! : y, c(0)), c(1), c(alpha))
        case .sigmoid:
            return fmul(y, fsub(c(1), y))
        case .clamp(let low, let high):
            return select(between(y, low, high), c(1), c(0))
        case .tanh:
            return fsub(c(1), fmul(y, y))
        case .hardSigmoid(let alpha, _):
            return select(between(y, 0, 1), c(alpha), c(0))
        case .hardSwish:
            let x = x!
            return select(fcmp(LLVMRealOLT, x, c(-3)), c(0),
                          select(fcmp(LLVMRealOLE, x, c(3)), fdiv(fadd(fmul(c(2), x), c(3)), c(6)), c(1)))
        case .gelu:
            let x = x!
            let cumulative = fmul(c(0.5), fadd(c(1), erf(fmul(x, c(Float(0.5.squareRoot()))))))
            let density = fmul(exp(fmul(fmul(c(-0.5), x), x)), c(Float(1 / (2 * Double.pi).squareRoot())))
            return fadd(cumulative, fmul(x, density))
        case .geluTanh:
            let x = x!
            let scale = c(ElementwiseFunction.geluTanhScale)
            let t = tanh(fmul(scale, fadd(x, fmul(fmul(fmul(c(0.044715), x), x), x))))
            let inner = fmul(scale, fadd(c(1), fmul(fmul(c(3 * 0.044715), x), x)))
            return fadd(fmul(c(0.5), fadd(c(1), t)), fmul(fmul(fmul(c(0.5), x), fsub(c(1), fmul(t, t))), inner))
        }
    }

    /// `x` clamped to `[low, high]`; NaN stays NaN.
    private func clamp(_ x: LLVMValueRef, _ low: Float, _ high: Float) -> LLVMValueRef {
        let (lowValue, highValue) = (float(low, like: x), float(high, like: x))
        return select(fcmp(LLVMRealOLT, x, lowValue), lowValue, select(fcmp(LLVMRealOGT, x, highValue), highValue, x))
    }
}
