import DLCGraph

extension ElementwiseUnary {
    func evaluate(_ input: TensorData) -> TensorData {
        TensorData(shape: input.shape, floats: input.floats.map { function.apply($0) })
    }
}

extension ElementwiseBinary {
    /// NumPy broadcasting: a dimension of size 1 is read with stride 0.
    func evaluate(_ a: TensorData, _ b: TensorData, outputType: TensorType) -> TensorData {
        let shape = outputType.shape
        let (left, right) = (a.floats, b.floats)
        let leftStrides = broadcastStrides(a.shape, to: shape)
        let rightStrides = broadcastStrides(b.shape, to: shape)
        let outStrides = contiguousStrides(shape)
        var result = [Float](repeating: 0, count: outputType.elementCount)
        for index in result.indices {
            var (l, r, remainder) = (0, 0, index)
            for axis in shape.indices {
                let coordinate = remainder / outStrides[axis]
                remainder %= outStrides[axis]
                l += coordinate * leftStrides[axis]
                r += coordinate * rightStrides[axis]
            }
            result[index] = kind.apply(left[l], right[r])
        }
        return TensorData(shape: shape, floats: result)
    }
}

/// Strides for reading a tensor of `shape` as if it had the broadcast shape `target`.
func broadcastStrides(_ shape: [Int], to target: [Int]) -> [Int] {
    let padded = [Int](repeating: 1, count: target.count - shape.count) + shape
    let strides = contiguousStrides(padded)
    return padded.indices.map { padded[$0] == 1 ? 0 : strides[$0] }
}
