import DLCGraph
import Testing

@Suite struct TensorDataTests {
    /// Writing through the mutable bytes changes this tensor only: a copy made before keeps its
    /// values (copy on write), and every element type is reachable.
    @Test func mutableBytesWriteInPlaceAndCopyOnWrite() {
        var x = TensorData(zeros: TensorType(shape: [2]))
        let before = x
        x.withUnsafeMutableRawBytes { $0.storeBytes(of: Float(3), toByteOffset: 4, as: Float.self) }
        #expect(x.floats == [0, 3])
        #expect(before.floats == [0, 0])
        var tokens = TensorData(shape: [3], int64s: [1, 2, 3])
        tokens.withUnsafeMutableRawBytes { $0.storeBytes(of: Int64(9), toByteOffset: 16, as: Int64.self) }
        #expect(tokens.integers == [1, 2, 9])
        var indices = TensorData(shape: [2], int32s: [5, 6])
        #expect(indices.withUnsafeMutableRawBytes { $0.count } == 8)
        #expect(indices.integers == [5, 6])
    }
}
