import DLCGraph

extension TrainingOperation {
    /// Runs a backward layer, loss or optimizer update on plain tensors.
    func evaluate(_ inputs: [TensorData], _ parameters: [TensorData], outputType: TensorType) throws(OperatorError) -> TensorData {
        switch self {
        case .elementwiseGradient(let op): op.evaluate(inputs[0], inputs[1])
        case .sum(let op): op.evaluate(inputs[0], outputType: outputType)
        case .conv2dInputGradient(let op): op.evaluate(inputs[0], weight: parameters[0], outputType: outputType)
        case .conv2dWeightGradient(let op): op.evaluate(inputs[0], inputs[1], outputType: outputType)
        case .denseInputGradient(let op): op.evaluate(inputs[0], weight: parameters[0], outputType: outputType)
        case .denseWeightGradient(let op): op.evaluate(inputs[0], inputs[1], outputType: outputType)
        case .pool2dGradient(let op): op.evaluate(inputs[0], inputs[1])
        case .globalPool2dGradient(let op): op.evaluate(inputs[0], inputs[1])
        case .softmaxGradient(let op): op.evaluate(inputs[0], inputs[1])
        case .loss(let op): try op.evaluate(inputs[0], inputs[1])
        case .lossGradient(let op): try op.evaluate(inputs[0], inputs[1])
        case .optimizerFormula(let op): op.evaluate(state: parameters[0], inputs)
        case .batchNormTraining(let op): op.evaluate(inputs[0], parameters: parameters)
        case .batchNormInputGradient(let op): op.evaluate(inputs[0], inputs[1], weight: parameters[0])
        case .batchNormScaleGradient(let op): op.evaluate(inputs[0], inputs[1])
        case .runningStatistic(let op): op.evaluate(inputs[0], running: parameters[0])
        case .dropoutTraining(let op): op.evaluate(inputs[0], step: inputs[1])
        case .scatter(let op): try op.evaluate(inputs[0], inputs.count > 1 ? inputs[1] : nil)
        case .lrnGradient(let op): op.evaluate(inputs[0], inputs[1])
        case .recurrentGradient(let op): op.evaluate(inputs[0], inputs[1], parameters: parameters)
        case .clipScale(let op): TensorData(shape: [1], floats: [min(1, op.maxNorm / (inputs[0].floats[0].squareRoot() + 1e-6))])
        }
    }
}
