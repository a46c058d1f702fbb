import DLCGraph
import Foundation

extension LRN {
    /// `x[c] / (k + alpha/size · Σ x[c']²)^beta` over channels `c - channelsBefore ... c + channelsAfter`.
    func evaluate(_ input: TensorData) -> TensorData {
        let (batch, channels) = (input.shape[0], input.shape[1])
        let inner = input.shape.dropFirst(2).reduce(1, *)
        let source = input.floats
        var values = source
        for n in 0..<batch {
            for c in 0..<channels {
                let first = max(0, c - channelsBefore)
                let last = min(channels - 1, c + channelsAfter)
                for position in 0..<inner {
                    var sumOfSquares: Float = 0
                    for neighbour in first...last {
                        let x = source[(n * channels + neighbour) * inner + position]
                        sumOfSquares += x * x
                    }
                    let index = (n * channels + c) * inner + position
                    values[index] = source[index] / powf(k + alpha / Float(size) * sumOfSquares, beta)
                }
            }
        }
        return TensorData(shape: input.shape, floats: values)
    }
}
