import DLCGraph

/// Runs a graph with plain reference kernels: the definition of what every operator computes,
/// against which compiled code is checked.
///
/// ```swift
/// var graph = try Graph.build { ... }
/// graph.initializeWeights()
/// let outputs = try Interpreter(graph: graph).run(["image": image])
/// print(outputs["probs"]!.floats)
/// ```
public struct Interpreter: Sendable {
    /// The graph this interpreter runs.
    public let graph: Graph

    /// Fails when a parameter has no bound weights.
    public init(graph: Graph) throws(DLCError) {
        if let missing = graph.parameters.first(where: { graph.weight($0) == nil }) {
            throw DLCError("weights of '\(graph[missing].name)' are not bound; load a weights file or initialize them")
        }
        self.graph = graph
    }

    /// Runs one inference. Inputs are matched by name and must have exactly the declared
    /// shapes and dtypes; outputs are returned by name.
    public func run(_ inputs: [String: TensorData]) throws(DLCError) -> [String: TensorData] {
        try checkInputs(inputs, declared: graph.inputs.map { (graph[$0].name, graph[$0].type) }, model: graph.name)
        var live = [TensorData?](repeating: nil, count: graph.values.count)
        for id in graph.inputs { live[id.index] = inputs[graph[id].name] }
        let lastUse = lastUses()
        for (index, node) in graph.nodes.enumerated() {
            let operands = node.inputs.map { live[$0.index]! }
            let parameters = node.parameters.map { graph.weight($0)! }
            do {
                live[node.output.index] = try evaluateLayer(node.operation, operands, parameters,
                                                            outputType: graph[node.output].type)
            } catch {
                throw DLCError("layer '\(node.name)' (\(node.operation.kindName)): \(error.message)", location: node.location)
            }
            // Intermediate tensors are dropped after their last reader, so big networks fit.
            for operand in node.inputs where lastUse[operand.index] == index { live[operand.index] = nil }
        }
        var results: [String: TensorData] = [:]
        for output in graph.outputs { results[output.name] = live[output.value.index] }
        return results
    }

    /// The index of the last node reading each value; graph outputs are never released.
    private func lastUses() -> [Int] {
        var last = [Int](repeating: -1, count: graph.values.count)
        for (index, node) in graph.nodes.enumerated() {
            for operand in node.inputs { last[operand.index] = index }
        }
        for output in graph.outputs { last[output.value.index] = Int.max }
        return last
    }

}

/// The reference kernels as a ``LayerEvaluator``, for constant folding.
public struct ReferenceEvaluator: LayerEvaluator {
    /// An evaluator of single layers, for constant folding.
    public init() {}

    /// Runs one layer on concrete inputs and parameters.
    public func evaluate(_ operation: Operation, inputs: [TensorData], parameters: [TensorData],
                         outputType: TensorType) throws(DLCError) -> TensorData {
        do {
            return try evaluateLayer(operation, inputs, parameters, outputType: outputType)
        } catch {
            throw DLCError("\(operation.kindName): \(error.message)")
        }
    }
}

/// Dispatches one layer to its reference kernel. Reference kernels compute on plain tensors, so
/// a layer the layout pass gave blocked operands reads them converted to plain and has its
/// result converted to its output's layout: the blocked graph computes exactly what the plain
/// one does.
func evaluateLayer(_ operation: Operation, _ inputs: [TensorData], _ parameters: [TensorData],
                   outputType: TensorType) throws(OperatorError) -> TensorData {
    if case .reorder(let op) = operation { return op.evaluate(inputs[0]) }
    guard outputType.layout == .plain && inputs.allSatisfy({ $0.type.layout == .plain }) else {
        return try evaluateLayer(operation, inputs.map(\.plain), parameters, outputType: outputType.with(layout: .plain))
            .converted(to: outputType.layout)
    }
    return try evaluatePlainLayer(operation, inputs, parameters, outputType: outputType)
}

private func evaluatePlainLayer(_ operation: Operation, _ inputs: [TensorData], _ parameters: [TensorData],
                                outputType: TensorType) throws(OperatorError) -> TensorData {
    switch operation {
    case .conv2d(let op): try op.evaluate(inputs, parameters, outputType: outputType)
    case .conv2dTranspose(let op): op.evaluate(inputs[0], weight: parameters[0],
                                               bias: parameters.count > 1 ? parameters[1] : nil, outputType: outputType)
    case .pool2d(let op): op.evaluate(inputs[0], outputType: outputType)
    case .globalPool2d(let op): op.evaluate(inputs[0], outputType: outputType)
    case .dense(let op): op.evaluate(inputs[0], weight: parameters[0], bias: parameters.count > 1 ? parameters[1] : nil,
                                     outputType: outputType)
    case .flatten, .reshape, .dropout: inputs[0].reshaped(outputType.shape)
    case .batchNorm(let op): op.evaluate(inputs[0], parameters: parameters)
    case .lrn(let op): op.evaluate(inputs[0])
    case .unary(let op): op.evaluate(inputs[0])
    case .binary(let op): op.evaluate(inputs[0], inputs[1], outputType: outputType)
    case .softmax(let op): op.evaluate(inputs[0])
    case .concat(let op): op.evaluate(inputs, outputType: outputType)
    case .slice(let op): op.evaluate(inputs[0], outputType: outputType)
    case .transpose(let op): op.evaluate(inputs[0], outputType: outputType)
    case .embedding(let op): try op.evaluate(inputs[0], table: parameters[0], outputType: outputType)
    case .recurrent(let op): op.evaluate(inputs[0], parameters: parameters, outputType: outputType)
    case .convLSTM2d(let op): op.evaluate(inputs[0], parameters: parameters, outputType: outputType)
    case .pad2d(let op): op.evaluate(inputs[0], outputType: outputType)
    case .constant(let op): op.evaluate()
    case .reorder(let op): op.evaluate(inputs[0])
    case .matmul(let op): op.evaluate(inputs[0], inputs[1], outputType: outputType)
    case .gather(let op): try op.evaluate(inputs[0], inputs[1], outputType: outputType)
    case .training(let op): try op.evaluate(inputs, parameters, outputType: outputType)
    }
}
