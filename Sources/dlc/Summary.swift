import ArgumentParser
import DLC

struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print each layer's output shape, parameters and multiply-accumulates, and the planned memory.")

    @OptionGroup var model: ModelArgument

    @Option(name: .customShort("O", allowingJoined: true),
            help: ArgumentHelp("The optimization level the memory plan is made for, 0 to 3 (default: 3).", valueName: "level"))
    var requestedLevel: Int?

    var level: Int { requestedLevel ?? 3 }

    @OptionGroup var training: TrainingGraphArguments

    func validate() throws {
        guard (0...3).contains(level) else { throw ValidationError("-O takes a level from 0 to 3, got \(level)") }
    }

    func run() throws {
        try reportingErrors {
            try training.refuseIgnoredOptions([("-O", requestedLevel != nil)])
            let graph = try model.load()
            if training.train {
                printTrainingSummary(try training.step(graph))
                return
            }
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

extension Summary {
    /// The training step: its layers, then parameters, optimizer state, the multiply-accumulates
    /// of the forward pass, the backward pass and the update, and the step's planned workspace.
    func printTrainingSummary(_ step: TrainingStep) {
        let graph = step.graph
        print(graph.summary(), terminator: "")
        var (forward, backward, update) = (0, 0, 0)
        for node in graph.nodes {
            let macs = node.operation.definition.macCount(inputs: node.inputs.map { graph[$0].type }, output: graph[node.output].type)
            guard case .training(let op) = node.operation else { forward += macs; continue }
            switch op.phase {
            case .forward: forward += macs
            case .backward: backward += macs
            case .update: update += macs
            }
        }
        let sizes = Dictionary(uniqueKeysWithValues: graph.parameters.map { (graph[$0].name, graph[$0].type.elementCount) })
        let trained = step.trainedParameters.reduce(0) { $0 + sizes[$1]! }
        let state = graph.parameters.reduce(0) { $0 + graph[$1].type.elementCount }
        let plan = MemoryPlanner.plan(graph) { _ in 0 }
        print("Training step: \(step.trainedParameters.count) tensors trained (\(groupedDigits(trained)) parameters); "
              + "weights and optimizer state \(formatBytes(4 * state))")
        print("MACs per step: forward \(groupedDigits(forward)), backward \(groupedDigits(backward)), update \(groupedDigits(update))")
        print("Training workspace: \(formatBytes(plan.workspaceSize)) planned, \(formatBytes(plan.unplannedSize)) for all intermediate tensors without reuse")
    }
}
