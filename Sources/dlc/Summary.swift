import ArgumentParser
import DLC

struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print each layer's output shape, parameters and multiply-accumulates, and the planned memory.")

    @OptionGroup var model: ModelArgument

    @Option(name: .customShort("O", allowingJoined: true),
            help: ArgumentHelp("The optimization level the memory plan is made for, 0 to 3.", valueName: "level"))
    var level: Int = 3

    func validate() throws {
        guard (0...3).contains(level) else { throw ValidationError("-O takes a level from 0 to 3, got \(level)") }
    }

    func run() throws {
        try reportingErrors {
            let graph = try model.load()
            print(graph.summary(), terminator: "")
            // The table is the model as written; the memory plan is for the graph the compiler
            // builds for this machine (optimized, layouts for its vector width).
            var planned = try graph.optimized(level: level)
            // Peephole weights become constants of the lowered graph: seeded ones stand in for a
            // model without weights (the plan depends only on shapes).
            let hasPeepholes = planned.nodes.contains { if case .convLSTM2d(let op) = $0.operation { op.peephole } else { false } }
            if hasPeepholes { planned.initializeWeights() }
            let plan = try CompilationPlan(planned, options: CompileOptions()).memory
            print("Workspace at -O\(level): \(formatBytes(plan.workspaceSize)) planned, "
                  + "\(formatBytes(plan.unplannedSize)) for all intermediate tensors without reuse")
        }
    }
}
