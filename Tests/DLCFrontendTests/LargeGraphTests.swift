import DLC
import DLCTestSupport
import Foundation
import Testing

/// Graphs of 100,000 layers through every front end and the optimizer. Nothing is timed here (the
/// benchmarks time); each of these took minutes to hours while a step was quadratic in the layers
/// (naming unnamed layers, finding a value's readers, ordering layers, ONNX name suffixes), and
/// runs in seconds when every step is linear.
@Suite struct LargeGraphTests {
    /// An ONNX chain of 100,000 unnamed nodes: 10,000 took 8.7 s to import, 20,000 27.6 s.
    @Test func aLongChainOfUnnamedONNXNodesImports() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let count = 100_000
        let path = try writeONNXModel(in: directory, """
            x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])
            y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
            nodes = [helper.make_node("Relu", ["x" if i == 0 else f"t{i - 1}"], [f"t{i}" if i < \(count) - 1 else "y"]) for i in range(\(count))]
            graph = helper.make_graph(nodes, "g", [x], [y])
            """)
        let graph = try ONNXFile.load(path)
        #expect(graph.nodes.count == count)
        #expect(graph.nodes.first?.name == "relu" && graph.nodes[1].name == "relu_2" && graph.nodes.last?.name == "relu_\(count)")
    }

    /// 50,000 convolutions, each followed by a ReLU, through the Swift DSL and -O3 (every ReLU
    /// fused) and the memory planner.
    @Test func aDeepSwiftModelBuildsAndOptimizes() throws {
        let layers = 50_000
        var graph = try Graph.build("deep") {
            var x = input("x", shape: [1, 8, 2, 2])
            for _ in 0..<layers { x = relu(conv2d(x, filters: 8, kernel: 1)) }
            output("y", x)
        }
        #expect(graph.nodes.count == 2 * layers)
        #expect(graph.nodes.last?.name == "relu_\(layers)")
        graph.initializeWeights()
        let optimized = try graph.optimized(level: 3)
        #expect(optimized.nodes.count == layers)
        #expect(MemoryPlanner.plan(optimized).workspaceSize > 0)
    }

    /// A `.swiftgraph` loop of 100,000 layers and an array grown to 200,000 elements (`append`
    /// copied the whole array each time).
    @Test func aLongSwiftGraphProgramEvaluates() throws {
        let source = """
            var x = input("x", shape: [1, 4])
            for _ in 0..<100_000 { x = relu(x) }
            var xs: [Tensor] = []
            for _ in 0..<200_000 { xs.append(x) }
            output("y", sigmoid(xs[xs.count - 1]))
            """
        let graph = try SwiftGraphFile.evaluate(source, path: "/nonexistent/long.swiftgraph")
        #expect(graph.nodes.count == 100_001)
        #expect(graph.nodes.last?.operation.kindName == "sigmoid")
    }
}
