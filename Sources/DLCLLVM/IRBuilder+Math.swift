import CLLVM

// Vectorizable transcendental functions in plain IR (LLVM would otherwise call libm once per
// lane). Polynomials after Cephes' single-precision expf and tanhf: a few ulp from libm, well
// inside the tolerance compiled results are checked with against the interpreter.

extension IRBuilder {
    /// e^x for a scalar or vector float; NaN stays NaN (so do sigmoid and tanh, built on it).
    package func exp(_ x: LLVMValueRef) -> LLVMValueRef {
        let lanes = laneCount(of: x)
        let c = { (value: Float) in self.float(value, lanes: lanes) }
        // maxnum/minnum take NaN to -87.3: the polynomial stays finite and well defined, and the
        // NaN is put back at the end (a clamp that kept it would reach fptosi, whose result is
        // poison for NaN).
        let clamped = intrinsic("llvm.minnum", overloads: [LLVMTypeOf(x)],
                                [intrinsic("llvm.maxnum", overloads: [LLVMTypeOf(x)], [x, c(-87.3)]), c(88.7)])
        // x = n·ln2 + r with |r| <= ln2/2; ln2 split in two so n·ln2 is exact.
        let n = intrinsic("llvm.floor", overloads: [LLVMTypeOf(x)], [fma(clamped, c(1.442_695_04), c(0.5))])
        var r = fma(n, c(-0.693_359_375), clamped)
        r = fma(n, c(2.121_944_40e-4), r)
        var p = c(1.987_569_150_0e-4)
        for coefficient: Float in [1.398_199_950_7e-3, 8.333_451_907_3e-3, 4.166_579_589_4e-2, 1.666_666_545_9e-1, 5.000_000_120_1e-1] {
            p = fma(p, r, c(coefficient))
        }
        let expR = fadd(fma(p, fmul(r, r), r), c(1))
        // 2^n built in the exponent bits.
        let intType = lanes == 0 ? module.int32 : module.vector(module.int32, lanes)
        let bias: LLVMValueRef
        if lanes == 0 { bias = module.constant(Int32(127)) } else {
            var elements = [LLVMValueRef?](repeating: module.constant(Int32(127)), count: lanes)
            bias = LLVMConstVector(&elements, UInt32(lanes))
        }
        let exponent = LLVMBuildFPToSI(builder, n, intType, "")!
        let shift: LLVMValueRef
        if lanes == 0 { shift = module.constant(Int32(23)) } else {
            var elements = [LLVMValueRef?](repeating: module.constant(Int32(23)), count: lanes)
            shift = LLVMConstVector(&elements, UInt32(lanes))
        }
        let bits = LLVMBuildShl(builder, LLVMBuildAdd(builder, exponent, bias, ""), shift, "")!
        return keepingNaN(of: x, fmul(expR, bitcast(bits, to: LLVMTypeOf(x))))
    }

    /// `value`, or `x` where `x` is NaN: for functions computed on a NaN-free stand-in of `x`.
    package func keepingNaN(of x: LLVMValueRef, _ value: LLVMValueRef) -> LLVMValueRef {
        select(fcmp(LLVMRealUNO, x, x), x, value)
    }

    /// 1 / (1 + e^-x).
    package func sigmoid(_ x: LLVMValueRef) -> LLVMValueRef {
        fdiv(float(1, like: x), fadd(float(1, like: x), exp(fneg(x))))
    }

