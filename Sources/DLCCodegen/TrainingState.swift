import DLCGraph

/// The state buffer of a compiled training step: the steps taken so far as an `int64_t` in its
/// first 8 bytes, then every weight, piece of optimizer state and running statistic of the step
/// (its graph's parameters, in their order), each 64-byte aligned. The caller owns the buffer;
/// `NAME_train_step` reads the weights from it and writes their next values back.
///
/// ```swift
/// let layout = TrainingStateLayout(step.graph)
/// print(layout.byteCount, layout.entries.map(\.name))
/// ```
public struct TrainingStateLayout: Sendable {
    /// One tensor of the state.
    public struct Entry: Sendable {
        /// Its name, as the step's graph and PyTorch's `state_dict` name it (`conv1.weight`,
        /// `conv1.weight.exp_avg`).
        public let name: String
        public let type: TensorType
        /// Its first byte, from the buffer's start.
        public let offset: Int
    }

    /// The tensors, in the order of the graph's parameters.
    public let entries: [Entry]
    /// Bytes of the whole buffer.
    public let byteCount: Int
    private let offsets: [String: Int]

    /// Where the steps taken live: the buffer's first bytes, an `int64_t`.
    public static let stepCounterOffset = 0
    /// The alignment of every tensor (a cache line, and any vector's).
    public static let alignment = 64

    /// The layout of the parameters of `graph`, a training step.
    public init(_ graph: Graph) {
        var offset = Self.alignment
        var entries: [Entry] = []
        for parameter in graph.parameters {
            entries.append(Entry(name: graph[parameter].name, type: graph[parameter].type, offset: offset))
            offset += (graph[parameter].type.byteCount + Self.alignment - 1) / Self.alignment * Self.alignment
        }
        self.entries = entries
        byteCount = offset
        offsets = Dictionary(uniqueKeysWithValues: entries.map { ($0.name, $0.offset) })
    }

    /// The offset of the tensor `name`.
    public func offset(of name: String) -> Int { offsets[name]! }

    /// The entry named `name`, if the state has one.
    public func entry(named name: String) -> Entry? { offsets[name].flatMap { offset in entries.first { $0.offset == offset } } }
}
