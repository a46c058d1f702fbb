import CLLVM
import DLCGraph

// Helpers kernel generators use: constants, element and vector access through float pointers,
// intrinsics and element-wise activations. A value is a scalar float or a <N x float> vector;
// helpers that need a constant of the same shape derive it from the operand's type.

extension IRModule {
    package var floatPointer: LLVMTypeRef { pointer(to: float) }
    package var bytePointer: LLVMTypeRef { pointer(to: int8) }
}

extension IRBuilder {
    // MARK: - Constants

    /// An i64 constant.
    package func index(_ value: Int) -> LLVMValueRef { module.constant(value) }

    /// A float constant shaped like `reference` (scalar or vector).
    package func float(_ value: Float, like reference: LLVMValueRef) -> LLVMValueRef {
        let lanes = laneCount(of: reference)
        let scalar = module.constant(value)
        if lanes == 0 { return scalar }
        var elements = [LLVMValueRef?](repeating: scalar, count: lanes)
        return LLVMConstVector(&elements, UInt32(lanes))
    }

    /// A float vector constant of `lanes` copies, or a scalar when `lanes` is 0.
    package func float(_ value: Float, lanes: Int) -> LLVMValueRef {
        let scalar = module.constant(value)
        if lanes == 0 { return scalar }
        var elements = [LLVMValueRef?](repeating: scalar, count: lanes)
        return LLVMConstVector(&elements, UInt32(lanes))
    }

    /// Vector lanes of a value's type, 0 for scalars.
    package func laneCount(of value: LLVMValueRef) -> Int {
        let type = LLVMTypeOf(value)!
        return LLVMGetTypeKind(type) == LLVMVectorTypeKind ? Int(LLVMGetVectorSize(type)) : 0
    }

    /// Broadcasts a scalar to `lanes` lanes.
    package func splat(_ scalar: LLVMValueRef, lanes: Int) -> LLVMValueRef {
        let type = module.vector(LLVMTypeOf(scalar), lanes)
        let single = LLVMBuildInsertElement(builder, LLVMGetUndef(type), scalar, module.constant(Int32(0)), "")!
        var zeros = [LLVMValueRef?](repeating: module.constant(Int32(0)), count: lanes)
        return LLVMBuildShuffleVector(builder, single, LLVMGetUndef(type), LLVMConstVector(&zeros, UInt32(lanes)), "splat")
    }

    /// Picks lanes of two vectors (indices past the first vector's lanes select from the second).
    package func shuffle(_ a: LLVMValueRef, _ b: LLVMValueRef, _ lanes: [Int]) -> LLVMValueRef {
        var mask = lanes.map { Optional(module.constant(Int32($0))) }
        return LLVMBuildShuffleVector(builder, a, b, LLVMConstVector(&mask, UInt32(lanes.count)), "")
    }

    package func extract(_ vector: LLVMValueRef, _ lane: Int) -> LLVMValueRef {
        LLVMBuildExtractElement(builder, vector, module.constant(Int32(lane)), "")
    }

    package func insert(_ vector: LLVMValueRef, _ scalar: LLVMValueRef, _ lane: Int) -> LLVMValueRef {
        LLVMBuildInsertElement(builder, vector, scalar, module.constant(Int32(lane)), "")
    }

    // MARK: - Memory through float pointers

    /// `&base[index]` for a float pointer and an i64 index.
    package func element(_ base: LLVMValueRef, _ index: LLVMValueRef) -> LLVMValueRef { gep(module.float, base, index) }

    package func loadFloat(_ base: LLVMValueRef, _ index: LLVMValueRef) -> LLVMValueRef {
        load(module.float, element(base, index), alignment: 4)
    }

    package func storeFloat(_ value: LLVMValueRef, _ base: LLVMValueRef, _ index: LLVMValueRef) {
        store(value, element(base, index), alignment: 4)
    }

    /// Loads `lanes` consecutive floats starting at `base[index]` (no alignment assumed).
    package func loadVector(_ base: LLVMValueRef, _ index: LLVMValueRef, lanes: Int) -> LLVMValueRef {
        let type = module.vector(module.float, lanes)
        return load(type, bitcast(element(base, index), to: module.pointer(to: type)), alignment: 4)
    }

