/// A recurrent layer over `[batch, time, features]`: simple RNN, LSTM or GRU, with PyTorch's gate
/// order and equations, starting from a zero state.
///
/// - simple RNN (G = 1): `h' = act(W_ih x + b_ih + W_hh h + b_hh)`
/// - LSTM (G = 4, gates i, f, g, o): `c' = f·c + i·g`, `h' = o·tanh(c')`; with `peephole`
///   (Gers & Schmidhuber 2000) the gates also see the cell through per-unit weights
///   `weight_peephole_l0` `[3, units]` (rows i, f, o): `i = σ(… + p_i∘c)`, `f = σ(… + p_f∘c)`,
///   `o = σ(… + p_o∘c')`
/// - GRU (G = 3, gates r, z, n): `n = tanh(W_in x + b_in + r·(W_hn h + b_hn))`, `h' = (1 - z)·n + z·h`;
///   with `resetAfter: false` the reset gate scales h before the product instead (Cho et al. 2014,
///   Keras' `reset_after=False`, ONNX's default `linear_before_reset = 0`):
///   `n = tanh(W_in x + b_in + W_hn (r·h) + b_hn)`
///
/// Output: every step's `h` (`returnSequences`, `[N, T, units·directions]`) or the final one
/// (`[N, units·directions]`); bidirectional layers concatenate forward then reverse.
///
/// ```swift
/// x = lstm(x, units: 128)
/// ```
public struct Recurrent: OperatorDefinition, Encodable {
    /// Elman, LSTM or GRU.
    public enum Cell: Hashable, Sendable, Encodable {
        case simple(ElementwiseFunction)
        case lstm
        case gru

        /// Number of gate blocks stacked in each weight matrix.
        public var gateCount: Int {
            switch self {
            case .simple: 1
            case .lstm: 4
            case .gru: 3
            }
        }

        public var name: String {
            switch self {
            case .simple: "simpleRNN"
            case .lstm: "lstm"
            case .gru: "gru"
            }
        }
    }

    /// The recurrent cell.
    public var cell: Cell
    /// Output features (dense) or hidden units (recurrent).
    public var units: Int
    /// Whether the output holds every step (`[N, T, F]`) or the last (`[N, F]`).
    public var returnSequences: Bool
    /// Which way the sequence is read.
    public var direction: Direction
    /// LSTM only: the gates see the cell state (see above).
    public var peephole: Bool
    /// GRU only: the reset gate scales the candidate's recurrent product (`true`, PyTorch's GRU)
    /// or the state before that product (`false`, see above). Always `true` for other cells.
    public var resetAfter: Bool

    /// A recurrent layer with these attributes.
    public init(cell: Cell, units: Int, returnSequences: Bool = false, direction: Direction = .forward, peephole: Bool = false,
                resetAfter: Bool = true) {
        self.cell = cell
        self.units = units
        self.returnSequences = returnSequences
        self.direction = direction
        self.peephole = peephole
        self.resetAfter = resetAfter
    }

    /// A GRU that applies the reset gate before the candidate's recurrent product.
    public var resetsBeforeProduct: Bool { cell == .gru && !resetAfter }

    /// Parameters of one direction, in ``parameterSpecs`` order: W_ih, W_hh, b_ih, b_hh, and
    /// the peepholes.
    public var parametersPerDirection: Int { peephole ? 5 : 4 }

    public var kindName: String { cell.name }

    public func outputType(inputs: [TensorType]) throws(OperatorError) -> TensorType {
        try requireArity(inputs, 1)
        let input = inputs[0]
        try requireFloat(input, rank: 3, layout: "[batch, time, features]")
        try requirePositive(units, "units")
        guard input.shape[1] > 0 else { throw OperatorError("the sequence is empty: \(input)") }
        if peephole && cell != .lstm { throw OperatorError("peepholes are an LSTM's; a \(cell.name) layer has none") }
        if !resetAfter && cell != .gru { throw OperatorError("resetAfter is a GRU's choice; a \(cell.name) layer has no reset gate") }
        if case .simple(let activation) = cell { try activation.validate() }
        let features = units * direction.directionCount
        let shape = returnSequences ? [input.shape[0], input.shape[1], features] : [input.shape[0], features]
        return TensorType(shape: shape)
    }

    /// Suffixes of the parameters of each direction, PyTorch's names (`weight_ih_l0_reverse`, ...).
    /// A layer with `direction: .reverse` has a single direction and uses the plain names.
    public var directionSuffixes: [String] { direction == .bidirectional ? ["", "_reverse"] : [""] }

    public func parameterSpecs(inputs: [TensorType]) -> [ParameterSpec] {
        let features = inputs[0].shape[2]
        let rows = cell.gateCount * units
        return directionSuffixes.flatMap { suffix in
            [
                ParameterSpec("weight_ih_l0\(suffix)", shape: [rows, features],
                              initializer: .glorot(fanIn: features, fanOut: rows)),
                ParameterSpec("weight_hh_l0\(suffix)", shape: [rows, units],
                              initializer: .glorot(fanIn: units, fanOut: rows)),
                ParameterSpec("bias_ih_l0\(suffix)", shape: [rows], initializer: .zeros),
                ParameterSpec("bias_hh_l0\(suffix)", shape: [rows], initializer: .zeros),
            ] + (peephole ? [
                // Glorot like the other weights (Keras' peephole cell uses its kernel initializer).
                ParameterSpec("weight_peephole_l0\(suffix)", shape: [3, units], initializer: .glorot(fanIn: units, fanOut: 3)),
            ] : [])
        }
    }

    public func macCount(inputs: [TensorType], output: TensorType) -> Int {
        let (batch, time, features) = (inputs[0].shape[0], inputs[0].shape[1], inputs[0].shape[2])
        let peepholeMACs = peephole ? 3 : 0
        return batch &* time &* direction.directionCount &* units &* (cell.gateCount &* (features + units) &+ peepholeMACs)
    }

    public var attributeSummary: String {
        var parts = ["units=\(units)"]
        if case .simple(let activation) = cell, activation != .tanh { parts.append("activation=\(activation)") }
        if returnSequences { parts.append("returnSequences=true") }
        if direction != .forward { parts.append("direction=\(direction.rawValue)") }
        if peephole { parts.append("peephole=true") }
        if !resetAfter { parts.append("resetAfter=false") }
        return parts.joined(separator: " ")
    }
}
