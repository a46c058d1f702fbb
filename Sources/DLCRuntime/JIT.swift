import CLLVM
import DLCCodegen
import DLCGraph
import DLCLLVM
import DLCOptimizer
import Foundation

/// An ORC LLJIT instance holding one compiled model.
final class JITSession: @unchecked Sendable {
    private let jit: LLVMOrcLLJITRef
    /// What the compiler decided for a model (its lowered graph, each layer's kernel); nil for
    /// other modules (the FMA probe).
    private(set) var compilation: CompilationPlan?

    /// Compiles `graph` in process: builds and optimizes the module, hands it to LLJIT.
    convenience init(graph: Graph, options: CompileOptions) throws(DLCError) {
        try loadOpenMPRuntime()
        var compilation: CompilationPlan?
        try self.init(target: options.target) { context throws(DLCError) in
            let compiler = try ModelCompiler(graph: graph, options: options, context: context)
            try compiler.optimize()
            compilation = compiler.compilation
            return compiler.module.releaseOwnership()
        }
        self.compilation = compilation
    }

    /// Compiles a training step in process (``ModelCompiler/init(trainingStep:options:)``), or
    /// an `evaluation` graph reading its weights from a state buffer of `stateLayout`.
    convenience init(trainingStep: TrainingStep? = nil, evaluation: Graph? = nil, stateLayout: TrainingStateLayout? = nil,
                     options: CompileOptions) throws(DLCError) {
        try loadOpenMPRuntime()
        var compilation: CompilationPlan?
        try self.init(target: options.target) { context throws(DLCError) in
            let compiler = if let trainingStep {
                try ModelCompiler(graph: trainingStep.graph, options: options, context: context, trainingStep: trainingStep)
            } else {
                try ModelCompiler(graph: evaluation!, options: options, context: context, evaluationState: stateLayout!)
            }
            try compiler.optimize()
            compilation = compiler.compilation
            return compiler.module.releaseOwnership()
        }
        self.compilation = compilation
    }

    /// Hands the module `build` makes (in the context it is given) to a new LLJIT for `target`.
    init(target: CodegenTarget, build: (LLVMContextRef) throws(DLCError) -> LLVMModuleRef) throws(DLCError) {
        let context = LLVMOrcCreateNewThreadSafeContext()!
        defer { LLVMOrcDisposeThreadSafeContext(context) }
        let module = try build(LLVMOrcThreadSafeContextGetContext(context))
        let machine = try TargetMachine.makeUnowned(target, forJIT: true)
        let builder = LLVMOrcCreateLLJITBuilder()!
        LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(builder, LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine(machine))
        var created: LLVMOrcLLJITRef?
        if let error = takeError(LLVMOrcCreateLLJIT(&created, builder), context: "creating the JIT") { throw error }
        jit = created!
        var generator: LLVMOrcDefinitionGeneratorRef?
        if let error = takeError(LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(&generator, LLVMOrcLLJITGetGlobalPrefix(jit), nil, nil),
                                     context: "resolving process symbols") {
            throw error
        }
        LLVMOrcJITDylibAddGenerator(LLVMOrcLLJITGetMainJITDylib(jit), generator)
        let threadSafeModule = LLVMOrcCreateNewThreadSafeModule(module, context)
        if let error = takeError(LLVMOrcLLJITAddLLVMIRModule(jit, LLVMOrcLLJITGetMainJITDylib(jit), threadSafeModule),
                                     context: "adding the model to the JIT") {
            throw error
        }
    }

    deinit { _ = LLVMOrcDisposeLLJIT(jit) }

    /// The address of a symbol of the compiled model (compiling it on first use).
    func address(of symbol: String) throws(DLCError) -> UnsafeRawPointer {
        var address: LLVMOrcExecutorAddress = 0
        if let error = takeError(LLVMOrcLLJITLookup(jit, &address, symbol), context: "looking up \(symbol)") { throw error }
        guard let pointer = UnsafeRawPointer(bitPattern: UInt(address)) else { throw DLCError("JIT symbol \(symbol) is null") }
        return pointer
    }
}

/// Compiled models call libgomp's GOMP_parallel; the JIT resolves it from the process, so the
/// runtime must be loaded first.
private let openMPRuntime: Result<Void, DLCError> = {
    if dlopen("libgomp.so.1", RTLD_NOW | RTLD_GLOBAL) != nil { return .success(()) }
    return .failure(DLCError("the OpenMP runtime libgomp.so.1 cannot be loaded (\(String(cString: dlerror()))); "
                             + "install it (apt-get install libgomp1)"))
}()

func loadOpenMPRuntime() throws(DLCError) { try openMPRuntime.get() }
