import DLCGraph

extension Concat {
    /// Copies each input's slab into place along the axis, for any element type.
    func evaluate(_ inputs: [TensorData], outputType: TensorType) -> TensorData {
        let axis = self.axis < 0 ? self.axis + outputType.rank : self.axis
        let outer = outputType.shape[..<axis].reduce(1, *)
        let inner = outputType.shape[(axis + 1)...].reduce(1, *)
        func join<T>(_ arrays: [[T]], zero: T) -> [T] {
            var result = [T](repeating: zero, count: outputType.elementCount)
            var offset = 0
            for (input, values) in zip(inputs, arrays) {
                let length = input.shape[axis]
                for o in 0..<outer {
                    for k in 0..<(length * inner) {
                        result[(o * outputType.shape[axis] + offset) * inner + k] = values[o * length * inner + k]
                    }
                }
                offset += length
            }
            return result
        }
        switch outputType.dtype {
        case .float32:
            return TensorData(shape: outputType.shape, floats: join(inputs.map(\.floats), zero: 0))
        case .int32:
            return TensorData(shape: outputType.shape, int32s: join(inputs.map { $0.integers.map { Int32($0) } }, zero: 0))
        case .int64:
            return TensorData(shape: outputType.shape, int64s: join(inputs.map(\.integers), zero: 0))
        }
    }
}
