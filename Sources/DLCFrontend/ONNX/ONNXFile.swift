import DLCGraph
import Foundation
import SwiftProtobuf

/// Reads ONNX models (`.onnx`, opsets 7 to 21 of the default domain) into dlc graphs with their
/// weights bound.
///
/// ```swift
/// let graph = try ONNXFile.load("resnet18.onnx", inputShapes: ["input": [1, 3, 224, 224]])
/// print(graph.summary())
/// ```
///
/// Symbolic dimensions take their value from `inputShapes`; a symbolic batch dimension that is
/// not given is 1, which `note` is told.
public enum ONNXFile {
    /// The default domain's opsets dlc reads. Past opset 21 the operators dlc imports changed only
    /// by new element types (bfloat16, float8, int4, ...), which dlc refuses tensor by tensor, and
    /// pooling's ceil mode was specified as dlc already computes it; an operator added to the
    /// importer must be checked against its later versions the same way (docs/onnx.md).
    public static let supportedOpsets = 7...28

    /// Loads and converts the model at `path`. External data files are read relative to the
    /// model's directory, and never from outside it.
    public static func load(_ path: String, inputShapes: [String: [Int]] = [:],
                            note: (String) -> Void = { _ in }) throws(DLCError) -> Graph {
        try read(readFileBytes(path), path: path, inputShapes: inputShapes, note: note)
    }

    /// Converts a model from the bytes of its file; `path` names it in errors, and its directory
    /// is where external data is looked up.
    public static func read(_ bytes: [UInt8], path: String, inputShapes: [String: [Int]] = [:],
                            note: (String) -> Void = { _ in }) throws(DLCError) -> Graph {
        let model = try decode(bytes, path: path)
        let directory = (path as NSString).deletingLastPathComponent
        var importer = ONNXImporter(model: model, path: path, directory: directory.isEmpty ? "." : directory, inputShapes: inputShapes)
        defer { importer.notes.forEach(note) }
        return try importer.run()
    }

    /// Parses the protobuf, naming the file in the error when it is not a valid ONNX model.
    static func decode(_ bytes: [UInt8], path: String) throws(DLCError) -> Onnx_ModelProto {
        let model: Onnx_ModelProto
        do {
            var options = BinaryDecodingOptions()
            options.messageDepthLimit = 64
            model = try Onnx_ModelProto(serializedBytes: bytes, options: options)
        } catch {
            throw DLCError("\(path): not a valid ONNX model: the protobuf is truncated or corrupt (\(describe(error)))")
        }
        guard model.hasGraph, model.hasIrVersion else {
            throw DLCError("\(path): not an ONNX model: it has no \(model.hasGraph ? "IR version" : "graph")")
        }
        return model
    }

    private static func describe(_ error: any Error) -> String {
        guard let decoding = error as? BinaryDecodingError else { return "\(error)" }
        switch decoding {
        case .truncated: return "it ends in the middle of a field"
        case .malformedProtobuf: return "malformed field"
        case .invalidUTF8: return "a string is not UTF-8"
        case .messageDepthLimit: return "messages nested too deep"
        default: return "\(decoding)"
        }
    }

    /// The opset of the default domain the model imports; every other domain a node uses is refused.
    static func defaultOpset(of model: Onnx_ModelProto, path: String) throws(DLCError) -> Int {
        // A domain imported twice has no defined meaning (readers disagree on which version wins:
        // ONNX Runtime takes the last), so it is refused rather than read by one of the rules.
        var versions: [String: [Int64]] = [:]
        for entry in model.opsetImport { versions[entry.domain == "ai.onnx" ? "" : entry.domain, default: []].append(entry.version) }
        for (domain, list) in versions.sorted(by: { $0.key < $1.key }) where list.count > 1 {
            let name = domain.isEmpty ? "the default ONNX domain" : "domain '\(domain)'"
            throw DLCError("\(path): the model imports \(name) \(list.count) times (opsets \(list.map(String.init).joined(separator: ", "))); "
                           + "a model imports each domain once")
        }
        let opset = versions[""]?.first
        guard let opset else {
            let domains = model.opsetImport.map { "'\($0.domain)'" }.joined(separator: ", ")
            throw DLCError("\(path): the model imports no opset of the default ONNX domain"
                           + (domains.isEmpty ? "" : " (only \(domains))"))
        }
        guard supportedOpsets.contains(Int(clamping: opset)) else {
            throw DLCError("\(path): opset \(opset) of the default domain is not supported; dlc reads opsets "
                           + "\(supportedOpsets.lowerBound) to \(supportedOpsets.upperBound)")
        }
        return Int(opset)
    }

