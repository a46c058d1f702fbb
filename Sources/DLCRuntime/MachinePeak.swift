import DLCCodegen
import DLCGraph
import DLCLLVM
import Foundation

/// The fp32 FMA throughput of one core of this machine, measured, not assumed: the JIT-compiled
/// ``PeakProbe`` loop timed for about 50 ms (best of five), in GFLOP/s.
///
/// ```swift
/// let peak = try MachinePeak.measure()
/// print(peak.gflopsPerCore)   // 97.6 on a 3.05 GHz Zen 3 core with AVX2
/// ```
public struct MachinePeak: Sendable {
    /// Measured fp32 FMA throughput of one core, in GFLOP/s.
    public let gflopsPerCore: Double
    /// The target the probe ran as.
    public let target: CodegenTarget

    /// JIT-compiles and runs the FMA probe for `target` (the host when nil).
    public static func measure(target: CodegenTarget? = nil) throws(DLCError) -> MachinePeak {
        let resolved: CodegenTarget
        if let target { resolved = target } else { resolved = try CodegenTarget.host() }
        var flopsPerIteration = 0
        let session = try JITSession(target: resolved) { context throws(DLCError) in
            let probe = try PeakProbe(target: resolved, context: context)
            flopsPerIteration = probe.flopsPerIteration
            return probe.module.releaseOwnership()
        }
        typealias Probe = @convention(c) (Int64) -> Float
        let probe = unsafeBitCast(try session.address(of: PeakProbe.functionName), to: Probe.self)
        func seconds(_ iterations: Int64) -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = probe(iterations)
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            return result.isNaN ? .infinity : elapsed
        }
        // Grow the count until one run takes about 50 ms, then keep the best of five.
        var iterations: Int64 = 100_000
        while seconds(iterations) < 0.01 && iterations < 1 << 40 { iterations *= 4 }
        let best = (0..<5).map { _ in seconds(iterations * 4) }.min()!
        return MachinePeak(gflopsPerCore: Double(iterations * 4) * Double(flopsPerIteration) / best / 1e9, target: resolved)
    }
}
