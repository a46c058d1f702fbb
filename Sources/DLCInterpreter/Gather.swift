import DLCGraph

extension Gather {
    /// For each outer position and each index, the run of inner elements at that index; an
    /// index outside the axis is an error.
    func evaluate(_ data: TensorData, _ indices: TensorData, outputType: TensorType) throws(OperatorError) -> TensorData {
        let resolved = resolvedAxis(rank: data.shape.count)
        let length = data.shape[resolved]
        let outer = data.shape[..<resolved].reduce(1, *), inner = data.shape[(resolved + 1)...].reduce(1, *)
        let values = data.floats, picks = indices.integers
        var result: [Float] = []
        result.reserveCapacity(outputType.elementCount)
        for o in 0..<outer {
            for (position, index) in picks.enumerated() {
                guard index >= -Int64(length) && index < Int64(length) else {
                    throw OperatorError("index \(index) at position \(position) is outside axis \(axis) of length \(length)")
                }
                let row = Int(index < 0 ? index + Int64(length) : index)
                let start = (o * length + row) * inner
                result.append(contentsOf: values[start..<(start + inner)])
            }
        }
        return TensorData(shape: outputType.shape, floats: result)
    }
}