    package func storeVector(_ value: LLVMValueRef, _ base: LLVMValueRef, _ index: LLVMValueRef) {
        let type = LLVMTypeOf(value)!
        store(value, bitcast(element(base, index), to: module.pointer(to: type)), alignment: 4)
    }

    /// Loads floats at `base[index]`, `base[index + stride]`, ... as one vector.
    package func loadStrided(_ base: LLVMValueRef, _ index: LLVMValueRef, stride: Int, lanes: Int) -> LLVMValueRef {
        if stride == 1 { return loadVector(base, index, lanes: lanes) }
        if stride == 2 {
            // Two contiguous loads and a shuffle of the even lanes: no gather needed.
            let low = loadVector(base, index, lanes: lanes)
            let high = loadVector(base, add(index, self.index(lanes)), lanes: lanes)
            return shuffle(low, high, (0..<lanes).map { $0 * 2 })
        }
        var vector = LLVMGetUndef(module.vector(module.float, lanes))!
        for lane in 0..<lanes { vector = insert(vector, loadFloat(base, add(index, self.index(lane * stride))), lane) }
        return vector
    }

    /// Fills `count` bytes at `pointer` with zero.
    package func zeroBytes(_ pointer: LLVMValueRef, count: LLVMValueRef) {
        LLVMBuildMemSet(builder, bitcast(pointer, to: module.bytePointer), LLVMConstInt(module.int8, 0, 0), count, 4)
    }

    /// Copies `count` bytes.
    package func copyBytes(to destination: LLVMValueRef, from source: LLVMValueRef, count: LLVMValueRef) {
        LLVMBuildMemCpy(builder, bitcast(destination, to: module.bytePointer), 4,
                        bitcast(source, to: module.bytePointer), 4, count)
    }

    // MARK: - Intrinsics

    /// Calls an overloaded LLVM intrinsic such as `llvm.fma` on `arguments`.
    @discardableResult
    package func intrinsic(_ name: String, overloads: [LLVMTypeRef], _ arguments: [LLVMValueRef]) -> LLVMValueRef {
        let id = LLVMLookupIntrinsicID(name, name.utf8.count)
        precondition(id != 0, "unknown intrinsic \(name)")
        var types = overloads.map { Optional($0) }
        let function = LLVMGetIntrinsicDeclaration(module.module, id, &types, types.count)!
        let type = LLVMIntrinsicGetType(module.context, id, &types, types.count)!
        return call(type, function, arguments)
    }

    /// Asks for the cache line at `base[index]` ahead of its use (a read): into every level
    /// (`locality` 3, `prefetcht0`), or with 2 (`prefetcht1`) into L2 and below, for data needed
    /// later than the next few thousand cycles.
    package func prefetch(_ base: LLVMValueRef, _ index: LLVMValueRef, locality: Int32 = 3) {
        let pointer = bitcast(element(base, index), to: module.bytePointer)
        intrinsic("llvm.prefetch", overloads: [module.bytePointer],
                  [pointer, module.constant(Int32(0)), module.constant(locality), module.constant(Int32(1))])
    }

    /// `a · b + c`, fused.
    package func fma(_ a: LLVMValueRef, _ b: LLVMValueRef, _ c: LLVMValueRef) -> LLVMValueRef {
        intrinsic("llvm.fma", overloads: [LLVMTypeOf(a)], [a, b, c])
    }

    /// The larger of `a` and `b`, NaN when either is NaN (PyTorch's max pooling and `max`;
    /// `llvm.maxnum` would return the other operand). On x86 the first select is one `maxps`
    /// (which returns `b` when either is NaN), the second puts back a NaN `a`: as many
    /// instructions as `maxnum` takes there.
    package func maximum(_ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef {
        keepingNaN(of: a, select(fcmp(LLVMRealOGT, a, b), a, b))
    }

    /// Sum of a vector's lanes by halving shuffles (a fixed, target-independent order).
    package func horizontalSum(_ vector: LLVMValueRef) -> LLVMValueRef {
        var value = vector
        var lanes = laneCount(of: vector)
        while lanes > 1 {
            let half = lanes / 2
            let low = shuffle(value, value, Array(0..<half))
            let high = shuffle(value, value, Array(half..<lanes))
            value = fadd(low, high)
            lanes = half
        }
        return extract(value, 0)
    }

    /// Maximum of a vector's lanes.
    package func horizontalMaximum(_ vector: LLVMValueRef) -> LLVMValueRef {
        var value = vector
        var lanes = laneCount(of: vector)
        while lanes > 1 {
            let half = lanes / 2
            value = maximum(shuffle(value, value, Array(0..<half)), shuffle(value, value, Array(half..<lanes)))
            lanes = half
        }
        return extract(value, 0)
    }
}

extension IRBuilder {
    // MARK: - Loops

