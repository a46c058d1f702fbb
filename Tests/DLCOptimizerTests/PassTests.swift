import Foundation
import DLC
import DLCTestSupport
import Testing

/// Runs passes as the pass manager does (compact and verify after each) and returns the
/// result with the change log.
private func apply(_ passes: [any GraphPass], to graph: Graph) throws -> (Graph, [String]) {
    var graph = graph
    var changes: [String] = []
    for pass in passes {
        changes += try pass.run(on: &graph)
        try graph.compact()
        try graph.verify()
    }
    return (graph, changes)
}

/// A graph with every weight random (batch-norm statistics too), so folding changes numbers.
private func build(_ body: () throws -> Void) throws -> Graph {
    var graph = try Graph.build("m", body)
    graph.initializeWeights()
    randomizeWeights(&graph)
    return graph
}

/// The optimized graph computes what the original does (interpreter, random inputs).
private func expectSameResults(_ original: Graph, _ optimized: Graph, tolerance: Float = 1e-5,
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let inputs = original.sampleInputs(seed: 7)
    let before = try Interpreter(graph: original).run(inputs)
    let after = try Interpreter(graph: optimized).run(inputs)
    for output in original.outputs {
        let difference = after[output.name]!.difference(from: before[output.name]!)
        #expect(difference.relative <= tolerance, "\(output.name): \(difference)", sourceLocation: sourceLocation)
    }
}

private func kinds(_ graph: Graph) -> [String] { graph.nodes.map(\.operation.kindName) }

