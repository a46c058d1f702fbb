import DLCGraph

extension DenseInputGradient {
    /// `dX[n, f] = Σ_u dY[n, u] · W[u, f]`, one task per sample.
    func evaluate(_ outputGradient: TensorData, weight: TensorData, outputType: TensorType) -> TensorData {
        let (batch, units) = (outputGradient.shape[0], outputGradient.shape[1])
        return computeInParallel(outputType, tasks: batch, input: outputGradient.floats, weights: weight.floats) {
            n, gradient, weights, output in
            let row = output + n * features
            for u in 0..<units {
                let g = gradient[n * units + u]
                let weightRow = weights + u * features
                for f in 0..<features { row[f] += g * weightRow[f] }
            }
        }
    }
}

extension DenseWeightGradient {
    /// `dW[u, f] = Σ_n dY[n, u] · X[n, f]` in double precision, one task per unit.
    func evaluate(_ input: TensorData, _ outputGradient: TensorData, outputType: TensorType) -> TensorData {
        let (batch, features) = (input.shape[0], input.shape[1])
        let units = outputGradient.shape[1]
        return computeInParallel(outputType, tasks: units, input: input.floats, weights: outputGradient.floats) {
            u, source, gradient, output in
            var sums = [Double](repeating: 0, count: features)
            for n in 0..<batch {
                let g = Double(gradient[n * units + u])
                let row = source + n * features
                for f in 0..<features { sums[f] += g * Double(row[f]) }
            }
            for f in 0..<features { output[u * features + f] = Float(sums[f]) }
        }
    }
}
