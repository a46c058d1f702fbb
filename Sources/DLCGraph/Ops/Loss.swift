/// A loss: the mean over the batch of how far predictions are from the labels, one number.
///
/// Inputs: the predictions, then the labels. Softmax cross-entropy reads logits `[N, C]` and
/// either class indices `[N]` (int32 or int64) or target probabilities `[N, C]` (one-hot);
/// binary cross-entropy reads probabilities (or logits) and targets of one shape; mean squared
/// error predictions and targets of one shape, averaged over every element (PyTorch's
/// `reduction='mean'`).
public struct Loss: OperatorDefinition, Encodable {
    /// Which loss.
    public enum Kind: Hashable, Sendable, Encodable {
        /// `-Σ_c t_c · log softmax(z)_c` with targets `t = (1 - ε) · label + ε / C`, computed from
        /// logits as `logsumexp(z) - Σ t_c z_c` (stable).
        case softmaxCrossEntropy(labelSmoothing: Float)
        /// `-(t · log p + (1 - t) · log(1 - p))`, the logs clamped at -100 as PyTorch's `BCELoss`;
        /// from logits `z`, `max(z, 0) - z·t + log(1 + e^-|z|)` as `BCEWithLogitsLoss`.
        case binaryCrossEntropy(fromLogits: Bool)
        /// `(p - t)²`.
        case meanSquaredError
    }

    /// Which loss.
    public var kind: Kind

    /// A loss of `kind`.
    public init(_ kind: Kind) { self.kind = kind }

    public var kindName: String {
        switch kind {
        case .softmaxCrossEntropy: "softmaxCrossEntropy"
        case .binaryCrossEntropy(let fromLogits): fromLogits ? "binaryCrossEntropyFromLogits" : "binaryCrossEntropy"
        case .meanSquaredError: "meanSquaredError"
        }
    }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 2)
        try checkOperands(inputs[0], inputs[1])
        return TensorType(shape: [1])
    }

    /// Whether `labels` fit `predictions` for this loss.
    func checkOperands(_ predictions: TensorType, _ labels: TensorType) throws(OperatorError) {
        guard predictions.dtype == .float32 else { throw OperatorError("the predictions are \(predictions), expected float32") }
        switch kind {
        case .softmaxCrossEntropy(let smoothing):
            guard predictions.rank == 2 else {
                throw OperatorError("cross-entropy reads logits [batch, classes], got \(predictions)")
            }
            guard smoothing >= 0 && smoothing <= 1 else { throw OperatorError("label smoothing must be in [0, 1], got \(smoothing)") }
            let (batch, classes) = (predictions.shape[0], predictions.shape[1])
            if labels.dtype == .float32 {
                guard labels.shape == predictions.shape else {
                    throw OperatorError("one-hot labels must be [\(batch), \(classes)] like the predictions, got \(labels)")
                }
            } else {
                guard labels.shape == [batch] else {
                    throw OperatorError("class-index labels must be [\(batch)], one per sample, got \(labels)")
                }
            }
        case .binaryCrossEntropy, .meanSquaredError:
            guard labels.dtype == .float32, labels.shape == predictions.shape else {
                throw OperatorError("the targets must be float32 \(formatShape(predictions.shape)) like the predictions, got \(labels)")
            }
        }
    }

    public var attributeSummary: String {
        if case .softmaxCrossEntropy(let smoothing) = kind, smoothing != 0 { return "labelSmoothing=\(smoothing)" }
        return ""
    }

    /// Class indices are checked against the class count as the loss runs.
    public var canFailAtRunTime: Bool { true }

    /// The seed of back-propagation: the loss's gradient with respect to the predictions.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        var gradients = LayerGradients(inputs: 2, parameters: 0)
        gradients.inputs[0] = try builder.add("grad_input", .training(.lossGradient(LossGradient(kind))), layer.inputs)
        return gradients
    }
}

/// The gradient of a ``Loss`` (of value 1) with respect to its predictions. Inputs: the
/// predictions and the labels.
public struct LossGradient: OperatorDefinition, Encodable {
    /// The loss differentiated.
    public var kind: Loss.Kind

    /// The gradient of the loss of `kind`.
    public init(_ kind: Loss.Kind) { self.kind = kind }

    public var kindName: String { "\(Loss(kind).kindName)Gradient" }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 2)
        try Loss(kind).checkOperands(inputs[0], inputs[1])
        return TensorType(shape: inputs[0].shape)
    }

    public var attributeSummary: String { Loss(kind).attributeSummary }

    public var canFailAtRunTime: Bool { true }

    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        try backwardLayerGradients(of: layer, builder: builder)
    }
}
