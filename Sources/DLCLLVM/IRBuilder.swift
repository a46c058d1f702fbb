import CLLVM

/// Emits instructions into a function, so kernel generators read like code rather than C calls.
///
/// Every value is an `LLVMValueRef`; integer arithmetic is 64-bit unless stated.
package final class IRBuilder {
    package let module: IRModule
    package let builder: LLVMBuilderRef

    package init(module: IRModule) {
        self.module = module
        builder = LLVMCreateBuilderInContext(module.context)
    }

    deinit { LLVMDisposeBuilder(builder) }

    package func position(at block: LLVMBasicBlockRef) { LLVMPositionBuilderAtEnd(builder, block) }

    package var currentBlock: LLVMBasicBlockRef { LLVMGetInsertBlock(builder) }

    package var currentFunction: LLVMValueRef { LLVMGetBasicBlockParent(currentBlock) }

    /// A new block at the end of the current function.
    package func makeBlock(_ name: String) -> LLVMBasicBlockRef {
        LLVMAppendBasicBlockInContext(module.context, currentFunction, name)
    }

    // MARK: - Integer arithmetic

    package func add(_ a: LLVMValueRef, _ b: LLVMValueRef, _ name: String = "") -> LLVMValueRef { LLVMBuildAdd(builder, a, b, name) }
    package func sub(_ a: LLVMValueRef, _ b: LLVMValueRef, _ name: String = "") -> LLVMValueRef { LLVMBuildSub(builder, a, b, name) }
    package func mul(_ a: LLVMValueRef, _ b: LLVMValueRef, _ name: String = "") -> LLVMValueRef { LLVMBuildMul(builder, a, b, name) }
    /// Signed division (rounds toward zero).
    package func sdiv(_ a: LLVMValueRef, _ b: LLVMValueRef, _ name: String = "") -> LLVMValueRef { LLVMBuildSDiv(builder, a, b, name) }
    package func srem(_ a: LLVMValueRef, _ b: LLVMValueRef, _ name: String = "") -> LLVMValueRef { LLVMBuildSRem(builder, a, b, name) }
    package func and(_ a: LLVMValueRef, _ b: LLVMValueRef, _ name: String = "") -> LLVMValueRef { LLVMBuildAnd(builder, a, b, name) }
    package func or(_ a: LLVMValueRef, _ b: LLVMValueRef, _ name: String = "") -> LLVMValueRef { LLVMBuildOr(builder, a, b, name) }
    package func xor(_ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef { LLVMBuildXor(builder, a, b, "") }
    package func lshr(_ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef { LLVMBuildLShr(builder, a, b, "") }

    package func icmp(_ predicate: LLVMIntPredicate, _ a: LLVMValueRef, _ b: LLVMValueRef, _ name: String = "") -> LLVMValueRef {
        LLVMBuildICmp(builder, predicate, a, b, name)
    }

    package func select(_ condition: LLVMValueRef, _ a: LLVMValueRef, _ b: LLVMValueRef, _ name: String = "") -> LLVMValueRef {
        LLVMBuildSelect(builder, condition, a, b, name)
    }

    package func smax(_ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef { select(icmp(LLVMIntSGT, a, b), a, b) }
    package func smin(_ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef { select(icmp(LLVMIntSLT, a, b), a, b) }
    /// `⌈a / b⌉` for a non-negative `a` and a positive `b`: how many parts of `b` cover `a`.
    package func sdivRoundingUp(_ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef { sdiv(add(a, sub(b, index(1))), b) }

    package func sext(_ value: LLVMValueRef, to type: LLVMTypeRef) -> LLVMValueRef { LLVMBuildSExt(builder, value, type, "") }
    package func trunc(_ value: LLVMValueRef, to type: LLVMTypeRef) -> LLVMValueRef { LLVMBuildTrunc(builder, value, type, "") }
    package func sitofp(_ value: LLVMValueRef, to type: LLVMTypeRef) -> LLVMValueRef { LLVMBuildSIToFP(builder, value, type, "") }
    package func fpext(_ value: LLVMValueRef, to type: LLVMTypeRef) -> LLVMValueRef { LLVMBuildFPExt(builder, value, type, "") }
    package func fptrunc(_ value: LLVMValueRef, to type: LLVMTypeRef) -> LLVMValueRef { LLVMBuildFPTrunc(builder, value, type, "") }

    /// `name(x)` of the C math library on a double (`exp`, `log`, `log1p`, `pow` with `y`).
    package func libm(_ name: String, _ x: LLVMValueRef, _ y: LLVMValueRef? = nil) -> LLVMValueRef {
        let double = module.double
        let type = module.functionType(double, y == nil ? [double] : [double, double])
        let function = LLVMGetNamedFunction(module.module, name) ?? LLVMAddFunction(module.module, name, type)!
        return call(type, function, y == nil ? [x] : [x, y!])
    }

    // MARK: - Floating point

    package func fadd(_ a: LLVMValueRef, _ b: LLVMValueRef, _ name: String = "") -> LLVMValueRef { LLVMBuildFAdd(builder, a, b, name) }
    package func fsub(_ a: LLVMValueRef, _ b: LLVMValueRef, _ name: String = "") -> LLVMValueRef { LLVMBuildFSub(builder, a, b, name) }
    package func fmul(_ a: LLVMValueRef, _ b: LLVMValueRef, _ name: String = "") -> LLVMValueRef { LLVMBuildFMul(builder, a, b, name) }
    package func fdiv(_ a: LLVMValueRef, _ b: LLVMValueRef, _ name: String = "") -> LLVMValueRef { LLVMBuildFDiv(builder, a, b, name) }
    package func fneg(_ a: LLVMValueRef) -> LLVMValueRef { LLVMBuildFNeg(builder, a, "") }

    package func fcmp(_ predicate: LLVMRealPredicate, _ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef {
        LLVMBuildFCmp(builder, predicate, a, b, "")
    }

    // MARK: - Memory

    package func load(_ type: LLVMTypeRef, _ pointer: LLVMValueRef, alignment: Int = 0, _ name: String = "") -> LLVMValueRef {
        let value = LLVMBuildLoad2(builder, type, pointer, name)!
        if alignment > 0 { LLVMSetAlignment(value, UInt32(alignment)) }
        return value
    }

    @discardableResult
    package func store(_ value: LLVMValueRef, _ pointer: LLVMValueRef, alignment: Int = 0) -> LLVMValueRef {
        let store = LLVMBuildStore(builder, value, pointer)!
        if alignment > 0 { LLVMSetAlignment(store, UInt32(alignment)) }
        return store
    }

    /// `&base[index]` for elements of `type`.
    package func gep(_ type: LLVMTypeRef, _ base: LLVMValueRef, _ index: LLVMValueRef, _ name: String = "") -> LLVMValueRef {
        var indices: [LLVMValueRef?] = [index]
        return LLVMBuildInBoundsGEP2(builder, type, base, &indices, 1, name)
    }

    package func bitcast(_ value: LLVMValueRef, to type: LLVMTypeRef) -> LLVMValueRef { LLVMBuildBitCast(builder, value, type, "") }
    package func pointerCast(_ value: LLVMValueRef, to type: LLVMTypeRef) -> LLVMValueRef {
        LLVMBuildPointerCast(builder, value, type, "")
    }

    /// A stack slot in the current function's entry block, wherever the builder is: allocas there
    /// are promoted to registers and never grow the stack inside loops.
    package func alloca(_ type: LLVMTypeRef, _ name: String = "") -> LLVMValueRef {
        let entry = LLVMGetEntryBasicBlock(currentFunction)!
        let placer = LLVMCreateBuilderInContext(module.context)!
        defer { LLVMDisposeBuilder(placer) }
        if let first = LLVMGetFirstInstruction(entry) {
            LLVMPositionBuilderBefore(placer, first)
        } else {
            LLVMPositionBuilderAtEnd(placer, entry)
        }
        return LLVMBuildAlloca(placer, type, name)
    }

    // MARK: - Control flow

    package func branch(to block: LLVMBasicBlockRef) { LLVMBuildBr(builder, block) }

    package func branch(if condition: LLVMValueRef, then yes: LLVMBasicBlockRef, else no: LLVMBasicBlockRef) {
        LLVMBuildCondBr(builder, condition, yes, no)
    }

    package func phi(_ type: LLVMTypeRef, _ name: String = "") -> LLVMValueRef { LLVMBuildPhi(builder, type, name) }

    package func addIncoming(_ phi: LLVMValueRef, _ value: LLVMValueRef, from block: LLVMBasicBlockRef) {
        var values: [LLVMValueRef?] = [value]
        var blocks: [LLVMBasicBlockRef?] = [block]
        LLVMAddIncoming(phi, &values, &blocks, 1)
    }

    @discardableResult
    package func `return`(_ value: LLVMValueRef? = nil) -> LLVMValueRef {
        if let value { return LLVMBuildRet(builder, value) }
        return LLVMBuildRetVoid(builder)
    }

    @discardableResult
    package func call(_ function: IRFunction, _ arguments: [LLVMValueRef?], _ name: String = "") -> LLVMValueRef {
        call(function.type, function.value, arguments, name)
    }

    @discardableResult
    package func call(_ type: LLVMTypeRef, _ callee: LLVMValueRef, _ arguments: [LLVMValueRef?], _ name: String = "") -> LLVMValueRef {
        var arguments = arguments
        return LLVMBuildCall2(builder, type, callee, &arguments, UInt32(arguments.count), name)
    }

    /// A counted loop `for i in start..<end` (64-bit); `body` emits the loop body given `i`.
    /// `unrolled: false` tells LLVM not to unroll it (kernels that size their register use
    /// themselves, where unrolling makes LLVM hoist loads and spill).
    package func loop(from start: LLVMValueRef, to end: LLVMValueRef, step: Int = 1, _ name: String = "i",
                     unrolled: Bool = true, _ body: (LLVMValueRef) -> Void) {
        // A loop that provably runs once is emitted as its body: LICM would otherwise hoist every
        // load of a one-trip loop into the preheader, ahead of the FMAs that consume them, and a
        // register-tiled kernel then spills its broadcasts (docs/performance.md, "LICM").
        if let first = constantValue(start), let last = constantValue(end),
           last - first > 0, last - first <= Int64(step) {
            return body(start)
        }
        let entry = currentBlock
        let header = makeBlock("\(name).header")
        let bodyBlock = makeBlock("\(name).body")
        let exit = makeBlock("\(name).exit")
        branch(to: header)
        position(at: header)
        let index = phi(module.int64, name)
        addIncoming(index, start, from: entry)
        branch(if: icmp(LLVMIntSLT, index, end), then: bodyBlock, else: exit)
        position(at: bodyBlock)
        body(index)
        let next = add(index, module.constant(step), "\(name).next")
        addIncoming(index, next, from: currentBlock)
        let latch = LLVMBuildBr(builder, header)!
        if !unrolled { disableUnrolling(latch) }
        position(at: exit)
    }

    /// The value of an integer constant, or nil for anything computed at run time.
    private func constantValue(_ value: LLVMValueRef) -> Int64? {
        LLVMIsAConstantInt(value) == nil ? nil : LLVMConstIntGetSExtValue(value)
    }

    /// Attaches `!llvm.loop !{self, !{"llvm.loop.unroll.disable"}}` to a loop's latch branch.
    private func disableUnrolling(_ latch: LLVMValueRef) {
        let context = module.context
        let text = "llvm.loop.unroll.disable"
        var hint: [LLVMMetadataRef?] = [LLVMMDStringInContext2(context, text, text.utf8.count)]
        let disable = LLVMMDNodeInContext2(context, &hint, 1)
        let placeholder = LLVMTemporaryMDNode(context, nil, 0)
        var operands: [LLVMMetadataRef?] = [placeholder, disable]
        let loopID = LLVMMDNodeInContext2(context, &operands, 2)!
        LLVMMetadataReplaceAllUsesWith(placeholder, loopID)   // the loop ID refers to itself
        LLVMSetMetadata(latch, LLVMGetMDKindIDInContext(context, "llvm.loop", 9), LLVMMetadataAsValue(context, loopID))
    }

    /// Emits `body` only when `condition` holds; `body` may end in a return.
    package func when(_ condition: LLVMValueRef, _ body: () -> Void) {
        let yes = makeBlock("then")
        let done = makeBlock("endif")
        branch(if: condition, then: yes, else: done)
        position(at: yes)
        body()
        if LLVMGetBasicBlockTerminator(currentBlock) == nil { branch(to: done) }
        position(at: done)
    }

    /// Emits `then` or `otherwise` depending on `condition`.
    package func ifElse(_ condition: LLVMValueRef, then: () -> Void, otherwise: () -> Void) {
        let yes = makeBlock("then")
        let no = makeBlock("else")
        let done = makeBlock("endif")
        branch(if: condition, then: yes, else: no)
        position(at: yes)
        then()
        if LLVMGetBasicBlockTerminator(currentBlock) == nil { branch(to: done) }
        position(at: no)
        otherwise()
        if LLVMGetBasicBlockTerminator(currentBlock) == nil { branch(to: done) }
        position(at: done)
    }
}
