import DLC
import DLCTestSupport
import Testing

/// Receptive fields and jumps against values worked out by hand, layer by layer, with the
/// course's recurrence r' = r + (k - 1)·j, j' = j·s from r = j = 1.
@Suite struct ReceptiveFieldTests {
    func window(_ size: Int, jump: Double) -> ReceptiveField {
        .window(height: size, width: size, jumpHeight: jump, jumpWidth: jump)
    }

    func fields(_ graph: Graph, kind: String) throws -> [ReceptiveField] {
        let fields = try #require(graph.receptiveFields())
        return graph.nodes.filter { $0.operation.kindName == kind }.map { fields[$0.output]! }
    }

    /// VGG-16: 3x3/1 convolutions add 2 jumps each, 2x2/2 pools one jump and double it.
    @Test func vgg16() throws {
        let graph = try SwiftGraphFile.load("\(packageRoot)/examples/vgg16.swiftgraph")
        // Block 1 at jump 1: 3, 5; pool 6 (jump 2). Block 2: 10, 14; pool 16 (4). Block 3: 24,
        // 32, 40; pool 44 (8). Block 4: 60, 76, 92; pool 100 (16). Block 5: 132, 164, 196; pool 212 (32).
        let convolutions: [(Int, Double)] = [(3, 1), (5, 1), (10, 2), (14, 2), (24, 4), (32, 4), (40, 4),
                                             (60, 8), (76, 8), (92, 8), (132, 16), (164, 16), (196, 16)]
        #expect(try fields(graph, kind: "conv2d") == convolutions.map { window($0.0, jump: $0.1) })
        let pools: [(Int, Double)] = [(6, 2), (16, 4), (44, 8), (100, 16), (212, 32)]
        #expect(try fields(graph, kind: "maxPool2d") == pools.map { window($0.0, jump: $0.1) })
        #expect(try fields(graph, kind: "dense") == [.whole, .whole, .whole])
    }

    /// ResNet-50: the 7x7/2 stem gives 7 (jump 2), the 3x3/2 pool 11 (jump 4). In each
    /// bottleneck only the 3x3 widens the field, by 2 jumps, and the first block of stages 2-4
    /// strides it, doubling the jump after its 3x3; the shortcut is narrower, so each block's
    /// sum has the main path's field.
    @Test func resNet50() throws {
        let graph = try SwiftGraphFile.load("\(packageRoot)/examples/resnet50.swiftgraph")
        let blocks: [(Int, Double)] = [
            (19, 4), (27, 4), (35, 4),
            (43, 8), (59, 8), (75, 8), (91, 8),
            (107, 16), (139, 16), (171, 16), (203, 16), (235, 16), (267, 16),
            (299, 32), (363, 32), (427, 32),
        ]
        #expect(try fields(graph, kind: "add") == blocks.map { window($0.0, jump: $0.1) })
        #expect(try fields(graph, kind: "maxPool2d") == [window(11, jump: 4)])
        #expect(try fields(graph, kind: "globalAvgPool2d") == [.whole])

        // Optimized and compiled for 16 lanes, the stem takes its pool: its field is the pool's.
        var optimized = graph
        try PassManager(level: 3).run(&optimized)
        let lowered = try ModelCompiler.lowered(optimized, for: avx512Target())
        #expect(try fields(lowered, kind: "maxPool2d").isEmpty)
        #expect(try fields(lowered, kind: "conv2d").first == window(11, jump: 4))
    }

    @Test func dilatedRectangularAndTransposedWindows() throws {
        let graph = try Graph.build {
            var x = input("x", shape: [1, 1, 32, 32])
            x = conv2d(x, filters: 1, kernel: (3, 1), stride: (2, 1), name: "tall")          // 3x1, jump 2x1
            x = conv2d(x, filters: 1, kernel: 3, dilation: 2, name: "dilated")              // +4 jumps: 11x5
            x = conv2dTranspose(x, filters: 1, kernel: 2, stride: 2, name: "up")            // jump 1x0.5: 12x6
            output("y", x)
        }
        let fields = try #require(graph.receptiveFields())
        let named = { (name: String) in fields[graph.nodes.first { $0.name == name }!.output]! }
        #expect(named("tall") == .window(height: 3, width: 1, jumpHeight: 2, jumpWidth: 1))
        #expect(named("dilated") == .window(height: 11, width: 5, jumpHeight: 2, jumpWidth: 1))
        #expect(named("up") == .window(height: 12, width: 6, jumpHeight: 1, jumpWidth: 0.5))
        #expect(named("up").size == "12x6" && named("up").jump == "1x0.5")
    }

    @Test func sequenceModelsHaveNone() throws {
        let graph = try Graph.build { output("y", lstm(input("x", shape: [1, 5, 3]), units: 2)) }
        #expect(graph.receptiveFields() == nil)
        #expect(!graph.summary().contains("Jump"))
    }
}
