import DLCGraph
import Foundation

/// Writes a graph as `.swiftgraph` source a person can read and edit: one DSL call per layer,
/// labels and defaults as the DSL declares them (arguments equal to a default are left out), and
/// an activation that only follows a convolution or dense layer folded into its `activation:`.
///
/// ```swift
/// let graph = try ONNXFile.load("resnet18.onnx")
/// let source = try SwiftGraphWriter.source(graph, weightsFile: "resnet18.safetensors")
/// ```
///
/// Every layer keeps its name (`name: "layer1.0.conv1"`), so the weights keep theirs.
public enum SwiftGraphWriter {
    /// The source of `graph`; `weightsFile` is named in a `weights(...)` line, `header` lines
    /// become the leading comment.
    public static func source(_ graph: Graph, weightsFile: String?, header: [String] = []) throws(DLCError) -> String {
        var writer = Writer(graph: graph)
        return try writer.render(weightsFile: weightsFile, header: header)
    }
}

private struct Writer {
    let graph: Graph
    var variables: [ValueID: String] = [:]
    var usedVariables: Set<String> = []
    var lines: [String] = []

    init(graph: Graph) { self.graph = graph }

    mutating func render(weightsFile: String?, header: [String]) throws(DLCError) -> String {
        // A header line holds names from the file (its own file name, say): a line break in one
        // would start a line of live DSL, so they are escaped as in a string literal.
        lines = header.map { "// " + Self.escaped($0, quote: false) }
        if !header.isEmpty { lines.append("") }
        lines.append(call("model", ["name": .string(graph.name)]))
        if let weightsFile { lines.append(call("weights", ["path": .string(weightsFile)])) }
        lines.append("")
        for input in graph.inputs {
            let value = graph[input]
            let name = variable(for: input, base: value.name)
            lines.append("let \(name) = " + call("input", ["name": .string(value.name), "shape": .shape(value.type.shape), "dtype": .dtype(value.type.dtype)]))
        }
        // Activations that alone read a convolution's or dense layer's output fold into it.
        var readers: [ValueID: Int] = [:]
        for node in graph.nodes { for input in node.inputs { readers[input, default: 0] += 1 } }
        for output in graph.outputs { readers[output.value, default: 0] += 1 }
        // Producer index → the activation it takes over, and that activation's layer.
        var folded: [Int: (activation: ElementwiseFunction, reader: Int)] = [:]
        var skipped: Set<Int> = []
        let producerIndex = Dictionary(uniqueKeysWithValues: graph.nodes.enumerated().map { ($1.output, $0) })
        for (index, node) in graph.nodes.enumerated() {
            guard case .unary(let unary) = node.operation, let producer = producerIndex[node.inputs[0]],
                  readers[node.inputs[0]] == 1, takesActivation(graph.nodes[producer].operation) else { continue }
            folded[producer] = (unary.function, index)
            skipped.insert(index)
        }
        for (index, node) in graph.nodes.enumerated() where !skipped.contains(index) {
            var (function, arguments) = try self.arguments(node)
            arguments["name"] = .string(node.name)
            var output = node.output
            if let (activation, reader) = folded[index] {
                // The fused layer stands for the activation after it: later layers read its value.
                // (Its reader is remembered: searching every layer for it made writing a model
                // of n convolutions with activations quadratic.)
                arguments["activation"] = .activation(.elementwise(activation))
                output = graph.nodes[reader].output
            }
            lines.append("let \(variable(for: output, base: node.name)) = " + call(function, arguments))
        }
        lines.append("")
        for output in graph.outputs {
            lines.append(call("output", ["name": .string(output.name), "x": .tensor(output.value)]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func takesActivation(_ operation: DLCGraph.Operation) -> Bool {
        switch operation {
        case .conv2d(let op): op.activation == nil && !op.addsResidual
        case .conv2dTranspose(let op): op.activation == nil
        case .dense(let op): op.activation == nil
        default: false
        }
    }

    /// A Swift identifier for a value, from its layer's name.
    mutating func variable(for value: ValueID, base: String) -> String {
        // A C identifier is a Swift identifier too.
        var stem = cIdentifier(base)
        if Self.reserved.contains(stem) { stem += "_" }
        var name = stem, suffix = 2
        while !usedVariables.insert(name).inserted {
            name = "\(stem)_\(suffix)"
            suffix += 1
        }
        variables[value] = name
        return name
    }

    /// Swift keywords and the DSL's own functions, which a variable must not shadow.
    static let reserved: Set<String> = Set(DSLVocabulary.all.map(\.name)).union([
        "let", "var", "func", "for", "in", "if", "else", "return", "true", "false", "nil", "self", "import", "while",
        "switch", "case", "default", "struct", "class", "enum", "protocol", "extension", "where", "as", "is", "try",
        "throw", "do", "repeat", "break", "continue", "guard", "defer", "inout", "operator", "init", "super", "Type",
        "Any", "some", "any", "static", "public", "private", "internal",
    ])

    /// The DSL function that makes `node`, and its arguments by parameter name.
    func arguments(_ node: Node) throws(DLCError) -> (String, [String: LayerArgument]) {
        let x = LayerArgument.tensor(node.inputs.first ?? ValueID(0))
        func edges(_ padding: EdgePadding) -> LayerArgument { .padding(.explicit(padding)) }
        switch node.operation {
        case .conv2d(let op):
            guard !op.addsResidual, op.pool == nil, op.depthwise == nil else {
                let fused = op.addsResidual ? "residual" : op.pool != nil ? "pooling layer" : "depthwise convolution"
                throw DLCError("layer '\(node.name)' (conv2d): a fused \(fused) has no DSL spelling; write the graph before optimization")
            }
            return ("conv2d", ["x": x, "filters": .int(op.filters), "kernel": .size(op.kernel), "stride": .size(op.stride),
                               "padding": edges(op.padding), "dilation": .size(op.dilation), "groups": .int(op.groups),
                               "bias": .bool(op.hasBias), "activation": activation(op.activation)])
        case .conv2dTranspose(let op):
            return ("conv2dTranspose", ["x": x, "filters": .int(op.filters), "kernel": .size(op.kernel), "stride": .size(op.stride),
                                        "padding": edges(op.padding), "outputPadding": .size(op.outputPadding), "dilation": .size(op.dilation),
                                        "groups": .int(op.groups), "bias": .bool(op.hasBias), "activation": activation(op.activation)])
        case .pool2d(let op):
            var arguments: [String: LayerArgument] = ["x": x, "kernel": .size(op.kernel), "stride": .size(op.stride),
                                                      "padding": edges(op.padding), "ceilMode": .bool(op.ceilMode)]
            if op.kind == .average { arguments["countIncludePad"] = .bool(op.countIncludePad) }
            return (op.kind == .max ? "maxPool2d" : "avgPool2d", arguments)
        case .globalPool2d(let op): return (op.kind == .max ? "globalMaxPool2d" : "globalAvgPool2d", ["x": x])
        case .dense(let op): return ("dense", ["x": x, "units": .int(op.units), "bias": .bool(op.hasBias), "activation": activation(op.activation)])
        case .flatten: return ("flatten", ["x": x])
        case .reshape(let op): return ("reshape", ["x": x, "shape": .shape(op.shape)])
        case .transpose(let op): return ("transpose", ["x": x, "permutation": .shape(op.permutation)])
        case .slice(let op): return ("slice", ["x": x, "axis": .int(op.axis), "start": .int(op.start), "count": .int(op.count)])
        case .dropout(let op): return ("dropout", ["x": x, "rate": .float(op.rate)])
        case .batchNorm(let op): return ("batchNorm", ["x": x, "epsilon": .float(op.epsilon)])
        case .lrn(let op):
            return ("lrn", ["x": x, "size": .int(op.size), "alpha": .float(op.alpha), "beta": .float(op.beta), "k": .float(op.k),
                            "moreChannelsAfter": .bool(op.moreChannelsAfter)])
        case .unary(let op):
            var arguments = ["x": x]
            for (parameter, value) in zip(op.function.kind.parameters, op.function.parameterValues) { arguments[parameter.label] = .float(value) }
            return (op.function.kind.rawValue, arguments)
        case .binary(let op): return (op.kind.rawValue, ["a": x, "b": .tensor(node.inputs[1])])
        case .matmul: return ("matmul", ["a": x, "b": .tensor(node.inputs[1])])
        case .gather(let op): return ("gather", ["x": x, "indices": .tensor(node.inputs[1]), "axis": .int(op.axis)])
        case .training:
            throw DLCError("layer '\(node.name)' (\(node.operation.kindName)) belongs to a training step, which has no DSL spelling; write the model")
        case .softmax(let op): return (op.isLog ? "logSoftmax" : "softmax", ["x": x, "axis": .int(op.axis)])
        case .concat(let op): return ("concat", ["xs": .tensors(node.inputs), "axis": .int(op.axis)])
        case .embedding(let op): return ("embedding", ["tokens": x, "vocabulary": .int(op.vocabulary), "dimension": .int(op.dimension)])
        case .recurrent(let op):
            var arguments: [String: LayerArgument] = ["x": x, "units": .int(op.units), "returnSequences": .bool(op.returnSequences),
                                                      "direction": .direction(op.direction)]
            switch op.cell {
            case .simple(let activation):
                arguments["activation"] = .activation(.elementwise(activation))
                return ("simpleRNN", arguments)
            case .lstm:
                arguments["peephole"] = .bool(op.peephole)
                return ("lstm", arguments)
            case .gru:
                arguments["resetAfter"] = .bool(op.resetAfter)
                return ("gru", arguments)
            }
        case .convLSTM2d(let op):
            return ("convLSTM2d", ["x": x, "filters": .int(op.filters), "kernel": .size(op.kernel), "padding": edges(op.padding),
                                   "returnSequences": .bool(op.returnSequences), "peephole": .bool(op.peephole),
                                   "direction": .direction(op.direction)])
        case .pad2d(let op):
            if op.isZeroPadding { return ("zeroPadding2d", ["x": x, "padding": edges(op.padding)]) }
            return ("pad2d", ["x": x, "padding": edges(op.padding), "mode": .paddingMode(op.mode), "value": .float(op.value)])
        case .constant(let op): return ("constant", ["values": .floats(op.values), "shape": .shape(op.shape)])
        case .reorder:
            throw DLCError("layer '\(node.name)' (reorder): layouts are the code generator's; write the graph before they are assigned")
        }
    }

    /// A layer's fused activation as its `activation:` argument.
    func activation(_ function: ElementwiseFunction?) -> LayerArgument { .activation(function.map { .elementwise($0) } ?? .none) }

    /// `conv2d(x, filters: 64, kernel: 3, name: "conv1")`, in the declaration's order.
    func call(_ function: String, _ arguments: [String: LayerArgument]) -> String {
        guard let declaration = DSLVocabulary.byName[function] else { preconditionFailure("no DSL function \(function)") }
        var parts: [String] = []
        for parameter in declaration.parameters {
            guard let value = arguments[parameter.name] else { continue }
            if let defaultValue = parameter.defaultValue, equivalent(value, defaultValue) { continue }
            let text = literal(value)
            parts.append(parameter.label.map { "\($0): \(text)" } ?? text)
        }
        return "\(function)(" + parts.joined(separator: ", ") + ")"
    }

    func equivalent(_ a: LayerArgument, _ b: LayerArgument) -> Bool {
        switch (a, b) {
        case (.padding(.explicit(let edges)), .padding(.explicit(let other))): edges == other
        default: a == b
        }
    }

    func literal(_ value: LayerArgument) -> String {
        value.swiftLiteral(tensorName: { variables[$0] ?? "_" }, quoted: quoted)
    }

    func quoted(_ text: String) -> String { "\"" + Self.escaped(text, quote: true) + "\"" }

    /// `text` as the inside of a Swift string literal (`quote`: `"` escaped too): backslashes
    /// doubled, so `\(` stays text, and every control, format and line-separator character
    /// (C0, DEL, C1, the bidirectional overrides that make source read other than it parses,
    /// U+2028/U+2029) written as `\u{...}`.
    static func escaped(_ text: String, quote: Bool) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"" where quote: result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || scalar.properties.generalCategory == .format
                || scalar.properties.generalCategory == .lineSeparator || scalar.properties.generalCategory == .paragraphSeparator:
                result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
