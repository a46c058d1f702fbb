import CLLVM
import DLCGraph
import Foundation

/// Optimizes and compiles one module as several parts on separate threads, one object per part.
///
/// LLVM's pipeline is single-threaded per module and spends nearly all of a large model's
/// compile time in function passes over the kernels (ResNet-50: about 10 s of 12). Those
/// functions are independent, so the module is cut into parts of about equal instruction
/// counts, each optimized and compiled in its own LLVM context; the linker joins the objects.
///
/// - A function stays together with the `alwaysinline` functions it calls (a kernel step and
///   its body), so inlining and alias facts are the same as in one module.
/// - Part 0 is the original module: it keeps every global variable (the weights) and the
///   functions assigned to it. The other parts are parsed from its bitcode and keep only their
///   own functions; everything else becomes a declaration.
/// - A function or global used from another part gets external linkage and hidden
///   visibility, so the parts link to each other but nothing new is exported from the library.
///
/// ```swift
/// let objects = try ModuleSplitter(module: compiler.module, parts: 2).objects(target: target, pipeline: "default<O3>")
/// try SharedLibraryLinker.link(objects: objects, to: "model.so")
/// ```
package struct ModuleSplitter {
    package let module: IRModule
    /// Which part defines each function with a body, by name.
    package let owners: [String: Int]
    package let partCount: Int

    /// Parts a library is compiled in: 4 per core on a 2-core machine (handed out as threads free
    /// up), and the same on every machine, so a library's bytes do not depend on its core count.
    package static let defaultParts = 8

    /// Parts have at least this many instructions (before optimization): a smaller part
    /// costs more in per-module overhead than the thread saves. Small models are one part.
    package static let minimumInstructionsPerPart = 2000

    /// Plans the split; `parts` is an upper bound (fewer when the module is small). Asking
    /// for more parts than cores balances the load: a thread that finishes takes the next part.
    package init(module: IRModule, parts: Int, minimumInstructionsPerPart: Int = ModuleSplitter.minimumInstructionsPerPart) {
        self.module = module
        let functions = Self.functions(in: module.module).filter { LLVMIsDeclaration($0) == 0 }
        let names = functions.map(Self.name(of:))
        let instructions = functions.map(Self.instructionCount(of:))
        let total = instructions.reduce(0, +)
        let count = max(1, min(parts, functions.count, total / max(1, minimumInstructionsPerPart)))
        partCount = count

        // Union each alwaysinline function with every function that calls it.
        var cluster = [String: String]()
        func root(_ name: String) -> String {
            var name = name
            while let parent = cluster[name], parent != name { name = parent }
            return name
        }
        for name in names { cluster[name] = name }
        let alwaysInline = LLVMGetEnumAttributeKindForName("alwaysinline", 12)
        for (function, name) in zip(functions, names) where LLVMGetEnumAttributeAtIndex(function, functionAttributeIndex, alwaysInline) != nil {
            for user in Self.userFunctions(of: function) {
                let (a, b) = (root(name), root(Self.name(of: user)))
                if a != b { cluster[a] = b }
            }
        }
        var sizes = [String: Int]()
        for (name, count) in zip(names, instructions) { sizes[root(name), default: 0] += count }

        // Largest clusters first, each to the lightest part (ties: the lowest part).
        var load = [Int](repeating: 0, count: count)
        var clusterPart = [String: Int]()
        for (name, size) in sizes.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
            let part = load.indices.min { load[$0] != load[$1] ? load[$0] < load[$1] : $0 < $1 }!
            clusterPart[name] = part
            load[part] += size
        }
        var owners = [String: Int]()
        for name in names { owners[name] = clusterPart[root(name)]! }
        self.owners = owners
    }

    /// Optimizes and compiles every part (in parallel), returning one object per part. The
    /// module is consumed: afterwards it holds part 0 only.
    package func objects(target: CodegenTarget, pipeline: String) throws(DLCError) -> [[UInt8]] {
        if partCount == 1 {
            let machine = try TargetMachine(target)
            try machine.optimize(module, pipeline: pipeline)
            try module.verify()
            return [try machine.emit(module, as: .object)]
        }
        promoteSharedSymbols()
        let bitcode = bitcodeWithoutInitializers()
        defer { LLVMDisposeMemoryBuffer(bitcode) }

        let results = UnsafeResults(count: partCount)
        let shared = UnsafeShared(bitcode: bitcode, module: module)
        let owners = self.owners
        DispatchQueue.concurrentPerform(iterations: partCount) { part in
            results.set(part, Result { () throws(DLCError) -> [UInt8] in
                let partModule = part == 0 ? shared.module : try Self.parse(shared.bitcode)
                Self.keepOnly(part: part, owners: owners, in: partModule)
                let machine = try TargetMachine(target)
                try machine.optimize(partModule, pipeline: pipeline)
                try partModule.verify()
                return try machine.emit(partModule, as: .object)
            })
        }
        return try results.values.map { result throws(DLCError) in try result!.get() }
    }

    // MARK: - Steps

    /// Gives external, hidden linkage to every internal function and global that a function of
    /// another part uses (and a name to any that has none), so the parts can link.
    private func promoteSharedSymbols() {
        for (index, value) in (Self.functions(in: module.module) + Self.globals(in: module.module)).enumerated() {
            let linkage = LLVMGetLinkage(value)
            guard linkage == LLVMInternalLinkage || linkage == LLVMPrivateLinkage else { continue }
            let home = LLVMIsAFunction(value) != nil ? owners[Self.name(of: value)] ?? 0 : 0
            let usedElsewhere = Self.userFunctions(of: value).contains { (owners[Self.name(of: $0)] ?? 0) != home }
            guard usedElsewhere else { continue }
            if Self.name(of: value).isEmpty { LLVMSetValueName2(value, "dlc.shared.\(index)", "dlc.shared.\(index)".utf8.count) }
            LLVMSetLinkage(value, LLVMExternalLinkage)
            LLVMSetVisibility(value, LLVMHiddenVisibility)
            LLVMSetUnnamedAddress(value, LLVMNoUnnamedAddr)
        }
    }

    /// Turns every function another part defines, and (outside part 0) every global
    /// variable, into a declaration.
    private static func keepOnly(part: Int, owners: [String: Int], in partModule: IRModule) {
        let module = partModule.module
        let foreign = functions(in: module).filter { LLVMIsDeclaration($0) == 0 && (owners[name(of: $0)] ?? 0) != part }
        for old in foreign {
            let name = self.name(of: old)
            LLVMSetValueName2(old, "", 0)
            let declaration = LLVMAddFunction(module, name, LLVMGlobalGetValueType(old))!
            LLVMReplaceAllUsesWith(old, declaration)
            LLVMDeleteFunction(old)
            LLVMSetLinkage(declaration, LLVMExternalLinkage)
        }
        guard part != 0 else { return }
        for old in globals(in: module) {
            if LLVMGetFirstUse(old) == nil {
                LLVMDeleteGlobal(old)
                continue
            }
            let name = self.name(of: old)
            LLVMSetValueName2(old, "", 0)
            let declaration = LLVMAddGlobal(module, LLVMGlobalGetValueType(old), name)!
            LLVMSetGlobalConstant(declaration, LLVMIsGlobalConstant(old))
            LLVMSetAlignment(declaration, LLVMGetAlignment(old))
            LLVMReplaceAllUsesWith(old, declaration)
            LLVMDeleteGlobal(old)
        }
    }

    /// The module's bitcode with every global variable's initializer replaced by zeros for the
    /// write: the other parts only declare the globals, and the weights would make the bitcode
    /// (and its parsing, once per part) as large as the model.
    private func bitcodeWithoutInitializers() -> LLVMMemoryBufferRef {
        let saved = Self.globals(in: module.module).compactMap { global in LLVMGetInitializer(global).map { (global, $0) } }
        for (global, _) in saved { LLVMSetInitializer(global, LLVMConstNull(LLVMGlobalGetValueType(global))) }
        defer { for (global, initializer) in saved { LLVMSetInitializer(global, initializer) } }
        return LLVMWriteBitcodeToMemoryBuffer(module.module)!
    }

    private static func parse(_ bitcode: LLVMMemoryBufferRef) throws(DLCError) -> IRModule {
        let context = LLVMContextCreate()!
        var parsed: LLVMModuleRef?
        guard LLVMParseBitcodeInContext2(context, bitcode, &parsed) == 0, let parsed else {
            LLVMContextDispose(context)
            throw DLCError("internal error: LLVM could not read back the module's bitcode")
        }
        return IRModule(adopting: parsed, context: context)
    }

    // MARK: - Walking the module

    /// Every function of the module, declarations included.
    private static func functions(in module: LLVMModuleRef) -> [LLVMValueRef] {
        list(from: LLVMGetFirstFunction(module), next: LLVMGetNextFunction)
    }

    /// Every global variable of the module.
    private static func globals(in module: LLVMModuleRef) -> [LLVMValueRef] {
        list(from: LLVMGetFirstGlobal(module), next: LLVMGetNextGlobal)
    }

    /// The values of one of LLVM's intrusive lists, from its first.
    private static func list(from first: LLVMValueRef?, next: (LLVMValueRef) -> LLVMValueRef?) -> [LLVMValueRef] {
        var values = [LLVMValueRef]()
        var current = first
        while let value = current {
            values.append(value)
            current = next(value)
        }
        return values
    }

    private static func instructionCount(of function: LLVMValueRef) -> Int {
        var count = 0
        var block = LLVMGetFirstBasicBlock(function)
        while let current = block {
            var instruction = LLVMGetFirstInstruction(current)
            while let each = instruction { count += 1; instruction = LLVMGetNextInstruction(each) }
            block = LLVMGetNextBasicBlock(current)
        }
        return count
    }

    /// The functions whose instructions use `value`, directly or through constant expressions.
    /// A use in a global variable's initializer counts as part 0's (the globals' home).
    private static func userFunctions(of value: LLVMValueRef) -> [LLVMValueRef] {
        var functions = [LLVMValueRef]()
        var pending = [value]
        while let next = pending.popLast() {
            var use = LLVMGetFirstUse(next)
            while let current = use {
                let user = LLVMGetUser(current)!
                if LLVMIsAInstruction(user) != nil {
                    functions.append(LLVMGetBasicBlockParent(LLVMGetInstructionParent(user))!)
                } else if LLVMIsAGlobalValue(user) == nil {
                    pending.append(user)   // a constant expression or aggregate: follow its users
                }
                use = LLVMGetNextUse(current)
            }
        }
        return functions
    }

    private static func name(of value: LLVMValueRef) -> String {
        var length = 0
        guard let name = LLVMGetValueName2(value, &length), length > 0 else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: name, count: length), as: UTF8.self)
    }
}

/// One result slot per part, written by exactly one thread each.
private final class UnsafeResults: @unchecked Sendable {
    private(set) var values: [Result<[UInt8], DLCError>?]
    private let lock = NSLock()
    package init(count: Int) { values = Array(repeating: nil, count: count) }
    package func set(_ index: Int, _ value: Result<[UInt8], DLCError>) { lock.withLock { values[index] = value } }
}

/// The bitcode (read by every thread) and part 0's module (used by one thread only).
private struct UnsafeShared: @unchecked Sendable {
    package let bitcode: LLVMMemoryBufferRef
    package let module: IRModule
}
