/// What one output element of a layer sees of an image model's input, as the course computes
/// it layer by layer: a layer with kernel k, stride s and dilation d over an input whose
/// elements see r pixels and lie j pixels apart gives
///
///     r' = r + d·(k - 1)·j,    j' = j·s
///
/// starting from r = j = 1 at the input. Padding moves the window but does not widen it. A
/// transposed convolution divides the jump by its stride (j' = j / s, then r' = r + d·(k - 1)·j').
/// Layers that mix every position (dense layers, global pooling, and everything after them)
/// see the whole input. Element-wise layers keep their input's field; a layer of several
/// inputs (add, concat) takes the widest field and the largest jump.
///
/// ```swift
/// let fields = graph.receptiveFields()          // nil unless the inputs are images
/// let last = fields?[graph.outputs[0].value]    // e.g. .whole for a classifier's output
/// ```
public enum ReceptiveField: Sendable, Equatable, CustomStringConvertible {
    /// A window of `height × width` input pixels; neighbouring elements are `jump` pixels apart.
    case window(height: Int, width: Int, jumpHeight: Double, jumpWidth: Double)
    /// Every element depends on the whole input.
    case whole

    static let pixel = ReceptiveField.window(height: 1, width: 1, jumpHeight: 1, jumpWidth: 1)

    /// `11` for a square window, `7x3` for another.
    public var size: String {
        switch self {
        case .whole: "all"
        case .window(let height, let width, _, _): height == width ? "\(height)" : "\(height)x\(width)"
        }
    }

    /// `4`, `0.5`, or `4x2` when the axes differ; `-` for the whole input.
    public var jump: String {
        switch self {
        case .whole: "-"
        case .window(_, _, let jumpHeight, let jumpWidth):
            jumpHeight == jumpWidth ? Self.format(jumpHeight) : "\(Self.format(jumpHeight))x\(Self.format(jumpWidth))"
        }
    }

    public var description: String { self == .whole ? "all" : "\(size) (jump \(jump))" }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// The field after a sliding window of `kernel`, `stride`, `dilation`; `transposed`: the
    /// stride spreads the input instead of skipping it.
    func sliding(kernel: Size2D, stride: Size2D, dilation: Size2D, transposed: Bool = false) -> ReceptiveField {
        guard case .window(let height, let width, let jumpHeight, let jumpWidth) = self else { return .whole }
        func axis(_ size: Int, _ jump: Double, _ k: Int, _ s: Int, _ d: Int) -> (Int, Double) {
            let next = transposed ? jump / Double(s) : jump
            // Sizes are whole pixels: a fractional jump spreads a window over part of one.
            let grown = Double(size) + Double(d * (k - 1)) * (transposed ? next : jump)
            return (Int(grown.rounded(.up)), transposed ? next : jump * Double(s))
        }
        let (h, jh) = axis(height, jumpHeight, kernel.height, stride.height, dilation.height)
        let (w, jw) = axis(width, jumpWidth, kernel.width, stride.width, dilation.width)
        return .window(height: h, width: w, jumpHeight: jh, jumpWidth: jw)
    }

    /// The widest of several inputs' fields (add, concat).
    static func widest(_ fields: [ReceptiveField]) -> ReceptiveField {
        var result: (Int, Int, Double, Double)?
        for field in fields {
            guard case .window(let h, let w, let jh, let jw) = field else { return .whole }
            result = result.map { (max($0.0, h), max($0.1, w), max($0.2, jh), max($0.3, jw)) } ?? (h, w, jh, jw)
        }
        guard let (h, w, jh, jw) = result else { return .pixel }
        return .window(height: h, width: w, jumpHeight: jh, jumpWidth: jw)
    }
}

extension Graph {
    /// The receptive field of every value, or nil when an input is not an image (`[N, C, H, W]`).
    public func receptiveFields() -> [ValueID: ReceptiveField]? {
        guard !inputs.isEmpty, inputs.allSatisfy({ values[$0.index].type.shape.count == 4 }) else { return nil }
        var fields: [ValueID: ReceptiveField] = [:]
        for input in inputs { fields[input] = .pixel }
        for node in nodes {
            let incoming = ReceptiveField.widest(node.inputs.map { fields[$0] ?? .pixel })
            switch node.operation {
            case .conv2d(let op):
                let staged = op.depthwise.map { incoming.sliding(kernel: $0.kernel, stride: $0.stride, dilation: $0.dilation) } ?? incoming
                let convolved = staged.sliding(kernel: op.kernel, stride: op.stride, dilation: op.dilation)
                fields[node.output] = op.pool.map { convolved.sliding(kernel: $0.kernel, stride: $0.stride, dilation: Size2D(1, 1)) } ?? convolved
            case .conv2dTranspose(let op):
                fields[node.output] = incoming.sliding(kernel: op.kernel, stride: op.stride, dilation: op.dilation, transposed: true)
            case .pool2d(let op):
                fields[node.output] = incoming.sliding(kernel: op.kernel, stride: op.stride, dilation: Size2D(1, 1))
            // A training step's backward layers and losses mix the whole batch.
            case .globalPool2d, .dense, .recurrent, .training:
                fields[node.output] = .whole
            // Element by element, or rearranging without mixing pixels; a convolutional LSTM's
            // window is counted as one step's (its field grows with the sequence).
            case .flatten, .reshape, .dropout, .batchNorm, .lrn, .unary, .binary, .softmax, .concat, .slice, .embedding,
                 .convLSTM2d, .pad2d, .constant, .reorder, .transpose, .matmul, .gather:
                fields[node.output] = incoming
            }
        }
        return fields
    }
}
