/// The larger of `a` and `b`, NaN when either is NaN: max pooling and softmax's shift follow
/// PyTorch and ONNX Runtime, where a NaN in the window is the answer (Swift's `max` keeps
/// whichever operand its comparison happens to favour).
@inline(__always)
func maximumPropagatingNaN(_ a: Float, _ b: Float) -> Float {
    a > b || a.isNaN ? a : b
}
