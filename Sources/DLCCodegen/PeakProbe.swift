import CLLVM
import DLCGraph
import DLCLLVM

/// A module with one function, `float dlc_fma_peak(i64 iterations)`, that issues
/// `iterations × chains` vector FMAs on independent accumulators: enough chains to cover the
/// FMA latency on every port, so its rate is the core's FMA throughput. `dlc bench --profile`
/// and `dlc peak` time it to state speeds as a share of what the machine can do.
///
/// ```swift
/// let probe = try PeakProbe(target: .host())
/// print(probe.flopsPerIteration)   // 2 · chains · lanes
/// ```
public struct PeakProbe {
    /// The symbol of the probe function.
    public static let functionName = "dlc_fma_peak"
    package let module: IRModule
    /// The target the probe is compiled for.
    public let target: CodegenTarget
    /// Independent accumulators: 12 vectors keep two FMA ports with 4–6 cycle latency busy and
    /// leave registers for the multiplier.
    public let chains = 12

    /// Builds the probe's module for `target`.
    public init(target: CodegenTarget, context: LLVMContextRef? = nil) throws(DLCError) {
        self.target = target
        module = context.map { IRModule(name: "peak", context: $0) } ?? IRModule(name: "peak")
        let machine = try TargetMachine(target)
        machine.configure(module)
        let lanes = target.floatLanes
        let function = module.addFunction(Self.functionName, returning: module.float, parameters: [module.int64])
        target.tune(function)
        let b = IRBuilder(module: module)
        b.position(at: function.appendBlock("entry"))
        let vector = module.vector(module.float, lanes)
        let slots = (0..<chains).map { chain in
            let slot = b.alloca(vector)
            b.store(b.float(Float(chain) * 0.001, lanes: lanes), slot)
            return slot
        }
        // x · m + a with m just below 1 keeps every value finite for any iteration count.
        let multiplier = b.float(0.999_999, lanes: lanes)
        let addend = b.float(1e-7, lanes: lanes)
        b.loop(from: b.index(0), to: function.parameter(0), "i") { _ in
            for slot in slots { b.store(b.fma(b.load(vector, slot), multiplier, addend), slot) }
        }
        var sum = b.load(vector, slots[0])
        for slot in slots.dropFirst() { sum = b.fadd(sum, b.load(vector, slot)) }
        b.return(b.horizontalSum(sum))
        try module.verify()
        try machine.optimize(module, pipeline: "default<O2>")
    }

    /// Floating-point operations (an FMA counts two) of one loop iteration.
    public var flopsPerIteration: Int { 2 * chains * target.floatLanes }
}
