import ArgumentParser
import DLC
import Foundation

/// `dlc train`: Keras' `fit()` for the command line.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train a model's weights on a dataset and write them as safetensors.",
        discussion: """
            Each epoch shuffles the training set (from --seed, which also seeds the initial weights \
            when no weights file is named, and the dropout masks), runs one training step per batch (the \
            last, partial batch included) and scores the validation set. Data: a directory of \
            MNIST-style IDX files (train-* for training, t10k-* for testing), an IDX images file, an \
            .npz with arrays x and y, or an .npy of samples with --labels. Byte pixels are scaled to \
            [0, 1]. Example:

              dlc train examples/lenet.swiftgraph --data /usr/share/datasets/fashion-mnist \\
                  --optimizer adam --learning-rate 1e-3 --epochs 5 -o lenet-fashion.safetensors
            """)

    @OptionGroup var model: ModelArgument
    @OptionGroup var weights: WeightsOptions

    @Option(help: ArgumentHelp("The training set.", valueName: "path")) var data: String
    @Option(help: ArgumentHelp("The labels of an .npy or IDX training set.", valueName: "path")) var labels: String?
    @Option(help: ArgumentHelp("A validation set (same forms as --data).", valueName: "path")) var validation: String?
    @Option(name: .customLong("validation-split"), help: ArgumentHelp("Hold out this fraction of the training set (its end) for validation.", valueName: "fraction"))
    var validationSplit: Double?
    @Option(help: ArgumentHelp("A test set scored once at the end (default: the t10k files when --data is a directory).", valueName: "path"))
    var test: String?

    @Option(help: "cross-entropy, binary-cross-entropy or mse.") var loss = "cross-entropy"
    @Option(name: .customLong("label-smoothing"), help: "Label smoothing of cross-entropy.") var labelSmoothing: Float = 0
    @Option(help: "sgd, momentum, nesterov, adam, adamw, adamax, adagrad, adadelta or rmsprop.") var optimizer = "adam"
    @Option(name: .customLong("learning-rate"), help: "The base learning rate (default: PyTorch's for the optimizer).") var learningRate: Float?
    @Option(help: "Momentum of sgd/momentum/nesterov/rmsprop (default 0.9 for momentum and nesterov).") var momentum: Double?
    @Option(name: .customLong("weight-decay"), help: "L2 penalty (decoupled for adamw, default 0.01 there).") var weightDecay: Double?

    @Option(help: "L1 penalty: l1·Σ|w| over the trained parameters.") var l1: Double = 0
    @Option(help: "L2 penalty: l2·Σw² over the trained parameters (Keras' l2; --weight-decay is the optimizer's).") var l2: Double = 0
    @Option(name: .customLong("clip-norm"), help: "Clip the gradients' global L2 norm to this.") var clipNorm: Double?
    @Option(name: .customLong("clip-value"), help: "Clip each gradient element to [-value, value].") var clipValue: Double?

    @Option(help: "constant, step, multistep, exponential, cosine or plateau.") var schedule = "constant"
    @Option(name: .customLong("step-size"), help: "Epochs between decays of the step schedule.") var stepSize = 10
    @Option(help: ArgumentHelp("Epochs of the multistep schedule's decays, e.g. 30,60.", valueName: "epochs")) var milestones: String = ""
    @Option(help: "The decay factor of step, multistep, exponential and plateau schedules.") var gamma: Float = 0.1
    @Option(help: "Epochs without improvement before a plateau schedule decays.") var patience = 10
    @Option(name: .customLong("warmup-steps"), help: "Steps of linear learning-rate warm-up.") var warmupSteps = 0

    @Option(help: "jit (the training step compiled in process) or interpreter (the reference); a step with a layer that has no compiled kernel yet trains in the interpreter.")
    var backend: Backend = .jit
    @Option(help: "Threads per parallel loop of the compiled step (default 0: the machine's cores, or OMP_NUM_THREADS).")
    var threads: Int = 0
    @Option(name: .customLong("batch-size")) var batchSize = 64
    @Option var epochs = 5
    @Option(help: ArgumentHelp("Parameters or layers not to train, comma-separated.", valueName: "names")) var freeze: String = ""

    @Option(name: .shortAndLong, help: ArgumentHelp("The trained weights (safetensors, PyTorch state_dict names).", valueName: "file"))
    var output: String
    @Option(help: ArgumentHelp("Append one JSON line per epoch (and per --log-every steps) here.", valueName: "file")) var log: String?
    @Option(name: .customLong("log-every"), help: "Steps between step lines of --log (0: epochs only).") var logEvery = 0
    @Option(name: .customLong("checkpoint-every"), help: "Steps between checkpoints (weights and optimizer state), 0 for none.")
    var checkpointEvery = 0
    @Option(help: ArgumentHelp("The checkpoint file (default: OUTPUT with .checkpoint before its extension).", valueName: "file"))
    var checkpoint: String?
    @Option(help: ArgumentHelp("Continue from this checkpoint.", valueName: "file")) var resume: String?

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be positive, got \(batchSize)") }
        guard epochs > 0 else { throw ValidationError("--epochs must be positive, got \(epochs)") }
        if let learningRate, !(learningRate > 0 && learningRate.isFinite) {
            throw ValidationError("--learning-rate must be positive, got \(learningRate)")
        }
        guard checkpointEvery >= 0, logEvery >= 0 else { throw ValidationError("--checkpoint-every and --log-every must not be negative") }
        if validation != nil && validationSplit != nil { throw ValidationError("give --validation or --validation-split, not both") }
        guard backend != .aot else { throw ValidationError("--backend: dlc train runs jit or interpreter") }
        guard (0...CompileOptions.maximumThreads).contains(threads) else {
            throw ValidationError("--threads must be from 0 (the machine's cores) to \(CompileOptions.maximumThreads), got \(threads)")
        }
    }

    func run() throws {
        try reportingErrors {
            var graph = try model.load()
            try weights.bind(&graph)
            let checkpointPath = checkpointEvery > 0 || resume != nil ? (checkpoint ?? Self.checkpointName(for: output)) : nil
            try model.checkOutputs([("-o", output)] + (checkpointPath.map { [("--checkpoint", $0)] } ?? []) + (log.map { [("--log", $0)] } ?? []),
                                   graph: graph, weights: weights, inputs: [data, labels, validation, test].compactMap { $0 })
            let options = try TrainingOptions(self)
            var run = try TrainingRun(graph: graph, options: options)
            if let resume { try run.resume(from: resume) }
            try run.fit(checkpoint: checkpointPath)
            try Safetensors.write(run.trainer.weights, to: output)
            print("wrote the trained weights (\(groupedDigits(run.trainer.weights.values.reduce(0) { $0 + $1.type.elementCount })) parameters) to \(output)")
        }
    }

    static func checkpointName(for output: String) -> String {
        let url = URL(fileURLWithPath: output)
        let base = url.deletingPathExtension().lastPathComponent
        return url.deletingLastPathComponent().appendingPathComponent("\(base).checkpoint.safetensors").path
    }
}

