import DLCGraph

/// What a DSL parameter accepts, and how a script value converts to it.
enum ParameterKind: Sendable {
    case tensor, tensors, int, float, bool, string, optionalString
    case size, optionalSize, padding, activation, direction, dtype, shape, floats

    var expectation: String {
        switch self {
        case .tensor: "a Tensor"
        case .tensors: "an array of Tensors"
        case .int: "an Int"
        case .float: "a Float"
        case .bool: "a Bool"
        case .string: "a String"
        case .optionalString: "a String or nil"
        case .size: "an Int or an (Int, Int) pair"
        case .optionalSize: "an Int, an (Int, Int) pair or nil"
        case .padding: "an Int, (h, w), (top, left, bottom, right), .valid or .same"
        case .activation: ".none, .relu, .leakyRelu(alpha), .sigmoid, .tanh, .clamp(min, max) or .softmax"
        case .direction: ".forward, .reverse or .bidirectional"
        case .dtype: ".float32, .int32 or .int64"
        case .shape: "an array of Ints"
        case .floats: "a number or an array of numbers"
        }
    }
}

/// One parameter of a DSL function: `label` nil for an unlabeled (`_`) parameter.
struct DSLParameter: Sendable {
    let label: String?
    let name: String
    let kind: ParameterKind
    let defaultValue: ScriptValue?

    init(_ label: String?, _ kind: ParameterKind, _ defaultValue: ScriptValue? = nil, name: String? = nil) {
        self.label = label
        self.name = name ?? label ?? "x"
        self.kind = kind
        self.defaultValue = defaultValue
    }

    /// `filters:` or `_ x` as written in a signature.
    var spelling: String { label.map { "\($0):" } ?? "_ \(name)" }
}

/// The arguments of one call, converted to their parameters' kinds.
struct BoundArguments: Sendable {
    let values: [String: ScriptValue]
    let builder: GraphBuilder

    func tensor(_ name: String) -> ValueID {
        guard case .tensor(let id) = values[name] else { preconditionFailure("\(name) is not a tensor") }
        return id
    }

    func tensors(_ name: String) -> [ValueID] {
        guard case .array(let elements) = values[name] else { preconditionFailure("\(name) is not an array") }
        return elements.map { element in
            guard case .tensor(let id) = element else { preconditionFailure("\(name) holds a non-tensor") }
            return id
        }
    }

    func int(_ name: String) -> Int {
        guard case .int(let value) = values[name] else { preconditionFailure("\(name) is not an Int") }
        return value
    }

    func float(_ name: String) -> Float {
        switch values[name] {
        case .float(let value): Float(value)
        case .int(let value): Float(value)
        default: preconditionFailure("\(name) is not a Float")
        }
    }

    func bool(_ name: String) -> Bool {
        guard case .bool(let value) = values[name] else { preconditionFailure("\(name) is not a Bool") }
        return value
    }

    func string(_ name: String) -> String? {
        if case .string(let value) = values[name] { return value }
        return nil
    }

    var layerName: String? { string("name") }

    func size(_ name: String) -> Size2D? {
        switch values[name] {
        case .int(let value): Size2D(square: value)
        case .tuple(let elements): Size2D(elements[0].intValue!, elements[1].intValue!)
        default: nil
        }
    }

    func padding(_ name: String) -> Padding {
        switch values[name] {
        case .int(let value): Padding(integerLiteral: value)
        case .tuple(let e) where e.count == 2: .symmetric(e[0].intValue!, e[1].intValue!)
        case .tuple(let e): .explicit(EdgePadding(top: e[0].intValue!, left: e[1].intValue!, bottom: e[2].intValue!, right: e[3].intValue!))
        case .member("valid", _): .valid
        default: .same
        }
    }

    func activation(_ name: String) -> Activation { ScriptValue.activation(values[name]!)! }

    func direction(_ name: String) -> Direction {
        guard case .member(let member, _) = values[name], let direction = Direction(rawValue: member) else {
            preconditionFailure("\(name) is not a direction")
        }
        return direction
    }

    func dtype(_ name: String) -> DType {
        guard case .member(let member, _) = values[name], let dtype = DType(rawValue: member) else {
            preconditionFailure("\(name) is not a dtype")
        }
        return dtype
    }

    func floats(_ name: String) -> [Float] {
        switch values[name] {
        case .array(let elements): elements.map { Float($0.numberValue!) }
        case let value?: [Float(value.numberValue!)]
        case nil: preconditionFailure("\(name) is missing")
        }
    }

