import DLCGraph

/// An optimizer: how each trained parameter moves, given its gradient. The update rules are
/// PyTorch's (`torch.optim`), term for term; docs/training.md writes each one out. Hyper-parameters
/// are doubles, as PyTorch's Python numbers are: `1 - β` is rounded to float after the subtraction
/// (`Float(1 - 0.99)`, not `1 - Float(0.99)`, which differs in the eighth digit). The learning
/// rate is not part of it: the training step reads it as an input, so schedules change it
/// between steps without recompiling.
///
/// ```swift
/// let optimizer = Optimizer.adam()                      // β1 0.9, β2 0.999, ε 1e-8
/// let nesterov = Optimizer.sgd(momentum: 0.9, nesterov: true)
/// ```
public enum Optimizer: Hashable, Sendable {
    /// `p -= lr · d`, with `d = g` or, with momentum μ, `b = μ·b + (1 - dampening)·g` and
    /// `d = b` (`d = g + μ·b` for Nesterov). Weight decay adds `wd·p` to `g`.
    case sgd(momentum: Double = 0, dampening: Double = 0, nesterov: Bool = false, weightDecay: Double = 0)
    /// Adam; with `decoupledWeightDecay` it is AdamW (the decay scales `p` by `1 - lr·wd`
    /// instead of adding `wd·p` to the gradient).
    case adam(beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, weightDecay: Double = 0,
              decoupledWeightDecay: Bool = false)
    /// AdaMax, Adam with the infinity norm.
    case adamax(beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, weightDecay: Double = 0)
    /// Adagrad: the learning rate divided by the root of each element's summed squared gradients.
    case adagrad(learningRateDecay: Double = 0, epsilon: Double = 1e-10, weightDecay: Double = 0)
    /// Adadelta: steps scaled by the ratio of the running root-mean-squares of updates and gradients.
    case adadelta(rho: Double = 0.9, epsilon: Double = 1e-6, weightDecay: Double = 0)
    /// RMSprop, optionally with momentum and centered (the gradient's running mean subtracted).
    case rmsprop(alpha: Double = 0.99, epsilon: Double = 1e-8, weightDecay: Double = 0, momentum: Double = 0, centered: Bool = false)

    /// AdamW: Adam with decoupled weight decay (PyTorch's default decay 0.01).
    public static func adamW(beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, weightDecay: Double = 0.01) -> Optimizer {
        .adam(beta1: beta1, beta2: beta2, epsilon: epsilon, weightDecay: weightDecay, decoupledWeightDecay: true)
    }

    /// The name `dlc train --optimizer` takes.
    public var name: String {
        switch self {
        case .sgd(let momentum, _, let nesterov, _): nesterov ? "nesterov" : momentum != 0 ? "momentum" : "sgd"
        case .adam(_, _, _, _, let decoupled): decoupled ? "adamw" : "adam"
        case .adamax: "adamax"
        case .adagrad: "adagrad"
        case .adadelta: "adadelta"
        case .rmsprop: "rmsprop"
        }
    }

