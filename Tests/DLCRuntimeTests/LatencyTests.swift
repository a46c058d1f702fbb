import DLC
import Testing

@Suite struct LatencyTests {
    /// Percentiles interpolate between the sorted runs: for 1...11 ms the 10th is 2 ms, the
    /// median 6 ms and the 90th 10 ms, so the spread is 8/6.
    @Test func percentilesAndSpread() {
        let latency = Latency(seconds: (1...11).reversed().map { Double($0) / 1000 })
        #expect(latency.minimum == 0.001)
        #expect(abs(latency.median - 0.006) < 1e-12)
        #expect(abs(latency.percentile(10) - 0.002) < 1e-12)
        #expect(abs(latency.percentile(90) - 0.010) < 1e-12)
        #expect(abs(latency.spread - 8.0 / 6.0) < 1e-9)
        // Between two runs: a quarter of the way from 1 to 3.
        #expect(abs(Latency(seconds: [3, 1]).percentile(25) - 1.5) < 1e-12)
    }

    @Test func measuresUntilBothLimitsAreMet() {
        var calls = 0
        let counted = Latency.measure(minimumRuns: 7, minimumSeconds: 0) { calls += 1 }
        #expect(calls == 7 && counted.sorted.count == 7)
        let timed = Latency.measure(minimumRuns: 1, minimumSeconds: 0.05) { }
        #expect(timed.sorted.count > 1)
        let capped = Latency.measure(minimumRuns: 1, minimumSeconds: 60, maximumRuns: 5) { }
        #expect(capped.sorted.count == 5)
    }
}