    /// `for i in 0..<count` with a compile-time count (a count of one is the body alone, as for
    /// every loop whose constant bounds make one trip).
    package func loop(count: Int, _ name: String = "i", unrolled: Bool = true, _ body: (LLVMValueRef) -> Void) {
        loop(from: index(0), to: index(count), name, unrolled: unrolled, body)
    }

    /// Visits `start..<end` (i64 values) in vectors of `lanes` floats, then one element at a time:
    /// `body(index, lanes)` is called with `lanes` for full vectors and 0 for the scalar remainder.
    package func forEachVector(from start: LLVMValueRef, to end: LLVMValueRef, lanes: Int,
                              _ body: (LLVMValueRef, Int) -> Void) {
        let count = sub(end, start)
        let vectorEnd = add(start, mul(sdiv(count, index(lanes)), index(lanes)))
        loop(from: start, to: vectorEnd, step: lanes, "v") { body($0, lanes) }
        loop(from: vectorEnd, to: end, "s") { body($0, 0) }
    }

    /// Loads a vector, or one float when `lanes` is 0.
    package func loadFloats(_ base: LLVMValueRef, _ index: LLVMValueRef, lanes: Int) -> LLVMValueRef {
        lanes == 0 ? loadFloat(base, index) : loadVector(base, index, lanes: lanes)
    }

    /// Stores a vector or a float.
    package func storeFloats(_ value: LLVMValueRef, _ base: LLVMValueRef, _ index: LLVMValueRef) {
        laneCount(of: value) == 0 ? storeFloat(value, base, index) : storeVector(value, base, index)
    }

    /// A float shaped like `lanes` (a vector splat, or the scalar itself).
    package func broadcast(_ scalar: LLVMValueRef, lanes: Int) -> LLVMValueRef {
        lanes == 0 ? scalar : splat(scalar, lanes: lanes)
    }
}

extension IRBuilder {
    // MARK: - Partial vectors

    private func laneMask(lanes: Int, active: Int) -> LLVMValueRef {
        var bits = (0..<lanes).map { Optional(LLVMConstInt(module.int1, $0 < active ? 1 : 0, 0)!) }
        return LLVMConstVector(&bits, UInt32(lanes))
    }

    /// Loads the first `active` of `lanes` floats at `base[index]`; the other lanes are zero and
    /// their memory is not touched.
    package func loadPartial(_ base: LLVMValueRef, _ index: LLVMValueRef, lanes: Int, active: Int) -> LLVMValueRef {
        if active == lanes { return loadVector(base, index, lanes: lanes) }
        let type = module.vector(module.float, lanes)
        let pointer = bitcast(element(base, index), to: module.pointer(to: type))
        return intrinsic("llvm.masked.load", overloads: [type, LLVMTypeOf(pointer)],
                         [pointer, module.constant(Int32(4)), laneMask(lanes: lanes, active: active), LLVMConstNull(type)])
    }

    /// Stores the first `active` lanes of a vector at `base[index]`.
    package func storePartial(_ value: LLVMValueRef, _ base: LLVMValueRef, _ index: LLVMValueRef, active: Int) {
        let lanes = laneCount(of: value)
        if active == lanes { return storeVector(value, base, index) }
        let pointer = bitcast(element(base, index), to: module.pointer(to: LLVMTypeOf(value)))
        intrinsic("llvm.masked.store", overloads: [LLVMTypeOf(value), LLVMTypeOf(pointer)],
                  [value, pointer, module.constant(Int32(4)), laneMask(lanes: lanes, active: active)])
    }
}
