import DLC
import Foundation

/// The epochs of `dlc train`: shuffling, steps, progress, logs, checkpoints and the final scores.
struct TrainingRun {
    var trainer: Trainer
    let options: TrainingOptions
    let training: Dataset
    let validation: Dataset?
    let test: Dataset?
    let input: (name: String, sampleShape: [Int], batch: Int)
    var schedule: LearningRateSchedule
    let log: FileHandle?
    let progress: Progress

    init(graph: Graph, options: TrainingOptions) throws {
        let command = options.command
        guard graph.inputs.count == 1 else {
            throw DLCError("model '\(graph.name)' has \(graph.inputs.count) inputs; dlc train feeds models of one input")
        }
        let inputType = graph[graph.inputs[0]].type
        input = (graph[graph.inputs[0]].name, Array(inputType.shape.dropFirst()), command.batchSize)
        var training = try Dataset.load(command.data, labels: command.labels)
        var validation = try command.validation.map { try Dataset.load($0) }
        if let fraction = command.validationSplit {
            let split = try training.split(validationFraction: fraction)
            (training, validation) = (split.training, split.validation)
        }
        var isDirectory: ObjCBool = false
        let dataIsDirectory = FileManager.default.fileExists(atPath: command.data, isDirectory: &isDirectory) && isDirectory.boolValue
        test = try command.test.map { try Dataset.load($0, split: .test) } ?? (dataIsDirectory ? try Dataset.load(command.data, split: .test) : nil)
        for set in [training, validation, test].compactMap({ $0 }) {
            try Self.check(set, fits: inputType, input: input.name)
            try Self.check(set, fits: options.loss, output: graph[graph.outputs[0].value].type)
        }
        (self.training, self.validation, self.options) = (training, validation, options)
        trainer = try Trainer(model: graph, loss: options.loss, optimizer: options.optimizer, seed: command.weights.seed,
                              frozen: options.frozen, treatment: options.treatment)
        if command.backend == .jit {
            if let layer = trainer.uncompiledLayer {
                FileHandle.standardError.write(Data("note: layer \(layer) has no compiled training kernel yet; the interpreter trains '\(graph.name)'\n".utf8))
            } else {
                try trainer.compile(with: CompileOptions(threads: command.threads))
            }
        }
        schedule = options.schedule
        if let path = command.log {
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                throw DLCError("\(path): cannot write the log")
            }
            log = handle
        } else {
            log = nil
        }
        progress = Progress()
    }

    /// Fails unless each sample has the input's element count (any shape: [28, 28] images feed
    /// [1, 28, 28] inputs).
    static func check(_ set: Dataset, fits input: TensorType, input name: String) throws {
        let perSample = input.elementCount / input.shape[0]
        let given = set.samples.type.elementCount / set.count
        guard given == perSample else {
            throw DLCError("\(set.source): samples are \(formatShape(set.sampleShape)) (\(given) values), input '\(name)' takes "
                           + "\(formatShape(Array(input.shape.dropFirst()))) (\(perSample)) per sample")
        }
    }

    /// Fails unless the labels are what the loss reads: class indices `[N]` for cross-entropy,
    /// float targets shaped like one output for the other losses.
    static func check(_ set: Dataset, fits loss: LossFunction, output: TensorType) throws {
        let perSample = Array(output.shape.dropFirst())
        switch loss {
        case .crossEntropy:
            guard set.hasClassLabels, set.labels.shape.count == 1 else {
                throw DLCError("\(set.source): labels are \(set.labels.type); cross-entropy takes one class index per sample ([\(set.count)], integers)")
            }
            let classes = output.shape.last ?? 1
            if let bad = set.labels.integers.firstIndex(where: { $0 < 0 || $0 >= Int64(classes) }) {
                throw DLCError("\(set.source): label \(set.labels.integers[bad]) of sample \(bad) is not a class index of the model's \(classes) outputs (0..<\(classes))")
            }
        case .binaryCrossEntropy, .meanSquaredError:
            guard !set.hasClassLabels, Array(set.labels.shape.dropFirst()) == perSample else {
                throw DLCError("\(set.source): labels are \(set.labels.type); the loss takes float targets of \(formatShape(perSample)) per sample, like the model's output")
            }
        }
    }

    var stepsPerEpoch: Int { (training.count + input.batch - 1) / input.batch }

    /// Continues from a checkpoint.
    mutating func resume(from path: String) throws {
        var saved = try Safetensors.read(path)
        guard let steps = saved.removeValue(forKey: Self.stepsKey)?.integers.first, steps >= 0 else {
            throw DLCError("\(path): not a dlc training checkpoint (it has no '\(Self.stepsKey)')")
        }
        if let plateau = saved.removeValue(forKey: Self.plateauKey)?.floats, plateau.count == 3 {
            schedule.restore(.init(best: plateau[0], badEpochs: Int(plateau[1]), scale: plateau[2]))
        }
        try trainer.restore(saved, stepsTaken: Int(steps), source: path)
        progress.note("resuming after step \(steps) (epoch \(Int(steps) / stepsPerEpoch + 1), step \(Int(steps) % stepsPerEpoch + 1))")
    }

    static let stepsKey = "__dlc_train__.steps", plateauKey = "__dlc_train__.plateau"

    private func writeCheckpoint(_ path: String) throws {
        var state = trainer.state
        state[Self.stepsKey] = TensorData(shape: [1], int64s: [Int64(trainer.stepsTaken)])
        let plateau = schedule.plateau
        state[Self.plateauKey] = TensorData(shape: [3], floats: [plateau.best, Float(plateau.badEpochs), plateau.scale])
        try Safetensors.write(state, to: path)
    }

    /// The epochs, from where the trainer stands.
    mutating func fit(checkpoint: String?) throws {
        let command = options.command
        let firstEpoch = trainer.stepsTaken / stepsPerEpoch
        for epoch in firstEpoch..<command.epochs {
            let order = Self.shuffled(training.count, seed: command.weights.seed, epoch: epoch)
            var (lossSum, correct, seen) = (0.0, 0, 0)
            let started = Date()
            let skipped = epoch == firstEpoch ? trainer.stepsTaken % stepsPerEpoch : 0
            for step in skipped..<stepsPerEpoch {
                let indices = order[(step * input.batch)..<min(training.count, (step + 1) * input.batch)]
                let (samples, labels) = training.batch(indices, sampleShape: input.sampleShape)
                let rate = schedule.rate(base: options.learningRate, epoch: epoch, epochs: command.epochs, step: trainer.stepsTaken)
                let result: Trainer.StepResult
                do {
                    result = try trainer.train([input.name: samples], labels: labels, learningRate: rate)
                } catch {
                    throw DLCError("epoch \(epoch + 1), \(error.message)", location: error.location, notes: error.notes)
                }
                lossSum += Double(result.loss) * Double(indices.count)
                seen += indices.count
                if training.hasClassLabels { correct += Self.correct(result.predictions, labels) }
                let elapsed = Date().timeIntervalSince(started)
                progress.update(epoch: epoch + 1, epochs: command.epochs, step: step + 1, steps: stepsPerEpoch, loss: lossSum / Double(seen),
                                accuracy: training.hasClassLabels ? Double(correct) / Double(seen) : nil,
                                samplesPerSecond: Double(seen) / max(elapsed, 1e-9),
                                remaining: elapsed / Double(step + 1 - skipped) * Double(stepsPerEpoch - step - 1))
                if command.logEvery > 0 && trainer.stepsTaken % command.logEvery == 0 {
                    try write(["event": "step", "epoch": epoch + 1, "step": trainer.stepsTaken, "loss": Double(result.loss), "learning_rate": Double(rate)])
                }
                if let checkpoint, command.checkpointEvery > 0 && trainer.stepsTaken % command.checkpointEvery == 0 {
                    try writeCheckpoint(checkpoint)
                }
            }
            var line = "epoch \(epoch + 1)/\(command.epochs): loss \(String(format: "%.4f", lossSum / Double(max(seen, 1))))"
            var record: [String: Any] = ["event": "epoch", "epoch": epoch + 1, "step": trainer.stepsTaken, "loss": lossSum / Double(max(seen, 1)),
                                         "seconds": Date().timeIntervalSince(started), "samples_per_second": Double(seen) / Date().timeIntervalSince(started)]
            if training.hasClassLabels {
                line += String(format: ", accuracy %.2f%%", 100 * Double(correct) / Double(max(seen, 1)))
                record["accuracy"] = Double(correct) / Double(max(seen, 1))
            }
            if let validation {
                let score = try evaluate(validation)
                schedule.observe(validationLoss: Float(score.loss))
                line += ", validation loss \(String(format: "%.4f", score.loss))" + (score.accuracy.map { String(format: ", accuracy %.2f%%", 100 * $0) } ?? "")
                record["validation_loss"] = score.loss
                if let accuracy = score.accuracy { record["validation_accuracy"] = accuracy }
            }
            line += String(format: " (%.1f s)", Date().timeIntervalSince(started))
            progress.finish(line)
            try write(record)
        }
        if let checkpoint, command.checkpointEvery > 0 { try writeCheckpoint(checkpoint) }
        for (name, set) in [("validation", validation), ("test", test)] {
            guard let set else { continue }
            let score = try evaluate(set)
            print("\(name): loss \(String(format: "%.4f", score.loss))" + (score.accuracy.map { String(format: ", accuracy %.2f%% (%d samples)", 100 * $0, set.count) } ?? ""))
            if let confusion = score.confusion { print(Self.render(confusion)) }
            try write(["event": name, "loss": score.loss, "accuracy": score.accuracy ?? NSNull(), "samples": set.count])
        }
    }

    /// Loss, accuracy and confusion matrix (rows: labels, columns: predictions) of a whole set.
    mutating func evaluate(_ set: Dataset) throws -> (loss: Double, accuracy: Double?, confusion: [[Int]]?) {
        var (lossSum, correct) = (0.0, 0)
        var confusion: [[Int]]?
        for start in stride(from: 0, to: set.count, by: input.batch) {
            let indices = Array(start..<min(set.count, start + input.batch))[...]
            let (samples, labels) = set.batch(indices, sampleShape: input.sampleShape)
            let result = try trainer.evaluate([input.name: samples], labels: labels)
            lossSum += Double(result.loss) * Double(indices.count)
            if set.hasClassLabels {
                let classes = result.predictions.shape.last!
                if confusion == nil { confusion = [[Int]](repeating: [Int](repeating: 0, count: classes), count: classes) }
                for (label, predicted) in zip(labels.integers, Self.argmax(result.predictions)) where (0..<Int64(classes)).contains(label) {
                    confusion![Int(label)][predicted] += 1
                    if Int(label) == predicted { correct += 1 }
                }
            }
        }
        return (lossSum / Double(set.count), set.hasClassLabels ? Double(correct) / Double(set.count) : nil, confusion)
    }

    static func argmax(_ predictions: TensorData) -> [Int] {
        let classes = predictions.shape.last!
        let values = predictions.floats
        return (0..<(values.count / classes)).map { row in
            (0..<classes).max { values[row * classes + $0] < values[row * classes + $1] }!
        }
    }

    static func correct(_ predictions: TensorData, _ labels: TensorData) -> Int {
        zip(argmax(predictions), labels.integers).filter { Int64($0) == $1 }.count
    }

    /// A permutation of `0..<count` for `epoch`, from the seed (SplitMix64, Fisher-Yates).
    static func shuffled(_ count: Int, seed: UInt64, epoch: Int) -> [Int] {
        var order = Array(0..<count)
        var generator = SplitMix64(seed: seed &+ 0x9E37_79B9_7F4A_7C15 &* UInt64(epoch + 1))
        for index in stride(from: count - 1, to: 0, by: -1) {
            order.swapAt(index, Int(generator.next() % UInt64(index + 1)))
        }
        return order
    }

    static func render(_ confusion: [[Int]]) -> String {
        let width = max(5, confusion.flatMap { $0 }.map { String($0).count }.max()! + 1)
        func cell(_ text: String) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
        var lines = ["confusion matrix (rows: true class, columns: predicted):", cell("") + confusion.indices.map { cell(String($0)) }.joined()]
        for (label, row) in confusion.enumerated() { lines.append(cell(String(label)) + row.map { cell(String($0)) }.joined()) }
        return lines.joined(separator: "\n")
    }

    private func write(_ record: [String: Any]) throws {
        guard let log else { return }
        let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
        log.write(data + Data("\n".utf8))
    }
}

