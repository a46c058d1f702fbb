import DLC
import DLCTestSupport
import Foundation
import Testing

/// The compiled training step against the interpreter's (the reference), at both vector widths,
/// on the training fixtures' models and batches: the loss of every step, the predictions, and
/// every weight and piece of optimizer state afterwards.
@Suite struct CompiledTrainingTests {
    private static let directory = "\(packageRoot)/Tests/Fixtures/training"

    private func model(_ name: String) throws -> Graph {
        var graph = try ModelLoader.load("\(Self.directory)/models/\(name).swiftgraph")
        graph.weights = try Safetensors.read("\(Self.directory)/\(name)/initial.safetensors")
        return graph
    }

    /// Batch `index` of the fixtures' 320 Fashion-MNIST images, `size` images from `index · size`.
    private func batch(_ index: Int, size: Int = 16, shape: [Int]) throws -> (TensorData, TensorData) {
        let data = try Dataset.load("\(Self.directory)/batches-images-idx3-ubyte.gz")
        return data.batch(Array((size * index)..<(size * index + size))[...], sampleShape: shape)
    }

    /// Trains `graph` for `steps` steps interpreted and compiled with `options`, and compares.
    /// Labels are class indices, or for `oneHot` their one-hot rows as floats.
    private func expectCompiledMatchesInterpreter(_ graph: Graph, loss: LossFunction = .crossEntropy(), oneHot: Bool = false,
                                                  optimizer: Optimizer, options: CompileOptions, steps: Int = 3, learningRate: Float = 0.01,
                                                  treatment: GradientTreatment = GradientTreatment(), label: String) throws {
        try expectCompiledMatchesInterpreter(graph, loss: loss, oneHot: oneHot, optimizer: optimizer, targets: [(label, options)],
                                             steps: steps, learningRate: learningRate, treatment: treatment)
    }

