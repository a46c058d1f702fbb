import DLCGraph
import Foundation

extension SoftmaxGradient {
    /// Along the axis: `y ⊙ (dY - Σ dY ⊙ y)` (softmax) or `dY - eʸ · Σ dY` (log-softmax).
    func evaluate(_ output: TensorData, _ outputGradient: TensorData) -> TensorData {
        let shape = output.shape
        let axis = softmax.resolvedAxis(rank: shape.count)
        let length = shape[axis]
        let inner = shape[(axis + 1)...].reduce(1, *)
        let outer = shape[..<axis].reduce(1, *)
        let y = output.floats, dy = outputGradient.floats
        var result = [Float](repeating: 0, count: y.count)
        for o in 0..<outer {
            for i in 0..<inner {
                let base = o * length * inner + i
                var sum: Double = 0
                for k in 0..<length {
                    let index = base + k * inner
                    sum += softmax.isLog ? Double(dy[index]) : Double(dy[index]) * Double(y[index])
                }
                for k in 0..<length {
                    let index = base + k * inner
                    result[index] = softmax.isLog ? dy[index] - expf(y[index]) * Float(sum) : y[index] * (dy[index] - Float(sum))
                }
            }
        }
        return TensorData(shape: shape, floats: result)
    }
}
