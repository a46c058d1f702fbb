/// Identifies a value (a graph input, a parameter tensor or a node's output) within its graph.
public struct ValueID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Position in the graph's table.
    public let index: Int
    /// The ID of entry `index`.
    public init(_ index: Int) { self.index = index }
    public static func < (a: ValueID, b: ValueID) -> Bool { a.index < b.index }
    public var description: String { "%\(index)" }
}

/// Identifies a node within its graph; nodes are kept in topological order.
public struct NodeID: Hashable, Comparable, Sendable {
    /// Position in the graph's table.
    public let index: Int
    /// The ID of entry `index`.
    public init(_ index: Int) { self.index = index }
    public static func < (a: NodeID, b: NodeID) -> Bool { a.index < b.index }
}

/// A tensor flowing through the graph, with its static type.
public struct Value: Sendable {
    /// What produces a value.
    public enum Kind: Hashable, Sendable {
        /// Fed by the caller at run time.
        case input
        /// A weight; its data is looked up by `name` in ``Graph/weights``.
        case parameter(ParameterInitializer, trainable: Bool)
        /// Computed by a node.
        case node(NodeID)
    }

    /// Input name, parameter name (`conv1.weight`) or the producing layer's name.
    public var name: String
    /// The tensor type: shape, element type and layout.
    public var type: TensorType
    /// What produces it.
    public var kind: Kind

    /// Whether the value is a weight.
    public var isParameter: Bool {
        if case .parameter = kind { return true }
        return false
    }
}

/// One layer: an operator applied to data inputs and parameter tensors, producing one value.
public struct Node: Sendable {
    /// The layer's unique name; its parameters are named `name.weight`, `name.bias`, ...
    public var name: String
    /// The operator and its attributes.
    public var operation: Operation
    /// Data inputs, in order.
    public var inputs: [ValueID]
    /// Weights, in the order the operator lists them.
    public var parameters: [ValueID]
    /// The value it computes.
    public var output: ValueID
    /// Where the layer was created, and the call sites of the functions around it (innermost first).
    public var location: SourceLocation?
    /// Where the DSL functions that made the layer were called, innermost first.
    public var callSites: [SourceLocation]
}

/// A named output of the graph.
public struct GraphOutput: Hashable, Sendable {
    public var name: String
    /// The value it names.
    public var value: ValueID
}

/// A static dataflow graph: typed values, layers in topological order, named inputs and outputs,
/// and (once bound) the weights.
///
/// Graphs are usually built with the DSL:
///
/// ```swift
/// let graph = try Graph.build {
///     let image = input("image", shape: [1, 1, 28, 28])
///     output("probs", dense(flatten(image), units: 10, activation: .softmax))
/// }
/// print(graph.summary())
/// ```
public struct Graph: Sendable {
    public var name: String
    /// Every value: inputs, weights and layer outputs.
    public internal(set) var values: [Value] = []
    /// The layers, in execution order.
    public internal(set) var nodes: [Node] = []
    /// The graph's inputs, in the order of the C ABI.
    public internal(set) var inputs: [ValueID] = []
    /// The named outputs, in order.
    public internal(set) var outputs: [GraphOutput] = []
    /// The weights file the model names (`weights("lenet.safetensors")`), resolved to a path.
    public var weightsFile: String?
    /// Parameter data by parameter name, once bound (see `bindWeights`).
    public var weights: [String: TensorData] = [:]

    var layerNames: Set<String> = []
    /// The live layers reading each value, kept by every primitive that adds, rewires or
    /// removes a layer: passes ask for a value's readers once per layer, and scanning every
    /// layer for them made optimizing a 100,000-layer graph quadratic.
    var readers: [ValueID: Set<Int>] = [:]
    /// Bytes of the weights and constant layers added so far (see ``maximumStoredBytes``).
    var storedBytes = 0

    /// The most bytes of weights and constant layers a model may hold: 2 GiB, what x86-64 code
    /// reaches by the 32-bit offsets a shared library addresses its data with. It is checked from
    /// the shapes as layers are added, before any data is allocated, so a model file cannot make
    /// dlc allocate without bound.
    public static let maximumStoredBytes = 1 << 31
    /// Layers a pass removed; `compact()` drops them.
    var removedNodes: Set<Int> = []

    /// An empty graph.
    public init(name: String = "model") {
        self.name = name
    }

