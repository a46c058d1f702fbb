import DLCGraph
import Foundation

extension Loss {
    /// The mean loss, accumulated in double precision.
    func evaluate(_ predictions: TensorData, _ labels: TensorData) throws(OperatorError) -> TensorData {
        let p = predictions.floats
        var total: Double = 0
        switch kind {
        case .softmaxCrossEntropy(let smoothing):
            let targets = try crossEntropyTargets(labels, classes: predictions.shape[1], smoothing: smoothing)
            let classes = predictions.shape[1]
            for n in 0..<predictions.shape[0] {
                let row = p[(n * classes)..<((n + 1) * classes)]
                let logSumExp = logSumExponentials(row)
                for (c, z) in row.enumerated() where targets[n * classes + c] != 0 {
                    total += Double(targets[n * classes + c]) * (logSumExp - Double(z))
                }
            }
            return TensorData(shape: [1], floats: [Float(total / Double(predictions.shape[0]))])
        case .binaryCrossEntropy(let fromLogits):
            for (z, t) in zip(p, labels.floats) {
                let (z, t) = (Double(z), Double(t))
                total += fromLogits ? max(z, 0) - z * t + log1p(exp(-abs(z)))
                    : -(t * max(log(z), -100) + (1 - t) * max(log(1 - z), -100))
            }
        case .meanSquaredError:
            for (x, t) in zip(p, labels.floats) { total += Double(x - t) * Double(x - t) }
        }
        return TensorData(shape: [1], floats: [Float(total / Double(p.count))])
    }
}

extension LossGradient {
    /// `(softmax(z) - t) / N`; `(σ(z) - t) / count` from logits, `(p - t) / max(p(1 - p), 1e-12) / count`
    /// from probabilities (PyTorch's clamp); `2(p - t) / count`.
    func evaluate(_ predictions: TensorData, _ labels: TensorData) throws(OperatorError) -> TensorData {
        let p = predictions.floats
        var result = [Float](repeating: 0, count: p.count)
        switch kind {
        case .softmaxCrossEntropy(let smoothing):
            let (batch, classes) = (predictions.shape[0], predictions.shape[1])
            let targets = try crossEntropyTargets(labels, classes: classes, smoothing: smoothing)
            for n in 0..<batch {
                let row = p[(n * classes)..<((n + 1) * classes)]
                let logSumExp = logSumExponentials(row)
                for (c, z) in row.enumerated() {
                    result[n * classes + c] = Float((exp(Double(z) - logSumExp) - Double(targets[n * classes + c])) / Double(batch))
                }
            }
        case .binaryCrossEntropy(let fromLogits):
            let count = Double(p.count)
            for (index, (x, t)) in zip(p, labels.floats).enumerated() {
                let (x, t) = (Double(x), Double(t))
                result[index] = Float(fromLogits ? (1 / (1 + exp(-x)) - t) / count : (x - t) / max(x * (1 - x), 1e-12) / count)
            }
        case .meanSquaredError:
            let count = Float(p.count)
            for (index, (x, t)) in zip(p, labels.floats).enumerated() { result[index] = 2 * (x - t) / count }
        }
        return TensorData(shape: predictions.shape, floats: result)
    }
}

/// `log Σ eᶻ`, shifted by the maximum.
private func logSumExponentials(_ row: ArraySlice<Float>) -> Double {
    let largest = Double(row.reduce(-Float.infinity, maximumPropagatingNaN))
    guard largest.isFinite else { return largest }
    return largest + log(row.reduce(0.0) { $0 + exp(Double($1) - largest) })
}

/// The smoothed target distribution of each sample: `(1 - ε) · onehot + ε / C`. Class indices
/// outside `0..<classes` stop the step, naming the sample.
private func crossEntropyTargets(_ labels: TensorData, classes: Int, smoothing: Float) throws(OperatorError) -> [Float] {
    let uniform = smoothing / Float(classes)
    if labels.dtype == .float32 { return labels.floats.map { (1 - smoothing) * $0 + uniform } }
    let indices = labels.integers
    var targets = [Float](repeating: uniform, count: indices.count * classes)
    for (n, label) in indices.enumerated() {
        guard label >= 0 && label < Int64(classes) else {
            throw OperatorError("label \(label) of sample \(n) is not a class index in 0..<\(classes)")
        }
        targets[n * classes + Int(label)] += 1 - smoothing
    }
    return targets
}
