import CLLVM
import DLCGraph
import DLCLLVM

/// The element type codes of the C ABI (`DLC_FLOAT32`, ...).
public enum ABIElementType: Int32, Sendable {
    case float32 = 1
    case int32 = 2
    case int64 = 3

    /// The code of an element type.
    public init(_ dtype: DType) {
        switch dtype {
        case .float32: self = .float32
        case .int32: self = .int32
        case .int64: self = .int64
        }
    }

    /// The element type of this code.
    public var dtype: DType {
        switch self {
        case .float32: .float32
        case .int32: .int32
        case .int64: .int64
        }
    }
}

/// Version of the `dlc_model_info` layout; bumped when the structures change.
public let dlcABIVersion: Int32 = 1

extension ModelCompiler {
    /// Emits the metadata a generic loader reads (`NAME_info`, `dlc_model_get_info`), the workspace
    /// size query and the typed `NAME_infer` entry point.
    func emitMetadata() {
        let i32 = module.int32, i64 = module.int64, bytePointer = module.bytePointer
        let tensorInfo = tensorInfoType()
        let modelInfo = module.structType([i32, bytePointer, bytePointer, bytePointer, i32, i32,
                                           module.pointer(to: tensorInfo), module.pointer(to: tensorInfo), i64, i64])
        func tensorArray(_ values: [(String, TensorType)], kind: String) -> LLVMValueRef {
            tensorInfoArray(values.map { ($0.0, $0.1, nil) }, kind: kind)
        }
        let inputs = graph.inputs.map { (graph[$0].name, graph[$0].type) }
        let outputs = graph.outputs.map { ($0.name, graph[$0.value].type) }
        var fields: [LLVMValueRef?] = [
            module.constant(dlcABIVersion),
            stringConstant(graph.name, name: "dlc.model_name"),
            stringConstant(DLCVersion.current, name: "dlc.version"),
            stringConstant("\(options.target.triple) \(options.target.cpu)", name: "dlc.target"),
            module.constant(Int32(inputs.count)),
            module.constant(Int32(outputs.count)),
            tensorArray(inputs, kind: "input"),
            tensorArray(outputs, kind: "output"),
            module.constant(workspaceBytes),
            module.constant(graph.macCount),
        ]
        let info = LLVMAddGlobal(module.module, modelInfo, "dlc.model_info")!
        LLVMSetInitializer(info, LLVMConstNamedStruct(modelInfo, &fields, UInt32(fields.count)))
        LLVMSetGlobalConstant(info, 1)
        LLVMSetLinkage(info, LLVMPrivateLinkage)

        for name in ["\(symbolPrefix)_info", "dlc_model_get_info"] {
            let function = module.addFunction(name, returning: module.pointer(to: modelInfo), parameters: [])
            function.addAttribute("nounwind")
            builder.position(at: function.appendBlock("entry"))
            builder.return(info)
        }
        let size = module.addFunction("\(symbolPrefix)_workspace_size", returning: i64, parameters: [])
        size.addAttribute("nounwind")
        builder.position(at: size.appendBlock("entry"))
        builder.return(module.constant(workspaceBytes))

        // NAME_infer(in0, ..., out0, ..., workspace): the same run with one argument per tensor.
        let slotsPointer = module.pointer(to: bytePointer)
        let run = module.addFunction("\(symbolPrefix)_run", returning: i32, parameters: [slotsPointer, slotsPointer, bytePointer])
        let infer = module.addFunction("\(symbolPrefix)_infer", returning: i32,
                                       parameters: [LLVMTypeRef?](repeating: bytePointer, count: inputs.count + outputs.count + 1))
        infer.addAttribute("nounwind")
        builder.position(at: infer.appendBlock("entry"))
        func pack(_ range: Range<Int>) -> LLVMValueRef {
            let array = builder.alloca(module.array(bytePointer, max(range.count, 1)))
            for (slot, parameter) in range.enumerated() {
                builder.store(infer.parameter(parameter), builder.gep(bytePointer, builder.bitcast(array, to: slotsPointer), builder.index(slot)))
            }
            return builder.bitcast(array, to: slotsPointer)
        }
        let inputArray = pack(0..<inputs.count)
        let outputArray = pack(inputs.count..<(inputs.count + outputs.count))
        builder.return(builder.call(run, [inputArray, outputArray, infer.parameter(inputs.count + outputs.count)]))
    }

    /// `dlc_tensor_info` (name, dtype, rank, shape, bytes), or with `offset` `dlc_state_tensor`
    /// (the same and the tensor's offset in a training step's state buffer).
    func tensorInfoType(offset: Bool = false) -> LLVMTypeRef {
        let i32 = module.int32, i64 = module.int64
        return module.structType([module.bytePointer, i32, i32, module.pointer(to: i64), i64] + (offset ? [i64] : []))
    }

    /// A private constant array of tensor descriptions (``tensorInfoType(offset:)``; with offsets
    /// when every entry has one), as a pointer to its first element.
    func tensorInfoArray(_ values: [(name: String, type: TensorType, offset: Int?)], kind: String) -> LLVMValueRef {
        let i64 = module.int64
        let withOffsets = values.first?.offset != nil
        let tensorInfo = tensorInfoType(offset: withOffsets)
        var entries: [LLVMValueRef?] = values.enumerated().map { index, entry in
            var dimensions = entry.type.shape.map { Optional(module.constant($0)) }
            let shapeArray = LLVMConstArray(i64, &dimensions, UInt32(dimensions.count))!
            let shapeGlobal = LLVMAddGlobal(module.module, LLVMTypeOf(shapeArray), "dlc.\(kind)\(index).shape")!
            LLVMSetInitializer(shapeGlobal, shapeArray)
            LLVMSetGlobalConstant(shapeGlobal, 1)
            LLVMSetLinkage(shapeGlobal, LLVMPrivateLinkage)
            var fields: [LLVMValueRef?] = [
                stringConstant(entry.name, name: "dlc.\(kind)\(index).name"),
                module.constant(ABIElementType(entry.type.dtype).rawValue),
                module.constant(Int32(entry.type.rank)),
                LLVMConstBitCast(shapeGlobal, module.pointer(to: i64)),
                module.constant(entry.type.byteCount),
            ] + (entry.offset.map { [module.constant($0)] } ?? [])
            return LLVMConstNamedStruct(tensorInfo, &fields, UInt32(fields.count))
        }
        let array = LLVMConstArray(tensorInfo, &entries, UInt32(entries.count))!
        let global = LLVMAddGlobal(module.module, LLVMTypeOf(array), "dlc.\(kind)s")!
        LLVMSetInitializer(global, array)
        LLVMSetGlobalConstant(global, 1)
        LLVMSetLinkage(global, LLVMPrivateLinkage)
        return LLVMConstBitCast(global, module.pointer(to: tensorInfo))
    }

    /// The workspace a caller provides: the plan plus room to align it to 64 bytes.
    public var workspaceBytes: Int { plan.workspaceSize == 0 ? 0 : plan.workspaceSize + 63 }
}
