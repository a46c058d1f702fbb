import DLCGraph
import Foundation

/// Converts a decoded ONNX model into a dlc graph, node by node, in the file's order.
///
/// Every ONNX tensor name maps to an ``Entry``: a dlc value computed at run time, or a constant the
/// importer knows (initializers, `Constant` nodes, shape computations folded on static shapes).
/// Constants become weights where a layer takes them as parameters, `constant` layers where they
/// are data, and are folded away where they only feed shape arithmetic.
struct ONNXImporter {
    enum Entry {
        case value(ValueID)
        case constant(ONNXConstant)
    }

    let model: Onnx_ModelProto
    let path: String
    let directory: String
    let inputShapes: [String: [Int]]
    /// What the import chose on the user's behalf (a batch of 1), for the caller to report.
    var notes: [String] = []
    let builder: GraphBuilder
    /// The default domain's opset: it selects between attribute and input forms (Clip, Squeeze, ...).
    var opset = 0

    var entries: [String: Entry] = [:]
    /// Parameter data by dlc parameter name, bound once the graph is built.
    var weights: [String: TensorData] = [:]
    /// Constants already turned into `constant` layers, by ONNX tensor name.
    var materialized: [String: ValueID] = [:]
    var layerNames: Set<String> = []
    /// The suffix ``uniqueLayerName`` tries next for each stem (names are never given back, so
    /// every smaller one is taken): counting from 2 each time made a chain of unnamed nodes
    /// quadratic to import.
    var nextSuffix: [String: Int] = [:]
    /// External data read so far.
    let externalData = ExternalDataBudget()
    /// Initializers no node and no output reads: never decoded (their external data never read),
    /// and not graph inputs either when an old exporter lists them as inputs.
    var unusedInitializers: Set<String> = []

    /// Constants folded at import may hold at most this many elements (a `ConstantOfShape` of a
    /// corrupt shape must not allocate gigabytes).
    static let maximumFoldedElements = 1 << 26

    init(model: Onnx_ModelProto, path: String, directory: String, inputShapes: [String: [Int]]) {
        (self.model, self.path, self.directory, self.inputShapes) = (model, path, directory, inputShapes)
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let name = defaultModelName(forFileNamed: stem)
        builder = GraphBuilder(name: name)
        try? builder.setModelName(name)
    }

    mutating func run() throws(DLCError) -> Graph {
        opset = try ONNXFile.defaultOpset(of: model, path: path)
        let graph = model.graph
        try readInitializers(graph)
        try checkInputShapeOptions(graph)
        try readInputs(graph)
        let producers = producerIndex(graph)
        // Exporters name outputs nothing reads (PyTorch's LSTM nodes list Y_c): only these count.
        let consumed = Set(graph.node.flatMap(\.input) + graph.output.map(\.name))
        for (index, proto) in graph.node.enumerated() {
            let node = ONNXNode(proto, index: index, path: path, consumed: consumed)
            try checkInputsDefined(node, position: index, producers: producers)
            let outputs = try convert(node)
            for (name, entry) in zip(proto.output, outputs) where !name.isEmpty {
                guard entries[name] == nil else {
                    throw node.error("output '\(name)' is already produced by an earlier node, an initializer or an input")
                }
                entries[name] = entry
            }
        }
        try markOutputs(graph)
        var result = try builder.finish()
        try result.bindWeights(weights, source: path)
        return result
    }

    // MARK: - Graph inputs, initializers and outputs

    private mutating func readInitializers(_ graph: Onnx_GraphProto) throws(DLCError) {
        guard graph.sparseInitializer.isEmpty else {
            throw DLCError("\(path): sparse initializers ('\(graph.sparseInitializer[0].values.name)') are not supported")
        }
        let used = Set(graph.node.flatMap(\.input) + graph.output.map(\.name))
        for tensor in graph.initializer {
            guard !tensor.name.isEmpty else { throw DLCError("\(path): an initializer has no name") }
            guard entries[tensor.name] == nil, !unusedInitializers.contains(tensor.name) else {
                throw DLCError("\(path): initializer '\(tensor.name)' is given twice")
            }
            guard used.contains(tensor.name) else {
                unusedInitializers.insert(tensor.name)
                continue
            }
            entries[tensor.name] = .constant(try ONNXFile.constant(tensor, what: "\(path): initializer '\(tensor.name)'",
                                                                   directory: directory, path: path, budget: externalData))
        }
    }