    /// The same, compiled once with each of `targets`.
    private func expectCompiledMatchesInterpreter(_ graph: Graph, loss: LossFunction = .crossEntropy(), oneHot: Bool = false,
                                                  optimizer: Optimizer, targets: [(String, CompileOptions)], steps: Int = 3,
                                                  learningRate: Float = 0.01, treatment: GradientTreatment = GradientTreatment()) throws {
        var interpreted = try Trainer(model: graph, loss: loss, optimizer: optimizer, seed: 3, treatment: treatment)
        var compiled = try targets.map { label, options in
            (label, try Trainer(model: graph, loss: loss, optimizer: optimizer, seed: 3, treatment: treatment, execution: .compiled(options)))
        }
        let input = graph[graph.inputs[0]]
        for step in 0..<steps {
            var (images, labels) = try batch(step, size: input.type.shape[0], shape: Array(input.type.shape.dropFirst()))
            if oneHot {
                let classes = labels.integers.map(Int.init)
                labels = TensorData(shape: [classes.count, 10], floats: (0..<(classes.count * 10)).map { $0 % 10 == classes[$0 / 10] ? 1 : 0 })
            }
            let expected = try interpreted.train([input.name: images], labels: labels, learningRate: learningRate)
            for index in compiled.indices {
                let label = compiled[index].0
                let actual = try compiled[index].1.train([input.name: images], labels: labels, learningRate: learningRate)
                #expect(abs(actual.loss - expected.loss) <= 1e-5 * max(1, abs(expected.loss)), "\(label) step \(step + 1): \(actual.loss) vs \(expected.loss)")
                expectNear(actual.predictions.floats, expected.predictions.floats, "\(label) predictions")
            }
        }
        let reference = interpreted.state
        for (label, trainer) in compiled {
            #expect(trainer.stepsTaken == steps)
            let state = trainer.state
            #expect(Set(state.keys) == Set(reference.keys))
            for (name, value) in reference.sorted(by: { $0.key < $1.key }) {
                expectNear(try #require(state[name]).floats, value.floats, "\(label) \(name)")
            }
        }
    }

    /// Each value within 1e-4 of the larger of its magnitude and 1 (float sums in another order).
    private func expectNear(_ actual: [Float], _ expected: [Float], _ label: String) {
        guard actual.count == expected.count else {
            Issue.record("\(label): \(actual.count) values, expected \(expected.count)")
            return
        }
        if let index = actual.indices.first(where: { !(abs(actual[$0] - expected[$0]) <= 1e-4 * max(1, abs(expected[$0]))) }) {
            Issue.record("\(label)[\(index)]: \(actual[index]), the interpreter \(expected[index])")
        }
    }

    /// A small perceptron with dropout: it compiles in a fraction of a second, for the sweep
    /// over optimizers.
    private func perceptron() throws -> Graph {
        var graph = try Graph.build("perceptron") {
            let hidden = dense(flatten(input("image", shape: [16, 1, 28, 28])), units: 24, activation: .tanh, name: "fc1")
            output("logits", dense(dropout(hidden, rate: 0.25, name: "drop"), units: 10, name: "fc2"))
        }
        graph.initializeWeights(seed: 1)
        return graph
    }

    /// The convolution and pooling variants (stride, dilation, groups, `.same` and asymmetric
    /// padding, 1x1), average pooling with ceil mode and count-include-pad, global pooling, and
    /// activations with kinks and ones whose derivative needs their input, ending in `head`.
    private func variants(head: Activation = .none) throws -> Graph {
        var graph = try Graph.build("variants") {
            var x = input("image", shape: [4, 1, 28, 28])
            x = conv2d(x, filters: 4, kernel: (3, 3), stride: (2, 2), padding: (1, 0, 2, 1), dilation: (1, 1), activation: .leakyRelu(0.1), name: "strided")
            x = conv2d(x, filters: 6, kernel: (3, 3), stride: (1, 1), padding: .same, dilation: (2, 2), groups: 2, activation: .gelu, name: "dilated")
            x = avgPool2d(x, kernel: (3, 3), stride: (2, 2), padding: 1, ceilMode: true, countIncludePad: true, name: "average")
            x = conv2d(x, filters: 8, kernel: (1, 1), stride: (1, 1), dilation: (1, 1), activation: .hardSwish, name: "pointwise")
            x = maxPool2d(x, kernel: (2, 2), stride: (1, 1), padding: 1, name: "overlapping")
            let pooled = flatten(globalAvgPool2d(conv2d(x, filters: 5, kernel: (2, 2), stride: (1, 1), dilation: (1, 1), activation: .clamp(0, 6), name: "clamped")))
            let maximum = flatten(globalMaxPool2d(x))
            output("out", dense(concat([pooled, maximum], axis: 1), units: 10, activation: head, name: "fc"))
        }
        graph.initializeWeights(seed: 2)
        return graph
    }

    static let optimizers: [String] = ["sgd", "momentum", "nesterov", "adam", "adamw", "adamax", "adagrad", "adadelta", "rmsprop", "rmsprop_centered"]

    private static func optimizer(_ name: String) -> Optimizer {
        switch name {
        case "momentum": .sgd(momentum: 0.9, dampening: 0.1)
        case "nesterov": .sgd(momentum: 0.9, nesterov: true, weightDecay: 1e-3)
        case "adam": .adam(weightDecay: 1e-3)
        case "adamw": .adam(weightDecay: 0.01, decoupledWeightDecay: true)
        case "adamax": .adamax()
        case "adagrad": .adagrad(learningRateDecay: 0.01)
        case "adadelta": .adadelta()
        case "rmsprop": .rmsprop(momentum: 0.5)
        case "rmsprop_centered": .rmsprop(centered: true)
        default: .sgd()
        }
    }

    @Test(arguments: optimizers)
    func eachOptimizerMatchesTheInterpreter(_ name: String) throws {
        try expectCompiledMatchesInterpreter(perceptron(), optimizer: Self.optimizer(name), options: CompileOptions(threads: 1),
                                             learningRate: 1e-3, label: name)
    }

    /// LeNet (convolutions, max pooling, dense layers, dropout) at both vector widths.
    @Test func leNetMatchesTheInterpreterAtBothVectorWidths() throws {
        // A training step computes in plain layouts whatever the options say. On an AVX2 host
        // 16-lane code runs too, each vector split in two.
        var targets = try runnableTargets().filter(\.1.blockedLayout)
        let host = try CodegenTarget.host()
        if host.isX86 && host.floatLanes == 8 {
            let wide = CodegenTarget(triple: host.triple, cpu: "x86-64-v3", features: "+avx2,+fma,+avx,+f16c", floatLanes: 16)
            targets.append(("16 lanes on x86-64-v3", try CompileOptions(target: wide)))
        }
        try expectCompiledMatchesInterpreter(model("lenet"), optimizer: .adam(), targets: targets, steps: 2)
    }

    /// The backward convolutions' register tiles with remainders: 40 images are five 8-lane
    /// vectors (a tile of four and one) or three 16-lane ones, and 5 and 7 channels or filters
    /// leave partial blocks. Plain SGD at learning rate 1 makes each weight's change its gradient.
    @Test func backwardConvolutionTilesMatchTheInterpreter() throws {
        var graph = try Graph.build("tiles") {
            var x = conv2d(input("image", shape: [40, 1, 28, 28]), filters: 5, kernel: 3, stride: 2, activation: .relu, name: "first")
            x = conv2d(x, filters: 7, kernel: 3, padding: 1, activation: .tanh, name: "second")
            x = conv2d(x, filters: 6, kernel: (1, 1), stride: (2, 2), dilation: (1, 1), name: "pointwise")
            output("logits", dense(flatten(x), units: 10, name: "fc"))
        }
        graph.initializeWeights(seed: 4)
        var targets = try runnableTargets().filter(\.1.blockedLayout)
        let host = try CodegenTarget.host()
        if host.isX86 && host.floatLanes == 8 {
            let wide = CodegenTarget(triple: host.triple, cpu: "x86-64-v3", features: "+avx2,+fma,+avx,+f16c", floatLanes: 16)
            targets.append(("16 lanes on x86-64-v3", try CompileOptions(target: wide)))
        }
        try expectCompiledMatchesInterpreter(graph, optimizer: .sgd(), targets: targets, steps: 1, learningRate: 1)
    }

    @Test(arguments: ["cross-entropy", "mse", "bce", "bce-logits"])
    func layerVariantsAndLossesMatchTheInterpreter(_ loss: String) throws {
        let options = try CompileOptions()
        switch loss {
        case "mse": try expectCompiledMatchesInterpreter(variants(), loss: .meanSquaredError, oneHot: true, optimizer: .adam(), options: options, label: loss)
        case "bce": try expectCompiledMatchesInterpreter(variants(head: .sigmoid), loss: .binaryCrossEntropy(), oneHot: true, optimizer: .adam(),
                                                         options: options, label: loss)
        case "bce-logits": try expectCompiledMatchesInterpreter(variants(), loss: .binaryCrossEntropy(fromLogits: true), oneHot: true,
                                                                optimizer: .adam(), options: options, label: loss)
        default: try expectCompiledMatchesInterpreter(variants(), loss: .crossEntropy(labelSmoothing: 0.1), optimizer: .sgd(momentum: 0.9),
                                                      options: options, label: loss)
        }
    }

    @Test func penaltiesAndClippingMatchTheInterpreter() throws {
        try expectCompiledMatchesInterpreter(perceptron(), optimizer: .sgd(momentum: 0.9), options: CompileOptions(),
                                             treatment: GradientTreatment(l1: 1e-4, l2: 1e-3, clipValue: 0.05, clipNorm: 1), label: "treated")
    }

    /// `dlc compile --train`'s library: its state layout is the JIT's, its header compiles, and
    /// its steps compute what the JIT's do.
    @Test func sharedLibraryTrainsAsTheJITDoes() throws {
        let graph = try perceptron()
        let step = try TrainingStep(model: graph, loss: .crossEntropy(), optimizer: .adam(), seed: 3)
        let directory = try makeTemporaryDirectory()
        let (library, header) = ("\(directory)/perceptron_train.so", "\(directory)/perceptron_train.h")
        try ModelCompiler.compile(step.graph, options: CompileOptions(), to: ArtifactPaths(library: library, header: header), trainingStep: step)
        // Every function the header declares links against the library.
        try """
            #include "perceptron_train.h"
            int main(void) {
                const dlc_state_info *info = perceptron_state_info();
                void *step = (void *)perceptron_train_step;
                return perceptron_state_size() > 0 && perceptron_train_workspace_size() > 0 && info && step ? 0 : 1;
            }

            """.write(toFile: "\(directory)/main.c", atomically: true, encoding: .utf8)
        let cc = try runProgram("/usr/bin/cc", ["-Wall", "-Werror", "main.c", "perceptron_train.so", "-o", "main"], directory: directory)
        #expect(cc.status == 0, "\(cc.standardError)")
        #expect(!(try String(contentsOfFile: header, encoding: .utf8)).contains("dlc_model_get_info"), "the header declares dlc_model_get_info, which a training library does not export")

        let handle = try #require(dlopen(library, RTLD_NOW | RTLD_LOCAL))
        defer { dlclose(handle) }
        typealias Step = @convention(c) (UnsafePointer<UnsafeRawPointer?>?, UnsafeRawPointer?, Float, UnsafeMutableRawPointer?,
                                         UnsafeMutableRawPointer?, UnsafeMutablePointer<Float>?, UnsafePointer<UnsafeMutableRawPointer?>?) -> Int32
        typealias Size = @convention(c) () -> Int64
        let trainStep = unsafeBitCast(try #require(dlsym(handle, "perceptron_train_step")), to: Step.self)
        let stateSize = unsafeBitCast(try #require(dlsym(handle, "perceptron_state_size")), to: Size.self)
        let info = unsafeBitCast(try #require(dlsym(handle, "perceptron_state_info")), to: (@convention(c) () -> UnsafeRawPointer).self)()
        let layout = TrainingStateLayout(step.graph)
        #expect(Int(stateSize()) == layout.byteCount)
        // dlc_state_info: abi_version, tensor_count, tensors, state_size; each tensor: name, dtype,
        // rank, shape, byte_size, offset (40 bytes).
        #expect(Int(info.load(fromByteOffset: 4, as: Int32.self)) == layout.entries.count)
        let tensors = info.load(fromByteOffset: 8, as: UnsafeRawPointer.self)
        for (index, entry) in layout.entries.enumerated() {
            let record = tensors + 40 * index
            #expect(String(cString: record.load(as: UnsafePointer<CChar>.self)) == entry.name)
            #expect(Int(record.load(fromByteOffset: 32, as: Int64.self)) == entry.offset)
        }

        let state = UnsafeMutableRawPointer.allocate(byteCount: layout.byteCount, alignment: 64)
        defer { state.deallocate() }
        state.initializeMemory(as: UInt8.self, repeating: 0, count: layout.byteCount)
        for entry in layout.entries {
            graph.weights[entry.name]?.withUnsafeRawBytes { (state + entry.offset).copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        }
        var jit = try Trainer(model: graph, loss: .crossEntropy(), optimizer: .adam(), seed: 3, execution: .compiled(CompileOptions()))
        for index in 0..<2 {
            let (images, labels) = try batch(index, shape: [1, 28, 28])
            let expected = try jit.train(["image": images], labels: labels, learningRate: 1e-3).loss
            var loss: Float = 0
            let status = images.withUnsafeRawBytes { imageBytes in
                labels.withUnsafeRawBytes { labelBytes in
                    [imageBytes.baseAddress].withUnsafeBufferPointer { inputs in
                        trainStep(inputs.baseAddress, labelBytes.baseAddress, 1e-3, state, nil, &loss, nil)
                    }
                }
            }
            #expect(status == 0)
            #expect(abs(loss - expected) <= 1e-6 * abs(expected), "step \(index + 1): \(loss) vs the JIT's \(expected)")
        }
        #expect(state.load(as: Int64.self) == 2)
        for entry in layout.entries {
            let values = Array(UnsafeBufferPointer(start: (state + entry.offset).assumingMemoryBound(to: Float.self), count: entry.type.elementCount))
            expectNear(values, jit.state[entry.name]!.floats, "library \(entry.name)")
        }
    }

    /// What the compiled step refuses or stops at, and that a failed step leaves the state as it was.
    @Test func badStepsAreRefusedAndLeaveTheState() throws {
        let options = try CompileOptions()
        #expect(errorMessage { _ = try Trainer(model: model("row_lstm"), loss: .crossEntropy(), optimizer: .adam(), execution: .compiled(options)) }?
            .contains("of the training step has no compiled kernel yet; the interpreter trains this model") == true)

        var trainer = try Trainer(model: perceptron(), loss: .crossEntropy(), optimizer: .sgd(), execution: .compiled(options))
        let (images, labels) = try batch(0, shape: [1, 28, 28])
        #expect(errorMessage { _ = try trainer.train(["image": TensorData(zeros: TensorType(shape: [16, 1, 28, 27]))], labels: labels, learningRate: 0.1) }
            == "error: input 'image': expected f32[16, 1, 28, 28], got f32[16, 1, 28, 27]")
        #expect(errorMessage { _ = try trainer.train(["image": images], labels: TensorData(shape: [16], int64s: Array(repeating: 1, count: 16)), learningRate: 0.1) }
            == "error: labels: expected i32[16], got i64[16]")
        var outOfRange = labels.integers.map(Int32.init)
        outOfRange[3] = 12
        let before = trainer.state
        let message = errorMessage { _ = try trainer.train(["image": images], labels: TensorData(shape: [16], int32s: outOfRange), learningRate: 0.1) }
        #expect(message?.contains("label 12 of sample 3 is not a class index in 0..<10") == true, "\(message ?? "no error")")
        #expect(trainer.stepsTaken == 0 && trainer.state == before)

        // A NaN pixel makes the loss and every gradient NaN: the step stops, the state stays.
        _ = try trainer.train(["image": images], labels: labels, learningRate: 0.1)
        let afterFirst = trainer.state
        var pixels = images.floats
        pixels[100] = .nan
        let failure = errorMessage { _ = try trainer.train(["image": TensorData(shape: images.shape, floats: pixels)], labels: labels, learningRate: 0.1) }
        #expect(failure == "error: step 2: the loss is nan; the first non-finite value is in layer 'flatten_1' (flatten)", "\(failure ?? "no error")")
        #expect(trainer.stepsTaken == 1 && trainer.state == afterFirst)
    }

    /// Steps of another batch size and scoring: the compiled trainer agrees with the interpreter's
    /// (scoring runs the model compiled on the state buffer's weights).
    @Test func compiledEvaluationMatchesTheInterpreter() throws {
        let graph = try model("lenet")
        var interpreted = try Trainer(model: graph, loss: .crossEntropy(), optimizer: .adam(), seed: 3)
        var compiled = try Trainer(model: graph, loss: .crossEntropy(), optimizer: .adam(), seed: 3, execution: .compiled(CompileOptions()))
        // A batch of another size (an epoch's last) trains in the interpreter on the buffer's state.
        for (index, size) in [(0, 16), (3, 5), (4, 16)] {
            let (images, labels) = try batch(index, size: size, shape: [1, 28, 28])
            let expected = try interpreted.train(["image": images], labels: labels, learningRate: 1e-3)
            let actual = try compiled.train(["image": images], labels: labels, learningRate: 1e-3)
            #expect(abs(actual.loss - expected.loss) <= 1e-5 * max(1, abs(expected.loss)), "batch \(size): \(actual.loss) vs \(expected.loss)")
        }
        #expect(compiled.stepsTaken == 3)
        for (name, value) in interpreted.state { expectNear(try #require(compiled.state[name]).floats, value.floats, "after a partial batch: \(name)") }
        for size in [16, 5] {
            let (images, labels) = try batch(1, size: size, shape: [1, 28, 28])
            let expected = try interpreted.evaluate(["image": images], labels: labels)
            let actual = try compiled.evaluate(["image": images], labels: labels)
            #expect(abs(actual.loss - expected.loss) <= 1e-5 * max(1, abs(expected.loss)), "batch \(size): \(actual.loss) vs \(expected.loss)")
            expectNear(actual.predictions.floats, expected.predictions.floats, "batch \(size) predictions")
        }
    }
}
