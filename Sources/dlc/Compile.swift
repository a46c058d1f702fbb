import ArgumentParser
import DLC
import Foundation

struct Compile: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compile a model to a self-contained shared library (code and weights) and its C header.")

    @OptionGroup var model: ModelArgument
    @OptionGroup var weightsOptions: WeightsOptions
    @OptionGroup var compileArguments: CompileArguments
    @OptionGroup var optimization: OptimizationArguments
    @OptionGroup var training: TrainingGraphArguments

    @Option(name: .shortAndLong, help: ArgumentHelp("The shared library to write.", valueName: "file.so"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Write the model's C header.", valueName: "file.h"))
    var header: String?

    @Option(name: .customLong("emit-llvm"), help: ArgumentHelp("Write the optimized LLVM IR.", valueName: "file.ll"))
    var emitLLVM: String?

    @Option(name: .customLong("emit-asm"), help: ArgumentHelp("Write the assembly.", valueName: "file.s"))
    var emitAssembly: String?

    @Option(name: .customLong("emit-obj"), help: ArgumentHelp("Write the object file.", valueName: "file.o"))
    var emitObject: String?

    func run() throws {
        try reportingErrors {
            let outputs = [("-o", output), ("--header", header), ("--emit-llvm", emitLLVM), ("--emit-asm", emitAssembly), ("--emit-obj", emitObject)]
            try training.refuseIgnoredOptions([("-O", optimization.requestedLevel != nil), ("--weights", weightsOptions.weights != nil)])
            var graph = try model.load()
            try model.checkOutputs(outputs.compactMap { option, path in path.map { (option, $0) } }, graph: graph, weights: weightsOptions)
            let options = try compileArguments.options()
            let paths = ArtifactPaths(library: output, header: header, llvmIR: emitLLVM, assembly: emitAssembly, object: emitObject)
            let report: CompilationReport
            if training.train {
                // The weights come at run time, in the state buffer: none are bound or folded.
                let step = try training.step(graph)
                report = try ModelCompiler.compile(step.graph, options: options, to: paths, trainingStep: step)
                graph = step.graph
            } else {
                try weightsOptions.bind(&graph)
                try optimization.optimize(&graph)
                report = try ModelCompiler.compile(graph, options: options, to: paths)
            }
            print("compiled \(graph.name) for \(options.target.triple) (\(options.target.cpu)) in \(String(format: "%.2f", report.seconds)) s: "
                  + paths.all.joined(separator: ", "))
            if optimization.verbose {
                print("  weights \(formatBytes(report.weightBytes)), workspace \(formatBytes(report.workspaceBytes)) "
                      + "(\(formatBytes(report.unplannedBytes)) without reuse)")
            }
        }
    }
}
