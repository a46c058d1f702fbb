import DLC
import DLCTestSupport
import Testing

@Suite struct AssignLayoutsTests {
    private func assign(_ graph: Graph, block: Int) throws -> Graph {
        var graph = graph
        try PassManager(passes: [AssignLayouts(block: block)]).run(&graph)
        return graph
    }

    private func layouts(_ graph: Graph) -> [String: String] {
        Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.name, graph[$0.output].type.layout.description) })
    }

    private func cnn() throws -> Graph {
        var graph = try Graph.build("cnn") {
            let image = input("image", shape: [1, 3, 12, 12])
            var x = conv2d(image, filters: 16, kernel: 3, padding: 1, activation: .relu, name: "stem")
            x = maxPool2d(x, kernel: 2, name: "pool")
            let branch = conv2d(x, filters: 16, kernel: 1, name: "branch")
            x = relu(x + branch, name: "sum")
            x = concat([x, conv2d(x, filters: 8, kernel: 3, padding: 1, name: "side")], name: "joined")
            x = lrn(x, name: "norm")
            output("features", globalAvgPool2d(conv2d(x, filters: 16, kernel: 1, name: "head"), name: "gap"))
            output("probs", dense(flatten(x, name: "flat"), units: 10, activation: .softmax, name: "fc"))
        }
        graph.initializeWeights()
        randomizeWeights(&graph)
        return graph
    }

    /// Convolutions, pooling, element-wise layers, the concat and LRN stay blocked; flatten
    /// gets plain data through a reorder; graph outputs stay plain.
    @Test func keepsConvolutionRegionsBlocked() throws {
        let graph = try assign(cnn(), block: 8)
        let layout = layouts(graph)
        for name in ["stem", "pool", "branch", "sum", "side", "joined", "norm", "head"] { #expect(layout[name] == "nchw8c", "\(name)") }
        for name in ["flat", "fc", "gap"] { #expect(layout[name] == "nchw", "\(name)") }
        let reorders = graph.nodes.filter { if case .reorder = $0.operation { true } else { false } }
        // Only flatten reads plain data: LRN's blocked output through one reorder.
        #expect(reorders.map(\.name) == ["norm.nchw"])
        for output in graph.outputs { #expect(graph[output.value].type.layout == .plain) }
        try graph.verify()
    }

    /// With 16-float vectors the 8-channel branch does not fill a block: the concat and its
    /// inputs go plain, the rest stays blocked.
    @Test func channelsThatDoNotFillBlocksStayPlain() throws {
        let layout = layouts(try assign(cnn(), block: 16))
        #expect(layout["stem"] == "nchw16c")
        #expect(layout["side"] == "nchw")
        #expect(layout["joined"] == "nchw")
    }

    /// The blocked graph computes what the plain one does (interpreter, which reorders around
    /// each reference kernel).
    @Test func blockedGraphComputesTheSame() throws {
        let original = try cnn()
        for block in [4, 8, 16] {
            let blocked = try assign(original, block: block)
            let inputs = original.sampleInputs(seed: 3)
            let before = try Interpreter(graph: original).run(inputs)
            let after = try Interpreter(graph: blocked).run(inputs)
            for output in original.outputs {
                #expect(after[output.name]!.difference(from: before[output.name]!).relative <= 1e-6, "block \(block) \(output.name)")
            }
        }
    }

    /// Running the pass again (or for another width) first undoes the earlier assignment.
    @Test func isIdempotentAndReassignable() throws {
        let once = try assign(cnn(), block: 8)
        let twice = try assign(once, block: 8)
        #expect(twice.description == once.description)
        let plain = try assign(once, block: 1)
        #expect(!plain.nodes.contains { if case .reorder = $0.operation { true } else { false } })
        #expect(plain.values.allSatisfy { $0.type.layout == .plain })
    }

    /// LRN keeps blocked data blocked when its window reaches no further than the neighbouring
    /// blocks (9 channels before each one: not with blocks of 8, with blocks of 16).
    @Test func lrnWindowsWiderThanABlockStayPlain() throws {
        var graph = try Graph.build("lrn") {
            let x = conv2d(input("x", shape: [1, 32, 4, 4]), filters: 32, kernel: 1, name: "conv")
            output("wide", lrn(x, size: 19, name: "wide"))
            output("narrow", lrn(x, size: 5, name: "narrow"))
        }
        graph.initializeWeights()
        let eight = layouts(try assign(graph, block: 8)), sixteen = layouts(try assign(graph, block: 16))
        #expect(eight["wide"] == "nchw")
        #expect(eight["narrow"] == "nchw8c")
        #expect(sixteen["wide"] == "nchw16c")
    }

    /// Depthwise layers (MobileNet) and groups that fill blocks are blocked; a depthwise
    /// multiplier or groups that split blocks are not.
    @Test func depthwiseAndGroups() throws {
        var graph = try Graph.build("groups") {
            let x = input("x", shape: [1, 16, 8, 8])
            output("dw", depthwiseConv2d(x, kernel: 3, padding: 1, name: "dw"))
            output("g2", conv2d(x, filters: 32, kernel: 3, groups: 2, name: "g2"))
            output("g4", conv2d(x, filters: 16, kernel: 3, groups: 4, name: "g4"))
            output("multiplier", depthwiseConv2d(x, kernel: 3, multiplier: 2, name: "multiplier"))
        }
        graph.initializeWeights()
        let layout = layouts(try assign(graph, block: 8))
        #expect(layout["dw"] == "nchw8c")
        #expect(layout["g2"] == "nchw8c")
        #expect(layout["g4"] == "nchw")
        #expect(layout["multiplier"] == "nchw")
    }
}
