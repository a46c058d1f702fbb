import DLC
import DLCTestSupport
import Foundation
import Testing

@Suite struct GoldenModelTests {
    /// ResNet-50 (4.1 billion MACs), VGG-11, VGG-16, ResNet-18 (1.8), GoogLeNet (1.6), ZFNet
    /// (1.2), AlexNet (0.7) and MobileNet (0.57) are above it; NiN and the smaller ones below.
    static let largeMACs = 500_000_000

    /// Every example with random weights (batch-norm statistics too) and seeded inputs: the
    /// interpreter on the model as written is the reference for the JIT at -O0, a compiled
    /// library at -O3 and the interpreter at -O3, so both the lowering of every layer and the
    /// optimizer's rewrites are checked. Models above `largeMACs` get only the compiled -O3
    /// library: in the debug build one run of VGG-16's interpreter takes 10–15 s, ResNet-50's
    /// -O0 JIT compile 55 s and GoogLeNet's and ResNet-18's 25–30 s, and the layers they are
    /// made of are all in the smaller examples and the op tests, which are checked in every mode.
    /// VGG-11 and ZFNet are left out: their layers are VGG-16's and AlexNet's (same kernels, other
    /// sizes), and compiling their 500 and 250 MB of weights into a library takes half a minute
    /// each in the debug build; every bench run checks them compiled against ONNX Runtime.
    @Test(arguments: ExampleModel.all.filter { !["vgg11", "zfnet"].contains($0.name) })
    func exampleModel(_ example: ExampleModel) throws {
        var graph = try SwiftGraphFile.load(example.path)
        randomizeWeights(&graph)
        let optimized = try graph.optimized(level: 3)
        let inputs = graph.sampleInputs()
        let reference = try Interpreter(graph: graph).run(inputs)
        var runs = [("aot -O3", try Model.compileAndLoad(optimized).run(inputs))]
        if graph.macCount <= Self.largeMACs {
            runs.append(("jit -O0", try Model.jit(graph).run(inputs)))
            runs.append(("interpreter -O3", try Interpreter(graph: optimized).run(inputs)))
        }
        for (backend, results) in runs {
            for output in graph.outputs {
                let difference = results[output.name]!.difference(from: reference[output.name]!)
                #expect(difference.relative <= modelTolerance, "\(backend) \(output.name): \(difference)")
            }
        }
    }

    /// ResNet-50 at -O3: batch norms folded, ReLUs and residual adds in the convolutions' epilogues,
    /// no dropout; its workspace at most half of what the intermediate tensors would take.
    @Test func resNet50IsFusedAndItsArenaIsSmall() throws {
        let graph = try SwiftGraphFile.load("\(packageRoot)/examples/resnet50.swiftgraph").optimized(level: 3)
        let kinds = graph.nodes.map(\.operation.kindName)
        #expect(!kinds.contains("batchNorm"))
        #expect(!kinds.contains("dropout"))
        #expect(!kinds.contains("add"))
        for node in graph.nodes {
            guard case .unary = node.operation, let producer = graph.producer(of: node.inputs[0]) else { continue }
            guard case .conv2d = producer.operation else { continue }
            Issue.record("standalone \(node.name) after the convolution \(producer.name)")
        }
        #expect(kinds.filter { $0 == "conv2d" }.count == 53)
        #expect(graph.nodes.filter { if case .conv2d(let op) = $0.operation { op.addsResidual } else { false } }.count == 16)
        let plan = try plainPlan(graph)
        #expect(plan.workspaceSize * 2 <= plan.unplannedSize, "\(plan.workspaceSize) of \(plan.unplannedSize)")
    }

    @Test func vgg16ArenaIsAtMostHalfTheIntermediates() throws {
        let graph = try SwiftGraphFile.load("\(packageRoot)/examples/vgg16.swiftgraph").optimized(level: 3)
        let plan = try plainPlan(graph)
        // Two 64×224×224 float maps live at once: 2 · 12.25 MiB.
        #expect(plan.workspaceSize == 2 * 64 * 224 * 224 * 4)
        #expect(plan.workspaceSize * 2 <= plan.unplannedSize, "\(plan.workspaceSize) of \(plan.unplannedSize)")
    }

    /// The trained LeNet classifies all 450 held-out digits the same compiled as interpreted.
    @Test func trainedLeNetGivesTheSameHeldOutPredictions() throws {
        var graph = try ModelLoader.load("\(packageRoot)/examples/lenet.swiftgraph")
        try ModelLoader.bindWeights(&graph)
        let images = try NumPy.read("\(packageRoot)/examples/digits/heldout-images.npy").floats
        let expected = try NumPy.read("\(packageRoot)/examples/digits/heldout-predictions.npy").integers
        let interpreter = try Interpreter(graph: graph)
        for model in [try Model.jit(graph), try Model.compileAndLoad(graph)] {
            let workspace = model.makeWorkspace()
            var predictions: [Int64] = []
            for index in 0..<expected.count {
                let image = TensorData(shape: [1, 1, 28, 28], floats: Array(images[(index * 784)..<((index + 1) * 784)]))
                let probs = try model.run(["image": image], workspace: workspace)["probs"]!
                if index % 50 == 0 {
                    let reference = try interpreter.run(["image": image])["probs"]!
                    #expect(probs.difference(from: reference).relative <= modelTolerance)
                }
                predictions.append(Int64(probs.floats.indices.max { probs.floats[$0] < probs.floats[$1] }!))
            }
            #expect(predictions == expected)
        }
    }
}

/// The memory plan of `graph` compiled for this machine in the plain layout (no layout
/// conversions or padded copies: the tensors of the graph as written).
private func plainPlan(_ graph: Graph) throws -> MemoryPlan {
    var options = try CompileOptions()
    options.blockedLayout = false
    return try CompilationPlan(graph, options: options).memory
}
