import DLC
import DLCTestSupport
import Testing

@Suite struct DecomposeConvLSTMTests {
    func decomposed(_ graph: Graph) throws -> Graph {
        var graph = graph
        try PassManager(passes: [DecomposeConvLSTM()]).run(&graph)
        return graph
    }

    /// The rewritten graph computes what the layer does (the interpreter runs both), with one
    /// batched input convolution and one state convolution per step after the first, all
    /// reading the layer's own weights.
    @Test(arguments: [Direction.forward, .bidirectional]) func computesTheLayerFromItsWeights(_ direction: Direction) throws {
        let time = 4
        var graph = try Graph.build("m") {
            let frames = input("x", shape: [2, time, 3, 6, 6])
            output("y", convLSTM2d(frames, filters: 4, kernel: 3, returnSequences: true, peephole: true, direction: direction, name: "l"))
        }
        graph.initializeWeights()
        randomizeWeights(&graph)
        let rewritten = try decomposed(graph)
        let kinds = rewritten.nodes.map(\.operation.kindName)
        #expect(!kinds.contains("convLSTM2d"))
        let directions = direction.directionCount
        #expect(kinds.filter { $0 == "conv2d" }.count == directions * time)
        let names = rewritten.parameters.map { rewritten[$0].name }
        let suffixes = direction == .bidirectional ? ["", "_reverse"] : [""]
        #expect(Set(names) == Set(suffixes.flatMap { s in ["l.weight_ih\(s)", "l.weight_hh\(s)", "l.bias\(s)"] }))
        #expect(names.count == Set(names).count)
        let inputs = graph.sampleInputs(seed: 3)
        let expected = try Interpreter(graph: graph).run(inputs)["y"]!
        let actual = try Interpreter(graph: rewritten).run(inputs)["y"]!
        #expect(actual.shape == expected.shape)
        expectClose(actual.floats, expected.floats, tolerance: 1e-5)
    }

    @Test func peepholesNeedTheirWeights() throws {
        let graph = try Graph.build("m") {
            output("y", convLSTM2d(input("x", shape: [1, 2, 1, 4, 4]), filters: 2, kernel: 3, peephole: true, name: "nowcast"))
        }
        let message = errorMessage { _ = try decomposed(graph) }
        #expect(message?.contains("layer 'nowcast' (convLSTM2d): its peephole weights must be bound to compile it") == true,
                "\(message ?? "no error")")
    }
}
