import DLCGraph

extension MatMul {
    /// Each output matrix as `Σ_k A[m][k] · B[k][n]`, in row order, summing in k order.
    func evaluate(_ a: TensorData, _ b: TensorData, outputType: TensorType) -> TensorData {
        guard let product = try? self.product(a.shape, b.shape) else { preconditionFailure("matmul of \(a.type) and \(b.type) was verified") }
        let (batch, m, k, n) = (product.batch, product.m, product.k, product.n)
        let (left, right) = (a.floats, b.floats)
        var result = [Float](repeating: 0, count: outputType.elementCount)
        for matrix in 0..<product.matrices {
            var remainder = matrix, offset = (a: 0, b: 0)
            for axis in batch.indices.reversed() {
                let coordinate = remainder % batch[axis]
                remainder /= batch[axis]
                offset = (offset.a + coordinate * product.batchStridesA[axis], offset.b + coordinate * product.batchStridesB[axis])
            }
            for row in 0..<m {
                for column in 0..<n {
                    var sum: Float = 0
                    for i in 0..<k { sum += left[offset.a + row * k + i] * right[offset.b + i * n + column] }
                    result[(matrix * m + row) * n + column] = sum
                }
            }
        }
        return TensorData(shape: outputType.shape, floats: result)
    }
}
