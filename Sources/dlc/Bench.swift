import ArgumentParser
import DLC
import Foundation

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time a compiled model: median and minimum latency, their spread, and GFLOP/s.")

    @OptionGroup var model: ModelArgument
    @OptionGroup var weightsOptions: WeightsOptions
    @OptionGroup var compileArguments: CompileArguments
    @OptionGroup var optimization: OptimizationArguments

    @Option(name: .long, help: "The backend: jit, or aot (compiles a shared library, or loads MODEL.so).")
    var backend: Backend = .jit

    @Option(name: .long, help: ArgumentHelp("Timed runs (default: at least 20, and at least 2 s of them; --profile: 20).", valueName: "count"))
    var runs: Int?

    @Option(name: .long, help: "Untimed runs first.")
    var warmup: Int = 3

    @Flag(name: .long, help: "Time every layer (JIT): kernel, output, ms, share, MACs and the share the kernel executes, GFLOP/s and % of the measured FMA peak.")
    var profile = false

    @Option(name: .long, help: "With --profile: text or json.")
    var format: ProfileFormat = .text

    enum ProfileFormat: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    /// Runs and warm-up runs are at most this many: each timed run keeps its time, and 10^11 runs
    /// would have run for days after reserving gigabytes.
    static let maximumRuns = 1_000_000

    func validate() throws {
        guard (1...Self.maximumRuns).contains(runs ?? 1) else {
            throw ValidationError("--runs must be from 1 to \(groupedDigits(Self.maximumRuns)), got \(runs ?? 0)")
        }
        guard (0...Self.maximumRuns).contains(warmup) else {
            throw ValidationError("--warmup must be from 0 to \(groupedDigits(Self.maximumRuns)), got \(warmup)")
        }
    }

    func run() throws {
        if profile { return try reportingErrors(runProfile) }
        try reportingErrors {
            let compiled = try model.makeModel(backend: model.isLibrary ? .aot : backend, weights: weightsOptions, compile: compileArguments,
                                               optimization: optimization)
            let inputs = try sampleInputs(for: compiled)
            let workspace = compiled.makeWorkspace()
            var outputs: [String: TensorData] = [:]   // reused: no allocation or page faults in the timed runs
            for _ in 0..<warmup { try compiled.run(inputs, into: &outputs, workspace: workspace) }
            // A fixed count under load times the load; at least 2 s of runs averages it out.
            let latency = try Latency.measure(minimumRuns: runs ?? 20, minimumSeconds: runs == nil ? 2 : 0,
                                              maximumRuns: runs ?? 100_000) { try compiled.run(inputs, into: &outputs, workspace: workspace) }
            let gflops = 2 * Double(compiled.info.macCount) / latency.median / 1e9
            let level = model.isLibrary ? "" : " -O\(optimization.level)"
            func ms(_ seconds: Double) -> String { String(format: "%.3f", seconds * 1000) }
            print("\(compiled.info.name) (backend \(model.isLibrary ? "aot" : backend.rawValue)\(level), \(compiled.info.target)): "
                  + "median \(ms(latency.median)) ms, min \(ms(latency.minimum)) ms, "
                  + "p10-p90 \(ms(latency.percentile(10)))-\(ms(latency.percentile(90))) ms "
                  + "(spread \(String(format: "%.0f", latency.spread * 100))%), "
                  + "\(String(format: "%.2f", gflops)) GFLOP/s over \(latency.sorted.count) runs")
            if latency.spread > 0.25 {
                print("note: the runs vary by more than 25%: the machine is busy; compare minimums, or run again")
            }
        }
    }

    /// `--profile`: the per-layer table, in the spirit of ONNX Runtime's profiler and TVM's debug executor.
    private func runProfile() throws {
        guard !model.isLibrary else { throw DLCError("--profile compiles the model itself; pass the model file, not \(model.model)") }
        let graph = try model.prepare(weights: weightsOptions, optimization: optimization)
        let options = try compileArguments.options()
        let peak = try MachinePeak.measure(target: options.target)
        let result = try ModelProfile.measure(graph, options: options, inputs: graph.sampleInputs(), runs: runs ?? 20, warmup: warmup)
        let peakGFLOPs = peak.gflopsPerCore * Double(result.threads)
        let measured = result.layers.reduce(0) { $0 + $1.milliseconds }
        func gflops(_ macs: Int, _ ms: Double) -> Double { ms > 0 ? 2 * Double(macs) / ms / 1e6 : 0 }
        if format == .json {
            struct Row: Encodable {
                var layer, op, kernel, output: String; var ms, share, gflops, peakPercent: Double; var macs, executedMacs: Int
            }
            struct Document: Encodable {
                var model, target: String; var threads, runs: Int; var peakGFLOPsPerCore, totalMs, layersMs: Double; var layers: [Row]
            }
            let rows = result.layers.map { layer in
                Row(layer: layer.name, op: layer.op, kernel: layer.kernel, output: layer.output.description, ms: layer.milliseconds,
                    share: measured > 0 ? layer.milliseconds / measured : 0, gflops: gflops(layer.executedMACs, layer.milliseconds),
                    peakPercent: 100 * gflops(layer.executedMACs, layer.milliseconds) / peakGFLOPs, macs: layer.macs,
                    executedMacs: layer.executedMACs)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let document = Document(model: graph.name, target: options.target.description, threads: result.threads, runs: runs ?? 20,
                                    peakGFLOPsPerCore: peak.gflopsPerCore, totalMs: result.milliseconds, layersMs: measured, layers: rows)
            print(String(decoding: try encoder.encode(document), as: UTF8.self))
            return
        }
        print("\(graph.name): \(runs ?? 20) runs, \(result.threads) thread\(result.threads == 1 ? "" : "s"), \(options.target.cpu); "
              + String(format: "FMA peak %.1f GFLOP/s per core (measured)", peak.gflopsPerCore))
        // MMAC: the layer's multiply-accumulates as defined; "run": the share its kernel executes
        // (Winograd's saving); GFLOP/s and % peak: the executed ones' rate, what the FMA units did.
        let header = ["layer", "op", "kernel", "output", "ms", "share", "MMAC", "run", "GFLOP/s", "% peak"]
        func cells(_ macs: Int, _ executed: Int, _ ms: Double) -> [String] {
            guard macs > 0 else { return ["", "", "", ""] }
            let rate = gflops(executed, ms)
            return [String(format: "%.1f", Double(macs) / 1e6), String(format: "%.0f%%", 100 * Double(executed) / Double(macs)),
                    String(format: "%.1f", rate), String(format: "%.0f%%", 100 * rate / peakGFLOPs)]
        }
        var rows = result.layers.filter { $0.kernel != "view" }.map { layer -> [String] in
            [layer.name, layer.op, layer.kernel, layer.output.description, String(format: "%.3f", layer.milliseconds),
             String(format: "%.1f%%", measured > 0 ? 100 * layer.milliseconds / measured : 0)]
                + cells(layer.macs, layer.executedMACs, layer.milliseconds)
        }
        let totalMACs = result.layers.reduce(0) { $0 + $1.macs }, totalExecuted = result.layers.reduce(0) { $0 + $1.executedMACs }
        rows.append(["total", "", "", "", String(format: "%.3f", measured), "100%"] + cells(totalMACs, totalExecuted, measured))
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max()! }
        let numeric = Set(4..<header.count)
        for row in [header] + rows {
            print(row.enumerated().map { column, cell in
                numeric.contains(column) ? String(repeating: " ", count: widths[column] - cell.count) + cell
                    : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  "))
        }
        print(String(format: "whole run: %.3f ms (layers %.3f ms; the rest is the run function's own work)", result.milliseconds, measured))
    }

    /// Seeded inputs from the model file when there is one, else zeros of the library's shapes.
    private func sampleInputs(for compiled: Model) throws -> [String: TensorData] {
        if !model.isLibrary { return try model.load().sampleInputs() }
        return Dictionary(uniqueKeysWithValues: compiled.info.inputs.map { ($0.name, TensorData(zeros: $0.type)) })
    }
}
