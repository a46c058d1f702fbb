import CLLVM
import DLCGraph
import Foundation

/// An LLVM target machine: optimizes modules and emits objects or assembly for a ``CodegenTarget``.
package final class TargetMachine {
    package let target: CodegenTarget
    package let machine: LLVMTargetMachineRef

    /// Position-independent code (for shared libraries and the JIT), aggressive optimization.
    package init(_ target: CodegenTarget) throws(DLCError) {
        LLVM.initializeTargets()
        var llvmTarget: LLVMTargetRef?
        var message: UnsafeMutablePointer<CChar>?
        guard LLVMGetTargetFromTriple(target.triple, &llvmTarget, &message) == 0, let llvmTarget else {
            throw DLCError("unsupported target '\(target.triple)': \(takeMessage(message))")
        }
        guard let machine = LLVMCreateTargetMachine(llvmTarget, target.triple, target.cpu, target.features,
                                                    LLVMCodeGenLevelAggressive, LLVMRelocPIC, LLVMCodeModelDefault) else {
            throw DLCError("LLVM cannot create a target machine for \(target)")
        }
        self.target = target
        self.machine = machine
    }

    deinit { LLVMDisposeTargetMachine(machine) }

    /// A target machine whose ownership passes to the caller (ORC's JIT takes it over).
    package static func makeUnowned(_ target: CodegenTarget, forJIT: Bool) throws(DLCError) -> LLVMTargetMachineRef {
        LLVM.initializeTargets()
        var llvmTarget: LLVMTargetRef?
        var message: UnsafeMutablePointer<CChar>?
        guard LLVMGetTargetFromTriple(target.triple, &llvmTarget, &message) == 0, let llvmTarget else {
            throw DLCError("unsupported target '\(target.triple)': \(takeMessage(message))")
        }
        guard let machine = LLVMCreateTargetMachine(llvmTarget, target.triple, target.cpu, target.features, LLVMCodeGenLevelAggressive,
                                                    forJIT ? LLVMRelocDefault : LLVMRelocPIC,
                                                    forJIT ? LLVMCodeModelJITDefault : LLVMCodeModelDefault) else {
            throw DLCError("LLVM cannot create a target machine for \(target)")
        }
        return machine
    }

    /// Stamps the module with this target's triple and data layout.
    package func configure(_ module: IRModule) {
        LLVMSetTarget(module.module, target.triple)
        let layout = LLVMCreateTargetDataLayout(machine)
        LLVMSetModuleDataLayout(module.module, layout)
        LLVMDisposeTargetData(layout)
    }

    /// Runs an LLVM new-pass-manager pipeline such as `default<O3>`.
    package func optimize(_ module: IRModule, pipeline: String = "default<O3>") throws(DLCError) {
        let options = LLVMCreatePassBuilderOptions()
        defer { LLVMDisposePassBuilderOptions(options) }
        LLVMPassBuilderOptionsSetLoopVectorization(options, 1)
        LLVMPassBuilderOptionsSetSLPVectorization(options, 1)
        LLVMPassBuilderOptionsSetLoopUnrolling(options, 1)
        LLVMPassBuilderOptionsSetLoopInterleaving(options, 1)
        if let error = takeError(LLVMRunPasses(module.module, pipeline, machine, options), context: "LLVM pass pipeline") {
            throw error
        }
    }

    package enum FileKind { case object, assembly }

    /// Machine code for the module, as bytes.
    package func emit(_ module: IRModule, as kind: FileKind) throws(DLCError) -> [UInt8] {
        var message: UnsafeMutablePointer<CChar>?
        var buffer: LLVMMemoryBufferRef?
        let type = kind == .object ? LLVMObjectFile : LLVMAssemblyFile
        if LLVMTargetMachineEmitToMemoryBuffer(machine, module.module, type, &message, &buffer) != 0 {
            throw DLCError("LLVM code generation failed for \(target): \(takeMessage(message))")
        }
        guard let buffer else { throw DLCError("LLVM code generation produced no output") }
        defer { LLVMDisposeMemoryBuffer(buffer) }
        let start = LLVMGetBufferStart(buffer)!
        let size = LLVMGetBufferSize(buffer)
        return [UInt8](UnsafeRawBufferPointer(start: start, count: size))
    }
}