    /// Fails for hyper-parameters PyTorch refuses: rates and decays outside their ranges,
    /// Nesterov without momentum or with dampening.
    public func validate() throws(DLCError) {
        func check(_ value: Double, _ name: String, _ range: ClosedRange<Double>, open: Bool = false) throws(DLCError) {
            guard range.contains(value), !open || value != range.upperBound else {
                throw DLCError("\(self.name): \(name) must be in [\(range.lowerBound), \(range.upperBound)\(open ? ")" : "]"), got \(value)")
            }
        }
        switch self {
        case .sgd(let momentum, let dampening, let nesterov, let weightDecay):
            try check(momentum, "momentum", 0...1)
            try check(dampening, "dampening", 0...1)
            try check(weightDecay, "weight decay", 0...Double.greatestFiniteMagnitude)
            if nesterov && (momentum <= 0 || dampening != 0) {
                throw DLCError("nesterov: needs a momentum above 0 and no dampening, got momentum \(momentum) and dampening \(dampening)")
            }
        case .adam(let beta1, let beta2, let epsilon, let weightDecay, _), .adamax(let beta1, let beta2, let epsilon, let weightDecay):
            try check(beta1, "beta1", 0...1, open: true)
            try check(beta2, "beta2", 0...1, open: true)
            try check(epsilon, "epsilon", 0...Double.greatestFiniteMagnitude)
            try check(weightDecay, "weight decay", 0...Double.greatestFiniteMagnitude)
        case .adagrad(let decay, let epsilon, let weightDecay):
            try check(decay, "learning-rate decay", 0...Double.greatestFiniteMagnitude)
            try check(epsilon, "epsilon", 0...Double.greatestFiniteMagnitude)
            try check(weightDecay, "weight decay", 0...Double.greatestFiniteMagnitude)
        case .adadelta(let rho, let epsilon, let weightDecay):
            try check(rho, "rho", 0...1)
            try check(epsilon, "epsilon", 0...Double.greatestFiniteMagnitude)
            try check(weightDecay, "weight decay", 0...Double.greatestFiniteMagnitude)
        case .rmsprop(let alpha, let epsilon, let weightDecay, let momentum, _):
            try check(alpha, "alpha", 0...1)
            try check(epsilon, "epsilon", 0...Double.greatestFiniteMagnitude)
            try check(weightDecay, "weight decay", 0...Double.greatestFiniteMagnitude)
            try check(momentum, "momentum", 0...1)
        }
    }

    /// Adds the layers that update `parameter` from its gradient, and the optimizer state they
    /// need (named after PyTorch's state: `conv1.weight.exp_avg`), to `step`; returns each
    /// updated value by the name of what it replaces.
    func addUpdate(of parameter: ValueID, gradient: ValueID, to step: inout UpdateBuilder) throws(DLCError) -> [(String, ValueID)] {
        var updates: [(String, ValueID)] = []
        func advance(_ state: String, _ formula: OptimizerFormula.Formula, _ operands: [ValueID]) throws(DLCError) -> ValueID {
            let next = try step.update(parameter, state: state, formula, operands)
            updates.append((step.name(parameter, state: state), next))
            return next
        }
        func decayed(_ gradient: ValueID, _ weightDecay: Double) throws(DLCError) -> ValueID {
            weightDecay == 0 ? gradient : try step.derive(parameter, "grad.decayed", .weightDecay(Float(weightDecay)), [gradient])
        }
        let direction: OptimizerFormula.Direction
        var directionOperands: [ValueID]
        var decoupledDecay: Float = 0
        switch self {
        case .sgd(let momentum, let dampening, let nesterov, let weightDecay):
            let gradient = try decayed(gradient, weightDecay)
            if momentum == 0 {
                (direction, directionOperands) = (.plain, [gradient])
            } else {
                let buffer = try advance("momentum_buffer", .movingAverage(decay: Float(momentum), scale: Float(1 - dampening), squared: false,
                                                                          firstStepCopies: true), [gradient])
                (direction, directionOperands) = nesterov ? (.nesterov(momentum: Float(momentum)), [gradient, buffer]) : (.plain, [buffer])
            }
        case .adam(let beta1, let beta2, let epsilon, let weightDecay, let decoupled):
            let gradient = decoupled ? gradient : try decayed(gradient, weightDecay)
            decoupledDecay = decoupled ? Float(weightDecay) : 0
            let mean = try advance("exp_avg", .interpolation(weight: Float(1 - beta1)), [gradient])
            let square = try advance("exp_avg_sq", .movingAverage(decay: Float(beta2), scale: Float(1 - beta2), squared: true, firstStepCopies: false), [gradient])
            (direction, directionOperands) = (.adam(beta1: beta1, beta2: beta2, epsilon: Float(epsilon)), [mean, square])
        case .adamax(let beta1, let beta2, let epsilon, let weightDecay):
            let gradient = try decayed(gradient, weightDecay)
            let mean = try advance("exp_avg", .interpolation(weight: Float(1 - beta1)), [gradient])
            let norm = try advance("exp_inf", .maximumNorm(decay: Float(beta2), epsilon: Float(epsilon)), [gradient])
            (direction, directionOperands) = (.adamax(beta1: beta1), [mean, norm])
        case .adagrad(let decay, let epsilon, let weightDecay):
            let gradient = try decayed(gradient, weightDecay)
            let sum = try advance("sum", .movingAverage(decay: 1, scale: 1, squared: true, firstStepCopies: false), [gradient])
            (direction, directionOperands) = (.adagrad(learningRateDecay: decay, epsilon: Float(epsilon)), [gradient, sum])
        case .adadelta(let rho, let epsilon, let weightDecay):
            let gradient = try decayed(gradient, weightDecay)
            let square = try advance("square_avg", .movingAverage(decay: Float(rho), scale: Float(1 - rho), squared: true, firstStepCopies: false), [gradient])
            let delta = try step.derive(parameter, "delta", .adadeltaDelta(epsilon: Float(epsilon)), [gradient, square],
                                        state: step.state(parameter, "acc_delta"))
            _ = try advance("acc_delta", .movingAverage(decay: Float(rho), scale: Float(1 - rho), squared: true, firstStepCopies: false), [delta])
            (direction, directionOperands) = (.plain, [delta])
        case .rmsprop(let alpha, let epsilon, let weightDecay, let momentum, let centered):
            let gradient = try decayed(gradient, weightDecay)
            var statistics = [try advance("square_avg", .movingAverage(decay: Float(alpha), scale: Float(1 - alpha), squared: true, firstStepCopies: false), [gradient])]
            if centered {
                statistics.append(try advance("grad_avg", .interpolation(weight: Float(1 - alpha)), [gradient]))
            }
            if momentum == 0 {
                (direction, directionOperands) = (.rmsprop(epsilon: Float(epsilon), centered: centered), [gradient] + statistics)
            } else {
                let buffer = try advance("momentum_buffer", .rmspropMomentum(momentum: Float(momentum), epsilon: Float(epsilon), centered: centered),
                                         [gradient] + statistics)
                (direction, directionOperands) = (.plain, [buffer])
            }
        }
        let next = try step.derive(parameter, "next", .descend(direction, decoupledDecay: decoupledDecay), directionOperands, state: parameter)
        updates.append((step.graph[parameter].name, next))
        return updates
    }
}

