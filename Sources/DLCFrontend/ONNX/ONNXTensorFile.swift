import DLCGraph
import Foundation

/// Reads a serialized ONNX `TensorProto` (`.pb`), the format of ONNX's test data
/// (`test_data_set_0/input_0.pb`).
///
/// ```swift
/// let (name, tensor) = try ONNXTensorFile.read("test_data_set_0/input_0.pb")
/// ```
///
/// Float and double tensors become float32, int32 stays int32, and the other integer and bool
/// types become int64.
public enum ONNXTensorFile {
    /// The tensor's name (possibly empty) and its data.
    public static func read(_ path: String) throws(DLCError) -> (name: String, tensor: TensorData) {
        let bytes = try readFileBytes(path)
        let proto: Onnx_TensorProto
        do {
            proto = try Onnx_TensorProto(serializedBytes: bytes)
        } catch {
            throw DLCError("\(path): not a serialized ONNX tensor: the protobuf is truncated or corrupt")
        }
        let directory = (path as NSString).deletingLastPathComponent
        let constant = try ONNXFile.constant(proto, what: "\(path): tensor '\(proto.name)'",
                                             directory: directory.isEmpty ? "." : directory, path: path,
                                             budget: ExternalDataBudget())
        let shape = constant.shape.isEmpty ? [1] : constant.shape
        let tensor: TensorData = switch constant.elementType {
        case .float, .double: TensorData(shape: shape, floats: constant.floats)
        case .int32: TensorData(shape: shape, int32s: constant.integers.map { Int32(truncatingIfNeeded: $0) })
        default: TensorData(shape: shape, int64s: constant.integers)
        }
        return (proto.name, tensor)
    }
}
