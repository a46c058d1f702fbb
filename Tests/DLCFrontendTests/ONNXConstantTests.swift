@testable import DLCFrontend
import DLCGraph
import DLCTestSupport
import Foundation
import Testing

@Suite struct ONNXConstantTests {
    /// Float tensors read as integers (a Reshape's shape given as floats) saturate instead of
    /// trapping: a shape of 1e30 crashed the importer (found by fuzz/run.sh).
    @Test func floatsBecomeIntegersWithoutTrapping() {
        let constant = ONNXConstant(shape: [6], floats: [1e30, -1e30, .nan, .infinity, -3.7, 9.0])
        #expect(constant.integers == [.max, .min, 0, 0, -3, 9])
        #expect(ONNXConstant.saturatingInteger(Float(Int64.max)) == .max)
        #expect(ONNXConstant.saturatingInteger(Float(Int64.min)) == .min)
    }

    /// The fuzzer's file (kept as a seed, so `fuzz/run.sh --ci` tries it and its mutations)
    /// ends in an error, not a trap.
    @Test func theFuzzersFileIsAnError() throws {
        let path = "\(packageRoot)/fuzz/seeds/onnx/crash_float_shape_beyond_int64.onnx"
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(throws: DLCError.self) { _ = try ONNXFile.read(bytes, path: path) }
    }
}