/// What ``Optimizer`` adds its layers through: the training graph, its learning-rate and step
/// inputs, and the optimizer state created so far.
struct UpdateBuilder {
    var graph: Graph
    let learningRate: ValueID
    let step: ValueID
    var states: [String: ValueID] = [:]

    /// `conv1.weight.exp_avg`.
    func name(_ parameter: ValueID, state: String) -> String { "\(graph[parameter].name).\(state)" }

    /// The optimizer state `name` of `parameter`, created (zero-filled, parameter-shaped) on first use.
    mutating func state(_ parameter: ValueID, _ state: String) throws(DLCError) -> ValueID {
        let name = name(parameter, state: state)
        if let existing = states[name] { return existing }
        let created = try graph.addParameter(name, type: graph[parameter].type, initializer: .zeros, trainable: false)
        states[name] = created
        return created
    }

    /// The next value of `parameter`'s state `state` by `formula`.
    mutating func update(_ parameter: ValueID, state: String, _ formula: OptimizerFormula.Formula,
                         _ operands: [ValueID]) throws(DLCError) -> ValueID {
        try derive(parameter, "\(state).next", formula, operands, state: self.state(parameter, state))
    }

    /// A layer `<parameter>.<suffix>` computing `formula` of `state` (the parameter itself
    /// unless given) and `operands`.
    mutating func derive(_ parameter: ValueID, _ suffix: String, _ formula: OptimizerFormula.Formula, _ operands: [ValueID],
                         state: ValueID? = nil) throws(DLCError) -> ValueID {
        try graph.addNode(name(parameter, state: suffix), .training(.optimizerFormula(OptimizerFormula(formula))),
                          inputs: operands + [learningRate, step], sharing: [state ?? parameter])
    }
}