/// `dlc train`'s options, checked and turned into the library's types.
struct TrainingOptions {
    var loss: LossFunction
    var optimizer: Optimizer
    var learningRate: Float
    var schedule: LearningRateSchedule
    var command: Train
    var frozen: Set<String>
    var treatment: GradientTreatment

    init(_ command: Train) throws {
        self.command = command
        treatment = GradientTreatment(l1: command.l1, l2: command.l2, clipValue: command.clipValue, clipNorm: command.clipNorm)
        try treatment.validate()
        loss = try Self.loss(command.loss, labelSmoothing: command.labelSmoothing)
        let defaultRate: Float
        (optimizer, defaultRate) = try Self.optimizer(command.optimizer, momentum: command.momentum, weightDecay: command.weightDecay)
        learningRate = command.learningRate ?? defaultRate
        let rule: LearningRateSchedule.Rule
        switch command.schedule {
        case "constant": rule = .constant
        case "step": rule = .step(every: command.stepSize, gamma: command.gamma)
        case "multistep":
            let epochs = command.milestones.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard !epochs.isEmpty, epochs.allSatisfy({ $0 != nil }) else {
                throw DLCError("--milestones '\(command.milestones)': expected epochs separated by commas, e.g. 30,60")
            }
            rule = .multiStep(milestones: epochs.map { $0! }, gamma: command.gamma)
        case "exponential": rule = .exponential(gamma: command.gamma)
        case "cosine": rule = .cosine(minimum: 0)
        case "plateau": rule = .plateau(factor: command.gamma, patience: command.patience)
        default: throw DLCError("--schedule '\(command.schedule)': expected constant, step, multistep, exponential, cosine or plateau")
        }
        schedule = try LearningRateSchedule(rule, warmupSteps: command.warmupSteps)
        frozen = Set(command.freeze.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    static let lossNames = "cross-entropy, binary-cross-entropy or mse"
    static let optimizerNames = "sgd, momentum, nesterov, adam, adamw, adamax, adagrad, adadelta or rmsprop"

    /// The loss `--loss` names.
    static func loss(_ name: String, labelSmoothing: Float = 0) throws -> LossFunction {
        switch name {
        case "cross-entropy": return .crossEntropy(labelSmoothing: labelSmoothing)
        case "binary-cross-entropy": return .binaryCrossEntropy()
        case "mse": return .meanSquaredError
        default: throw DLCError("--loss '\(name)': expected \(lossNames)")
        }
    }

    /// The optimizer `--optimizer` names and its default learning rate (PyTorch's).
    static func optimizer(_ name: String, momentum: Double? = nil, weightDecay: Double? = nil) throws -> (Optimizer, Float) {
        let decay = weightDecay ?? 0
        let result: (Optimizer, Float)
        switch name {
        case "sgd": result = (.sgd(momentum: momentum ?? 0, weightDecay: decay), 0.01)
        case "momentum": result = (.sgd(momentum: momentum ?? 0.9, weightDecay: decay), 0.01)
        case "nesterov": result = (.sgd(momentum: momentum ?? 0.9, nesterov: true, weightDecay: decay), 0.01)
        case "adam": result = (.adam(weightDecay: decay), 1e-3)
        case "adamw": result = (.adamW(weightDecay: weightDecay ?? 0.01), 1e-3)
        case "adamax": result = (.adamax(weightDecay: decay), 2e-3)
        case "adagrad": result = (.adagrad(weightDecay: decay), 1e-2)
        case "adadelta": result = (.adadelta(weightDecay: decay), 1.0)
        case "rmsprop": result = (.rmsprop(weightDecay: decay, momentum: momentum ?? 0), 1e-2)
        default: throw DLCError("--optimizer '\(name)': expected \(optimizerNames)")
        }
        try result.0.validate()
        return result
    }
}

/// `--train` of `dlc graph` and `dlc summary`: show the training step instead of the model.
struct TrainingGraphArguments: ParsableArguments {
    @Flag(help: "The training step (forward, loss, backward, optimizer updates) instead of the model.")
    var train = false
    @Option(name: .customLong("train-loss"), help: "With --train: \(TrainingOptions.lossNames) (default: cross-entropy).")
    var loss: String?
    @Option(name: .customLong("train-optimizer"), help: "With --train: \(TrainingOptions.optimizerNames) (default: adam).")
    var optimizer: String?
    @Option(name: .customLong("train-batch"), help: "With --train: the batch size (default: the model's).")
    var batch: Int?

    /// The training step of `graph`, an unoptimized model.
    func step(_ graph: Graph) throws -> TrainingStep {
        let model = try batch.map { try graph.rebatched($0) } ?? graph
        return try TrainingStep(model: model, loss: TrainingOptions.loss(loss ?? "cross-entropy"),
                                optimizer: TrainingOptions.optimizer(optimizer ?? "adam").0)
    }

    /// Refuses options the command would ignore: with --train, `modelOptions` that were given
    /// (the step is built from the model as written, and reads its weights at run time);
    /// without it, the `--train-*` options.
    func refuseIgnoredOptions(_ modelOptions: [(name: String, given: Bool)]) throws {
        if train {
            if let option = modelOptions.first(where: \.given) {
                throw DLCError("\(option.name) does not apply with --train: the training step is built from the model as written "
                               + "(no optimization passes) and reads its weights at run time, from its state")
            }
        } else if let option = [("--train-loss", loss != nil), ("--train-optimizer", optimizer != nil), ("--train-batch", batch != nil)]
                    .first(where: \.1) {
            throw DLCError("\(option.0) applies only with --train")
        }
    }
}
