import DLCGraph
import Foundation

/// Each channel's batch mean and biased variance (axis 1; all other axes pooled), in double.
private func channelStatistics(_ input: TensorData) -> (mean: [Double], variance: [Double], count: Int) {
    let channels = input.shape[1]
    let inner = input.shape.dropFirst(2).reduce(1, *)
    let count = input.shape[0] * inner
    let values = input.floats
    var sums = [Double](repeating: 0, count: channels), squares = [Double](repeating: 0, count: channels)
    for (index, value) in values.enumerated() {
        let c = (index / inner) % channels
        sums[c] += Double(value)
    }
    let mean = sums.map { $0 / Double(count) }
    for (index, value) in values.enumerated() {
        let c = (index / inner) % channels
        let centered = Double(value) - mean[c]
        squares[c] += centered * centered
    }
    return (mean, squares.map { $0 / Double(count) }, count)
}

extension BatchNormTraining {
    func evaluate(_ input: TensorData, parameters: [TensorData]) -> TensorData {
        let (scale, shift) = (parameters[0].floats, parameters[1].floats)
        let (mean, variance, _) = channelStatistics(input)
        let channels = input.shape[1], inner = input.shape.dropFirst(2).reduce(1, *)
        let inverse = variance.map { Float(1 / ($0 + Double(epsilon)).squareRoot()) }
        var values = input.floats
        for index in values.indices {
            let c = (index / inner) % channels
            values[index] = (values[index] - Float(mean[c])) * inverse[c] * scale[c] + shift[c]
        }
        return TensorData(shape: input.shape, floats: values)
    }
}

/// `Σ dY` and `Σ dY ⊙ x̂` per channel, with `x̂` and `1/√(σ² + ε)`.
private func gradientSums(_ input: TensorData, _ outputGradient: TensorData, epsilon: Float)
    -> (sum: [Double], weighted: [Double], normalized: [Float], inverse: [Double], count: Int) {
    let (mean, variance, count) = channelStatistics(input)
    let channels = input.shape[1], inner = input.shape.dropFirst(2).reduce(1, *)
    let inverse = variance.map { 1 / ($0 + Double(epsilon)).squareRoot() }
    let values = input.floats, gradient = outputGradient.floats
    var sum = [Double](repeating: 0, count: channels), weighted = [Double](repeating: 0, count: channels)
    var normalized = [Float](repeating: 0, count: values.count)
    for index in values.indices {
        let c = (index / inner) % channels
        let xHat = (Double(values[index]) - mean[c]) * inverse[c]
        normalized[index] = Float(xHat)
        sum[c] += Double(gradient[index])
        weighted[c] += Double(gradient[index]) * xHat
    }
    return (sum, weighted, normalized, inverse, count)
}

extension BatchNormInputGradient {
    func evaluate(_ input: TensorData, _ outputGradient: TensorData, weight: TensorData) -> TensorData {
        let (sum, weighted, normalized, inverse, count) = gradientSums(input, outputGradient, epsilon: epsilon)
        let channels = input.shape[1], inner = input.shape.dropFirst(2).reduce(1, *)
        let scale = weight.floats, gradient = outputGradient.floats
        var result = [Float](repeating: 0, count: gradient.count)
        for index in result.indices {
            let c = (index / inner) % channels
            let n = Double(count)
            result[index] = Float(Double(scale[c]) * inverse[c]
                                  * (Double(gradient[index]) - sum[c] / n - Double(normalized[index]) * weighted[c] / n))
        }
        return TensorData(shape: input.shape, floats: result)
    }
}

extension BatchNormScaleGradient {
    func evaluate(_ input: TensorData, _ outputGradient: TensorData) -> TensorData {
        let weighted = gradientSums(input, outputGradient, epsilon: epsilon).weighted
        return TensorData(shape: [weighted.count], floats: weighted.map(Float.init))
    }
}

extension RunningStatistic {
    func evaluate(_ input: TensorData, running: TensorData) -> TensorData {
        let (mean, variance, count) = channelStatistics(input)
        let batch = statistic == .mean ? mean : variance.map { $0 * Double(count) / Double(count - 1) }
        let next = zip(running.floats, batch).map { Float((1 - Double(momentum)) * Double($0) + Double(momentum) * $1) }
        return TensorData(shape: running.shape, floats: next)
    }
}
