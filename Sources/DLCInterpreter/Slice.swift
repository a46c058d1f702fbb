import DLCGraph

extension Slice {
    /// Copies the slab `start ..< start + count` of the axis for every outer index.
    func evaluate(_ input: TensorData, outputType: TensorType) -> TensorData {
        let axis = self.axis < 0 ? self.axis + input.shape.count : self.axis
        let outer = input.shape[..<axis].reduce(1, *)
        let inner = input.shape[(axis + 1)...].reduce(1, *)
        let length = input.shape[axis]
        func cut<T>(_ values: [T]) -> [T] {
            var result: [T] = []
            result.reserveCapacity(outputType.elementCount)
            for o in 0..<outer {
                let first = (o * length + start) * inner
                result.append(contentsOf: values[first ..< first + count * inner])
            }
            return result
        }
        switch input.dtype {
        case .float32: return TensorData(shape: outputType.shape, floats: cut(input.floats))
        case .int32: return TensorData(shape: outputType.shape, int32s: cut(input.integers.map { Int32($0) }))
        case .int64: return TensorData(shape: outputType.shape, int64s: cut(input.integers))
        }
    }
}
