import ArgumentParser
import DLC
import Foundation

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the JIT and AOT compiled model against the interpreter on seeded random inputs.")

    @OptionGroup var model: ModelArgument
    @OptionGroup var weightsOptions: WeightsOptions
    @OptionGroup var compileArguments: CompileArguments
    @OptionGroup var optimization: OptimizationArguments

    @Option(name: .long, help: "Largest accepted error, relative to the reference output's largest magnitude.")
    var tolerance: Float = 1e-4

    @Option(name: .customLong("input-seed"), help: "The seed of the random inputs.")
    var inputSeed: UInt64 = 1

    func validate() throws {
        guard tolerance.isFinite, tolerance >= 0 else {
            throw ValidationError("--tolerance must be a finite number from 0, got \(tolerance)")
        }
    }

    func run() throws {
        try reportingErrors {
            var graph = try model.load()
            try weightsOptions.bind(&graph)
            let inputs = graph.sampleInputs(seed: inputSeed)
            // The reference is the model as written; the compiled code is optimized.
            let reference = try Model.interpret(graph).run(inputs)
            try optimization.optimize(&graph)
            let options = try compileArguments.options()
            print("verifying \(graph.name) at -O\(optimization.level) against the interpreter at -O0 on random inputs "
                  + "(seed \(inputSeed)), tolerance \(tolerance) relative")
            var failures: [String] = []
            for (backend, compiled) in [("jit", try Model.jit(graph, options: options)), ("aot", try Model.compileAndLoad(graph, options: options))] {
                let results = try compiled.run(inputs)
                for output in graph.outputs {
                    let difference = results[output.name]!.difference(from: reference[output.name]!)
                    // A NaN difference (a NaN where the interpreter has a number) fails too.
                    let passed = difference.relative <= tolerance
                    print("  \(backend)  \(output.name)  max abs error \(difference.absolute)  max rel error \(difference.relative)  "
                          + (passed ? "ok" : "FAILED"))
                    if !passed {
                        failures.append("\(backend) output '\(output.name)' differs from the interpreter by \(difference.relative) (relative), above the tolerance \(tolerance)")
                    }
                }
            }
            if let failure = failures.first { throw DLCError(failure) }
        }
    }
}
