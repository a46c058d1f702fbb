import DLCGraph
import DLCLLVM
import DLCOptimizer

/// Everything compiling a graph for a target decides before any code exists: the graph as
/// lowered, each layer's kernel with its facts, and where every tensor lives. `ModelCompiler`
/// emits code from it; `dlc summary` (the workspace), `dlc bench --profile` (kernel names and
/// executed MACs) and `dlc export` (the portable graph) read the same plan, so none of them
/// re-derives a decision.
///
/// ```swift
/// let plan = try CompilationPlan(graph.optimized(level: 3), options: CompileOptions())
/// print(plan.memory.workspaceSize, plan.layers.map(\.kernel))
/// ```
public struct CompilationPlan: Sendable {
    /// The graph with convolutional LSTMs decomposed into the convolutions and element-wise
    /// layers they are made of: target-independent, what ONNX export writes.
    public let portable: Graph
    /// The graph as lowered for the target: layouts assigned, pools and depthwise layers fused
    /// into the convolutions whose kernels take them (``ModelCompiler/lowered(_:for:blocked:algorithm:)``).
    public let graph: Graph
    /// One entry per node of ``graph``.
    public let layers: [PlannedLayer]
    /// Where every tensor of ``graph`` lives during an inference.
    public let memory: MemoryPlan
    /// Whether the weights are read at run time (a training step's, from its state buffer)
    /// instead of being compiled in: kernels then pack them inside the run.
    public let weightsAtRunTime: Bool

    /// The plan for `graph` compiled with `options`. A training step (``TrainingStep``) is
    /// planned with `weightsAtRunTime`: in plain layouts, with the kernels that read weights
    /// where they lie or pack them into their scratch as the step runs.
    public init(_ graph: Graph, options: CompileOptions, weightsAtRunTime: Bool = false) throws(DLCError) {
        if !weightsAtRunTime, let layer = graph.nodes.first(where: \.isTrainingLayer) {
            throw DLCError("layer '\(layer.name)' (\(layer.operation.kindName)) belongs to a training step; "
                           + "compile the step as one (dlc train compiles it)", location: layer.location)
        }
        if weightsAtRunTime { try Self.refuseUncompiledTrainingLayers(graph) }
        let portable = try Self.portable(graph)
        let registers = options.target.vectorRegisters
        let lowered = weightsAtRunTime
            ? try ModelCompiler.loweredForTraining(portable)
            : try ModelCompiler.loweredForTarget(portable, block: options.blockedLayout ? options.target.floatLanes : 1,
                                                 registers: registers, algorithm: options.convolutionAlgorithm)
        let convolutions = lowered.nodes.map {
            Self.convolutionKernel($0, in: lowered, algorithm: options.convolutionAlgorithm, registers: registers)
        }
        let lanes = options.target.floatLanes
        let facts = zip(lowered.nodes, convolutions).map { node, kernel in
            Self.facts(node, in: lowered, kernel: kernel, registers: registers, lanes: lanes, weightsAtRunTime: weightsAtRunTime)
        }
        let scratch = facts.map(\.scratchBytes)
        var indexOfOutput: [ValueID: Int] = [:]
        for (index, node) in lowered.nodes.enumerated() { indexOfOutput[node.output] = index }
        let memory = MemoryPlanner.plan(lowered) { node in indexOfOutput[node.output].map { scratch[$0] } ?? 0 }
        self.portable = portable
        self.weightsAtRunTime = weightsAtRunTime
        self.graph = lowered
        self.memory = memory
        layers = lowered.nodes.enumerated().map { index, node in
            let kernel = convolutions[index]
            return PlannedLayer(kernel: memory.assembledNodes.contains(index) ? "in place" : Self.kernelName(node, in: lowered, kernel: kernel),
                                executedMACs: facts[index].executedMACs,
                                scratchBytes: scratch[index], convolution: kernel)
        }
    }

    /// `graph` with its convolutional LSTMs decomposed: what every target starts from.
    public static func portable(_ graph: Graph) throws(DLCError) -> Graph {
        var graph = graph
        try PassManager(passes: [DecomposeConvLSTM()]).run(&graph)
        return graph
    }

    /// The kernel a convolution layer gets (nil for other layers).
    private static func convolutionKernel(_ node: Node, in graph: Graph, algorithm: ConvolutionAlgorithm,
                                          registers: Int) -> ConvolutionKernel? {
        guard case .conv2d(let op) = node.operation else { return nil }
        let input = graph[node.inputs[0]].type
        return ConvolutionKernel.select(op, input: input, output: op.convolvedType(input: input, output: graph[node.output].type),
                                        algorithm: algorithm, registers: registers)
    }

    /// What a layer's kernel needs and does: a convolution's as its kernel states them; the
    /// recurrent steps' scratch; the packed weights of products whose weights come at run time
    /// (`lanes` floats a vector); otherwise no scratch and the op's own multiply-accumulates
    /// (fewer than those for Winograd convolutions).
    private static func facts(_ node: Node, in graph: Graph, kernel: ConvolutionKernel?, registers: Int, lanes: Int,
                              weightsAtRunTime: Bool) -> KernelFacts {
        let inputs = node.inputs.map { graph[$0].type }, output = graph[node.output].type
        let macs = node.operation.definition.macCount(inputs: inputs, output: output)
        switch node.operation {
        case .conv2d(let op): return kernel!.facts(op, inputs: inputs, output: output, registers: registers)
        case .recurrent(let op): return KernelFacts(scratchBytes: op.scratchBytes(input: inputs[0]), executedMACs: macs)
        case .dense(let op) where weightsAtRunTime:
            return KernelFacts(scratchBytes: op.runTimeProduct(inputs[0], lanes: lanes, registers: registers).packedBytes, executedMACs: macs)
        case .training(let op):
            return KernelFacts(scratchBytes: op.scratchBytes(inputs: inputs, output: output, lanes: lanes, registers: registers), executedMACs: macs)
        case .conv2dTranspose, .pool2d, .globalPool2d, .dense, .flatten, .reshape, .dropout, .batchNorm, .lrn, .unary, .binary,
             .softmax, .concat, .slice, .embedding, .convLSTM2d, .pad2d, .constant, .reorder, .transpose, .matmul, .gather:
            return KernelFacts(scratchBytes: 0, executedMACs: macs)
        }
    }

    /// What `dlc bench --profile` says a layer ran: the convolution kernel chosen (with the pool
    /// it fuses), `view`, the direction of a reorder, or the layout an op computed in.
    private static func kernelName(_ node: Node, in graph: Graph, kernel: ConvolutionKernel?) -> String {
        if node.operation.definition.isView { return "view" }
        if case .conv2d(let op) = node.operation { return kernel!.rawValue + (op.pool.map { "+\($0.kindName)" } ?? "") }
        if case .reorder(let op) = node.operation { return op.target == .plain ? "to plain" : "to blocked" }
        let blocked = graph[node.output].type.layout != .plain || node.inputs.contains { graph[$0].type.layout != .plain }
        return blocked ? "blocked" : "plain"
    }

}

/// One layer of a ``CompilationPlan``.
public struct PlannedLayer: Sendable {
    /// What the layer runs as (`blocked`, `winograd+maxPool2d`, `depthwise`, `in place`, `view`, ...).
    public let kernel: String
    /// Multiply-accumulates its kernel executes.
    public let executedMACs: Int
    /// Workspace bytes its kernel uses while it runs.
    public let scratchBytes: Int
    /// The convolution kernel of a convolution layer.
    let convolution: ConvolutionKernel?
}
