import Foundation

/// Latencies of repeated runs, summarized the way a shared, noisy machine needs: the median
/// (what a run usually takes), the minimum (what it takes undisturbed), and the spread between
/// the 10th and 90th percentiles relative to the median (how much the load moved it).
///
/// ```swift
/// let latency = Latency(seconds: [0.012, 0.010, 0.011])
/// print(latency.median, latency.spread)   // 0.011, 0.18…
/// ```
public struct Latency: Sendable, Equatable {
    /// Every run, fastest first.
    public let sorted: [Double]

    /// The statistics of `seconds`, one entry per run (at least one).
    public init(seconds: [Double]) {
        precondition(!seconds.isEmpty, "no runs")
        sorted = seconds.sorted()
    }

    /// The fastest run.
    public var minimum: Double { sorted[0] }
    /// The median run.
    public var median: Double { percentile(50) }

    /// The `p`th percentile, linearly interpolated between the nearest runs.
    public func percentile(_ p: Double) -> Double {
        let position = p / 100 * Double(sorted.count - 1)
        let below = Int(position.rounded(.down)), above = Int(position.rounded(.up))
        return sorted[below] + (sorted[above] - sorted[below]) * (position - Double(below))
    }

    /// `(p90 - p10) / median`: 0.05 on a quiet machine, 0.3 and more under load.
    public var spread: Double { (percentile(90) - percentile(10)) / median }

    /// Runs until both `minimumRuns` are done and `minimumSeconds` have passed (at most
    /// `maximumRuns`), timing each call of `body`.
    public static func measure(minimumRuns: Int, minimumSeconds: Double, maximumRuns: Int = 100_000,
                               _ body: () throws -> Void) rethrows -> Latency {
        var seconds: [Double] = []
        let start = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        while seconds.count < maximumRuns && (seconds.count < minimumRuns || elapsed() < minimumSeconds) {
            let begin = DispatchTime.now().uptimeNanoseconds
            try body()
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9)
        }
        return Latency(seconds: seconds)
    }
}
