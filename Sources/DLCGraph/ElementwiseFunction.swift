import Foundation

/// A function applied to each element on its own: an activation layer (`relu(x)`) or the
/// activation fused into a convolution's or dense layer's output (`activation: .relu`).
///
/// Everything dlc knows about a function is declared here, once: its spelling in the DSL (the
/// layer `hardSigmoid(x, alpha:, beta:)`, the activation `.hardSigmoid(alpha, beta)`), its
/// parameters and their defaults, its documentation, its definition (the interpreter's), and the
/// facts passes use. The code generator's lowering and the ONNX mapping are exhaustive switches
/// in their modules, so a new case does not compile until each has it. docs/adding-an-operator.md
/// walks through adding one.
///
/// ```swift
/// let function = ElementwiseFunction.hardSigmoid(1 / 6, 0.5)
/// function.apply(3)          // 1
/// function.kind.rawValue     // "hardSigmoid"
/// ```
public enum ElementwiseFunction: Hashable, Sendable, CustomStringConvertible {
    case relu
    case leakyRelu(Float)
    case sigmoid
    /// Clamps to `[min, max]` (ReLU6 is `.clamp(0, 6)`).
    case clamp(Float, Float)
    case tanh
    /// `max(0, min(1, alpha · x + beta))`.
    case hardSigmoid(Float, Float)
    /// `x · min(max(x + 3, 0), 6) / 6`.
    case hardSwish
    /// `x · Φ(x) = x/2 · (1 + erf(x / √2))`, the exact form.
    case gelu
    /// `x/2 · (1 + tanh(√(2/π) · (x + 0.044715 x³)))`, the tanh approximation.
    case geluTanh

