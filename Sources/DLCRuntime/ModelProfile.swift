import DLCCodegen
import DLCGraph
import Foundation

/// Where one inference spends its time, layer by layer: the model JIT-compiled with a clock
/// around every layer (`CompileOptions.profile`), run a number of times.
///
/// ```swift
/// let profile = try ModelProfile.measure(graph, options: CompileOptions(), inputs: graph.sampleInputs(), runs: 20)
/// for layer in profile.layers { print(layer.name, layer.kernel, layer.milliseconds) }
/// ```
public struct ModelProfile: Sendable {
    /// One layer's row of a profile.
    public struct Layer: Sendable {
        public var name: String
        /// The operator (`conv2d`, `reorder`, ...).
        public var op: String
        /// The kernel the code generator chose (`blocked`, `blocked-pointwise`, `depthwise`, ...).
        public var kernel: String
        /// The layer's output type.
        public var output: TensorType
        /// Mean wall time per run.
        public var milliseconds: Double
        /// Multiply-accumulates of the layer as defined (a direct convolution's count).
        public var macs: Int
        /// Multiply-accumulates its kernel executes (a quarter or so of `macs` for Winograd).
        public var executedMACs: Int
    }

    /// Every layer of the compiled graph (after layout assignment: reorders included).
    public var layers: [Layer]
    /// Mean wall time of a whole run, as the caller sees it.
    public var milliseconds: Double
    /// Timed runs the figures are over.
    public var runs: Int
    /// Threads per parallel loop.
    public var threads: Int

    /// Compiles `graph` with per-layer clocks and times `runs` inferences on `inputs`.
    public static func measure(_ graph: Graph, options: CompileOptions, inputs: [String: TensorData],
                               runs: Int, warmup: Int = 3) throws(DLCError) -> ModelProfile {
        var profiling = options
        profiling.profile = true
        let (model, session) = try Model.jitSession(graph, options: profiling)
        let plan = session.compilation!
        let compiled = plan.graph
        let symbol = ModelCompiler.profileSymbol(model: graph.name)
        let counters = UnsafeMutablePointer<Int64>(mutating: try session.address(of: symbol).assumingMemoryBound(to: Int64.self))

        let workspace = model.makeWorkspace()
        var outputs: [String: TensorData] = [:]   // reused, so that no layer's time includes page faults
        for _ in 0..<warmup { try model.run(inputs, into: &outputs, workspace: workspace) }
        counters.update(repeating: 0, count: max(compiled.nodes.count, 1))
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<runs { try model.run(inputs, into: &outputs, workspace: workspace) }
        let total = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 / Double(runs)

        let layers = compiled.nodes.enumerated().map { index, node in
            Layer(name: node.name, op: node.operation.kindName, kernel: plan.layers[index].kernel, output: compiled[node.output].type,
                  milliseconds: Double(counters[index]) / 1e6 / Double(runs),
                  macs: node.operation.definition.macCount(inputs: node.inputs.map { compiled[$0].type }, output: compiled[node.output].type),
                  executedMACs: plan.layers[index].executedMACs)
        }
        let fromEnvironment = ProcessInfo.processInfo.environment["OMP_NUM_THREADS"].flatMap { Int($0) }.map { min($0, CompileOptions.maximumThreads) }
        let threads = options.threads > 0 ? options.threads : fromEnvironment ?? ProcessInfo.processInfo.activeProcessorCount
        return ModelProfile(layers: layers, milliseconds: total, runs: runs, threads: threads)
    }
}
