import DLCGraph
import Foundation

extension BatchNorm {
    /// `(x - mean) / sqrt(var + epsilon) · weight + bias` per channel (axis 1).
    func evaluate(_ input: TensorData, parameters: [TensorData]) -> TensorData {
        let (scale, shift, mean, variance) = (parameters[0].floats, parameters[1].floats,
                                              parameters[2].floats, parameters[3].floats)
        let channels = input.shape[1]
        let inner = input.shape.dropFirst(2).reduce(1, *)
        var values = input.floats
        for index in values.indices {
            let c = (index / inner) % channels
            values[index] = (values[index] - mean[c]) / sqrtf(variance[c] + epsilon) * scale[c] + shift[c]
        }
        return TensorData(shape: input.shape, floats: values)
    }
}
