import DLCGraph

extension ElementwiseGradient {
    func evaluate(_ value: TensorData, _ outputGradient: TensorData) -> TensorData {
        let gradient = outputGradient.floats
        let values = value.floats
        let result = values.indices.map { index in
            let (x, y) = readsInput ? (values[index], function.apply(values[index])) : (Float.nan, values[index])
            return gradient[index] * function.derivative(input: x, output: y)
        }
        return TensorData(shape: value.shape, floats: result)
    }
}

extension Sum {
    /// Each input element added into the output element of its kept axes, in double precision.
    func evaluate(_ input: TensorData, outputType: TensorType) -> TensorData {
        let shape = input.shape
        let kept = shape.indices.filter { !axes.contains($0) }
        var keptStrides = [Int](repeating: 0, count: shape.count)
        var stride = 1
        for axis in kept.reversed() {
            keptStrides[axis] = stride
            stride *= shape[axis]
        }
        var sums = [Double](repeating: 0, count: outputType.elementCount)
        let values = input.floats
        var index = [Int](repeating: 0, count: shape.count)
        var target = 0
        for value in values {
            sums[target] += Double(value)
            // Advance the multi-index, keeping the kept-axes offset in step.
            var axis = shape.count - 1
            while axis >= 0 {
                index[axis] += 1
                target += keptStrides[axis]
                if index[axis] < shape[axis] { break }
                target -= keptStrides[axis] * shape[axis]
                index[axis] = 0
                axis -= 1
            }
        }
        return TensorData(shape: outputType.shape, floats: sums.map { Float($0 * Double(scale)) })
    }
}