    /// A function's name in the DSL, without its parameters. The order of the cases is the
    /// order the DSL documents them in.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case relu, leakyRelu, sigmoid, clamp, tanh, hardSigmoid, hardSwish, gelu, geluTanh
    }

    /// A parameter of a function: its label in the layer form (`alpha:`) and its default, if any.
    public struct Parameter: Hashable, Sendable {
        /// The argument label of the layer form; the activation form takes the values unlabeled.
        public let label: String
        /// The value when the argument is left out; nil when it must be given.
        public let defaultValue: Float?
    }

    public var kind: Kind {
        switch self {
        case .relu: .relu
        case .leakyRelu: .leakyRelu
        case .sigmoid: .sigmoid
        case .clamp: .clamp
        case .tanh: .tanh
        case .hardSigmoid: .hardSigmoid
        case .hardSwish: .hardSwish
        case .gelu: .gelu
        case .geluTanh: .geluTanh
        }
    }

    /// The parameter values, in the order of `kind.parameters`.
    public var parameterValues: [Float] {
        switch self {
        case .relu, .sigmoid, .tanh, .hardSwish, .gelu, .geluTanh: []
        case .leakyRelu(let alpha): [alpha]
        case .clamp(let low, let high): [low, high]
        case .hardSigmoid(let alpha, let beta): [alpha, beta]
        }
    }

    /// The function of `kind` with these parameter values; nil unless there is one value for
    /// each of the kind's parameters.
    public init?(_ kind: Kind, _ values: [Float]) {
        guard values.count == kind.parameters.count else { return nil }
        switch kind {
        case .relu: self = .relu
        case .leakyRelu: self = .leakyRelu(values[0])
        case .sigmoid: self = .sigmoid
        case .clamp: self = .clamp(values[0], values[1])
        case .tanh: self = .tanh
        case .hardSigmoid: self = .hardSigmoid(values[0], values[1])
        case .hardSwish: self = .hardSwish
        case .gelu: self = .gelu
        case .geluTanh: self = .geluTanh
        }
    }

    /// `relu`, `leakyRelu(0.1)`, `clamp(0.0, 6.0)`.
    public var description: String {
        let values = parameterValues
        return values.isEmpty ? kind.rawValue : "\(kind.rawValue)(" + values.map(\.description).joined(separator: ", ") + ")"
    }

    /// The function's definition, for one value: what the interpreter computes and every
    /// compiled kernel matches. NaN stays NaN through every function, as in PyTorch and ONNX
    /// Runtime (the comparisons are false for NaN, so it takes the `x` branch).
    @inline(__always)
    public func apply(_ x: Float) -> Float {
        switch self {
        case .relu: x < 0 ? 0 : x
        case .leakyRelu(let alpha): x > 0 ? x : alpha * x
        case .sigmoid: 1 / (1 + expf(-x))
        case .clamp(let low, let high): Self.clamp(x, low, high)
        case .tanh: tanhf(x)
        case .hardSigmoid(let alpha, let beta): Self.clamp(alpha * x + beta, 0, 1)
        case .hardSwish: x * Self.clamp(x + 3, 0, 6) / 6
        case .gelu: 0.5 * x * (1 + erff(x * Float(0.5.squareRoot())))
        case .geluTanh: 0.5 * x * (1 + tanhf(Self.geluTanhScale * (x + 0.044715 * x * x * x)))
        }
    }

    /// √(2/π), the scale inside the tanh approximation of GELU.
    public static let geluTanhScale = Float((2 / Double.pi).squareRoot())

    /// `x` clamped to `[low, high]`, NaN kept.
    @inline(__always)
    static func clamp(_ x: Float, _ low: Float, _ high: Float) -> Float { x < low ? low : x > high ? high : x }

    /// Whether the derivative needs the function's input: a rule that has only the output
    /// (`y = apply(x)`) cannot tell where `x` was. The ReLU family, clamps, sigmoid and tanh are
    /// differentiated from their output, so a layer with one of them fused keeps no second tensor.
    public var derivativeNeedsInput: Bool {
        switch self {
        case .relu, .sigmoid, .clamp, .tanh, .hardSigmoid: false
        case .leakyRelu(let alpha): alpha < 0
        case .hardSwish, .gelu, .geluTanh: true
        }
    }

    /// `d apply(x) / dx`, from the input `x` or the output `y = apply(x)` (only `y` is read unless
    /// ``derivativeNeedsInput``). At the kinks it takes PyTorch's side: ReLU's derivative at 0 is
    /// 0, a clamp's is 0 at both bounds, hard-swish's is `(2x + 3)/6` on `[-3, 3]`.
    @inline(__always)
    public func derivative(input x: Float, output y: Float) -> Float {
        switch self {
        case .relu: y > 0 ? 1 : 0
        case .leakyRelu(let alpha): (alpha < 0 ? x > 0 : y > 0) ? 1 : alpha
        case .sigmoid: y * (1 - y)
        case .clamp(let low, let high): y > low && y < high ? 1 : 0
        case .tanh: 1 - y * y
        case .hardSigmoid(let alpha, _): y > 0 && y < 1 ? alpha : 0
        case .hardSwish: x < -3 ? 0 : x <= 3 ? (2 * x + 3) / 6 : 1
        case .gelu:
            0.5 * (1 + erff(x * Float(0.5.squareRoot()))) + x * expf(-0.5 * x * x) * Float(1 / (2 * Double.pi).squareRoot())
        case .geluTanh:
            Self.geluTanhDerivative(x)
        }
    }

    /// PyTorch's derivative of the tanh approximation of GELU.
    private static func geluTanhDerivative(_ x: Float) -> Float {
        let inner = geluTanhScale * (x + 0.044715 * x * x * x)
        let t = tanhf(inner)
        let innerDerivative = geluTanhScale * (1 + 3 * 0.044715 * x * x)
        return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * innerDerivative
    }

    /// Fails when the parameters make no function: a clamp whose min exceeds its max (or is NaN).
    public func validate() throws(OperatorError) {
        if case .clamp(let low, let high) = self, !(low <= high) {
            throw OperatorError("clamp needs min <= max, got min \(low) and max \(high)")
        }
    }

    /// Whether every result is ≥ 0 (or NaN): zero padding after the function can fold into a
    /// max pool, whose maxima then equal those with PyTorch's -∞ padding.
    public var isNonNegative: Bool {
        switch self {
        case .relu, .sigmoid, .hardSigmoid: true
        case .clamp(let low, _): low >= 0
        case .leakyRelu, .tanh, .hardSwish, .gelu, .geluTanh: false
        }
    }

    /// Whether weights ahead of it start with He initialization (the ReLU family, whose
    /// negative half is (nearly) cut off) rather than Glorot (the saturating functions).
    public var prefersHeInitialization: Bool {
        switch self {
        case .relu, .leakyRelu, .clamp, .hardSwish, .gelu, .geluTanh: true
        case .sigmoid, .tanh, .hardSigmoid: false
        }
    }
}

