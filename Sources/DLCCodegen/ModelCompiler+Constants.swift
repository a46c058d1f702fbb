import CLLVM
import DLCGraph
import DLCLLVM
import DLCOptimizer

/// The constant pool: weights as the kernels read them, constant layers and strings, each a
/// private global of the module.
extension ModelCompiler {
    /// A weight as a float pointer to a 64-byte aligned constant holding its bytes.
    /// In a training step, a stand-in the run function resolves to the weight's place in the
    /// state buffer: a lowering hands it to its step as one of the step's `constants`.
    func weightPointer(_ value: ValueID) -> LLVMValueRef {
        if let global = weightGlobals[value] { return global }
        if trainingState != nil {
            let declaration = LLVMAddGlobal(module.module, module.float, "dlc.state.\(graph[value].name)")!
            statePlaceholders[declaration] = value
            weightGlobals[value] = declaration
            return declaration
        }
        let data = graph.weight(value)!
        let global: LLVMValueRef
        switch data.storage {
        case .float32(let floats): global = byteConstant(floats, name: "weight.\(graph[value].name)")
        case .int32(let values): global = byteConstant(values, name: "weight.\(graph[value].name)")
        case .int64(let values): global = byteConstant(values, name: "weight.\(graph[value].name)")
        }
        let pointer = LLVMConstBitCast(global, module.floatPointer)!
        weightGlobals[value] = pointer
        return pointer
    }

    /// The value of a constant layer as a float pointer to its global.
    func constantPointer(_ value: ValueID) -> LLVMValueRef {
        if let global = weightGlobals[value] { return global }
        guard case .constant(let constant) = graph.producer(of: value)?.operation else {
            preconditionFailure("\(graph[value].name) is not a constant layer")
        }
        let pointer = floatConstant(constant.elements, name: graph[value].name)
        weightGlobals[value] = pointer
        return pointer
    }

    /// Refuses a library whose constants would not be addressable from its code.
    static func checkConstantBytes(_ bytes: Int, model: String) throws(DLCError) {
        guard bytes > maximumConstantBytes else { return }
        throw DLCError("model '\(model)': its weights take \(formatBytes(bytes)) as the kernels store them "
                       + "(packed, and up to 4× for Winograd layers), more than the \(formatBytes(maximumConstantBytes)) "
                       + "a shared library can address; --conv-algorithm direct stores convolutions' weights once")
    }

    /// A float array as a constant, returned as a float pointer.
    func floatConstant(_ values: [Float], name: String) -> LLVMValueRef {
        LLVMConstBitCast(byteConstant(values, name: "weight.\(name)"), module.floatPointer)!
    }

    /// Elements stored as a byte-string constant: fast to build and to emit even at hundreds of
    /// megabytes, and aligned for vector loads.
    private func byteConstant<T>(_ values: [T], name: String) -> LLVMValueRef {
        if declaresWeights {
            let global = LLVMAddGlobal(module.module, module.array(module.int8, values.count * MemoryLayout<T>.stride), name)!
            LLVMSetGlobalConstant(global, 1)
            LLVMSetAlignment(global, 64)
            return global
        }
        constantBytes += values.count * MemoryLayout<T>.stride
        guard constantBytes <= Self.maximumConstantBytes else {
            // Past the limit nothing more is emitted (a constant's length is a 32-bit count);
            // the initializer reports the total.
            return LLVMGetUndef(module.pointer(to: module.int8))!
        }
        return values.withUnsafeBytes { bytes in
            let initializer = LLVMConstStringInContext(
                module.context, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), UInt32(bytes.count), 1)!
            let global = LLVMAddGlobal(module.module, LLVMTypeOf(initializer), name)!
            LLVMSetInitializer(global, initializer)
            LLVMSetGlobalConstant(global, 1)
            LLVMSetLinkage(global, LLVMPrivateLinkage)
            LLVMSetUnnamedAddress(global, LLVMGlobalUnnamedAddr)
            LLVMSetAlignment(global, 64)
            return global
        }
    }

    /// A NUL-terminated string constant as an i8 pointer.
    func stringConstant(_ text: String, name: String) -> LLVMValueRef {
        let initializer = LLVMConstStringInContext(module.context, text, UInt32(text.utf8.count), 0)!
        let global = LLVMAddGlobal(module.module, LLVMTypeOf(initializer), name)!
        LLVMSetInitializer(global, initializer)
        LLVMSetGlobalConstant(global, 1)
        LLVMSetLinkage(global, LLVMPrivateLinkage)
        LLVMSetUnnamedAddress(global, LLVMGlobalUnnamedAddr)
        return LLVMConstBitCast(global, module.bytePointer)
    }
}