    func shape(_ name: String) -> [Int] {
        guard case .array(let elements) = values[name] else { preconditionFailure("\(name) is not a shape") }
        return elements.map { $0.intValue! }
    }
}

extension ScriptValue {
    var intValue: Int? {
        if case .int(let value) = self { return value }
        return nil
    }

    var numberValue: Double? {
        switch self {
        case .int(let value): Double(value)
        case .float(let value): value
        default: nil
        }
    }

    static func activation(_ value: ScriptValue) -> Activation? {
        guard case .member(let name, let arguments) = value else { return nil }
        let numbers = arguments.compactMap(\.numberValue).map(Float.init)
        guard numbers.count == arguments.count else { return nil }
        switch (name, numbers.count) {
        case ("none", 0): return Activation.none
        case ("relu", 0): return .relu
        case ("sigmoid", 0): return .sigmoid
        case ("tanh", 0): return .tanh
        case ("softmax", 0): return .softmax
        case ("leakyRelu", 1): return .leakyRelu(numbers[0])
        case ("clamp", 2): return .clamp(numbers[0], numbers[1])
        default: return nil
        }
    }

    /// Whether the value is acceptable for a parameter kind.
    func fits(_ kind: ParameterKind) -> Bool {
        switch (kind, self) {
        case (.tensor, .tensor), (.int, .int), (.bool, .bool), (.string, .string), (.optionalString, .string),
             (.optionalString, .none), (.float, .float), (.float, .int), (.size, .int), (.optionalSize, .int),
             (.optionalSize, .none), (.padding, .int):
            return true
        case (.tensors, .array(let elements)):
            return elements.allSatisfy { if case .tensor = $0 { true } else { false } }
        case (.shape, .array(let elements)):
            return elements.allSatisfy { $0.intValue != nil }
        case (.floats, .int), (.floats, .float):
            return true
        case (.floats, .array(let elements)):
            return elements.allSatisfy { $0.numberValue != nil }
        case (.size, .tuple(let elements)), (.optionalSize, .tuple(let elements)):
            return elements.count == 2 && elements.allSatisfy { $0.intValue != nil }
        case (.padding, .tuple(let elements)):
            return (elements.count == 2 || elements.count == 4) && elements.allSatisfy { $0.intValue != nil }
        case (.padding, .member(let name, let arguments)):
            return (name == "valid" || name == "same") && arguments.isEmpty
        case (.activation, _):
            return ScriptValue.activation(self) != nil
        case (.direction, .member(let name, let arguments)):
            return Direction(rawValue: name) != nil && arguments.isEmpty
        case (.dtype, .member(let name, let arguments)):
            return DType(rawValue: name) != nil && arguments.isEmpty
        default:
            return false
        }
    }
}

/// A function of the model DSL: its signature (as in the Swift API) and what it builds.
struct DSLFunction: Sendable {
    let name: String
    let parameters: [DSLParameter]
    let body: @Sendable (BoundArguments) throws(DLCError) -> ScriptValue

    var signature: String { "\(name)(" + parameters.map(\.spelling).joined(separator: ", ") + ")" }
}

// MARK: - The vocabulary

private let x = DSLParameter(nil, .tensor, name: "x")
private let layerName = DSLParameter("name", .optionalString, ScriptValue.none)
private let activationNone = DSLParameter("activation", .activation, .member("none", []))
private let biasTrue = DSLParameter("bias", .bool, .bool(true))

private func tensorResult(_ body: @escaping @Sendable (BoundArguments) throws(DLCError) -> ValueID) -> @Sendable (BoundArguments) throws(DLCError) -> ScriptValue {
    { arguments throws(DLCError) in .tensor(try body(arguments)) }
}

private func unary(_ name: String, _ function: Activation) -> DSLFunction {
    DSLFunction(name: name, parameters: [x, layerName], body: tensorResult { a throws(DLCError) in
        try a.builder.activation(a.tensor("x"), function, name: a.layerName)
    })
}