    private mutating func readInputs(_ graph: Onnx_GraphProto) throws(DLCError) {
        // Before IR version 4 every initializer is also listed as an input; those are weights.
        for input in graph.input where entries[input.name] == nil && !unusedInitializers.contains(input.name) {
            let what = "\(path): input '\(input.name)'"
            guard input.type.tensorType.hasElemType else {
                throw DLCError("\(what) is not a tensor; dlc reads tensor inputs")
            }
            let dtype: DType
            switch ONNXElementType(rawValue: input.type.tensorType.elemType) {
            case .float: dtype = .float32
            case .int64: dtype = .int64
            case .int32: dtype = .int32
            default:
                throw DLCError("\(what) has element type \(ONNXElementType.name(of: input.type.tensorType.elemType)); "
                               + "dlc takes float, int32 and int64 inputs")
            }
            guard input.type.tensorType.hasShape else {
                guard let given = inputShapes[input.name] else {
                    throw DLCError("\(what) has no shape in the model; give one with --input-shape \(input.name)=1,3,224,224")
                }
                entries[input.name] = .value(try addInput(input.name, shape: given, dtype: dtype))
                continue
            }
            let dims = input.type.tensorType.shape.dim
            var shape: [Int] = []
            for (axis, dim) in dims.enumerated() {
                if case .dimValue(let value) = dim.value, value > 0 {
                    shape.append(Int(clamping: value))
                } else if let given = inputShapes[input.name] {
                    guard given.count == dims.count else {
                        throw DLCError("\(what): --input-shape gives \(given.count) dimensions, the model's input has \(dims.count)")
                    }
                    shape.append(given[axis])
                } else if axis == 0 {
                    let symbol = dim.dimParam.isEmpty ? "unknown" : "'\(dim.dimParam)'"
                    notes.append("\(path): input '\(input.name)': batch dimension \(symbol) is symbolic; using 1 (choose with --input-shape \(input.name)=...)")
                    shape.append(1)
                } else {
                    var symbol = dim.dimParam.isEmpty ? "is unknown" : "is symbolic ('\(dim.dimParam)')"
                    if case .dimValue(let value) = dim.value { symbol = "is \(value) (the tensor is empty, or the size is unknown)" }
                    throw DLCError("\(what): dimension \(axis) \(symbol); give the shape with --input-shape \(input.name)=\(exampleShape(dims))")
                }
            }
            if let given = inputShapes[input.name], given != shape {
                throw DLCError("\(what) has shape \(formatShape(shape)) in the model; --input-shape gives \(formatShape(given))")
            }
            entries[input.name] = .value(try addInput(input.name, shape: shape, dtype: dtype))
        }
    }

    private func exampleShape(_ dims: [Onnx_TensorShapeProto.Dimension]) -> String {
        dims.map { if case .dimValue(let value) = $0.value, value > 0 { "\(value)" } else { "N" } }.joined(separator: ",")
    }

    private mutating func addInput(_ onnxName: String, shape: [Int], dtype: DType) throws(DLCError) -> ValueID {
        let name = Self.withoutNUL(onnxName)
        layerNames.insert(name)
        do {
            return try builder.input(name, shape: shape, dtype: dtype)
        } catch {
            throw DLCError("\(path): \(error.message)")
        }
    }

    private func checkInputShapeOptions(_ graph: Onnx_GraphProto) throws(DLCError) {
        let inputs = Set(graph.input.map(\.name))
        for name in inputShapes.keys.sorted() where !inputs.contains(name) || graph.initializer.contains(where: { $0.name == name }) {
            let names = graph.input.map(\.name).filter { n in !graph.initializer.contains { $0.name == n } }
            throw DLCError("\(path): --input-shape names '\(name)', which is not an input of the model (inputs: \(names.joined(separator: ", ")))")
        }
    }

