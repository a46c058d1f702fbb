import ArgumentParser
import DLC
import Foundation

struct Peak: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure this machine's fp32 FMA peak per core (what --profile and bench/ compare against).")

    func run() throws {
        try reportingErrors {
            let peak = try MachinePeak.measure()
            print(String(format: "fp32 FMA peak: %.1f GFLOP/s per core (%@, %d-lane vectors)",
                         peak.gflopsPerCore, peak.target.cpu, peak.target.floatLanes))
        }
    }
}