/// Progress on a terminal (one line rewritten in place), plain lines otherwise.
final class Progress {
    let isTerminal = isatty(STDOUT_FILENO) != 0
    private var lastUpdate = Date.distantPast

    func update(epoch: Int, epochs: Int, step: Int, steps: Int, loss: Double, accuracy: Double?, samplesPerSecond: Double, remaining: Double) {
        guard isTerminal, Date().timeIntervalSince(lastUpdate) > 0.2 || step == steps else { return }
        lastUpdate = Date()
        let width = 24, filled = width * step / steps
        let bar = String(repeating: "=", count: filled) + (filled < width ? ">" + String(repeating: " ", count: width - filled - 1) : "")
        var line = "epoch \(epoch)/\(epochs) \(step)/\(steps) [\(bar)] loss \(String(format: "%.4f", loss))"
        if let accuracy { line += String(format: " acc %.2f%%", 100 * accuracy) }
        line += String(format: " %.0f samples/s ETA %d:%02d", samplesPerSecond, Int(remaining) / 60, Int(remaining) % 60)
        FileHandle.standardOutput.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    func finish(_ line: String) {
        FileHandle.standardOutput.write(Data(((isTerminal ? "\r\u{1B}[K" : "") + line + "\n").utf8))
    }

    func note(_ line: String) { print(line) }
}