    private func markOutputs(_ graph: Onnx_GraphProto) throws(DLCError) {
        guard !graph.output.isEmpty else { throw DLCError("\(path): the graph has no outputs") }
        for output in graph.output {
            switch entries[output.name] {
            case nil:
                throw DLCError("\(path): graph output '\(output.name)' is not produced by any node")
            case .constant:
                throw DLCError("\(path): graph output '\(output.name)' is a constant; dlc compiles outputs computed from the inputs")
            case .value(let value):
                do {
                    try builder.output(Self.withoutNUL(output.name), value)
                } catch {
                    throw DLCError("\(path): graph output '\(output.name)': \(error.message)")
                }
            }
        }
    }

    // MARK: - Order

    /// The node producing each tensor name, to tell an unsorted graph from a dangling name.
    private func producerIndex(_ graph: Onnx_GraphProto) -> [String: Int] {
        var producers: [String: Int] = [:]
        for (index, node) in graph.node.enumerated() {
            for output in node.output where !output.isEmpty && producers[output] == nil { producers[output] = index }
        }
        return producers
    }

    private func checkInputsDefined(_ node: ONNXNode, position: Int, producers: [String: Int]) throws(DLCError) {
        for name in node.proto.input where !name.isEmpty && entries[name] == nil {
            if let later = producers[name] {
                let producer = ONNXNode(model.graph.node[later], index: later, path: path)
                throw node.error("input '\(name)' is produced by \(later == position ? "this node itself" : "a later node, '\(producer.name)' (\(producer.op))"); "
                                 + "the graph is not topologically sorted or has a cycle")
            }
            throw node.error("input '\(name)' is not produced by any node, initializer or graph input")
        }
    }

    // MARK: - Helpers for the converters

    /// The entry of input `index`, or nil when the node omits it (absent or empty name).
    func entry(_ node: ONNXNode, _ index: Int) -> Entry? {
        guard index < node.proto.input.count, !node.proto.input[index].isEmpty else { return nil }
        return entries[node.proto.input[index]]
    }

    /// Input `index` as a dlc value: constants become `constant` layers (once per tensor).
    mutating func value(_ node: ONNXNode, _ index: Int) throws(DLCError) -> ValueID {
        switch entry(node, index) {
        case nil: throw node.error("input \(index) is missing")
        case .value(let value): return value
        case .constant(let constant):
            let name = node.proto.input[index]
            if let value = materialized[name] { return value }
            guard constant.isFloat else {
                throw node.error("input \(index) ('\(name)') is a constant \(constant.elementType) tensor; dlc computes with float tensors only")
            }
            let value = try build(node) { builder throws(DLCError) in
                try builder.constant(constant.floats, shape: constant.shape.isEmpty ? [1] : constant.shape, name: uniqueLayerName(cleanName(name), fallback: "constant"))
            }
            materialized[name] = value
            return value
        }
    }

    /// Input `index`, which must be a constant (an initializer, a `Constant` node or a folded shape computation).
    func constant(_ node: ONNXNode, _ index: Int, _ role: String) throws(DLCError) -> ONNXConstant {
        switch entry(node, index) {
        case nil: throw node.error("input \(index) (\(role)) is missing")
        case .constant(let constant): return constant
        case .value:
            throw node.error("input \(index) (\(role), '\(node.proto.input[index])') is computed at run time; dlc needs it constant "
                             + "(an initializer, a Constant node or a shape computation on static shapes)")
        }
    }

    /// An optional constant input.
    func optionalConstant(_ node: ONNXNode, _ index: Int, _ role: String) throws(DLCError) -> ONNXConstant? {
        entry(node, index) == nil ? nil : try constant(node, index, role)
    }

    func type(of value: ValueID) -> TensorType { builder.type(of: value) }

