import CLLVM
import DLCGraph

/// An LLVM module and the context that owns its types.
///
/// ```swift
/// let module = IRModule(name: "probe")
/// let add = module.addFunction("add", returning: module.int32, parameters: [module.int32, module.int32])
/// let builder = IRBuilder(module: module)
/// builder.position(at: add.appendBlock("entry"))
/// builder.return(builder.add(add.parameter(0), add.parameter(1)))
/// try module.verify()
/// ```
package final class IRModule {
    package let context: LLVMContextRef
    package let module: LLVMModuleRef
    private let ownsContext: Bool
    private var ownsModule = true

    /// A module in a fresh context that this object owns.
    package init(name: String) {
        context = LLVMContextCreate()
        module = LLVMModuleCreateWithNameInContext(name, context)
        ownsContext = true
    }

    /// A module in a context owned elsewhere (the JIT's thread-safe context).
    package init(name: String, context: LLVMContextRef) {
        self.context = context
        module = LLVMModuleCreateWithNameInContext(name, context)
        ownsContext = false
    }

    /// Takes ownership of a module and the context it was created in (a module read from bitcode).
    package init(adopting module: LLVMModuleRef, context: LLVMContextRef) {
        self.context = context
        self.module = module
        ownsContext = true
    }

    /// A copy of `original` in its context, which `original` keeps owning.
    private init(copying original: IRModule) {
        context = original.context
        module = LLVMCloneModule(original.module)
        ownsContext = false
        contextOwner = original
    }

    /// Keeps the module whose context this copy shares alive.
    private var contextOwner: IRModule?

    /// A copy in the same context. Code generation changes the IR it emits from (CodeGenPrepare
    /// rewrites it in place), so a second emission of one module takes a copy to come out as it
    /// would alone.
    package func copy() -> IRModule { IRModule(copying: self) }

    deinit {
        if ownsModule { LLVMDisposeModule(module) }
        if ownsContext { LLVMContextDispose(context) }
    }

    /// Hands the module to a new owner (the JIT); this object no longer frees it.
    package func releaseOwnership() -> LLVMModuleRef {
        ownsModule = false
        return module
    }

    // MARK: - Types

    package var void: LLVMTypeRef { LLVMVoidTypeInContext(context) }
    package var int1: LLVMTypeRef { LLVMInt1TypeInContext(context) }
    package var int8: LLVMTypeRef { LLVMInt8TypeInContext(context) }
    package var int32: LLVMTypeRef { LLVMInt32TypeInContext(context) }
    package var int64: LLVMTypeRef { LLVMInt64TypeInContext(context) }
    package var float: LLVMTypeRef { LLVMFloatTypeInContext(context) }
    package var double: LLVMTypeRef { LLVMDoubleTypeInContext(context) }

    /// A pointer to `pointee` (an opaque `ptr` from LLVM 15 on).
    package func pointer(to pointee: LLVMTypeRef) -> LLVMTypeRef { LLVMPointerType(pointee, 0) }

    package func vector(_ element: LLVMTypeRef, _ count: Int) -> LLVMTypeRef { LLVMVectorType(element, UInt32(count)) }

    package func array(_ element: LLVMTypeRef, _ count: Int) -> LLVMTypeRef { LLVMArrayType(element, UInt32(count)) }

    package func structType(_ fields: [LLVMTypeRef?]) -> LLVMTypeRef {
        var fields = fields
        return LLVMStructTypeInContext(context, &fields, UInt32(fields.count), 0)
    }

    package func functionType(_ result: LLVMTypeRef, _ parameters: [LLVMTypeRef?], variadic: Bool = false) -> LLVMTypeRef {
        var parameters = parameters
        return LLVMFunctionType(result, &parameters, UInt32(parameters.count), variadic ? 1 : 0)
    }

    // MARK: - Constants

    package func constant(_ value: Int32) -> LLVMValueRef { LLVMConstInt(int32, UInt64(bitPattern: Int64(value)), 1) }
    package func constant(_ value: Int) -> LLVMValueRef { LLVMConstInt(int64, UInt64(bitPattern: Int64(value)), 1) }
    package func constant(_ value: Float) -> LLVMValueRef { LLVMConstReal(float, Double(value)) }
    package func constant(_ value: Double) -> LLVMValueRef { LLVMConstReal(double, value) }
    package func constant(_ value: Bool) -> LLVMValueRef { LLVMConstInt(int1, value ? 1 : 0, 0) }

    // MARK: - Functions and globals

    /// Adds (or returns the existing) function `name`.
    @discardableResult
    package func addFunction(_ name: String, returning result: LLVMTypeRef, parameters: [LLVMTypeRef?],
                            variadic: Bool = false) -> IRFunction {
        let type = functionType(result, parameters, variadic: variadic)
        if let existing = LLVMGetNamedFunction(module, name) { return IRFunction(module: self, value: existing, type: type) }
        return IRFunction(module: self, value: LLVMAddFunction(module, name, type), type: type)
    }

    // MARK: - Whole module

    /// Runs LLVM's verifier; a broken module is a compiler bug, reported with LLVM's message.
    package func verify() throws(DLCError) {
        var message: UnsafeMutablePointer<CChar>?
        let broken = LLVMVerifyModule(module, LLVMReturnStatusAction, &message)
        let text = takeMessage(message)
        if broken != 0 { throw DLCError("internal error: LLVM module failed verification: \(text)") }
    }

    /// The module as LLVM IR text.
    package var irText: String { takeMessage(LLVMPrintModuleToString(module)) }

    package var targetTriple: String {
        get { String(cString: LLVMGetTarget(module)) }
        set { LLVMSetTarget(module, newValue) }
    }
}

/// A function in an ``IRModule``.
package struct IRFunction {
    package let module: IRModule
    package let value: LLVMValueRef
    package let type: LLVMTypeRef

    package func parameter(_ index: Int) -> LLVMValueRef { LLVMGetParam(value, UInt32(index)) }

    package func appendBlock(_ name: String) -> LLVMBasicBlockRef {
        LLVMAppendBasicBlockInContext(module.context, value, name)
    }

    /// Adds a string attribute (`"prefer-vector-width"="512"`) to the function.
    package func addAttribute(_ key: String, _ value: String) {
        let attribute = LLVMCreateStringAttribute(module.context, key, UInt32(key.utf8.count), value, UInt32(value.utf8.count))
        LLVMAddAttributeAtIndex(self.value, functionAttributeIndex, attribute)
    }

    /// Adds an enum attribute (`nounwind`, `noalias`, ...) to the function (index ~0) or a parameter (1-based).
    package func addAttribute(_ name: String, at index: UInt32 = functionAttributeIndex) {
        let kind = LLVMGetEnumAttributeKindForName(name, name.utf8.count)
        LLVMAddAttributeAtIndex(value, index, LLVMCreateEnumAttribute(module.context, kind, 0))
    }

    package var linkage: LLVMLinkage {
        get { LLVMGetLinkage(value) }
        nonmutating set { LLVMSetLinkage(value, newValue) }
    }
}

/// The attribute index of a function itself (`~0U` in C).
package let functionAttributeIndex = LLVMAttributeIndex(UInt32(truncatingIfNeeded: Int(LLVMAttributeFunctionIndex)))