@Suite struct CleanupPassTests {
    @Test func dropoutIsRemoved() throws {
        let graph = try build {
            let x = input("x", shape: [1, 8])
            output("y", dense(dropout(dense(x, units: 4, name: "fc1"), rate: 0.5, name: "drop"), units: 2, name: "fc2"))
        }
        let (optimized, changes) = try apply([RemoveDropout()], to: graph)
        #expect(changes == ["removed drop"])
        #expect(kinds(graph) == ["dense", "dropout", "dense"])
        #expect(optimized.description == """
            graph m {
              input %x: f32[1, 8]
              %fc1 = dense(%x) units=4 : f32[1, 4]  params: f32[4, 8], f32[4]
              %fc2 = dense(%fc1) units=2 : f32[1, 2]  params: f32[2, 4], f32[2]
              output y = %fc2
            }

            """)
        try expectSameResults(graph, optimized)
    }

    @Test func reshapesThatKeepTheShapeAreRemovedAndChainsCollapse() throws {
        let graph = try build {
            let x = input("x", shape: [2, 12])
            let same = reshape(flatten(x, name: "flat"), [2, 12], name: "same")
            output("y", reshape(reshape(relu(same, name: "r"), [4, 6], name: "a"), [3, 8], name: "b"))
        }
        let (optimized, changes) = try apply([EliminateNoOpReshapes(), EliminateDeadCode()], to: graph)
        #expect(changes.contains("removed flat, which keeps the shape [2, 12]"))
        #expect(changes.contains("removed same, which keeps the shape [2, 12]"))
        #expect(changes.contains("b reads a's input directly"))
        #expect(changes.contains("removed a, which no output uses"))
        #expect(kinds(optimized) == ["relu", "reshape"])
        #expect(optimized.nodes[1].inputs == [optimized.nodes[0].output])
        try expectSameResults(graph, optimized)
    }

    @Test func commonSubexpressionsAreComputedOnce() throws {
        let graph = try build {
            let x = input("x", shape: [1, 16])
            output("y", relu(x, name: "a") * relu(x, name: "b") + sigmoid(x, name: "s"))
        }
        let (optimized, changes) = try apply([EliminateCommonSubexpressions()], to: graph)
        #expect(changes == ["b is the same as a"])
        #expect(kinds(optimized) == ["relu", "multiply", "sigmoid", "add"])
        #expect(optimized.nodes[1].inputs == [optimized.nodes[0].output, optimized.nodes[0].output])
        try expectSameResults(graph, optimized)
    }

    @Test func deadLayersAreRemoved() throws {
        let graph = try build {
            let x = input("x", shape: [1, 16])
            _ = dense(x, units: 4, name: "unused")
            output("y", relu(x, name: "r"))
        }
        let (optimized, changes) = try apply([EliminateDeadCode()], to: graph)
        #expect(changes == ["removed unused, which no output uses"])
        #expect(kinds(optimized) == ["relu"])
        #expect(optimized.weights.isEmpty, "the removed layer's weights go too")
    }
}

@Suite struct FoldingPassTests {
    @Test func constantSubgraphsAreComputed() throws {
        let graph = try build {
            let x = input("x", shape: [1, 4])
            let scale = sigmoid(constant([0, 1, 2, 3], shape: [1, 4], name: "c"), name: "s")
            let bias = dense(constant(1, shape: [1, 3], name: "k"), units: 4, name: "fc")
            output("y", x * scale + bias)
        }
        let (optimized, changes) = try apply([FoldConstants(evaluator: ReferenceEvaluator()), EliminateDeadCode()], to: graph)
        #expect(changes.contains("computed s (sigmoid) at compile time"))
        #expect(changes.contains("computed fc (dense) at compile time"))
        #expect(kinds(optimized) == ["constant", "constant", "multiply", "add"])
        #expect(optimized.parameters.isEmpty, "the dense layer's weights are folded into the constant")
        try expectSameResults(graph, optimized)
    }

    @Test func batchNormFoldsIntoConvolutionAndDense() throws {
        let graph = try build {
            let x = input("x", shape: [1, 3, 8, 8])
            var y = batchNorm(conv2d(x, filters: 4, kernel: 3, bias: false, name: "c1"), epsilon: 1e-3, name: "bn1")
            y = batchNorm(depthwiseConv2d(y, kernel: 3, padding: 1, name: "dw"), name: "bn2")
            output("y", batchNorm(dense(flatten(y), units: 5, name: "fc"), name: "bn3"))
        }
        let (optimized, changes) = try apply([FoldBatchNorm()], to: graph)
        #expect(changes == ["folded bn1 into c1", "folded bn2 into dw", "folded bn3 into fc"])
        #expect(kinds(optimized) == ["conv2d", "conv2d", "flatten", "dense"])
        #expect(optimized.parameters.map { optimized[$0].name }.contains("c1.bias"), "a convolution without bias gets one")
        // Batch-norm parameters (4 per channel) go; c1 gains a bias of 4.
        #expect(optimized.parameterCount == graph.parameterCount - 2 * 4 * 4 - 4 * 5 + 4)
        try expectSameResults(graph, optimized)
    }

    @Test func batchNormStaysWhenItCannotFold() throws {
        let graph = try build {
            let x = input("x", shape: [1, 3, 8, 8])
            let c = conv2d(x, filters: 4, kernel: 3, activation: .relu, name: "c")
            let d = conv2d(x, filters: 4, kernel: 3, name: "d")
            output("after-activation", batchNorm(c, name: "bn1"))
            output("two-readers", batchNorm(d, name: "bn2") + d)
        }
        let (_, changes) = try apply([FoldBatchNorm()], to: graph)
        #expect(changes.isEmpty)
    }

    @Test func explicitZeroPaddingFoldsIntoConvolutionsAndPools() throws {
        let graph = try build {
            let x = input("x", shape: [1, 3, 9, 9])
            let padded = zeroPadding2d(x, padding: (0, 0, 1, 1), name: "pad")
            let conv = conv2d(padded, filters: 4, kernel: 3, stride: 2, name: "conv")
            let average = avgPool2d(zeroPadding2d(conv, padding: 1, name: "pad2"), kernel: 2, name: "avg")
            let maxima = maxPool2d(zeroPadding2d(relu(conv, name: "r"), padding: 1, name: "pad3"), kernel: 3, stride: 2, name: "max")
            output("a", average)
            output("m", maxima)
        }
        let (optimized, changes) = try apply([FoldZeroPadding()], to: graph)
        #expect(changes == ["folded pad into conv", "folded pad2 into avg", "folded pad3 into max"])
        #expect(!kinds(optimized).contains("zeroPadding2d"))
        guard case .conv2d(let conv) = optimized.nodes[0].operation, case .pool2d(let average) = optimized.nodes[1].operation else {
            Issue.record("unexpected graph \(optimized)")
            return
        }
        #expect(conv.padding == EdgePadding(top: 0, left: 0, bottom: 1, right: 1))
        #expect(average.padding == EdgePadding(top: 1, left: 1, bottom: 1, right: 1) && average.countIncludePad)
        try expectSameResults(graph, optimized)
    }

    @Test func zeroPaddingStaysWhereFoldingWouldChangeResults() throws {
        let graph = try build {
            let x = input("x", shape: [1, 3, 8, 8])
            // A max pool over values that may be negative, and padding wider than half the kernel.
            output("m", maxPool2d(zeroPadding2d(x, padding: 1, name: "pad"), kernel: 2, name: "max"))
            output("a", avgPool2d(zeroPadding2d(x, padding: 2, name: "wide"), kernel: 2, name: "avg"))
            // Padding by a value or by the image itself is not a convolution's zero padding.
            output("v", conv2d(pad2d(x, padding: 1, value: 0.5, name: "half"), filters: 4, kernel: 3, name: "c1"))
            output("r", conv2d(pad2d(x, padding: 1, mode: .reflect, name: "mirror"), filters: 4, kernel: 3, name: "c2"))
        }
        let (_, changes) = try apply([FoldZeroPadding()], to: graph)
        #expect(changes.isEmpty)
    }
}

@Suite struct FusionPassTests {
    /// A ResNet basic block: conv-bn-relu, conv-bn, add the block input, relu.
    private func residualBlock(projection: Bool) throws -> Graph {
        try build {
            let x = input("x", shape: [1, 8, 6, 6])
            var y = relu(batchNorm(conv2d(x, filters: 8, kernel: 3, padding: 1, bias: false, name: "c1"), name: "b1"), name: "r1")
            y = batchNorm(conv2d(y, filters: 8, kernel: 3, padding: 1, bias: false, name: "c2"), name: "b2")
            let shortcut = projection ? batchNorm(conv2d(x, filters: 8, kernel: 1, bias: false, name: "proj"), name: "b3") : x
            output("y", relu(add(y, shortcut, name: "sum"), name: "r2"))
        }
    }

    @Test func identityShortcutFusesIntoTheLastConvolution() throws {
        let graph = try residualBlock(projection: false)
        let (optimized, changes) = try apply([FoldBatchNorm(), FuseResidualAdd(), FuseActivation()], to: graph)
        #expect(changes.contains("fused sum into c2 (adds x)"))
        #expect(changes.contains("fused r1 into c1") && changes.contains("fused r2 into c2"))
        #expect(optimized.description == """
            graph m {
              input %x: f32[1, 8, 6, 6]
              %c1 = conv2d(%x) filters=8 kernel=3 padding=1 activation=relu : f32[1, 8, 6, 6]  params: f32[8, 8, 3, 3], f32[8]
              %c2 = conv2d(%c1, %x) filters=8 kernel=3 padding=1 +residual activation=relu : f32[1, 8, 6, 6]  params: f32[8, 8, 3, 3], f32[8]
              output y = %c2
            }

            """)
        try expectSameResults(graph, optimized)
    }

    @Test func projectionShortcutFusesIntoTheLaterConvolution() throws {
        let graph = try residualBlock(projection: true)
        let (optimized, changes) = try apply([FoldBatchNorm(), FuseResidualAdd(), FuseActivation()], to: graph)
        // proj runs after c2, so c2's output is ready when proj computes: proj absorbs the add.
        #expect(changes.contains("fused sum into proj (adds c2)"))
        #expect(kinds(optimized) == ["conv2d", "conv2d", "conv2d"])
        try expectSameResults(graph, optimized)
    }

    @Test func everyElementwiseActivationFuses() throws {
        let graph = try build {
            let x = input("x", shape: [1, 3, 6, 6])
            var y = clamp(conv2d(x, filters: 4, kernel: 3, name: "c1"), min: 0, max: 6, name: "relu6")
            y = leakyRelu(conv2d(y, filters: 4, kernel: 3, name: "c2"), alpha: 0.2, name: "leaky")
            y = tanh(conv2dTranspose(y, filters: 2, kernel: 2, name: "up"), name: "t")
            output("y", sigmoid(dense(flatten(y), units: 3, name: "fc"), name: "s"))
        }
        let (optimized, changes) = try apply([FuseActivation()], to: graph)
        #expect(changes == ["fused relu6 into c1", "fused leaky into c2", "fused t into up", "fused s into fc"])
        #expect(kinds(optimized) == ["conv2d", "conv2d", "conv2dTranspose", "flatten", "dense"])
        #expect(optimized.description.contains("activation=clamp(0.0, 6.0)"))
        try expectSameResults(graph, optimized)
    }

    @Test func activationsFuseOnlyIntoTheirSoleProducer() throws {
        let graph = try build {
            let x = input("x", shape: [1, 10])
            let a = dense(x, units: 6, name: "a")
            let b = dense(x, units: 6, name: "b")
            output("shared", a)
            output("y", sigmoid(a, name: "s") + tanh(b, name: "t"))
        }
        let (optimized, changes) = try apply([FuseActivation()], to: graph)
        #expect(changes == ["fused t into b"], "a is also an output, so its sigmoid stays")
        #expect(kinds(optimized) == ["dense", "dense", "sigmoid", "add"])
        try expectSameResults(graph, optimized)
    }

    @Test func poolingFusesIntoTheConvolutionBeforeIt() throws {
        let graph = try build {
            let x = input("x", shape: [1, 3, 20, 22])
            let stem = maxPool2d(conv2d(x, filters: 8, kernel: 3, stride: 2, padding: 1, activation: .relu, name: "stem"),
                                 kernel: 3, stride: 2, padding: 1, name: "pool1")
            let reduced = avgPool2d(conv2d(stem, filters: 4, kernel: 1, name: "c2"), kernel: 2, ceilMode: true, name: "pool2")
            output("y", reduced)
        }
        let (optimized, changes) = try apply([FusePooling { _, _, _, _ in true }], to: graph)
        #expect(changes == ["fused pool1 into stem", "fused pool2 into c2"])
        #expect(optimized.description == """
            graph m {
              input %x: f32[1, 3, 20, 22]
              %stem = conv2d(%x) filters=8 kernel=3 stride=2 padding=1 activation=relu +maxPool2d(kernel=3,stride=2,padding=1) : f32[1, 8, 5, 6]  params: f32[8, 3, 3, 3], f32[8]
              %c2 = conv2d(%stem) filters=4 kernel=1 +avgPool2d(kernel=2,stride=2,ceilMode=true) : f32[1, 4, 3, 3]  params: f32[4, 8, 1, 1], f32[4]
              output y = %c2
            }

            """)
        try expectSameResults(graph, optimized)
    }

    @Test func depthwiseLayersFuseIntoThePointwiseLayerReadingThem() throws {
        let graph = try build {
            let x = input("x", shape: [1, 8, 10, 10])
            let dw = depthwiseConv2d(x, kernel: 3, stride: 2, padding: 1, activation: .relu, name: "dw")
            let pw = conv2d(dw, filters: 16, kernel: 1, activation: .relu, name: "pw")
            // The second depthwise layer has two readers, the third feeds a 3x3 layer.
            let shared = depthwiseConv2d(pw, kernel: 3, padding: 1, name: "shared")
            let wide = conv2d(depthwiseConv2d(shared, kernel: 3, padding: 1, name: "dw3"), filters: 16, kernel: 3, padding: 1, name: "wide")
            output("y", conv2d(shared, filters: 16, kernel: 1, name: "pw2") + wide)
        }
        let (optimized, changes) = try apply([FuseDepthwisePointwise { _, _, _, _, _ in true }], to: graph)
        #expect(changes == ["fused dw into pw"])
        #expect(optimized.description.contains(
            "%pw = conv2d(%x) depthwise(kernel=3,stride=2,padding=1,activation=relu)+ filters=16 kernel=1 activation=relu : f32[1, 16, 5, 5]  params: f32[16, 8, 1, 1], f32[16], f32[8, 1, 3, 3], f32[8]"),
                "\(optimized.description)")
        #expect(optimized.weights["pw.depthwise.weight"] == graph.weights["dw.weight"])
        try expectSameResults(graph, optimized)
    }

    @Test func poolingStaysWhereTheConvolutionCannotTakeIt() throws {
        let graph = try build {
            let x = input("x", shape: [1, 4, 8, 8])
            let shared = conv2d(x, filters: 4, kernel: 3, padding: 1, name: "shared")
            let residual = conv2d(shared, filters: 4, kernel: 3, padding: 1, name: "c2") + x
            output("y", maxPool2d(shared, kernel: 2, name: "read-twice") + maxPool2d(relu(residual), kernel: 2, name: "after-relu"))
            output("z", maxPool2d(conv2d(x, filters: 4, kernel: 1, name: "refused"), kernel: 2, name: "kept"))
        }
        // The first reads a conv that another layer reads too; the second follows a residual
        // add (fused into c2) and a ReLU; the kernel of `refused` has no pooling epilogue.
        let (optimized, changes) = try apply([FuseResidualAdd(), FuseActivation(), FusePooling { conv, _, _, _ in conv.kernel.height == 3 }],
                                             to: graph)
        #expect(!changes.contains { $0.contains("fused read-twice") || $0.contains("fused kept") || $0.contains("after-relu") })
        #expect(kinds(optimized).filter { $0 == "maxPool2d" }.count == 3)
        try expectSameResults(graph, optimized)
    }
}

@Suite struct PassManagerTests {
    @Test func levelsBuildTheirPipelines() throws {
        #expect(try PassManager(level: 0).passes.isEmpty)
        #expect(try PassManager(level: 1).passes.map(\.name) == ["remove-dropout", "eliminate-reshapes", "eliminate-common-subexpressions", "eliminate-dead-code"])
        #expect(try PassManager(level: 3, evaluator: ReferenceEvaluator()).passes.map(\.name) == [
            "remove-dropout", "eliminate-reshapes", "eliminate-common-subexpressions", "fold-constants", "fold-batch-norm",
            "fold-zero-padding", "fuse-residual-add", "fuse-activations", "eliminate-dead-code",
        ])
        #expect(errorMessage { _ = try PassManager(level: 4) } == "error: optimization level must be 0 to 3, got 4")
    }

    @Test func reportsChangesTimesAndGraphs() throws {
        var graph = try build {
            output("y", relu(dense(dropout(input("x", shape: [1, 4]), rate: 0.1), units: 3, name: "fc"), name: "r"))
        }
        let lines = LogLines()
        var manager = try PassManager(level: 3, evaluator: ReferenceEvaluator())
        manager.verbose = true
        manager.timePasses = true
        manager.printAfter = ["fuse-activations"]
        manager.log = { lines.append($0) }
        try manager.run(&graph)
        let text = lines.all.joined(separator: "\n")
        #expect(text.contains("remove-dropout: 1 change\n  removed dropout_1"))
        #expect(text.contains("fuse-activations: 1 change\n  fused r into fc"))
        #expect(text.contains("eliminate-reshapes: no change"))
        #expect(text.contains("// after fuse-activations\ngraph m {"))
        #expect(text.contains(" ms"))
        var unknown = manager
        unknown.printAfter = ["fuse-everything"]
        #expect(errorMessage { try unknown.run(&graph) }?.hasPrefix("error: unknown pass 'fuse-everything'; passes are remove-dropout, ") == true)
    }
}

final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
