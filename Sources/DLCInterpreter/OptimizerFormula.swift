import DLCGraph
import Foundation

extension OptimizerFormula {
    /// The formula element by element, in float as PyTorch's CPU optimizers compute, the bias
    /// corrections in double as PyTorch's Python scalars.
    func evaluate(state: TensorData, _ inputs: [TensorData]) -> TensorData {
        let s = state.floats
        let operands = inputs.prefix(formula.operands).map(\.floats)
        let learningRate = inputs[formula.operands].floats[0]
        let step = inputs[formula.operands + 1].integers[0]
        let g = operands[0]
        var result = [Float](repeating: 0, count: s.count)
        switch formula {
        case .movingAverage(let decay, let scale, let squared, let firstStepCopies):
            for i in s.indices {
                // PyTorch's addcmul order for squares: (scale·g)·g.
                let next = squared ? decay * s[i] + scale * g[i] * g[i] : decay * s[i] + scale * g[i]
                result[i] = firstStepCopies && step == 1 ? (squared ? g[i] * g[i] : g[i]) : next
            }
        case .interpolation(let weight):
            for i in s.indices { result[i] = weight < 0.5 ? s[i] + weight * (g[i] - s[i]) : g[i] - (g[i] - s[i]) * (1 - weight) }
        case .maximumNorm(let decay, let epsilon):
            for i in s.indices { result[i] = max(decay * s[i], abs(g[i]) + epsilon) }
        case .weightDecay(let decay):
            for i in s.indices { result[i] = g[i] + decay * s[i] }
        case .penalty(let l1, let l2):
            for i in s.indices { result[i] = g[i] + l1 * (s[i] > 0 ? 1 : s[i] < 0 ? -1 : 0) + 2 * l2 * s[i] }
        case .rmspropMomentum(let momentum, let epsilon, let centered):
            for i in s.indices {
                result[i] = momentum * s[i] + g[i] / rmsDenominator(operands, i, epsilon: epsilon, centered: centered)
            }
        case .adadeltaDelta(let epsilon):
            for i in s.indices { result[i] = (s[i] + epsilon).squareRoot() / (operands[1][i] + epsilon).squareRoot() * g[i] }
        case .descend(let direction, let decoupledDecay):
            var rate = learningRate
            let bias1, bias2: Double
            switch direction {
            case .adam(let beta1, let beta2, _):
                (bias1, bias2) = (1 - pow(beta1, Double(step)), 1 - pow(beta2, Double(step)))
            case .adamax(let beta1):
                (bias1, bias2) = (1 - pow(beta1, Double(step)), 1)
            case .adagrad(let decay, _):
                rate = Float(Double(learningRate) / (1 + Double(step - 1) * decay))
                (bias1, bias2) = (1, 1)
            default:
                (bias1, bias2) = (1, 1)
            }
            let stepSize = Float(Double(rate) / bias1)
            let rootBias2 = Float(bias2.squareRoot())
            let shrink = Float(1 - Double(learningRate) * Double(decoupledDecay))
            for i in s.indices {
                let base = decoupledDecay == 0 ? s[i] : s[i] * shrink
                switch direction {
                case .plain: result[i] = base - rate * g[i]
                case .nesterov(let momentum): result[i] = base - rate * (g[i] + momentum * operands[1][i])
                case .adam(_, _, let epsilon): result[i] = base - stepSize * (g[i] / (operands[1][i].squareRoot() / rootBias2 + epsilon))
                case .adamax: result[i] = base - stepSize * (g[i] / operands[1][i])
                case .adagrad(_, let epsilon): result[i] = base - rate * (g[i] / (operands[1][i].squareRoot() + epsilon))
                case .rmsprop(let epsilon, let centered): result[i] = base - rate * (g[i] / rmsDenominator(operands, i, epsilon: epsilon, centered: centered))
                }
            }
        }
        return TensorData(shape: state.shape, floats: result)
    }
}

/// RMSprop's `√(v - ḡ²) + ε` (`√v + ε` uncentered), from operands `[g, v, ḡ]`.
@inline(__always)
private func rmsDenominator(_ operands: [[Float]], _ i: Int, epsilon: Float, centered: Bool) -> Float {
    let variance = centered ? operands[1][i] - operands[2][i] * operands[2][i] : operands[1][i]
    return variance.squareRoot() + epsilon
}
