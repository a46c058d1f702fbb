import DLCGraph

extension Transpose {
    /// Reads each output element from its permuted input position.
    func evaluate(_ input: TensorData, outputType: TensorType) -> TensorData {
        let inputStrides = contiguousStrides(input.shape)
        let outputShape = outputType.shape
        let strides = permutation.map { inputStrides[$0] }
        var sources = [Int](repeating: 0, count: outputType.elementCount)
        for flat in sources.indices {
            var remainder = flat, source = 0
            for axis in outputShape.indices.reversed() {
                source += remainder % outputShape[axis] * strides[axis]
                remainder /= outputShape[axis]
            }
            sources[flat] = source
        }
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