    /// A tensor of the model at `path`, its external data looked up in `directory` and counted
    /// against `budget` before it is read.
    static func constant(_ tensor: Onnx_TensorProto, what: String, directory: String, path: String,
                         budget: ExternalDataBudget) throws(DLCError) -> ONNXConstant {
        try ONNXConstant(tensor, what: what) { tensor, bytes throws(DLCError) in
            try budget.spend(bytes, what: what)
            return try externalData(tensor, expectedBytes: bytes, directory: directory, path: path)
        }
    }

    /// The bytes of an initializer stored outside the model (`data_location: EXTERNAL`): the file
    /// named by `location`, relative to the model's directory, from `offset` for `length` bytes.
    static func externalData(_ tensor: Onnx_TensorProto, expectedBytes: Int, directory: String, path: String) throws(DLCError) -> [UInt8] {
        let what = "\(path): initializer '\(tensor.name)'"
        var entries: [String: String] = [:]
        for entry in tensor.externalData { entries[entry.key] = entry.value }
        guard let location = entries["location"], !location.isEmpty else {
            throw DLCError("\(what) is stored externally but names no location")
        }
        let offset = Int(entries["offset"] ?? "0")
        let length = entries["length"].map { Int($0) } ?? expectedBytes
        guard let offset, offset >= 0, let length, length >= 0 else {
            throw DLCError("\(what): external data offset and length must be non-negative integers, got "
                           + "'\(entries["offset"] ?? "0")' and '\(entries["length"] ?? "")'")
        }
        let file = try pathInsideModelDirectory(location, directory: directory, what: "\(what): external data location")
        let size = try regularFileSize(file, what: "\(what): its external data file \(file)")
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw DLCError("\(what): cannot open its external data file \(file)")
        }
        defer { try? handle.close() }
        guard length == expectedBytes else {
            throw DLCError("\(what): external data length \(length) does not match its shape (\(expectedBytes) bytes)")
        }
        guard offset <= size, length <= size - offset else {
            throw DLCError("\(what): external data \(file) has \(size) bytes; offset \(offset) + length \(length) is past its end")
        }
        // Read straight into the result: a model may hold up to 2 GiB of weights, and a Data
        // buffer copied into an array would double that at its peak.
        var bytes = [UInt8](repeating: 0, count: length)
        var done = 0
        while done < length {
            let count = bytes.withUnsafeMutableBytes { buffer in
                pread(handle.fileDescriptor, buffer.baseAddress! + done, min(length - done, 1 << 30), off_t(offset + done))
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                throw DLCError("\(what): cannot read \(file): " + (count == 0 ? "it ended early" : String(cString: strerror(errno))))
            }
            done += count
        }
        return bytes
    }
}

/// The external data one file has read: a model may name gigabytes that its files do not hold
/// (a sparse file) or that it never uses, so the total is bounded by what a model may store
/// (``Graph/maximumStoredBytes``) before a byte is read.
final class ExternalDataBudget {
    private(set) var bytes = 0

    func spend(_ count: Int, what: String) throws(DLCError) {
        bytes += count
        guard bytes <= Graph.maximumStoredBytes else {
            throw DLCError("\(what): its \(formatBytes(count)) of external data bring the model's to \(formatBytes(bytes)), "
                           + "more than the \(formatBytes(Graph.maximumStoredBytes)) a model may hold")
        }
    }
}
