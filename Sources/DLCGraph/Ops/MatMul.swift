/// The matrix product of two tensors, as NumPy's `matmul` and ONNX's `MatMul`: the last two axes
/// are matrices `[M, K] · [K, N]` and the axes before them broadcast. A 1-D first operand is a
/// row `[1, K]` and a 1-D second one a column `[K, 1]`, their axis of 1 then dropped from the
/// result. For a product with a constant matrix, `dense` (weights packed at compile time) is
/// the fast layer; this one multiplies tensors computed at run time (attention's `Q · Kᵀ`).
///
/// ```swift
/// let scores = matmul(queries, transpose(keys, [0, 2, 1]))   // [B, T, D] · [B, D, T] → [B, T, T]
/// ```
public struct MatMul: OperatorDefinition, Encodable {
    /// A matrix product.
    public init() {}

    public var kindName: String { "matmul" }

    /// The shape of a product: the broadcast batch axes, the matrices' `M`, `K` and `N`, and
    /// the element strides of each batch axis in the matrices of `a` and `b` (0 where an operand
    /// broadcasts), for the kernels' offset arithmetic.
    ///
    /// ```swift
    /// let p = try MatMul().product([2, 1, 3, 4], [5, 4, 6])
    /// // p.batch == [2, 5], (p.m, p.k, p.n) == (3, 4, 6),
    /// // p.batchStridesA == [12, 0], p.batchStridesB == [0, 24]
    /// ```
    public struct Product: Sendable {
        /// The output's batch axes: both operands' leading axes, broadcast.
        public let batch: [Int]
        /// Rows of A, the shared inner length, and columns of B.
        public let m: Int, k: Int, n: Int
        /// Elements between consecutive matrices of A (of B) along each batch axis; 0 on an
        /// axis the operand broadcasts over.
        public let batchStridesA: [Int], batchStridesB: [Int]

        /// The number of matrices in the batch.
        public var matrices: Int { batch.reduce(1, *) }
    }

    /// The product of `a` and `b`, with 1-D operands promoted to a row and a column.
    public func product(_ a: [Int], _ b: [Int]) throws(OperatorError) -> Product {
        guard !a.isEmpty, !b.isEmpty else {
            throw OperatorError("cannot multiply \(formatShape(a)) by \(formatShape(b)): the operands need at least one axis")
        }
        let rowsA = a.count == 1 ? [1] + a : a, columnsB = b.count == 1 ? b + [1] : b
        let (m, k) = (rowsA[rowsA.count - 2], rowsA[rowsA.count - 1])
        let (innerB, n) = (columnsB[columnsB.count - 2], columnsB[columnsB.count - 1])
        guard k == innerB else {
            throw OperatorError("cannot multiply \(formatShape(a)) by \(formatShape(b)): \(k) columns against \(innerB) rows")
        }
        let (batchA, batchB) = (Array(rowsA.dropLast(2)), Array(columnsB.dropLast(2)))
        guard let batch = broadcastShape(batchA, batchB) else {
            throw OperatorError("cannot multiply \(formatShape(a)) by \(formatShape(b)): "
                                + "batch axes \(formatShape(batchA)) and \(formatShape(batchB)) do not broadcast")
        }
        func strides(_ shape: [Int], matrix: Int) -> [Int] {
            let padded = [Int](repeating: 1, count: batch.count - shape.count) + shape
            return zip(padded, contiguousStrides(padded)).map { $0 == 1 ? 0 : $1 * matrix }
        }
        return Product(batch: batch, m: m, k: k, n: n,
                       batchStridesA: strides(batchA, matrix: m * k), batchStridesB: strides(batchB, matrix: k * n))
    }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 2)
        let (a, b) = (inputs[0], inputs[1])
        guard a.dtype == .float32, b.dtype == .float32 else { throw OperatorError("expected float32 operands, got \(a) and \(b)") }
        let product = try self.product(a.shape, b.shape)
        return TensorType(shape: product.batch + (a.rank == 1 ? [] : [product.m]) + (b.rank == 1 ? [] : [product.n]))
    }

    public func macCount(inputs: [TensorType], output: TensorType) -> Int {
        guard let product = try? self.product(inputs[0].shape, inputs[1].shape) else { return 0 }
        return output.elementCount * product.k
    }

    public var attributeSummary: String { "" }
}