    /// Runs a builder call for `node`, naming the file and node in its errors.
    func build(_ node: ONNXNode, _ body: (GraphBuilder) throws(DLCError) -> ValueID) throws(DLCError) -> ValueID {
        do {
            return try body(builder)
        } catch {
            throw node.error(error.message)
        }
    }

    // The layers an operator is rebuilt from around its main one (flattening to rows, moving
    // axes, picking steps), each named `layer` (already unique: see ``uniqueLayerName``).

    /// `x` under `shape`: a reshape layer (a view), or `x` itself when it has that shape.
    mutating func reshapeLayer(_ node: ONNXNode, _ x: ValueID, to shape: [Int], layer: String) throws(DLCError) -> ValueID {
        if type(of: x).shape == shape { return x }
        return try build(node) { builder throws(DLCError) in try builder.reshape(x, shape, name: layer) }
    }

    /// `x` with its axes permuted: a reshape when only axes of size 1 move (the elements keep
    /// their memory order), otherwise a transpose layer.
    mutating func transposeLayer(_ node: ONNXNode, _ x: ValueID, _ permutation: [Int], layer: String) throws(DLCError) -> ValueID {
        let shape = type(of: x).shape
        let moved = permutation.filter { shape[$0] != 1 }
        if moved == moved.sorted() { return try reshapeLayer(node, x, to: permutation.map { shape[$0] }, layer: layer) }
        return try build(node) { builder throws(DLCError) in try builder.transpose(x, permutation, name: layer) }
    }

    /// `count` entries of `x` along `axis` from `start`.
    mutating func sliceLayer(_ node: ONNXNode, _ x: ValueID, axis: Int, start: Int, count: Int, layer: String) throws(DLCError) -> ValueID {
        try build(node) { builder throws(DLCError) in try builder.slice(x, axis: axis, start: start, count: count, name: layer) }
    }

    /// A layer name: `weight`'s prefix when it is named like PyTorch's (`features.0.weight` →
    /// `features.0`), else the node's name cleaned up, else `fallback`; unique.
    mutating func layerName(_ node: ONNXNode, weight: Int? = nil, fallback: String) -> String {
        if let weight, weight < node.proto.input.count {
            let tensor = node.proto.input[weight]
            for suffix in [".weight", "_weight", ".W", "_W"] where tensor.hasSuffix(suffix) && tensor.count > suffix.count {
                return uniqueLayerName(String(tensor.dropLast(suffix.count)), fallback: fallback)
            }
        }
        var base = cleanName(node.proto.name)
        // PyTorch names nodes /module/path/OpType: the op type says nothing the layer does not.
        if base.hasSuffix(".\(node.op)") { base = String(base.dropLast(node.op.count + 1)) }
        return uniqueLayerName(base, fallback: fallback)
    }

    /// `/features/features.0/Conv` → `features.features.0.Conv`; empty stays empty.
    func cleanName(_ name: String) -> String {
        Self.withoutNUL(name.split(separator: "/").joined(separator: ".").replacingOccurrences(of: ":", with: "_"))
    }

    /// `name` with each NUL written as the two characters `\0`: the names of a compiled model
    /// are C strings, where a NUL would end the name (inputs `a\0x` and `a\0y` were both `a`).
    static func withoutNUL(_ name: String) -> String {
        name.contains("\0") ? name.replacingOccurrences(of: "\0", with: "\\0") : name
    }

    mutating func uniqueLayerName(_ base: String, fallback: String) -> String {
        let stem = base.isEmpty ? fallback : base
        var candidate = stem, suffix = nextSuffix[stem, default: 2]
        while layerNames.contains(candidate) {
            candidate = "\(stem)_\(suffix)"
            suffix += 1
        }
        nextSuffix[stem] = suffix
        layerNames.insert(candidate)
        return candidate
    }
}

/// One ONNX node, with its attributes checked against the ones a converter understands.
struct ONNXNode {
    let proto: Onnx_NodeProto
    /// The node's name, or `#index` when the file gives none.
    let name: String
    let op: String
    let path: String
    /// Every name a node reads or the graph outputs.
    let consumed: Set<String>