    /// tanh x: an odd polynomial below |x| = 0.625, 1 - 2 / (e^2|x| + 1) with the sign above.
    package func tanh(_ x: LLVMValueRef) -> LLVMValueRef {
        let c = { (value: Float) in self.float(value, like: x) }
        let magnitude = intrinsic("llvm.fabs", overloads: [LLVMTypeOf(x)], [x])
        let z = fmul(x, x)
        var p = c(-5.704_988_727_45e-3)
        for coefficient: Float in [2.063_908_879_54e-2, -5.373_971_555_31e-2, 1.333_144_220_36e-1, -3.333_328_194_22e-1] {
            p = fma(p, z, c(coefficient))
        }
        let small = fma(fmul(p, z), x, x)
        let large = fsub(c(1), fdiv(c(2), fadd(exp(fmul(magnitude, c(2))), c(1))))
        let signed = intrinsic("llvm.copysign", overloads: [LLVMTypeOf(x)], [large, x])
        return select(fcmp(LLVMRealOLT, magnitude, c(0.625)), small, signed)
    }
}

extension IRBuilder {
    /// erf x: an odd rational function of x clamped to [-4, 4], with the coefficients of
    /// Eigen's single-precision erf (a few ulp from libm), and exactly ±1 where the float of erf
    /// is (|x| > 3.92): GELU's `1 + erf(x/√2)` is then exactly 0 for large negative x, as in
    /// the interpreter, not the rational function's few ulp. NaN stays NaN.
    package func erf(_ x: LLVMValueRef) -> LLVMValueRef {
        let c = { (value: Float) in self.float(value, like: x) }
        let clamped = intrinsic("llvm.minnum", overloads: [LLVMTypeOf(x)],
                                [intrinsic("llvm.maxnum", overloads: [LLVMTypeOf(x)], [x, c(-4)]), c(4)])
        let z = fmul(clamped, clamped)
        var p = c(-2.726_142_258_013_06e-10)
        for coefficient: Float in [2.770_681_424_959_02e-08, -2.101_024_020_825_08e-06, -5.692_506_394_623_46e-05,
                                   -7.349_906_303_268_55e-04, -2.954_599_808_540_25e-03, -1.609_603_332_624_15e-02] {
            p = fma(z, p, c(coefficient))
        }
        var q = c(-1.456_607_184_649_96e-05)
        for coefficient: Float in [-2.133_740_552_789_05e-04, -1.682_826_974_382_03e-03, -7.373_329_167_204_68e-03,
                                   -1.426_473_905_141_89e-02] {
            q = fma(z, q, c(coefficient))
        }
        let magnitude = intrinsic("llvm.fabs", overloads: [LLVMTypeOf(x)], [x])
        let saturated = intrinsic("llvm.copysign", overloads: [LLVMTypeOf(x)], [c(1), x])
        return keepingNaN(of: x, select(fcmp(LLVMRealOGT, magnitude, c(3.92)), saturated, fdiv(fmul(clamped, p), q)))
    }
}

extension IRBuilder {
    /// ln x for positive normal x (scalar or vector), after Cephes' logf: the exponent from the
    /// float's bits, a polynomial on the mantissa. NaN stays NaN.
    package func logPositive(_ x: LLVMValueRef) -> LLVMValueRef {
        let lanes = laneCount(of: x)
        let c = { (value: Float) in self.float(value, lanes: lanes) }
        let intType = lanes == 0 ? module.int32 : module.vector(module.int32, lanes)
        func int(_ value: Int32) -> LLVMValueRef {
            if lanes == 0 { return module.constant(value) }
            var elements = [LLVMValueRef?](repeating: module.constant(value), count: lanes)
            return LLVMConstVector(&elements, UInt32(lanes))
        }
        let bits = bitcast(x, to: intType)
        let exponentBits = LLVMBuildAnd(builder, LLVMBuildLShr(builder, bits, int(23), "")!, int(0xFF), "")!
        var exponent = LLVMBuildSIToFP(builder, LLVMBuildSub(builder, exponentBits, int(126), "")!, LLVMTypeOf(x), "")!
        // Mantissa in [0.5, 1).
        var m = bitcast(LLVMBuildOr(builder, LLVMBuildAnd(builder, bits, int(Int32(bitPattern: 0x807F_FFFF)), "")!, int(0x3F00_0000), "")!, to: LLVMTypeOf(x))
        let below = fcmp(LLVMRealOLT, m, c(0.707_106_781_186_547_524))
        exponent = select(below, fsub(exponent, c(1)), exponent)
        m = select(below, fsub(fadd(m, m), c(1)), fsub(m, c(1)))
        let z = fmul(m, m)
        var p = c(7.037_683_629_2e-2)
        for coefficient: Float in [-1.151_461_031_0e-1, 1.167_699_874_0e-1, -1.242_014_084_6e-1, 1.424_932_278_7e-1,
                                   -1.666_805_766_5e-1, 2.000_071_476_5e-1, -2.499_999_399_3e-1, 3.333_333_117_4e-1] {
            p = fma(p, m, c(coefficient))
        }
        var y = fmul(fmul(p, m), z)
        y = fma(exponent, c(-2.121_944_40e-4), y)
        y = fma(z, c(-0.5), y)
        return keepingNaN(of: x, fma(exponent, c(0.693_359_375), fadd(m, y)))
    }

