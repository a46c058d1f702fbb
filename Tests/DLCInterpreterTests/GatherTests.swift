import DLC
import Testing

/// `gather` against picks written out by hand (NumPy's `take`), and its errors.
@Suite struct GatherTests {
    private let data = TensorData(shape: [2, 3, 2], floats: (0..<12).map(Float.init))

    private func gathered(_ indices: TensorData, axis: Int) throws -> TensorData {
        let op = Gather(axis: axis)
        let type = try op.outputType(inputs: [data.type, indices.type])
        return try ReferenceEvaluator().evaluate(.gather(op), inputs: [data, indices], parameters: [], outputType: type)
    }

    @Test func indicesPickAlongTheAxisAndNegativesCountFromTheEnd() throws {
        // Axis 1, indices [[2, -3]]: rows 2 and 0 of each of the two [3, 2] matrices.
        let picked = try gathered(TensorData(shape: [1, 2], int64s: [2, -3]), axis: 1)
        #expect(picked == TensorData(shape: [2, 1, 2, 2], floats: [4, 5, 0, 1, 10, 11, 6, 7]))
        // Axis -1 (the last), int32 indices [1, 1, 0].
        let columns = try gathered(TensorData(shape: [3], int32s: [1, 1, 0]), axis: -1)
        #expect(columns == TensorData(shape: [2, 3, 3], floats: [1, 1, 0, 3, 3, 2, 5, 5, 4, 7, 7, 6, 9, 9, 8, 11, 11, 10]))
    }

    @Test func badIndicesAndAxesAreErrors() {
        func message(_ body: () throws -> Void) -> String? {
            do { try body(); return nil } catch let error as DLCError { return error.message } catch let error as OperatorError {
                return error.message
            } catch { return "\(error)" }
        }
        #expect(message { _ = try gathered(TensorData(shape: [2], int64s: [0, 3]), axis: 1) }
                == "gather: index 3 at position 1 is outside axis 1 of length 3")
        #expect(message { _ = try gathered(TensorData(shape: [1], int64s: [-4]), axis: 1) }
                == "gather: index -4 at position 0 is outside axis 1 of length 3")
        #expect(message { _ = try Gather(axis: 3).outputType(inputs: [data.type, TensorType(shape: [1], dtype: .int64)]) }
                == "axis 3 is out of range for f32[2, 3, 2]")
        #expect(message { _ = try Gather(axis: 0).outputType(inputs: [data.type, TensorType(shape: [1])]) }
                == "expected int32 or int64 indices, got f32[1]")
    }
}
