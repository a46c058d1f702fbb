/// The operators only a training step uses: the backward layers of gradient rules, losses and
/// optimizer updates. `Operation.training` holds them so passes and back ends that see only
/// inference graphs handle them in one place.
public enum TrainingOperation: Hashable, Sendable, Encodable {
    case elementwiseGradient(ElementwiseGradient)
    case sum(Sum)
    case conv2dInputGradient(Conv2DInputGradient)
    case conv2dWeightGradient(Conv2DWeightGradient)
    case denseInputGradient(DenseInputGradient)
    case denseWeightGradient(DenseWeightGradient)
    case pool2dGradient(Pool2DGradient)
    case globalPool2dGradient(GlobalPool2DGradient)
    case softmaxGradient(SoftmaxGradient)
    case loss(Loss)
    case lossGradient(LossGradient)
    case optimizerFormula(OptimizerFormula)
    case batchNormTraining(BatchNormTraining)
    case batchNormInputGradient(BatchNormInputGradient)
    case batchNormScaleGradient(BatchNormScaleGradient)
    case runningStatistic(RunningStatistic)
    case dropoutTraining(DropoutTraining)
    case scatter(Scatter)
    case lrnGradient(LRNGradient)
    case recurrentGradient(RecurrentGradient)
    case clipScale(ClipScale)

    /// The operator's definition.
    public var definition: any OperatorDefinition {
        switch self {
        case .elementwiseGradient(let op): op
        case .sum(let op): op
        case .conv2dInputGradient(let op): op
        case .conv2dWeightGradient(let op): op
        case .denseInputGradient(let op): op
        case .denseWeightGradient(let op): op
        case .pool2dGradient(let op): op
        case .globalPool2dGradient(let op): op
        case .softmaxGradient(let op): op
        case .loss(let op): op
        case .lossGradient(let op): op
        case .optimizerFormula(let op): op
        case .batchNormTraining(let op): op
        case .batchNormInputGradient(let op): op
        case .batchNormScaleGradient(let op): op
        case .runningStatistic(let op): op
        case .dropoutTraining(let op): op
        case .scatter(let op): op
        case .lrnGradient(let op): op
        case .recurrentGradient(let op): op
        case .clipScale(let op): op
        }
    }
}

/// The part of a training step a layer computes.
public enum TrainingPhase: Sendable {
    case forward, backward, update
}

extension TrainingOperation {
    /// The part of the step the layer computes: the training forms of forward layers and the
    /// loss are the forward pass, gradients (a dropout's mask applied to a gradient too) the
    /// backward pass, optimizer formulas and running statistics the update.
    public var phase: TrainingPhase {
        switch self {
        case .optimizerFormula, .runningStatistic: .update
        case .batchNormTraining, .dropoutTraining, .loss: .forward
        case .elementwiseGradient, .sum, .conv2dInputGradient, .conv2dWeightGradient, .denseInputGradient, .denseWeightGradient,
             .pool2dGradient, .globalPool2dGradient, .softmaxGradient, .lossGradient, .batchNormInputGradient, .batchNormScaleGradient,
             .scatter, .lrnGradient, .recurrentGradient, .clipScale:
            .backward
        }
    }
}

extension OperatorDefinition {
    /// The rule of the layers of a training step: dlc differentiates once (no gradients of
    /// gradients).
    func backwardLayerGradients(of layer: Node, builder: GradientBuilder) throws(DLCError) -> LayerGradients {
        throw builder.notDifferentiable("it is a layer of a training step; dlc computes first derivatives only")
    }
}

/// Fails unless `value` and `expected` have the same shape, naming the operand.
func requireSameShape(_ value: TensorType, _ expected: TensorType, _ what: String) throws(OperatorError) {
    guard value.shape == expected.shape, value.dtype == .float32 else {
        throw OperatorError("\(what) is \(value), expected float32 \(formatShape(expected.shape))")
    }
}