    /// x^y for positive x, as e^(y ln x).
    package func powPositive(_ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef { exp(fmul(y, logPositive(x))) }

    /// √x, correctly rounded (`vsqrtps`).
    package func sqrt(_ x: LLVMValueRef) -> LLVMValueRef { intrinsic("llvm.sqrt", overloads: [LLVMTypeOf(x)], [x]) }

    /// x^-beta for positive x: through square roots and one division for the exponents LRN
    /// layers use (3/4 in AlexNet and GoogLeNet, 1/2, 1), which are both faster and closer to
    /// `powf` than e^(-beta ln x); any other exponent through ``powPositive(_:_:)``.
    package func inversePower(_ x: LLVMValueRef, _ beta: Float) -> LLVMValueRef {
        let one = float(1, like: x)
        switch beta {
        case 1: return fdiv(one, x)
        case 0.5: return fdiv(one, sqrt(x))
        case 0.75:
            let root = sqrt(x)
            return fdiv(one, fmul(root, sqrt(root)))
        default: return powPositive(x, float(-beta, like: x))
        }
    }

    /// Σ a[aOffset + i] · b[bOffset + i] for i in 0..<count, with four vector accumulators so
    /// consecutive FMAs do not wait on each other.
    package func dot(_ a: LLVMValueRef, _ aOffset: LLVMValueRef, _ b: LLVMValueRef, _ bOffset: LLVMValueRef,
                    count: Int, lanes: Int) -> LLVMValueRef {
        let vectorType = module.vector(module.float, lanes)
        let accumulators = (0..<4).map { _ in alloca(vectorType) }
        for accumulator in accumulators { store(float(0, lanes: lanes), accumulator) }
        let unrolled = count / (4 * lanes) * (4 * lanes)
        loop(from: index(0), to: index(unrolled), step: 4 * lanes, "k") { k in
            for (part, accumulator) in accumulators.enumerated() {
                let i = add(k, index(part * lanes))
                let product = fma(loadVector(a, add(aOffset, i), lanes: lanes), loadVector(b, add(bOffset, i), lanes: lanes),
                                  load(vectorType, accumulator))
                store(product, accumulator)
            }
        }
        let vectorEnd = count / lanes * lanes
        loop(from: index(unrolled), to: index(vectorEnd), step: lanes, "k") { i in
            store(fma(loadVector(a, add(aOffset, i), lanes: lanes), loadVector(b, add(bOffset, i), lanes: lanes),
                      load(vectorType, accumulators[0])), accumulators[0])
        }
        let total = fadd(fadd(load(vectorType, accumulators[0]), load(vectorType, accumulators[1])),
                         fadd(load(vectorType, accumulators[2]), load(vectorType, accumulators[3])))
        var sum = horizontalSum(total)
        for i in vectorEnd..<count {
            sum = fma(loadFloat(a, add(aOffset, index(i))), loadFloat(b, add(bOffset, index(i))), sum)
        }
        return sum
    }
}
