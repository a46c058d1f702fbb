import DLCGraph

extension Dense {
    /// `output[n, u] = activation(bias[u] + Σ_i input[n, i] · weight[u, i])`; units run in parallel.
    func evaluate(_ input: TensorData, weight: TensorData, bias: TensorData?, outputType: TensorType) -> TensorData {
        let (batch, features) = (input.shape[0], input.shape[1])
        let biases = bias?.floats
        return computeInParallel(outputType, tasks: units, input: input.floats, weights: weight.floats) { unit, source, weights, output in
            let row = weights + unit * features
            for n in 0..<batch {
                let x = source + n * features
                var sum: Float = 0
                for i in 0..<features { sum += x[i] * row[i] }
                let value = sum + (biases?[unit] ?? 0)
                output[n * units + unit] = activation?.apply(value) ?? value
            }
        }
    }
}
