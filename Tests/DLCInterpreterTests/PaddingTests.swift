import DLC
import Testing

/// `pad2d`'s modes on a 2x3 image padded by (top 1, left 2, bottom 1, right 2), against the
/// padded images written out by hand (they agree with NumPy's `np.pad` modes).
@Suite struct PaddingTests {
    private let image = TensorData(shape: [1, 1, 2, 3], floats: [1, 2, 3, 4, 5, 6])
    private let edges = EdgePadding(top: 1, left: 2, bottom: 1, right: 2)

    private func padded(_ mode: PaddingMode, value: Float = 0) throws -> [Float] {
        let op = Padding2D(padding: edges, mode: mode, value: value)
        let type = try op.outputType(inputs: [image.type])
        #expect(type.shape == [1, 1, 4, 7])
        return try ReferenceEvaluator().evaluate(.pad2d(op), inputs: [image], parameters: [], outputType: type).floats
    }

    @Test func everyModeFillsTheBorderAsDocumented() throws {
        #expect(try padded(.constant, value: 9) == [9, 9, 9, 9, 9, 9, 9,  9, 9, 1, 2, 3, 9, 9,  9, 9, 4, 5, 6, 9, 9,  9, 9, 9, 9, 9, 9, 9])
        #expect(try padded(.reflect) == [6, 5, 4, 5, 6, 5, 4,  3, 2, 1, 2, 3, 2, 1,  6, 5, 4, 5, 6, 5, 4,  3, 2, 1, 2, 3, 2, 1])
        #expect(try padded(.edge) == [1, 1, 1, 2, 3, 3, 3,  1, 1, 1, 2, 3, 3, 3,  4, 4, 4, 5, 6, 6, 6,  4, 4, 4, 5, 6, 6, 6])
        #expect(try padded(.wrap) == [5, 6, 4, 5, 6, 4, 5,  2, 3, 1, 2, 3, 1, 2,  5, 6, 4, 5, 6, 4, 5,  2, 3, 1, 2, 3, 1, 2])
    }

    /// Reflect needs padding smaller than the image (the edge is not repeated), wrap at most the
    /// image; the value must be finite.
    @Test func paddingTheModesCannotFillIsRefused() {
        func message(_ op: Padding2D) -> String? {
            do { _ = try op.outputType(inputs: [image.type]); return nil } catch { return error.message }
        }
        let two = EdgePadding(top: 2, left: 0, bottom: 0, right: 0), four = EdgePadding(top: 0, left: 0, bottom: 0, right: 4)
        #expect(message(Padding2D(padding: two, mode: .reflect))
                == "reflect padding (2, 0, 0, 0) must be smaller than the 2x3 image on each side")
        #expect(message(Padding2D(padding: two, mode: .wrap)) == nil)
        #expect(message(Padding2D(padding: four, mode: .wrap))
                == "wrap padding (0, 0, 0, 4) must be at most the 2x3 image on each side")
        #expect(message(Padding2D(padding: four, mode: .edge)) == nil)
        #expect(message(Padding2D(padding: four, value: .nan)) == "the padding value must be finite, got nan")
    }
}