    /// The value with this ID.
    public subscript(value: ValueID) -> Value { values[value.index] }
    /// The layer with this ID.
    public subscript(node: NodeID) -> Node { nodes[node.index] }

    /// The node computing `value`, if it is a node output.
    public func producer(of value: ValueID) -> Node? {
        if case .node(let id) = values[value.index].kind { return nodes[id.index] }
        return nil
    }

    /// Parameter values, in the order their layers were added, each once (layers a pass
    /// decomposed a layer into may share its parameters).
    public var parameters: [ValueID] {
        var seen = Set<ValueID>()
        return nodes.flatMap(\.parameters).filter { seen.insert($0).inserted }
    }

    /// A graph input by name.
    public func input(named name: String) -> ValueID? { inputs.first { values[$0.index].name == name } }

    // MARK: - Building

    /// Adds a graph input. Names must be unique among inputs and layers.
    @discardableResult
    public mutating func addInput(_ name: String, type: TensorType, location: SourceLocation? = nil) throws(DLCError) -> ValueID {
        try checkName(name, what: "input", location: location)
        guard !type.shape.isEmpty, type.shape.allSatisfy({ $0 > 0 }) else {
            throw DLCError("input '\(name)': every dimension must be positive, got \(formatShape(type.shape))",
                           location: location)
        }
        guard TensorType.checkedElementCount(type.shape) != nil else {
            throw DLCError("input '\(name)': shape \(formatShape(type.shape)) has more than \(groupedDigits(TensorType.maximumElementCount)) elements",
                           location: location)
        }
        guard type.rank <= TensorType.maximumRank else {
            throw DLCError("input '\(name)': \(type.rank) axes, more than the \(TensorType.maximumRank) a tensor may have", location: location)
        }
        let id = appendValue(Value(name: name, type: type, kind: .input))
        inputs.append(id)
        return id
    }

    /// Adds a layer: infers its output type, creates its parameters and returns its output.
    ///
    /// Errors name the layer and its operator and, when known, where it was created.
    @discardableResult
    public mutating func addNode(
        _ name: String, _ operation: Operation, inputs nodeInputs: [ValueID],
        location: SourceLocation? = nil, callSites: [SourceLocation] = []
    ) throws(DLCError) -> ValueID {
        let (inputTypes, outputType) = try checkedLayer(name, operation, inputs: nodeInputs, location: location)
        let definition = operation.definition
        let specs = definition.parameterSpecs(inputs: inputTypes)
        for spec in specs where TensorType.checkedElementCount(spec.shape) == nil {
            throw DLCError("layer '\(name)' (\(definition.kindName)): its parameter '\(name).\(spec.suffix)' \(formatShape(spec.shape)) "
                           + "has more than \(groupedDigits(TensorType.maximumElementCount)) elements", location: location)
        }
        for spec in specs { try checkName("\(name).\(spec.suffix)", what: "parameter", location: location) }
        var addedBytes = specs.reduce(0) { $0 + TensorType(shape: $1.shape).byteCount }
        if case .constant = operation { addedBytes += outputType.byteCount }
        guard storedBytes + addedBytes <= Self.maximumStoredBytes else {
            throw DLCError("layer '\(name)' (\(definition.kindName)): its \(formatBytes(addedBytes)) of "
                           + (specs.isEmpty ? "values" : "weights") + " bring the model's weights and constants to "
                           + "\(formatBytes(storedBytes + addedBytes)), more than the \(formatBytes(Self.maximumStoredBytes)) "
                           + "a compiled library can hold", location: location)
        }
        storedBytes += addedBytes
        let parameterIDs = specs.map { spec in
            appendValue(Value(name: "\(name).\(spec.suffix)", type: TensorType(shape: spec.shape),
                              kind: .parameter(spec.initializer, trainable: spec.trainable)))
        }
        return appendNode(name, operation, inputs: nodeInputs, parameters: parameterIDs, output: outputType,
                          location: location, callSites: callSites)
    }

