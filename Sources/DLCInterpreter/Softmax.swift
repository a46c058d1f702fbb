import DLCGraph
import Foundation

extension Softmax {
    /// `exp(x - max) / Σ exp(x - max)` along the axis (or `x - max - log Σ exp(x - max)`).
    func evaluate(_ input: TensorData) -> TensorData {
        let axis = resolvedAxis(rank: input.shape.count)
        let length = input.shape[axis]
        let inner = input.shape[(axis + 1)...].reduce(1, *)
        let outer = input.shape[..<axis].reduce(1, *)
        var values = input.floats
        for o in 0..<outer {
            for i in 0..<inner {
                let base = o * length * inner + i
                var largest = -Float.infinity
                for k in 0..<length { largest = maximumPropagatingNaN(largest, values[base + k * inner]) }
                var sum: Float = 0
                for k in 0..<length { sum += expf(values[base + k * inner] - largest) }
                for k in 0..<length {
                    let shifted = values[base + k * inner] - largest
                    values[base + k * inner] = isLog ? shifted - logf(sum) : expf(shifted) / sum
                }
            }
        }
        return TensorData(shape: input.shape, floats: values)
    }
}
