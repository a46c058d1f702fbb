import CLLVM
import DLCGraph
import DLCLLVM

extension DropoutTraining {
    /// `x · 1/(1 - rate)` where the counter-based mask keeps the element, else 0: the same 64-bit
    /// hash of (seed, layer, step, index) as ``DropoutTraining/keeps(rate:seed:layerHash:step:index:)``,
    /// its top 24 bits compared as an integer with `rate · 2²⁴` rounded up (the same test as the
    /// float comparison, exactly).
    func lower(_ context: NodeContext) {
        let count = context.outputType.elementCount
        let threshold = UInt64((Double(rate) * 16_777_216).rounded(.up))
        let base = seed &* 0x9E37_79B9_7F4A_7C15 &+ fnv1a(layer)
        let scale = 1 / (1 - rate)
        context.elementwiseStep(count: count, cost: 4) { b, i, lanes, buffers in
            let i64 = b.module.int64
            func constant(_ value: UInt64) -> LLVMValueRef {
                let scalar = LLVMConstInt(i64, value, 0)!
                return lanes == 0 ? scalar : b.splat(scalar, lanes: lanes)
            }
            let step = b.load(i64, buffers.inputs[1])
            var index = lanes == 0 ? i : b.splat(i, lanes: lanes)
            if lanes > 0 {
                var offsets: [LLVMValueRef?] = (0..<lanes).map { LLVMConstInt(i64, UInt64($0), 0) }
                index = b.add(index, LLVMConstVector(&offsets, UInt32(lanes)))
            }
            let stepTerm = b.mul(step, LLVMConstInt(i64, 0xBF58_476D_1CE4_E5B9, 0))
            var z = b.add(b.add(constant(base), lanes == 0 ? stepTerm : b.splat(stepTerm, lanes: lanes)), b.mul(index, constant(0x94D0_49BB_1331_11EB)))
            z = b.mul(b.xor(z, b.lshr(z, constant(30))), constant(0xBF58_476D_1CE4_E5B9))
            z = b.mul(b.xor(z, b.lshr(z, constant(27))), constant(0x94D0_49BB_1331_11EB))
            z = b.xor(z, b.lshr(z, constant(31)))
            let keep = b.icmp(LLVMIntUGE, b.lshr(z, constant(40)), constant(threshold))
            let x = b.loadFloats(buffers.inputs[0], i, lanes: lanes)
            b.storeFloats(b.select(keep, b.fmul(x, b.float(scale, like: x)), b.float(0, like: x)), buffers.output, i)
        }
    }
}
