import DLCGraph
import Foundation

extension LRNGradient {
    func evaluate(_ input: TensorData, _ outputGradient: TensorData) -> TensorData {
        let (batch, channels) = (input.shape[0], input.shape[1])
        let inner = input.shape.dropFirst(2).reduce(1, *)
        let x = input.floats, dy = outputGradient.floats
        let scale = lrn.alpha / Float(lrn.size)
        // s_c, then t_j = dy_j · x_j · s_j^(-β-1).
        var s = [Float](repeating: 0, count: x.count)
        for n in 0..<batch {
            for c in 0..<channels {
                let (first, last) = (max(0, c - lrn.channelsBefore), min(channels - 1, c + lrn.channelsAfter))
                for position in 0..<inner {
                    var sum: Float = 0
                    for j in first...last { let value = x[(n * channels + j) * inner + position]; sum += value * value }
                    s[(n * channels + c) * inner + position] = lrn.k + scale * sum
                }
            }
        }
        let t = x.indices.map { dy[$0] * x[$0] * powf(s[$0], -lrn.beta - 1) }
        var result = [Float](repeating: 0, count: x.count)
        for n in 0..<batch {
            for c in 0..<channels {
                // The windows that contain channel c: j - before ≤ c ≤ j + after.
                let (first, last) = (max(0, c - lrn.channelsAfter), min(channels - 1, c + lrn.channelsBefore))
                for position in 0..<inner {
                    let index = (n * channels + c) * inner + position
                    var sum: Float = 0
                    for j in first...last { sum += t[(n * channels + j) * inner + position] }
                    result[index] = dy[index] * powf(s[index], -lrn.beta) - 2 * scale * lrn.beta * x[index] * sum
                }
            }
        }
        return TensorData(shape: input.shape, floats: result)
    }
}
