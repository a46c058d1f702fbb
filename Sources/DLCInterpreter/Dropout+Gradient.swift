import DLCGraph

extension DropoutTraining {
    func evaluate(_ input: TensorData, step: TensorData) -> TensorData {
        let scale = 1 / (1 - rate)
        let layerHash = fnv1a(layer)
        let stepNumber = UInt64(bitPattern: step.integers[0])
        let values = input.floats
        let result = values.indices.map { index in
            Self.keeps(rate: rate, seed: seed, layerHash: layerHash, step: stepNumber, index: UInt64(index)) ? values[index] * scale : 0
        }
        return TensorData(shape: input.shape, floats: result)
    }
}
