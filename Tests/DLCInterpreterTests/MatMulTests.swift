import DLC
import Testing

/// `matmul` against products written out by hand, NumPy's rules for 1-D operands and
/// broadcast batch axes, and its shape errors.
@Suite struct MatMulTests {
    private func product(_ a: TensorData, _ b: TensorData) throws -> TensorData {
        let type = try MatMul().outputType(inputs: [a.type, b.type])
        return try ReferenceEvaluator().evaluate(.matmul(MatMul()), inputs: [a, b], parameters: [], outputType: type)
    }

    @Test func batchesBroadcastAndVectorsArePromoted() throws {
        // [[1 2 3] [4 5 6]] · [[1 0] [0 1] [1 1]] = [[4 5] [10 11]]
        let a = TensorData(shape: [2, 3], floats: [1, 2, 3, 4, 5, 6])
        let b = TensorData(shape: [3, 2], floats: [1, 0, 0, 1, 1, 1])
        #expect(try product(a, b) == TensorData(shape: [2, 2], floats: [4, 5, 10, 11]))
        // A batch of two B matrices against one A: the second B is the first times 2.
        let batchB = TensorData(shape: [2, 3, 2], floats: [1, 0, 0, 1, 1, 1, 2, 0, 0, 2, 2, 2])
        #expect(try product(a, batchB) == TensorData(shape: [2, 2, 2], floats: [4, 5, 10, 11, 8, 10, 20, 22]))
        // 1-D operands: a row vector times B drops the row axis; A times a column drops the column.
        #expect(try product(TensorData(shape: [3], floats: [1, 1, 1]), b) == TensorData(shape: [2], floats: [2, 2]))
        #expect(try product(a, TensorData(shape: [3], floats: [1, 0, -1])) == TensorData(shape: [2], floats: [-2, -2]))
        #expect(try product(TensorData(shape: [3], floats: [1, 2, 3]), TensorData(shape: [3], floats: [4, 5, 6]))
                == TensorData(shape: [], floats: [32]))
        // Batch axes [2, 1] and [3] broadcast to [2, 3].
        let shape = try MatMul().outputType(inputs: [TensorType(shape: [2, 1, 4, 5]), TensorType(shape: [3, 5, 6])]).shape
        #expect(shape == [2, 3, 4, 6])
    }

    /// The batch strides the kernels step by, worked out by hand: A's matrices are 3·4 = 12
    /// floats apart along its axis of 2 and repeat along the broadcast axis; B's are 4·6 = 24
    /// apart along its axis of 5 and repeat along the other. A 1-D operand has no batch axes.
    @Test func batchStridesSkipBroadcastAxes() throws {
        let p = try MatMul().product([2, 1, 3, 4], [5, 4, 6])
        #expect(p.batch == [2, 5] && p.m == 3 && p.k == 4 && p.n == 6 && p.matrices == 10)
        #expect(p.batchStridesA == [12, 0] && p.batchStridesB == [0, 24])
        let vector = try MatMul().product([4], [2, 4, 6])
        #expect(vector.batch == [2] && vector.m == 1 && vector.batchStridesA == [0] && vector.batchStridesB == [24])
    }

    @Test func shapesThatDoNotMultiplyAreRefused() {
        func message(_ a: [Int], _ b: [Int]) -> String? {
            do { _ = try MatMul().outputType(inputs: [TensorType(shape: a), TensorType(shape: b)]); return nil } catch { return error.message }
        }
        #expect(message([2, 3], [4, 2]) == "cannot multiply [2, 3] by [4, 2]: 3 columns against 4 rows")
        #expect(message([2, 2, 3], [3, 3, 1]) == "cannot multiply [2, 2, 3] by [3, 3, 1]: batch axes [2] and [3] do not broadcast")
        #expect(message([], [3]) == "cannot multiply [] by [3]: the operands need at least one axis")
    }
}
