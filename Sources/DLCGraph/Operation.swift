/// The operator of a node: one case per operator definition.
///
/// Switching over `Operation` is how the interpreter and the code generator reach every
/// operator; the compiler then checks that none is forgotten.
public enum Operation: Hashable, Sendable, Encodable {
    case conv2d(Conv2D)
    case conv2dTranspose(Conv2DTranspose)
    case pool2d(Pool2D)
    case globalPool2d(GlobalPool2D)
    case dense(Dense)
    case flatten(Flatten)
    case reshape(Reshape)
    case dropout(Dropout)
    case batchNorm(BatchNorm)
    case lrn(LRN)
    case unary(ElementwiseUnary)
    case binary(ElementwiseBinary)
    case softmax(Softmax)
    case concat(Concat)
    case slice(Slice)
    case embedding(Embedding)
    case recurrent(Recurrent)
    case convLSTM2d(ConvLSTM2D)
    case pad2d(Padding2D)
    case constant(Constant)
    case reorder(Reorder)
    case transpose(Transpose)
    case matmul(MatMul)
    case gather(Gather)
    /// A backward layer, loss or optimizer update of a training step (boxed: inference graphs,
    /// the common case, keep the size of the inference operators).
    indirect case training(TrainingOperation)

    /// The operator's definition: type inference, parameters, cost.
    public var definition: any OperatorDefinition {
        switch self {
        case .conv2d(let op): op
        case .conv2dTranspose(let op): op
        case .pool2d(let op): op
        case .globalPool2d(let op): op
        case .dense(let op): op
        case .flatten(let op): op
        case .reshape(let op): op
        case .dropout(let op): op
        case .batchNorm(let op): op
        case .lrn(let op): op
        case .unary(let op): op
        case .binary(let op): op
        case .softmax(let op): op
        case .concat(let op): op
        case .slice(let op): op
        case .embedding(let op): op
        case .recurrent(let op): op
        case .convLSTM2d(let op): op
        case .pad2d(let op): op
        case .constant(let op): op
        case .reorder(let op): op
        case .transpose(let op): op
        case .matmul(let op): op
        case .gather(let op): op
        case .training(let op): op.definition
        }
    }

    public var kindName: String { definition.kindName }
}

extension Node {
    /// Whether the layer is a backward layer, loss or optimizer update of a training step.
    public var isTrainingLayer: Bool {
        if case .training = operation { return true }
        return false
    }
}