    init(_ proto: Onnx_NodeProto, index: Int, path: String, consumed: Set<String> = []) {
        self.proto = proto
        name = proto.name.isEmpty ? "#\(index)" : proto.name
        op = proto.opType
        self.path = path
        self.consumed = consumed
    }

    /// `model.onnx: node '/conv1/Conv' (Conv): message`.
    func error(_ message: String) -> DLCError {
        DLCError("\(path): node '\(name)' (\(op)): \(message)")
    }

    /// The attributes, refusing any the converter does not list: an ignored attribute could
    /// change the answer.
    func attributes(_ known: Set<String>) throws(DLCError) -> ONNXAttributes {
        var byName: [String: Onnx_AttributeProto] = [:]
        for attribute in proto.attribute {
            guard known.contains(attribute.name) else {
                let listed = known.isEmpty ? "none" : known.sorted().joined(separator: ", ")
                throw error("attribute '\(attribute.name)' is not supported (dlc reads: \(listed))")
            }
            guard byName[attribute.name] == nil else { throw error("attribute '\(attribute.name)' is given twice") }
            guard attribute.refAttrName.isEmpty else { throw error("attribute '\(attribute.name)' refers to a function attribute; dlc reads plain values") }
            byName[attribute.name] = attribute
        }
        return ONNXAttributes(node: self, byName: byName)
    }

    /// The outputs the model reads: named, and an input of a node or a graph output.
    var usedOutputs: [Int] { proto.output.indices.filter { !proto.output[$0].isEmpty && consumed.contains(proto.output[$0]) } }

    /// Refuses outputs beyond the first `count` that the model uses.
    func requireOutputs(atMost count: Int, _ what: String) throws(DLCError) {
        if let extra = usedOutputs.first(where: { $0 >= count }) {
            throw error("output \(extra) ('\(proto.output[extra])') is not supported: \(what)")
        }
    }
}

/// Typed access to a node's attributes, with ONNX's defaults.
struct ONNXAttributes {
    let node: ONNXNode
    let byName: [String: Onnx_AttributeProto]

    func has(_ name: String) -> Bool { byName[name] != nil }

    private func attribute(_ name: String, _ type: Onnx_AttributeProto.AttributeType) throws(DLCError) -> Onnx_AttributeProto? {
        guard let attribute = byName[name] else { return nil }
        // Files from before IR version 3 leave `type` unset.
        guard attribute.type == type || attribute.type == .undefined else {
            throw node.error("attribute '\(name)' should be \(type), got \(attribute.type)")
        }
        return attribute
    }

    func int(_ name: String) throws(DLCError) -> Int? {
        guard let attribute = try attribute(name, .int) else { return nil }
        guard let value = Int(exactly: attribute.i), abs(value) <= 1 << 40 else { throw node.error("attribute '\(name)' = \(attribute.i) is out of range") }
        return value
    }

    func int(_ name: String, default value: Int) throws(DLCError) -> Int { try int(name) ?? value }

    func ints(_ name: String) throws(DLCError) -> [Int]? {
        guard let attribute = try attribute(name, .ints) else { return nil }
        var values: [Int] = []
        for element in attribute.ints {
            guard let value = Int(exactly: element), abs(value) <= 1 << 40 else { throw node.error("attribute '\(name)' has \(element), out of range") }
            values.append(value)
        }
        return values
    }

    func float(_ name: String, default value: Float) throws(DLCError) -> Float {
        try attribute(name, .float)?.f ?? value
    }

    func floats(_ name: String) throws(DLCError) -> [Float]? { try attribute(name, .floats)?.floats }

    func string(_ name: String, default value: String) throws(DLCError) -> String {
        guard let attribute = try attribute(name, .string) else { return value }
        return String(decoding: attribute.s, as: UTF8.self)
    }

    func tensor(_ name: String) throws(DLCError) -> Onnx_TensorProto? { try attribute(name, .tensor)?.t }
}
