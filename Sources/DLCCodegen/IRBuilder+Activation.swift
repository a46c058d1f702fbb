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

    /// `x` clamped to `[low, high]`; NaN stays NaN.
    private func clamp(_ x: LLVMValueRef, _ low: Float, _ high: Float) -> LLVMValueRef {
        let (lowValue, highValue) = (float(low, like: x), float(high, like: x))
        return select(fcmp(LLVMRealOLT, x, lowValue), lowValue, select(fcmp(LLVMRealOGT, x, highValue), highValue, x))
    }
}
