import DLCCodegen
import DLCGraph

/// A named input or output of a model.
public struct TensorDescription: Hashable, Sendable, CustomStringConvertible {
    public var name: String
    /// Its shape and element type.
    public var type: TensorType
    public var description: String { "\(name) \(type)" }

    /// A named tensor of `type`.
    public init(name: String, type: TensorType) {
        self.name = name
        self.type = type
    }
}

/// What a model takes and produces, as recorded in its compiled metadata.
public struct ModelInfo: Sendable {
    public var name: String
    /// The dlc version that compiled the library.
    public var dlcVersion: String
    /// The target triple and CPU it was compiled for.
    public var target: String
    /// The inputs, in the C ABI's order.
    public var inputs: [TensorDescription]
    /// The outputs, in the C ABI's order.
    public var outputs: [TensorDescription]
    /// Bytes of workspace one run needs (0 for the interpreter).
    public var workspaceSize: Int
    /// Multiply-accumulates of one run.
    public var macCount: Int

    /// Reads a compiled model's `dlc_model_info` structure (layout: DLCCodegen's Metadata.swift
    /// and the generated header).
    init(raw: UnsafeRawPointer) throws(DLCError) {
        let abi = raw.load(as: Int32.self)
        guard abi == dlcABIVersion else {
            throw DLCError("the model uses dlc ABI version \(abi); this dlc reads version \(dlcABIVersion)")
        }
        func string(_ offset: Int) -> String { String(cString: raw.load(fromByteOffset: offset, as: UnsafePointer<CChar>.self)) }
        func tensors(count: Int, at offset: Int) throws(DLCError) -> [TensorDescription] {
            let base = raw.load(fromByteOffset: offset, as: UnsafeRawPointer.self)
            var result: [TensorDescription] = []
            for index in 0..<count {
                let entry = base + index * 32
                let name = String(cString: entry.load(as: UnsafePointer<CChar>.self))
                guard let element = ABIElementType(rawValue: entry.load(fromByteOffset: 8, as: Int32.self)) else {
                    throw DLCError("model tensor '\(name)' has an unknown element type")
                }
                let rank = Int(entry.load(fromByteOffset: 12, as: Int32.self))
                let shape = entry.load(fromByteOffset: 16, as: UnsafePointer<Int64>.self)
                result.append(TensorDescription(name: name, type: TensorType(shape: (0..<rank).map { Int(shape[$0]) }, dtype: element.dtype)))
            }
            return result
        }
        name = string(8)
        dlcVersion = string(16)
        target = string(24)
        inputs = try tensors(count: Int(raw.load(fromByteOffset: 32, as: Int32.self)), at: 40)
        outputs = try tensors(count: Int(raw.load(fromByteOffset: 36, as: Int32.self)), at: 48)
        workspaceSize = Int(raw.load(fromByteOffset: 56, as: Int64.self))
        macCount = Int(raw.load(fromByteOffset: 64, as: Int64.self))
    }

    init(graph: Graph) {
        name = graph.name
        dlcVersion = DLCVersion.current
        target = "interpreter"
        inputs = graph.inputs.map { TensorDescription(name: graph[$0].name, type: graph[$0].type) }
        outputs = graph.outputs.map { TensorDescription(name: $0.name, type: graph[$0.value].type) }
        workspaceSize = 0
        macCount = graph.macCount
    }
}
