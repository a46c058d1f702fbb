import DLCGraph

extension Dense {
    /// `output[n, u] = activation(bias[u] + Σ_i input[n, i] · weight[u, i])`; units run in parallel.
    func evaluate(_ input: TensorData, weight: TensorData, bias: TensorData?, outputType: TensorType) -> TensorData {
        let (batch, features) = (input.shape[0], input.shape[1])
        let source = input.floats
        let weights = weight.floats
        let biases = bias?.floats
        let result = makeFloats(outputType.elementCount) { output in
            source.withUnsafeBufferPointer { source in
                weights.withUnsafeBufferPointer { weights in
                    parallelFor(units) { unit in
                        let row = weights.baseAddress! + unit * features
                        for n in 0..<batch {
                            let x = source.baseAddress! + n * features
                            var sum: Float = 0
                            for i in 0..<features { sum += x[i] * row[i] }
                            output.base[n * units + unit] = activation.apply(sum + (biases?[unit] ?? 0))
                        }
                    }
                }
            }
        }
        return TensorData(shape: outputType.shape, floats: result)
    }
}