/// Every DSL function by name, with the labels and defaults of the Swift API (DSL.md).
let dslFunctions: [String: DSLFunction] = {
    let functions: [DSLFunction] = [
        DSLFunction(name: "model", parameters: [DSLParameter(nil, .string, name: "name")]) { a throws(DLCError) in
            try a.builder.setModelName(a.string("name")!)
            return .void
        },
        DSLFunction(name: "weights", parameters: [DSLParameter(nil, .string, name: "path")]) { _ throws(DLCError) in
            .void  // resolved by the evaluator, which knows the file's directory
        },
        DSLFunction(name: "input", parameters: [
            DSLParameter(nil, .string, name: "name"), DSLParameter("shape", .shape),
            DSLParameter("dtype", .dtype, .member("float32", [])),
        ], body: tensorResult { a throws(DLCError) in
            try a.builder.input(a.string("name")!, shape: a.shape("shape"), dtype: a.dtype("dtype"))
        }),
        DSLFunction(name: "output", parameters: [DSLParameter(nil, .string, name: "name"), x]) { a throws(DLCError) in
            try a.builder.output(a.string("name")!, a.tensor("x"))
            return .void
        },
        DSLFunction(name: "conv2d", parameters: [
            x, DSLParameter("filters", .int), DSLParameter("kernel", .size), DSLParameter("stride", .size, .int(1)),
            DSLParameter("padding", .padding, .int(0)), DSLParameter("dilation", .size, .int(1)),
            DSLParameter("groups", .int, .int(1)), biasTrue, activationNone, layerName,
        ], body: tensorResult { a throws(DLCError) in
            try a.builder.conv2d(a.tensor("x"), filters: a.int("filters"), kernel: a.size("kernel")!, stride: a.size("stride")!,
                                 padding: a.padding("padding"), dilation: a.size("dilation")!, groups: a.int("groups"),
                                 bias: a.bool("bias"), activation: a.activation("activation"), name: a.layerName)
        }),
        DSLFunction(name: "depthwiseConv2d", parameters: [
            x, DSLParameter("kernel", .size), DSLParameter("stride", .size, .int(1)), DSLParameter("padding", .padding, .int(0)),
            DSLParameter("dilation", .size, .int(1)), DSLParameter("multiplier", .int, .int(1)), biasTrue, activationNone, layerName,
        ], body: tensorResult { a throws(DLCError) in
            try a.builder.depthwiseConv2d(a.tensor("x"), kernel: a.size("kernel")!, stride: a.size("stride")!,
                                          padding: a.padding("padding"), dilation: a.size("dilation")!,
                                          multiplier: a.int("multiplier"), bias: a.bool("bias"),
                                          activation: a.activation("activation"), name: a.layerName)
        }),
        DSLFunction(name: "separableConv2d", parameters: [
            x, DSLParameter("filters", .int), DSLParameter("kernel", .size), DSLParameter("stride", .size, .int(1)),
            DSLParameter("padding", .padding, .int(0)), biasTrue, activationNone, layerName,
        ], body: tensorResult { a throws(DLCError) in
            try a.builder.separableConv2d(a.tensor("x"), filters: a.int("filters"), kernel: a.size("kernel")!,
                                          stride: a.size("stride")!, padding: a.padding("padding"), bias: a.bool("bias"),
                                          activation: a.activation("activation"), name: a.layerName)
        }),
        DSLFunction(name: "conv2dTranspose", parameters: [
            x, DSLParameter("filters", .int), DSLParameter("kernel", .size), DSLParameter("stride", .size, .int(1)),
            DSLParameter("padding", .padding, .int(0)), DSLParameter("outputPadding", .size, .int(0)),
            DSLParameter("dilation", .size, .int(1)), DSLParameter("groups", .int, .int(1)), biasTrue, activationNone, layerName,
        ], body: tensorResult { a throws(DLCError) in
            try a.builder.conv2dTranspose(a.tensor("x"), filters: a.int("filters"), kernel: a.size("kernel")!,
                                          stride: a.size("stride")!, padding: a.padding("padding"),
                                          outputPadding: a.size("outputPadding")!, dilation: a.size("dilation")!,
                                          groups: a.int("groups"), bias: a.bool("bias"),
                                          activation: a.activation("activation"), name: a.layerName)
        }),
        DSLFunction(name: "maxPool2d", parameters: [
            x, DSLParameter("kernel", .size), DSLParameter("stride", .optionalSize, ScriptValue.none),
            DSLParameter("padding", .padding, .int(0)), DSLParameter("ceilMode", .bool, .bool(false)), layerName,
        ], body: tensorResult { a throws(DLCError) in
            try a.builder.pool2d(.max, a.tensor("x"), kernel: a.size("kernel")!, stride: a.size("stride"),
                                 padding: a.padding("padding"), ceilMode: a.bool("ceilMode"), name: a.layerName)
        }),
        DSLFunction(name: "avgPool2d", parameters: [
            x, DSLParameter("kernel", .size), DSLParameter("stride", .optionalSize, ScriptValue.none),
            DSLParameter("padding", .padding, .int(0)), DSLParameter("ceilMode", .bool, .bool(false)),
            DSLParameter("countIncludePad", .bool, .bool(false)), layerName,
        ], body: tensorResult { a throws(DLCError) in
            try a.builder.pool2d(.average, a.tensor("x"), kernel: a.size("kernel")!, stride: a.size("stride"),
                                 padding: a.padding("padding"), ceilMode: a.bool("ceilMode"),
                                 countIncludePad: a.bool("countIncludePad"), name: a.layerName)
        }),
        DSLFunction(name: "globalAvgPool2d", parameters: [x, layerName], body: tensorResult { a throws(DLCError) in
            try a.builder.globalPool2d(.average, a.tensor("x"), name: a.layerName)
        }),
        DSLFunction(name: "globalMaxPool2d", parameters: [x, layerName], body: tensorResult { a throws(DLCError) in
            try a.builder.globalPool2d(.max, a.tensor("x"), name: a.layerName)
        }),
        DSLFunction(name: "dense", parameters: [x, DSLParameter("units", .int), biasTrue, activationNone, layerName],
                    body: tensorResult { a throws(DLCError) in
            try a.builder.dense(a.tensor("x"), units: a.int("units"), bias: a.bool("bias"),
                                activation: a.activation("activation"), name: a.layerName)
        }),
        DSLFunction(name: "flatten", parameters: [x, layerName], body: tensorResult { a throws(DLCError) in
            try a.builder.flatten(a.tensor("x"), name: a.layerName)
        }),
        DSLFunction(name: "reshape", parameters: [x, DSLParameter(nil, .shape, name: "shape"), layerName],
                    body: tensorResult { a throws(DLCError) in
            try a.builder.reshape(a.tensor("x"), a.shape("shape"), name: a.layerName)
        }),
        DSLFunction(name: "dropout", parameters: [x, DSLParameter("rate", .float), layerName], body: tensorResult { a throws(DLCError) in
            try a.builder.dropout(a.tensor("x"), rate: a.float("rate"), name: a.layerName)
        }),
        DSLFunction(name: "zeroPadding2d", parameters: [x, DSLParameter("padding", .padding), layerName],
                    body: tensorResult { a throws(DLCError) in
            try a.builder.zeroPadding2d(a.tensor("x"), padding: a.padding("padding"), name: a.layerName)
        }),
        DSLFunction(name: "constant", parameters: [DSLParameter(nil, .floats, name: "values"), DSLParameter("shape", .shape), layerName],
                    body: tensorResult { a throws(DLCError) in
            try a.builder.constant(a.floats("values"), shape: a.shape("shape"), name: a.layerName)
        }),
        DSLFunction(name: "batchNorm", parameters: [x, DSLParameter("epsilon", .float, .float(1e-5)), layerName],
                    body: tensorResult { a throws(DLCError) in
            try a.builder.batchNorm(a.tensor("x"), epsilon: a.float("epsilon"), name: a.layerName)
        }),
        DSLFunction(name: "lrn", parameters: [
            x, DSLParameter("size", .int, .int(5)), DSLParameter("alpha", .float, .float(1e-4)),
            DSLParameter("beta", .float, .float(0.75)), DSLParameter("k", .float, .float(2.0)), layerName,
        ], body: tensorResult { a throws(DLCError) in
            try a.builder.lrn(a.tensor("x"), size: a.int("size"), alpha: a.float("alpha"), beta: a.float("beta"),
                              k: a.float("k"), name: a.layerName)
        }),
        unary("relu", .relu),
        DSLFunction(name: "leakyRelu", parameters: [x, DSLParameter("alpha", .float, .float(0.01)), layerName],
                    body: tensorResult { a throws(DLCError) in
            try a.builder.activation(a.tensor("x"), .leakyRelu(a.float("alpha")), name: a.layerName)
        }),
        unary("sigmoid", .sigmoid),
        DSLFunction(name: "clamp", parameters: [x, DSLParameter("min", .float), DSLParameter("max", .float), layerName],
                    body: tensorResult { a throws(DLCError) in
            try a.builder.activation(a.tensor("x"), .clamp(a.float("min"), a.float("max")), name: a.layerName)
        }),
        unary("tanh", .tanh),
        DSLFunction(name: "softmax", parameters: [x, DSLParameter("axis", .int, .int(-1)), layerName],
                    body: tensorResult { a throws(DLCError) in
            try a.builder.softmax(a.tensor("x"), axis: a.int("axis"), name: a.layerName)
        }),
        DSLFunction(name: "logSoftmax", parameters: [x, DSLParameter("axis", .int, .int(-1)), layerName],
                    body: tensorResult { a throws(DLCError) in
            try a.builder.softmax(a.tensor("x"), axis: a.int("axis"), log: true, name: a.layerName)
        }),
        DSLFunction(name: "add", parameters: [DSLParameter(nil, .tensor, name: "a"), DSLParameter(nil, .tensor, name: "b"), layerName],
                    body: tensorResult { a throws(DLCError) in
            try a.builder.binary(.add, a.tensor("a"), a.tensor("b"), name: a.layerName)
        }),
        DSLFunction(name: "multiply", parameters: [DSLParameter(nil, .tensor, name: "a"), DSLParameter(nil, .tensor, name: "b"), layerName],
                    body: tensorResult { a throws(DLCError) in
            try a.builder.binary(.multiply, a.tensor("a"), a.tensor("b"), name: a.layerName)
        }),
        DSLFunction(name: "concat", parameters: [DSLParameter(nil, .tensors, name: "xs"), DSLParameter("axis", .int, .int(1)), layerName],
                    body: tensorResult { a throws(DLCError) in
            try a.builder.concat(a.tensors("xs"), axis: a.int("axis"), name: a.layerName)
        }),
        DSLFunction(name: "embedding", parameters: [
            DSLParameter(nil, .tensor, name: "tokens"), DSLParameter("vocabulary", .int), DSLParameter("dimension", .int), layerName,
        ], body: tensorResult { a throws(DLCError) in
            try a.builder.embedding(a.tensor("tokens"), vocabulary: a.int("vocabulary"), dimension: a.int("dimension"),
                                    name: a.layerName)
        }),
        DSLFunction(name: "simpleRNN", parameters: [
            x, DSLParameter("units", .int), DSLParameter("activation", .activation, .member("tanh", [])),
            DSLParameter("returnSequences", .bool, .bool(false)), DSLParameter("direction", .direction, .member("forward", [])),
            layerName,
        ], body: tensorResult { a throws(DLCError) in
            try a.builder.recurrent(.simple(a.activation("activation")), a.tensor("x"), units: a.int("units"),
                                    returnSequences: a.bool("returnSequences"), direction: a.direction("direction"),
                                    name: a.layerName)
        }),
        DSLFunction(name: "lstm", parameters: [
            x, DSLParameter("units", .int), DSLParameter("returnSequences", .bool, .bool(false)),
            DSLParameter("direction", .direction, .member("forward", [])), DSLParameter("peephole", .bool, .bool(false)), layerName,
        ], body: tensorResult { a throws(DLCError) in
            try a.builder.recurrent(.lstm, a.tensor("x"), units: a.int("units"), returnSequences: a.bool("returnSequences"),
                                    direction: a.direction("direction"), peephole: a.bool("peephole"), name: a.layerName)
        }),
        DSLFunction(name: "convLSTM2d", parameters: [
            x, DSLParameter("filters", .int), DSLParameter("kernel", .size), DSLParameter("padding", .padding, .member("same", [])),
            DSLParameter("returnSequences", .bool, .bool(false)), DSLParameter("peephole", .bool, .bool(false)),
            DSLParameter("direction", .direction, .member("forward", [])), layerName,
        ], body: tensorResult { a throws(DLCError) in
            try a.builder.convLSTM2d(a.tensor("x"), filters: a.int("filters"), kernel: a.size("kernel")!, padding: a.padding("padding"),
                                     returnSequences: a.bool("returnSequences"), peephole: a.bool("peephole"),
                                     direction: a.direction("direction"), name: a.layerName)
        }),
        DSLFunction(name: "gru", parameters: [
            x, DSLParameter("units", .int), DSLParameter("returnSequences", .bool, .bool(false)),
            DSLParameter("direction", .direction, .member("forward", [])), layerName,
        ], body: tensorResult { a throws(DLCError) in
            try a.builder.recurrent(.gru, a.tensor("x"), units: a.int("units"), returnSequences: a.bool("returnSequences"),
                                    direction: a.direction("direction"), name: a.layerName)
        }),
    ]
    return Dictionary(uniqueKeysWithValues: functions.map { ($0.name, $0) })
}()
