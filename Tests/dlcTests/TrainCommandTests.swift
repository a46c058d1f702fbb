import DLC
import DLCTestSupport
import Foundation
import Testing

/// `dlc train` end to end on the 320 Fashion-MNIST images of the training fixtures: learning,
/// logs, checkpoints and resuming, `--train` views of the step, and every bad input's message.
@Suite struct TrainCommandTests {
    private static let fixtures = "\(packageRoot)/Tests/Fixtures/training"
    private static let images = "\(fixtures)/batches-images-idx3-ubyte.gz"
    private static let lenet = "\(fixtures)/models/lenet.swiftgraph"

    private func train(_ arguments: [String], in directory: String) throws -> CommandResult {
        try runProgram(dlcExecutable, ["train"] + arguments, directory: directory)
    }

    /// The loss falls over three epochs, the log has a line per epoch, the weights load back.
    @Test func trainsAndWritesWeightsAndLog() throws {
        let directory = try makeTemporaryDirectory()
        let result = try train([Self.lenet, "--data", Self.images, "--validation-split", "0.25", "--epochs", "3", "--batch-size", "16",
                                "--learning-rate", "2e-3", "-o", "trained.safetensors", "--log", "metrics.jsonl"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("epoch 3/3: loss"))
        #expect(result.standardOutput.contains("confusion matrix"))
        let lines = try String(contentsOfFile: "\(directory)/metrics.jsonl", encoding: .utf8).split(separator: "\n")
        let epochs = lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }.filter { $0["event"] as? String == "epoch" }
        #expect(epochs.count == 3)
        let losses = epochs.compactMap { $0["loss"] as? Double }
        #expect(losses.count == 3 && losses[2] < losses[0], "training loss per epoch: \(losses)")
        let weights = try Safetensors.read("\(directory)/trained.safetensors")
        #expect(Set(weights.keys) == ["conv1.weight", "conv1.bias", "conv2.weight", "conv2.bias", "fc1.weight", "fc1.bias",
                                      "fc2.weight", "fc2.bias", "fc3.weight", "fc3.bias"])
    }

    /// Two epochs in one run, and one epoch then a resumed second from the checkpoint, write
    /// the same bytes.
    @Test func resumingContinuesBitForBit() throws {
        let directory = try makeTemporaryDirectory()
        let common = [Self.lenet, "--data", Self.images, "--batch-size", "32", "--optimizer", "adam", "--schedule", "cosine", "--seed", "3"]
        let straight = try train(common + ["--epochs", "2", "-o", "straight.safetensors"], in: directory)
        #expect(straight.status == 0, "\(straight.standardError)")
        let first = try train(common + ["--epochs", "1", "--checkpoint-every", "5", "--checkpoint", "state.safetensors", "-o", "first.safetensors"], in: directory)
        #expect(first.status == 0, "\(first.standardError)")
        let resumed = try train(common + ["--epochs", "2", "--resume", "state.safetensors", "-o", "resumed.safetensors"], in: directory)
        #expect(resumed.status == 0, "\(resumed.standardError)")
        #expect(resumed.standardOutput.contains("resuming after step 10"))
        #expect(FileManager.default.contents(atPath: "\(directory)/straight.safetensors")
                == FileManager.default.contents(atPath: "\(directory)/resumed.safetensors"))
    }

    /// SIGINT while training checkpoints every step: the checkpoint on disk is whole (it loads
    /// and resumes), and no temporary file is left beside it.
    @Test func interruptingLeavesTheLastCheckpointIntact() throws {
        let directory = try makeTemporaryDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dlcExecutable)
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.arguments = ["train", Self.lenet, "--data", Self.images, "--batch-size", "16", "--epochs", "100", "--backend", "interpreter",
                             "--checkpoint-every", "1", "--checkpoint", "state.safetensors", "-o", "out.safetensors"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning, !FileManager.default.fileExists(atPath: "\(directory)/state.safetensors") {
            Thread.sleep(forTimeInterval: 0.01)
        }
        Thread.sleep(forTimeInterval: 0.3)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["state.safetensors"])
        let resumed = try train([Self.lenet, "--data", Self.images, "--batch-size", "16", "--epochs", "1", "--resume", "state.safetensors",
                                 "--backend", "interpreter", "-o", "out.safetensors"], in: directory)
        #expect(resumed.status == 0, "\(resumed.standardError)")
    }

    /// The compiled step and the interpreter's give the same epoch losses; a model whose step
    /// has a layer without a compiled kernel trains in the interpreter, saying so.
    @Test func backendsAgreeAndUncompiledStepsFallBack() throws {
        let directory = try makeTemporaryDirectory()
        var losses: [[Double]] = []
        for backend in ["jit", "interpreter"] {
            let result = try train([Self.lenet, "--data", Self.images, "--epochs", "2", "--batch-size", "32", "--backend", backend,
                                    "-o", "\(backend).safetensors", "--log", "\(backend).jsonl"], in: directory)
            #expect(result.status == 0, "\(result.standardError)")
            let lines = try String(contentsOfFile: "\(directory)/\(backend).jsonl", encoding: .utf8).split(separator: "\n")
            losses.append(lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }.compactMap { $0["loss"] as? Double })
        }
        #expect(losses[0].count == 2 && losses[1].count == 2)
        for (compiled, interpreted) in zip(losses[0], losses[1]) {
            #expect(abs(compiled - interpreted) <= 1e-4 * abs(interpreted), "epoch losses: compiled \(losses[0]), interpreted \(losses[1])")
        }
        let lstm = try train(["\(Self.fixtures)/models/row_lstm.swiftgraph", "--data", Self.images, "--epochs", "1", "--batch-size", "160",
                              "-o", "lstm.safetensors"], in: directory)
        #expect(lstm.status == 0, "\(lstm.standardError)")
        #expect(lstm.standardError.contains("has no compiled training kernel yet; the interpreter trains 'row_lstm'"), "\(lstm.standardError)")
    }

    /// The tutorials' models (examples/tutorials) learn: on the fixtures' 320 images, three
    /// epochs lower the loss and lift the training accuracy well above chance.
    @Test(arguments: ["lenet", "keras_cnn"])
    func tutorialModelsLearn(_ name: String) throws {
        let directory = try makeTemporaryDirectory()
        let result = try train(["\(packageRoot)/examples/tutorials/\(name).swiftgraph", "--data", Self.images, "--epochs", "3", "--batch-size", "32",
                                "--learning-rate", "2e-3", "-o", "out.safetensors", "--log", "log.jsonl"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        let lines = try String(contentsOfFile: "\(directory)/log.jsonl", encoding: .utf8).split(separator: "\n")
        let epochs = lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let (losses, accuracies) = (epochs.compactMap { $0["loss"] as? Double }, epochs.compactMap { $0["accuracy"] as? Double })
        #expect(losses.count == 3 && losses[2] < 0.8 * losses[0], "\(name) epoch losses \(losses)")
        #expect((accuracies.last ?? 0) > 0.4, "\(name) epoch accuracies \(accuracies)")
    }

    /// `dlc compile --train` writes the step's library and header; a step it cannot compile is
    /// refused naming the layer, and nothing is written.
    @Test func compileWritesTheTrainingStep() throws {
        let directory = try makeTemporaryDirectory()
        let result = try dlc("compile", Self.lenet, "--train", "--train-batch", "8", "-o", "\(directory)/lenet_train.so",
                             "--header", "\(directory)/lenet_train.h")
        #expect(result.status == 0, "\(result.standardError)")
        let header = try String(contentsOfFile: "\(directory)/lenet_train.h", encoding: .utf8)
        #expect(header.contains("int lenet_train_step(const void *const *inputs, const void *labels, float learning_rate,"))
        #expect(header.contains("conv1.weight.exp_avg  float32 [6, 1, 5, 5]"))
        let refused = try dlc("compile", "\(Self.fixtures)/models/row_lstm.swiftgraph", "--train", "-o", "\(directory)/lstm.so")
        #expect(refused.status != 0 && refused.standardError.contains("of the training step has no compiled kernel yet"), "\(refused.standardError)")
        #expect(!FileManager.default.fileExists(atPath: "\(directory)/lstm.so"))
    }

    @Test func trainingViewsOfGraphAndSummary() throws {
        let summary = try dlc("summary", Self.lenet, "--train", "--train-optimizer", "momentum")
        #expect(summary.status == 0, "\(summary.standardError)")
        #expect(summary.standardOutput.contains("conv1.weight.momentum_buffer.next"))
        #expect(summary.standardOutput.contains("MACs per step: forward"))
        #expect(summary.standardOutput.contains("Training workspace:"))
        let graph = try dlc("graph", Self.lenet, "--train")
        #expect(graph.status == 0, "\(graph.standardError)")
        #expect(graph.standardOutput.contains("conv2dWeightGradient"))
        #expect(graph.standardOutput.contains("softmaxCrossEntropy"))
    }

    /// What a training view would ignore is refused by name, and nothing is written: -O and
    /// --weights with --train, the --train-* options without it.
    @Test func trainingViewsRefuseOptionsTheyWouldIgnore() throws {
        let directory = try makeTemporaryDirectory()
        let cases: [([String], String)] = [
            (["graph", Self.lenet, "--train", "-O1"], "-O does not apply with --train: the training step is built from the model as written"),
            (["summary", Self.lenet, "--train", "-O2"], "-O does not apply with --train"),
            (["compile", Self.lenet, "--train", "--weights", "\(Self.fixtures)/lenet/initial.safetensors", "-o", "\(directory)/step.so"],
             "--weights does not apply with --train"),
            (["graph", Self.lenet, "--train-loss", "mse"], "--train-loss applies only with --train"),
            (["compile", Self.lenet, "--train-batch", "8", "-o", "\(directory)/model.so"], "--train-batch applies only with --train"),
        ]
        for (arguments, message) in cases {
            let result = try runProgram(dlcExecutable, arguments)
            #expect(result.status == 1 && result.standardError.contains(message), "\(arguments): \(result.standardError)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }

    /// Each bad input of `dlc train` stops it with its message, a non-zero status and no output file.
    @Test func badInputsAreRefused() throws {
        let directory = try makeTemporaryDirectory()
        try python("""
            import numpy as np
            x = np.random.default_rng(0).random((40, 1, 28, 28), dtype=np.float32)
            np.save('x.npy', x); np.save('y.npy', np.arange(40, dtype=np.int64) % 10)
            np.save('y_big.npy', np.arange(40, dtype=np.int64)); np.save('y_float.npy', np.zeros(40, np.float32))
            np.save('y_short.npy', np.zeros(39, np.int64)); x[7, 0, 3, 3] = np.nan; np.save('x_nan.npy', x)
            np.savez('data.npz', x=np.zeros((40, 1, 28, 28), np.float32), y=np.arange(40) % 10)
            """, in: directory)
        let base = [Self.lenet, "--batch-size", "8", "--epochs", "1", "--backend", "interpreter", "-o", "out.safetensors"]
        let cases: [([String], String)] = [
            (["--data", "x.npy", "--labels", "y_big.npy"], "x.npy: label 10 of sample 10 is not a class index of the model's 10 outputs (0..<10)"),
            (["--data", "x.npy", "--labels", "y_float.npy"], "x.npy: labels are f32[40]; cross-entropy takes one class index per sample ([40], integers)"),
            (["--data", "x.npy", "--labels", "y_short.npy"], "x.npy: 40 samples but 39 labels"),
            (["--data", "x_nan.npy", "--labels", "y.npy"], "x_nan.npy: sample 7 holds nan; the data must be finite"),
            (["--data", "x.npy"], "an .npy file holds samples only; name the labels' .npy with --labels"),
            (["--data", "x.npy", "--labels", "y.npy", "--learning-rate", "0"], "--learning-rate must be positive, got 0.0"),
            (["--data", "x.npy", "--labels", "y.npy", "--batch-size", "0"], "--batch-size must be positive, got 0"),
            (["--data", "x.npy", "--labels", "y.npy", "--optimizer", "momentum", "--momentum", "1.5"], "momentum: momentum must be in [0.0, 1.0], got 1.5"),
            (["--data", "x.npy", "--labels", "y.npy", "--optimizer", "lbfgs"], "--optimizer 'lbfgs': expected sgd, momentum, nesterov"),
            (["--data", "x.npy", "--labels", "y.npy", "--loss", "mse"], "labels are i32[40]; the loss takes float targets of [10] per sample"),
            (["--data", "x.npy", "--labels", "y.npy", "--freeze", "conv1,conv2,fc1,fc2,fc3"], "has nothing to train: no trainable parameter that is not frozen"),
            (["--data", "data.npz", "--resume", "data.npz"], "data.npz: not a safetensors file"),
            (["--data", "x.npy", "--labels", "y.npy", "--schedule", "step", "--gamma", "2"], "gamma must be in (0, 1], got 2.0"),
            (["--data", "x.npy", "--labels", "y.npy", "--freeze", "conv9"], "model 'lenet' has no parameter or layer with parameters named 'conv9' to freeze"),
            (["--data", "x.npy", "--labels", "y.npy", "--clip-norm=-1"], "the clipping norm must be positive, got -1.0"),
            (["--data", "x.npy", "--labels", "y.npy", "--l2=-0.1"], "penalties must be finite and not negative, got l1 0.0 and l2 -0.1"),
            (["--data", "x.npy", "--labels", "y.npy", "--backend", "aot"], "--backend: dlc train runs jit or interpreter"),
            (["--data", "x.npy", "--labels", "y.npy", "--threads=-1"], "--threads must be from 0 (the machine's cores) to 1024, got -1"),
        ]
        for (arguments, message) in cases {
            let result = try train(base + arguments, in: directory)
            #expect(result.status != 0 && result.standardError.contains(message), "\(arguments): \(result.standardError)")
            #expect(!FileManager.default.fileExists(atPath: "\(directory)/out.safetensors"), "\(arguments) wrote its output")
        }
        // A checkpoint of another model.
        let other = try train(base + ["--data", "x.npy", "--labels", "y.npy", "--checkpoint-every", "1", "--checkpoint", "other.safetensors"], in: directory)
        #expect(other.status == 0, "\(other.standardError)")
        try FileManager.default.removeItem(atPath: "\(directory)/out.safetensors")
        let mnist = try train(["\(Self.fixtures)/models/mnist_cnn.swiftgraph", "--data", "x.npy", "--labels", "y.npy", "--epochs", "1",
                               "--resume", "other.safetensors", "-o", "out.safetensors"], in: directory)
        #expect(mnist.status != 0 && mnist.standardError.contains("other.safetensors: ") && mnist.standardError.contains("this model"), "\(mnist.standardError)")
        #expect(!FileManager.default.fileExists(atPath: "\(directory)/out.safetensors"))
    }

    private func python(_ script: String, in directory: String) throws {
        let result = try runProgram("/usr/bin/env", ["python3", "-c", script], directory: directory)
        try #require(result.status == 0, "\(result.standardError)")
    }
}
