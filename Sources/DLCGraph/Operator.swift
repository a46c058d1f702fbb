/// How a parameter tensor is filled when a model names no weights file.
public enum ParameterInitializer: Hashable, Sendable {
    /// He (Kaiming) uniform, for layers followed by a ReLU: U(-sqrt(6/fanIn), sqrt(6/fanIn)).
    case he(fanIn: Int)
    /// Glorot (Xavier) uniform: U(-sqrt(6/(fanIn+fanOut)), +sqrt(6/(fanIn+fanOut))).
    case glorot(fanIn: Int, fanOut: Int)
    case zeros
    case ones
}

/// One parameter tensor a layer owns, e.g. `weight` of shape `[O, I/groups, kH, kW]`.
public struct ParameterSpec: Hashable, Sendable {
    /// Appended to the layer name with a dot: `conv1` + `weight` = `conv1.weight`.
    public var suffix: String
    /// The parameter's shape.
    public var shape: [Int]
    /// How `weights init` fills it.
    public var initializer: ParameterInitializer
    /// False for statistics that training does not learn (batch-norm running mean and variance).
    public var trainable: Bool

    /// How `weights init` fills it.
    public init(_ suffix: String, shape: [Int], initializer: ParameterInitializer, trainable: Bool = true) {
        self.suffix = suffix
        self.shape = shape
        self.initializer = initializer
        self.trainable = trainable
    }
}

/// The single definition of an operator: attributes, type inference, verification, parameters
/// and cost. The interpreter kernel and the LLVM lowering of each operator extend the same type
/// in files of the same name in their modules.
public protocol OperatorDefinition: Hashable, Sendable {
    /// The name shown in summaries and dumps (`conv2d`, `maxPool2d`, ...).
    var kindName: String { get }

    /// Checks the data inputs and returns the output type; the message of a thrown error says
    /// what was expected and what was found.
    func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType

    /// The parameter tensors the operator takes after its data inputs, in order.
    func parameterSpecs(inputs: [TensorType]) -> [ParameterSpec]

    /// Multiply-accumulate operations of one inference.
    func macCount(inputs: [TensorType], output: TensorType) -> Int

    /// Attributes for dumps: `filters=6 kernel=5 padding=2 activation=relu`.
    var attributeSummary: String { get }

    /// Whether the output is the input reinterpreted: no code, the input's storage.
    var isView: Bool { get }

    /// The data input the output may be written over, if any: the output has that input's type
    /// and layout, and each element is read before the same element is written.
    func overwritableInput(inputs: [TensorType], output: TensorType) -> Int?

    /// Whether the operator computes with these memory layouts of its data inputs and output
    /// (the types carry the layouts). Plain tensors only, unless an operator says otherwise.
    func supportsLayouts(inputs: [TensorType], output: TensorType) -> Bool

    /// The layouts the operator reads its inputs in and writes its output in on a target whose
    /// vectors hold `block` floats, given the layouts its inputs arrive in (`inputs`): what the
    /// layout pass asks each layer, a combination ``supportsLayouts(inputs:output:)`` accepts.
    /// Plain everywhere, unless an operator says otherwise.
    func preferredLayouts(inputs: [TensorType], output: TensorType, block: Int) -> LayoutChoice

    /// Where each data input lies in the output, as byte offsets, when the output is nothing but
    /// its inputs stored whole side by side (nil otherwise). The memory planner can then have
    /// each input computed straight into its place, and the layer needs no code.
    func inputPlacements(inputs: [TensorType], output: TensorType) -> [Int]?

    /// The gradient rule: adds to `builder` the layers that compute the gradients of the loss
    /// with respect to `layer`'s data inputs and parameters from `outputGradient`, its gradient
    /// with respect to the layer's output, and returns them (see ``GradientBuilder``). Only the
    /// gradients the builder says are needed are computed.
    func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients

    /// Whether the kernel checks data only known at run time (token or gather indices) and may
    /// stop the run with an error status.
    var canFailAtRunTime: Bool { get }
}

extension OperatorDefinition {
    public func parameterSpecs(inputs: [TensorType]) -> [ParameterSpec] { [] }
    public func macCount(inputs: [TensorType], output: TensorType) -> Int { 0 }
    public var isView: Bool { false }
    public func overwritableInput(inputs: [TensorType], output: TensorType) -> Int? { nil }
    public func inputPlacements(inputs: [TensorType], output: TensorType) -> [Int]? { nil }
    public var canFailAtRunTime: Bool { false }
    public func supportsLayouts(inputs: [TensorType], output: TensorType) -> Bool {
        output.layout == .plain && inputs.allSatisfy { $0.layout == .plain }
    }
    public func preferredLayouts(inputs: [TensorType], output: TensorType, block: Int) -> LayoutChoice {
        .plain(inputs: inputs.count)
    }
}

