import DLCGraph

extension Transpose {
    /// Reads each output element from its permuted input position.
    func evaluate(_ input: TensorData, outputType: TensorType) -> TensorData {
        let outputShape = outputType.shape
        let sources = sourceIndices(inputShape: input.shape)
        switch input.dtype {
        case .float32:
            let values = input.floats
            return TensorData(shape: outputShape, floats: sources.map { values[$0] })
        case .int32:
            let values = input.integers
            return TensorData(shape: outputShape, int32s: sources.map { Int32(values[$0]) })
        case .int64:
            let values = input.integers
            return TensorData(shape: outputShape, int64s: sources.map { values[$0] })
        }
    }
}
