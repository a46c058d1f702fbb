import ArgumentParser
import DLC
import Foundation

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time a compiled model: median and minimum latency, and GFLOP/s.")

    @OptionGroup var model: ModelArgument
    @OptionGroup var weightsOptions: WeightsOptions
    @OptionGroup var compileArguments: CompileArguments
    @OptionGroup var optimization: OptimizationArguments

    @Option(name: .long, help: "The backend: jit, or aot (compiles a shared library, or loads MODEL.so).")
    var backend: Backend = .jit

    @Option(name: .long, help: "Timed runs.")
    var runs: Int = 20

    @Option(name: .long, help: "Untimed runs first.")
    var warmup: Int = 3

    func validate() throws {
        guard runs > 0 else { throw ValidationError("--runs must be positive") }
        guard warmup >= 0 else { throw ValidationError("--warmup must not be negative") }
    }

    func run() throws {
        try reportingErrors {
            let compiled = try model.makeModel(backend: model.isLibrary ? .aot : backend, weights: weightsOptions, compile: compileArguments,
                                               optimization: optimization)
            let inputs = try sampleInputs(for: compiled)
            let workspace = compiled.makeWorkspace()
            for _ in 0..<warmup { _ = try compiled.run(inputs, workspace: workspace) }
            var seconds: [Double] = []
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = try compiled.run(inputs, workspace: workspace)
                seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            seconds.sort()
            let median = seconds.count % 2 == 1 ? seconds[seconds.count / 2]
                : (seconds[seconds.count / 2 - 1] + seconds[seconds.count / 2]) / 2
            let gflops = 2 * Double(compiled.info.macCount) / median / 1e9
            let level = model.isLibrary ? "" : " -O\(optimization.level)"
            print("\(compiled.info.name) (\(model.isLibrary ? "aot" : backend.rawValue)\(level), \(compiled.info.target)): "
                  + "median \(String(format: "%.3f", median * 1000)) ms, min \(String(format: "%.3f", seconds[0] * 1000)) ms, "
                  + "\(String(format: "%.2f", gflops)) GFLOP/s over \(runs) runs")
        }
    }

    /// Seeded inputs from the model file when there is one, else zeros of the library's shapes.
    private func sampleInputs(for compiled: Model) throws -> [String: TensorData] {
        if !model.isLibrary { return try model.load().sampleInputs() }
        return Dictionary(uniqueKeysWithValues: compiled.info.inputs.map { ($0.name, TensorData(zeros: $0.type)) })
    }
}