    /// Adds a layer that reads existing parameters instead of new ones: the steps a pass
    /// decomposes a layer into share its weights. They must have the shapes the operator expects.
    public mutating func addNode(_ name: String, _ operation: Operation, inputs nodeInputs: [ValueID],
                                 sharing parameterIDs: [ValueID], location: SourceLocation? = nil) throws(DLCError) -> ValueID {
        let (inputTypes, outputType) = try checkedLayer(name, operation, inputs: nodeInputs, location: location)
        let definition = operation.definition
        let expected = definition.parameterSpecs(inputs: inputTypes).map(\.shape)
        guard expected == parameterIDs.map({ values[$0.index].type.shape }) else {
            throw DLCError("internal error: layer '\(name)' (\(definition.kindName)) takes parameters "
                           + expected.map(formatShape).joined(separator: ", ") + ", given "
                           + parameterIDs.map { values[$0.index].type.description }.joined(separator: ", "))
        }
        return appendNode(name, operation, inputs: nodeInputs, parameters: parameterIDs, output: outputType,
                          location: location, callSites: [])
    }

    /// Adds a parameter no layer created: a piece of optimizer state of a training step (Adam's
    /// `conv1.weight.exp_avg`), which the step's update layers read and rewrite.
    package mutating func addParameter(_ name: String, type: TensorType, initializer: ParameterInitializer,
                                       trainable: Bool) throws(DLCError) -> ValueID {
        try checkName(name, what: "parameter", location: nil)
        return appendValue(Value(name: name, type: type, kind: .parameter(initializer, trainable: trainable)))
    }

    /// What both ways of adding a layer check first: a unique name, and the output type its
    /// operator infers (within the element limit). Errors name the layer and its operator.
    private mutating func checkedLayer(_ name: String, _ operation: Operation, inputs nodeInputs: [ValueID],
                                       location: SourceLocation?) throws(DLCError) -> (inputs: [TensorType], output: TensorType) {
        try checkName(name, what: "layer", location: location)
        let inputTypes = nodeInputs.map { values[$0.index].type }
        let definition = operation.definition
        let outputType: TensorType
        do {
            outputType = try definition.outputType(inputs: inputTypes)
        } catch {
            throw DLCError("layer '\(name)' (\(definition.kindName)): \(error.message)", location: location)
        }
        guard TensorType.checkedElementCount(outputType.shape) != nil else {
            throw DLCError("layer '\(name)' (\(definition.kindName)): its output \(outputType) has more than "
                           + "\(groupedDigits(TensorType.maximumElementCount)) elements", location: location)
        }
        guard outputType.rank <= TensorType.maximumRank else {
            throw DLCError("layer '\(name)' (\(definition.kindName)): its output has \(outputType.rank) axes, more than the "
                           + "\(TensorType.maximumRank) a tensor may have", location: location)
        }
        return (inputTypes, outputType)
    }

    /// Appends a checked layer and its output value.
    private mutating func appendNode(_ name: String, _ operation: Operation, inputs: [ValueID], parameters: [ValueID],
                                     output type: TensorType, location: SourceLocation?, callSites: [SourceLocation]) -> ValueID {
        let output = appendValue(Value(name: name, type: type, kind: .node(NodeID(nodes.count))))
        for input in inputs { readers[input, default: []].insert(nodes.count) }
        nodes.append(Node(name: name, operation: operation, inputs: inputs, parameters: parameters,
                          output: output, location: location, callSites: callSites))
        return output
    }

    /// Marks `value` as a named output of the graph.
    public mutating func addOutput(_ name: String, _ value: ValueID, location: SourceLocation? = nil) throws(DLCError) {
        try checkNoNUL(name, what: "output", location: location)
        guard !outputs.contains(where: { $0.name == name }) else {
            throw DLCError("duplicate output name '\(name)'", location: location)
        }
        guard !inputs.contains(where: { values[$0.index].name == name }) else {
            throw DLCError("output name '\(name)' is already the name of an input", location: location)
        }
        outputs.append(GraphOutput(name: name, value: value))
    }

    private mutating func appendValue(_ value: Value) -> ValueID {
        values.append(value)
        return ValueID(values.count - 1)
    }

    /// Names become C strings in a compiled model, which end at a NUL.
    private func checkNoNUL(_ name: String, what: String, location: SourceLocation?) throws(DLCError) {
        guard !name.contains("\0") else {
            throw DLCError("\(what) name \(name.debugDescription) contains a NUL character, which would end it in the C interface",
                           location: location)
        }
    }

    private mutating func checkName(_ name: String, what: String, location: SourceLocation?) throws(DLCError) {
        guard !name.isEmpty else { throw DLCError("\(what) names must not be empty", location: location) }
        try checkNoNUL(name, what: what, location: location)
        guard layerNames.insert(name).inserted else {
            throw DLCError("duplicate layer name '\(name)': every input and layer needs a unique name",
                           location: location)
        }
    }
}