extension ElementwiseFunction.Kind {
    /// The parameters, in the order the activation form takes them (`.clamp(min, max)`).
    public var parameters: [ElementwiseFunction.Parameter] {
        switch self {
        case .relu, .sigmoid, .tanh, .hardSwish, .gelu, .geluTanh: []
        case .leakyRelu: [.init(label: "alpha", defaultValue: 0.01)]
        case .clamp: [.init(label: "min", defaultValue: nil), .init(label: "max", defaultValue: nil)]
        // PyTorch's and Keras 3's slope (ONNX's operator defaults to 0.2).
        case .hardSigmoid: [.init(label: "alpha", defaultValue: 1 / 6), .init(label: "beta", defaultValue: 0.5)]
        }
    }

    /// The DSL documentation of the layer.
    public var documentation: String {
        switch self {
        case .relu: "`max(x, 0)` element-wise."
        case .leakyRelu: "`x` where positive, `alpha · x` elsewhere."
        case .sigmoid: "`1 / (1 + e^-x)` element-wise."
        case .clamp: "Clamps each element to `[min, max]`; ReLU6 is `clamp(x, min: 0, max: 6)`."
        case .tanh: "Hyperbolic tangent element-wise."
        case .hardSigmoid: "`max(0, min(1, alpha · x + beta))` element-wise (PyTorch's `Hardsigmoid` by default)."
        case .hardSwish: "`x · min(max(x + 3, 0), 6) / 6` element-wise (MobileNetV3's activation)."
        case .gelu: "`x · Φ(x) = x/2 · (1 + erf(x/√2))` element-wise: the Gaussian error linear unit."
        case .geluTanh: "`x/2 · (1 + tanh(√(2/π) · (x + 0.044715 x³)))`: GELU's tanh approximation (PyTorch's `approximate='tanh'`)."
        }
    }

    /// `.leakyRelu(alpha)`, as error messages list what an activation may be.
    public var activationSpelling: String {
        let labels = parameters.map(\.label)
        return labels.isEmpty ? ".\(rawValue)" : ".\(rawValue)(" + labels.joined(separator: ", ") + ")"
    }
}

/// A layer's `activation:` argument: none, an element-wise function fused into the layer, or a
/// softmax over the channel axis (axis 1), which the builder adds as a layer of its own.
///
/// Its members spell like the functions (`.relu`, `.leakyRelu(0.1)`, `.clamp(0, 6)`); they are
/// generated from ``ElementwiseFunction`` (Activation+Generated.swift).
///
/// ```swift
/// x = conv2d(x, filters: 32, kernel: 3, activation: .relu)
/// let probabilities = dense(x, units: 10, activation: .softmax)
/// ```
public enum Activation: Hashable, Sendable, CustomStringConvertible {
    case none
    case softmax
    case elementwise(ElementwiseFunction)

    /// The function fused into the layer, if any (not for `.none` and `.softmax`).
    public var elementwise: ElementwiseFunction? {
        if case .elementwise(let function) = self { return function }
        return nil
    }

    /// `none`, `softmax`, `relu`, `leakyRelu(0.1)`, ...
    public var description: String {
        switch self {
        case .none: "none"
        case .softmax: "softmax"
        case .elementwise(let function): function.description
        }
    }

    /// The activation as DSL source: `.none`, `.relu`, `.clamp(0.0, 6.0)`, and `.hardSigmoid`
    /// for a function whose parameters all have their defaults.
    public var swiftSpelling: String {
        guard case .elementwise(let function) = self else { return ".\(description)" }
        let allDefaults = function.parameterValues.map(Optional.init) == function.kind.parameters.map(\.defaultValue)
        return "." + (allDefaults ? function.kind.rawValue : function.description)
    }

    /// The activation `name` with these values (`leakyRelu`, `[0.1]`), as the DSL spells it;
    /// values left out take their defaults when every parameter has one (`.hardSigmoid`).
    public init?(name: String, values: [Float]) {
        switch name {
        case "none" where values.isEmpty: self = .none
        case "softmax" where values.isEmpty: self = .softmax
        default:
            guard let kind = ElementwiseFunction.Kind(rawValue: name) else { return nil }
            let defaults = kind.parameters.compactMap(\.defaultValue)
            let given = values.isEmpty && defaults.count == kind.parameters.count ? defaults : values
            guard let function = ElementwiseFunction(kind, given) else { return nil }
            self = .elementwise(function)
        }
    }

    /// Every spelling, for error messages: `.none, .relu, .leakyRelu(alpha), ... or .softmax`.
    public static var spellings: String {
        ([".none"] + ElementwiseFunction.Kind.allCases.map(\.activationSpelling)).joined(separator: ", ") + " or .softmax"
    }
}

extension ElementwiseFunction: Encodable {
    /// Encoded as its description (`"leakyRelu(0.1)"`), as `dlc graph --format json` shows it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
