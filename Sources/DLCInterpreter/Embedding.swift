import DLCGraph

extension Embedding {
    /// Copies row `token` of the table for each token; a token outside the table is an error.
    func evaluate(_ tokens: TensorData, table: TensorData, outputType: TensorType) throws(OperatorError) -> TensorData {
        let rows = table.floats
        var result: [Float] = []
        result.reserveCapacity(outputType.elementCount)
        for (position, token) in tokens.integers.enumerated() {
            guard token >= 0 && token < Int64(vocabulary) else {
                throw OperatorError("token \(token) at position \(position) is outside the vocabulary 0..<\(vocabulary)")
            }
            let start = Int(token) * dimension
            result.append(contentsOf: rows[start..<(start + dimension)])
        }
        return TensorData(shape: outputType.shape, floats: result)
    }
}