/// The layouts a layer reads each input in and writes its output in.
public struct LayoutChoice: Hashable, Sendable {
    /// One per data input.
    public var inputs: [TensorLayout]
    public var output: TensorLayout

    /// The layer's layouts: each input's, and the output's.
    public init(inputs: [TensorLayout], output: TensorLayout) {
        self.inputs = inputs
        self.output = output
    }

    /// Every input and the output plain.
    public static func plain(inputs count: Int) -> LayoutChoice {
        LayoutChoice(inputs: [TensorLayout](repeating: .plain, count: count), output: .plain)
    }

    /// One input and the output blocked when the input arrives blocked, plain otherwise: layers
    /// that compute each channel on its own (pooling, element-wise functions).
    static func followingInput(_ inputs: [TensorType], block: Int) -> LayoutChoice {
        inputs[0].layout == .blocked(block) ? LayoutChoice(inputs: [.blocked(block)], output: .blocked(block)) : .plain(inputs: inputs.count)
    }
}

extension TensorType {
    /// Whether the tensor can be stored as NCHW[block]c in whole blocks: a 4-D float tensor
    /// whose channels fill blocks of `block` exactly.
    public func fillsBlocks(of block: Int) -> Bool {
        rank == 4 && dtype == .float32 && shape[1] % block == 0
    }

    /// Whether the tensor is plain, or blocked in whole blocks.
    var hasValidLayout: Bool {
        switch layout {
        case .plain: true
        case .blocked(let block): block > 0 && fillsBlocks(of: block)
        }
    }

    /// Whether the tensor is plain, or blocked with a partial last block allowed (1000 channels
    /// in blocks of 16). The padding lanes of that block hold values no layer reads as data:
    /// only layers that compute lane by lane (pooling, unary functions) or skip the padding
    /// (reorders, global pooling) accept it.
    var hasValidPartialLayout: Bool {
        switch layout {
        case .plain: true
        case .blocked(let block): block > 0 && rank == 4 && dtype == .float32
        }
    }
}

/// Element-wise layouts: all operands and the output share one layout, plain or whole blocks.
func sharesOneLayout(_ inputs: [TensorType], _ output: TensorType) -> Bool {
    if output.layout == .plain { return inputs.allSatisfy { $0.layout == .plain } }
    return output.hasValidLayout && inputs.allSatisfy { $0.layout == output.layout && $0.shape == output.shape }
}

// MARK: - Checks shared by the definitions

/// Fails unless `inputs` has exactly `count` entries.
func requireArity(_ inputs: [TensorType], _ count: Int) throws(OperatorError) {
    guard inputs.count == count else {
        throw OperatorError("expected \(count) input\(count == 1 ? "" : "s"), got \(inputs.count)")
    }
}

/// Fails unless `type` is a float32 tensor of the given rank; `what` describes the expected layout.
func requireFloat(_ type: TensorType, rank: Int, layout: String) throws(OperatorError) {
    guard type.rank == rank else {
        throw OperatorError("expected a \(rank)-D input \(layout), got \(type)")
    }
    guard type.dtype == .float32 else {
        throw OperatorError("expected a float32 input, got \(type)")
    }
}

/// Sizes, strides, paddings and counts are at most this, so sums and products of a few stay
/// far from overflow.
let maximumAttribute = 1 << 31

func requirePositive(_ value: Int, _ what: String) throws(OperatorError) {
    guard value > 0 else { throw OperatorError("\(what) must be positive, got \(value)") }
    guard value <= maximumAttribute else { throw OperatorError("\(what) \(value) is too large (at most \(maximumAttribute))") }
}

func requirePositive(_ size: Size2D, _ what: String) throws(OperatorError) {
    guard size.height > 0, size.width > 0 else {
        throw OperatorError("\(what) must be positive, got \(size)")
    }
    guard size.height <= maximumAttribute, size.width <= maximumAttribute else {
        throw OperatorError("\(what) \(size) is too large (at most \(maximumAttribute))")
    }
}

func requireNonNegative(_ padding: EdgePadding) throws(OperatorError) {
    guard padding.edges.allSatisfy({ $0 >= 0 }) else {
        throw OperatorError("padding must not be negative, got \(padding)")
    }
    guard padding.edges.allSatisfy({ $0 <= maximumAttribute }) else {
        throw OperatorError("padding \(padding) is too large (at most \(maximumAttribute))")
    }
}

/// Normalizes a possibly negative axis against a rank.
func normalizedAxis(_ axis: Int, rank: Int) throws(OperatorError) -> Int {
    let resolved = axis < 0 ? axis + rank : axis
    guard (0..<rank).contains(resolved) else {
        throw OperatorError("axis \(axis) is out of range for a \(rank)-D tensor")
    }
    return resolved
}
