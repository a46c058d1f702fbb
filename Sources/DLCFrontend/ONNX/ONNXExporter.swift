import DLCGraph
import Foundation
import SwiftProtobuf

/// Writes a dlc graph with its weights as an ONNX model (opset 17, or 20 with a GELU): a layer becomes the ONNX
/// operators it is made of (a convolution with a fused residual and ReLU is Conv → Add → Relu),
/// weights become initializers, and recurrent layers get ONNX's gate order and time-major layout.
///
/// ```swift
/// var graph = try ModelLoader.load("examples/lenet.swiftgraph")
/// try ModelLoader.bindWeights(&graph)
/// try ONNXExporter.write(graph, to: "lenet.onnx")
/// ```
///
/// Weights are stored inline unless they pass `externalDataThreshold` bytes in all (protobuf
/// messages are limited to 2 GiB); then they go to `MODEL.onnx.data` beside the model.
public enum ONNXExporter {
    /// The opset exported models import, unless an operator needs a later one (Gelu: 20).
    public static let opset: Int64 = 17
    /// Above this many bytes of weights, they are written to an external data file.
    public static let externalDataThreshold = 1 << 30

    /// Writes `graph` (every weight bound; convolutional LSTMs decomposed first) to `path`,
    /// atomically, with its external data file when the weights are large.
    public static func write(_ graph: Graph, to path: String, externalDataThreshold: Int = externalDataThreshold) throws(DLCError) {
        var exporter = Exporter(graph: graph)
        var model = try exporter.model()
        let weightBytes = model.graph.initializer.reduce(0) { $0 + $1.rawData.count }
        let dataPath = path + ".data"
        var external: [UInt8]?
        if weightBytes > externalDataThreshold {
            var data: [UInt8] = []
            data.reserveCapacity(weightBytes)
            let location = (dataPath as NSString).lastPathComponent
            for index in model.graph.initializer.indices {
                let bytes = model.graph.initializer[index].rawData
                // 64-byte aligned offsets, so the file can be mapped and read in place.
                data += [UInt8](repeating: 0, count: (64 - data.count % 64) % 64)
                let offset = data.count
                data += bytes
                model.graph.initializer[index].rawData = Data()
                model.graph.initializer[index].dataLocation = .external
                model.graph.initializer[index].externalData = [("location", location), ("offset", "\(offset)"), ("length", "\(bytes.count)")].map {
                    var entry = Onnx_StringStringEntryProto()
                    (entry.key, entry.value) = ($0.0, $0.1)
                    return entry
                }
            }
            external = data
        }
        let bytes: [UInt8]
        do {
            bytes = try model.serializedBytes()
        } catch {
            throw DLCError("\(path): cannot serialize the ONNX model: \(error)")
        }
        if let external { try writeFileAtomically(external, to: dataPath) }
        try writeFileAtomically(bytes, to: path)
    }
}

private struct Exporter {
    let graph: Graph
    var nodes: [Onnx_NodeProto] = []
    var initializers: [Onnx_TensorProto] = []
    var usedNames: Set<String> = []
    /// Node names are a namespace of their own in ONNX.
    var usedNodeNames: Set<String> = []
    /// The ONNX tensor name of each dlc value.
    var tensorNames: [ValueID: String] = [:]
    /// The opset the model imports: the default, or the first with every operator written.
    var opset = ONNXExporter.opset

    /// The graph's output names, which only the outputs themselves may take.
    let outputNames: Set<String>

    init(graph: Graph) {
        self.graph = graph
        outputNames = Set(graph.outputs.map(\.name))
    }

    mutating func model() throws(DLCError) -> Onnx_ModelProto {
        guard graph.hasAllWeights else { throw DLCError("model '\(graph.name)': bind its weights before exporting it") }
        // Graph outputs keep their names; other tensors are named after their values.
        for input in graph.inputs { tensorNames[input] = claim(graph[input].name) }
        for parameter in graph.parameters { tensorNames[parameter] = claim(graph[parameter].name) }
        var onnxGraph = Onnx_GraphProto()
        onnxGraph.name = graph.name
        // A recurrent layer's weights are written in ONNX's gate order by `recurrent`, not as they are.
        let reordered = Set(graph.nodes.filter { if case .recurrent = $0.operation { true } else { false } }.flatMap(\.parameters))
        for parameter in graph.parameters where !reordered.contains(parameter) {
            guard let data = graph.weight(parameter) else { continue }
            initializers.append(tensor(tensorNames[parameter]!, data))
        }
        for node in graph.nodes {
            tensorNames[node.output] = claim(node.name)
            try export(node)
        }
        for output in graph.outputs {
            let source = tensorNames[output.value]!
            if source != output.name {
                add("Identity", [source], output: output.name, name: "\(output.name).output")
            }
        }
        onnxGraph.node = nodes
        onnxGraph.initializer = initializers
        onnxGraph.input = graph.inputs.map { valueInfo(graph[$0].name, graph[$0].type) }
        onnxGraph.output = graph.outputs.map { valueInfo($0.name, graph[$0.value].type) }
        var model = Onnx_ModelProto()
        model.irVersion = 8
        model.producerName = "dlc"
        model.producerVersion = DLCVersion.current
        var opset = Onnx_OperatorSetIdProto()
        (opset.domain, opset.version) = ("", self.opset)
        model.opsetImport = [opset]
        model.graph = onnxGraph
        return model
    }

    // MARK: - Names and tensors

    mutating func claimNodeName(_ base: String) -> String {
        var name = base, suffix = 2
        while !usedNodeNames.insert(name).inserted {
            name = "\(base)_\(suffix)"
            suffix += 1
        }
        return name
    }

    /// A tensor name not used before and not a graph output's.
    mutating func claim(_ base: String) -> String {
        var name = base, suffix = 2
        while usedNames.contains(name) || outputNames.contains(name) {
            name = "\(base)_\(suffix)"
            suffix += 1
        }
        usedNames.insert(name)
        return name
    }

    func tensor(_ name: String, _ data: TensorData) -> Onnx_TensorProto {
        var proto = Onnx_TensorProto()
        proto.name = name
        proto.dims = data.shape.map(Int64.init)
        switch data.dtype {
        case .float32: proto.dataType = ONNXElementType.float.rawValue
        case .int32: proto.dataType = ONNXElementType.int32.rawValue
        case .int64: proto.dataType = ONNXElementType.int64.rawValue
        }
        // dlc's tensors are little-endian in memory, as raw_data is.
        proto.rawData = Data(data.bytes)
        return proto
    }

    func valueInfo(_ name: String, _ type: TensorType) -> Onnx_ValueInfoProto {
        var info = Onnx_ValueInfoProto()
        info.name = name
        var tensorType = Onnx_TypeProto.Tensor()
        tensorType.elemType = switch type.dtype {
        case .float32: ONNXElementType.float.rawValue
        case .int32: ONNXElementType.int32.rawValue
        case .int64: ONNXElementType.int64.rawValue
        }
        var shape = Onnx_TensorShapeProto()
        shape.dim = type.shape.map { size in
            var dim = Onnx_TensorShapeProto.Dimension()
            dim.dimValue = Int64(size)
            return dim
        }
        tensorType.shape = shape
        info.type.tensorType = tensorType
        return info
    }

    /// A new initializer holding `values`, named after `base`.
    mutating func constant(_ base: String, _ data: TensorData) -> String {
        let name = claim(base)
        initializers.append(tensor(name, data))
        return name
    }

    mutating func ints(_ base: String, _ values: [Int]) -> String {
        constant(base, TensorData(shape: [values.count], int64s: values.map(Int64.init)))
    }

    @discardableResult
    mutating func add(_ op: String, _ inputs: [String], output: String? = nil, name: String,
                      _ attributes: [(String, Attribute)] = []) -> String {
        var node = Onnx_NodeProto()
        node.opType = op
        node.name = claimNodeName(name)
        node.input = inputs
        let result = output ?? claim("\(name):0")
        node.output = [result]
        node.attribute = attributes.map { $0.1.proto($0.0) }
        nodes.append(node)
        return result
    }

    enum Attribute {
        case int(Int), ints([Int]), float(Float), string(String), strings([String])

        func proto(_ name: String) -> Onnx_AttributeProto {
            var attribute = Onnx_AttributeProto()
            attribute.name = name
            switch self {
            case .int(let value): (attribute.type, attribute.i) = (.int, Int64(value))
            case .ints(let values): (attribute.type, attribute.ints) = (.ints, values.map(Int64.init))
            case .float(let value): (attribute.type, attribute.f) = (.float, value)
            case .string(let value): (attribute.type, attribute.s) = (.string, Data(value.utf8))
            case .strings(let values): (attribute.type, attribute.strings) = (.strings, values.map { Data($0.utf8) })
            }
            return attribute
        }
    }

    // MARK: - Layers

    func input(_ node: Node, _ index: Int) -> String { tensorNames[node.inputs[index]]! }
    func parameter(_ node: Node, _ index: Int) -> String { tensorNames[node.parameters[index]]! }

    mutating func export(_ node: Node) throws(DLCError) {
        let output = tensorNames[node.output]!
        switch node.operation {
        case .conv2d(let op):
            // A fused depthwise convolution comes first, from the layer's last parameters.
            var x = input(node, 0)
            let ownParameters = op.hasBias ? 2 : 1
            if let depthwise = op.depthwise {
                let stage = depthwise.convolution(channels: graph[node.inputs[0]].type.shape[1])
                let weights = [parameter(node, ownParameters)] + (stage.hasBias ? [parameter(node, ownParameters + 1)] : [])
                x = try convolution(stage, [x] + weights, output: "\(output).depthwise", name: "\(node.name).depthwise", node: node)
            }
            // A fused pooling layer reads the activated convolution, as it did before the fusion.
            let convolved = op.pool == nil ? output : "\(output).unpooled"
            let weights = [parameter(node, 0)] + (op.hasBias ? [parameter(node, 1)] : [])
            let residual = op.addsResidual ? input(node, 1) : nil
            try convolution(op, [x] + weights, residual: residual, output: convolved, name: node.name, node: node)
            if let pool = op.pool { self.pool(pool, convolved, output: output, name: "\(node.name).pool") }
        case .conv2dTranspose(let op):
            let inputs = [input(node, 0), parameter(node, 0)] + (op.hasBias ? [parameter(node, 1)] : [])
            let y = add("ConvTranspose", inputs, output: op.activation == nil ? output : nil, name: node.name, [
                ("kernel_shape", .ints([op.kernel.height, op.kernel.width])), ("strides", .ints([op.stride.height, op.stride.width])),
                ("dilations", .ints([op.dilation.height, op.dilation.width])), ("group", .int(op.groups)),
                ("pads", .ints([op.padding.top, op.padding.left, op.padding.bottom, op.padding.right])),
                ("output_padding", .ints([op.outputPadding.height, op.outputPadding.width])),
            ])
            try activation(op.activation, y, output: output, node: node)
        case .pool2d(let op):
            pool(op, input(node, 0), output: output, name: node.name)
        case .globalPool2d(let op):
            add(op.kind == .max ? "GlobalMaxPool" : "GlobalAveragePool", [input(node, 0)], output: output, name: node.name)
        case .dense(let op):
            let inputs = [input(node, 0), parameter(node, 0)] + (op.hasBias ? [parameter(node, 1)] : [])
            let y = add("Gemm", inputs, output: op.activation == nil ? output : nil, name: node.name, [("transB", .int(1))])
            try activation(op.activation, y, output: output, node: node)
        case .flatten:
            add("Flatten", [input(node, 0)], output: output, name: node.name, [("axis", .int(1))])
        case .reshape:
            let shape = ints("\(node.name).shape", graph[node.output].type.shape)
            add("Reshape", [input(node, 0), shape], output: output, name: node.name)
        case .dropout:
            add("Identity", [input(node, 0)], output: output, name: node.name)
        case .batchNorm(let op):
            add("BatchNormalization", [input(node, 0)] + (0..<4).map { parameter(node, $0) }, output: output, name: node.name,
                [("epsilon", .float(op.epsilon))])
        case .lrn(let op):
            guard op.size % 2 == 1 || op.moreChannelsAfter else {
                throw DLCError("layer '\(node.name)' (lrn): size \(op.size) is even and its window has one channel more before c than after it; ONNX's LRN window has it after c (moreChannelsAfter: true)")
            }
            add("LRN", [input(node, 0)], output: output, name: node.name,
                [("size", .int(op.size)), ("alpha", .float(op.alpha)), ("beta", .float(op.beta)), ("bias", .float(op.k))])
        case .unary(let op):
            try activation(op.function, input(node, 0), output: output, node: node, always: true)
        case .binary(let op):
            let kinds: [ElementwiseBinary.Kind: String] = [.add: "Add", .subtract: "Sub", .multiply: "Mul", .divide: "Div"]
            add(kinds[op.kind]!, [input(node, 0), input(node, 1)], output: output, name: node.name)
        case .matmul:
            add("MatMul", [input(node, 0), input(node, 1)], output: output, name: node.name)
        case .gather(let op):
            add("Gather", [input(node, 0), input(node, 1)], output: output, name: node.name, [("axis", .int(op.axis))])
        case .softmax(let op):
            add(op.isLog ? "LogSoftmax" : "Softmax", [input(node, 0)], output: output, name: node.name, [("axis", .int(op.axis))])
        case .concat(let op):
            add("Concat", node.inputs.indices.map { input(node, $0) }, output: output, name: node.name, [("axis", .int(op.axis))])
        case .slice(let op):
            let starts = ints("\(node.name).starts", [op.start]), ends = ints("\(node.name).ends", [op.start + op.count])
            let axes = ints("\(node.name).axes", [op.axis])
            add("Slice", [input(node, 0), starts, ends, axes], output: output, name: node.name)
        case .transpose(let op):
            add("Transpose", [input(node, 0)], output: output, name: node.name, [("perm", .ints(op.permutation))])
        case .embedding:
            add("Gather", [parameter(node, 0), input(node, 0)], output: output, name: node.name, [("axis", .int(0))])
        case .recurrent(let op):
            try recurrent(op, node, output: output)
        case .pad2d(let op):
            let p = op.padding
            let pads = ints("\(node.name).pads", [0, 0, p.top, p.left, 0, 0, p.bottom, p.right])
            let value = op.mode == .constant && op.value != 0 ? [constant("\(node.name).value", TensorData(shape: [], floats: [op.value]))] : []
            add("Pad", [input(node, 0), pads] + value, output: output, name: node.name, [("mode", .string(op.mode.rawValue))])
        case .constant(let op):
            var attribute = Onnx_AttributeProto()
            attribute.name = "value"
            attribute.type = .tensor
            attribute.t = tensor("value", TensorData(shape: op.shape, floats: op.elements))
            var proto = Onnx_NodeProto()
            (proto.opType, proto.name, proto.output, proto.attribute) = ("Constant", claimNodeName(node.name), [output], [attribute])
            nodes.append(proto)
        case .convLSTM2d:
            throw DLCError("layer '\(node.name)' (convLSTM2d): ONNX has no convolutional LSTM; decompose it first (dlc export does)")
        case .reorder:
            throw DLCError("layer '\(node.name)' (reorder): blocked layouts are the code generator's; export the graph before layouts are assigned")
        case .training:
            throw DLCError("layer '\(node.name)' (\(node.operation.kindName)) belongs to a training step; export the model, not its training step")
        }
    }

    /// Appends the activation a layer fuses (nothing for `.none` unless `always`).
    /// Conv (with `inputs`: data, weight, bias), the residual's Add and the activation, into
    /// `output`, which it returns.
    @discardableResult
    mutating func convolution(_ op: Conv2D, _ inputs: [String], residual: String? = nil, output: String, name: String,
                              node: Node) throws(DLCError) -> String {
        var y = add("Conv", inputs, output: op.activation == .none && residual == nil ? output : nil, name: name, [
            ("kernel_shape", .ints([op.kernel.height, op.kernel.width])), ("strides", .ints([op.stride.height, op.stride.width])),
            ("dilations", .ints([op.dilation.height, op.dilation.width])), ("group", .int(op.groups)),
            ("pads", .ints([op.padding.top, op.padding.left, op.padding.bottom, op.padding.right])),
        ])
        if let residual {
            y = add("Add", [y, residual], output: op.activation == .none ? output : nil, name: "\(name).residual")
        }
        try activation(op.activation, y, output: output, node: node, name: name)
        return output
    }

    mutating func pool(_ op: Pool2D, _ x: String, output: String, name: String) {
        var attributes: [(String, Attribute)] = [
            ("kernel_shape", .ints([op.kernel.height, op.kernel.width])), ("strides", .ints([op.stride.height, op.stride.width])),
            ("pads", .ints([op.padding.top, op.padding.left, op.padding.bottom, op.padding.right])), ("ceil_mode", .int(op.ceilMode ? 1 : 0)),
        ]
        if op.kind == .average { attributes.append(("count_include_pad", .int(op.countIncludePad ? 1 : 0))) }
        add(op.kind == .max ? "MaxPool" : "AveragePool", [x], output: output, name: name, attributes)
    }

    /// The element-wise `function` of `x` into `output` (an Identity for none when `always`),
    /// named after `layer` (the node's name unless given).
    mutating func activation(_ function: ElementwiseFunction?, _ x: String, output: String, node: Node, name layer: String? = nil,
                             always: Bool = false) throws(DLCError) {
        guard let function else {
            if always { add("Identity", [x], output: output, name: "\(layer ?? node.name).none") }
            return
        }
        let name = "\(layer ?? node.name).\(function.kind.rawValue)"
        let type = function.kind.onnxOperator
        switch function {
        case .relu, .sigmoid, .tanh, .hardSwish: add(type, [x], output: output, name: name)
        case .leakyRelu(let alpha): add(type, [x], output: output, name: name, [("alpha", .float(alpha))])
        case .hardSigmoid(let alpha, let beta): add(type, [x], output: output, name: name, [("alpha", .float(alpha)), ("beta", .float(beta))])
        case .gelu, .geluTanh:
            opset = max(opset, 20)   // Gelu is new in opset 20
            add(type, [x], output: output, name: name, [("approximate", .string(function == .gelu ? "none" : "tanh"))])
        case .clamp(let low, let high):
            let bounds = [constant("\(name).min", TensorData(shape: [], floats: [low])), constant("\(name).max", TensorData(shape: [], floats: [high]))]
            add(type, [x] + bounds, output: output, name: name)
        }
    }

    /// dlc's `[N, T, F]` layer as ONNX's time-major LSTM/GRU/RNN with its gate order.
    mutating func recurrent(_ op: Recurrent, _ node: Node, output: String) throws(DLCError) {
        let units = op.units
        let (onnxOp, order, activations): (String, [Int], [String])
        switch op.cell {
        case .lstm: (onnxOp, order, activations) = ("LSTM", [0, 3, 1, 2], [])   // ONNX i, o, f, c from dlc i, f, g, o
        case .gru: (onnxOp, order, activations) = ("GRU", [1, 0, 2], [])        // ONNX z, r, h from dlc r, z, n
        case .simple(let function):
            let names: [ElementwiseFunction: String] = [.tanh: "Tanh", .relu: "Relu", .sigmoid: "Sigmoid"]
            guard let name = names[function] else {
                throw DLCError("layer '\(node.name)' (simpleRNN): activation \(function) has no ONNX RNN equivalent")
            }
            (onnxOp, order, activations) = ("RNN", [0], [String](repeating: name, count: op.direction.directionCount))
        }
        let directions = op.direction.directionCount
        func reordered(_ values: [Float], rowLength: Int) -> [Float] {
            order.flatMap { gate in values[(gate * units * rowLength)..<((gate + 1) * units * rowLength)] }
        }
        var w: [Float] = [], r: [Float] = [], b: [Float] = [], p: [Float] = []
        let features = graph[node.inputs[0]].type.shape[2]
        for d in 0..<directions {
            let first = d * op.parametersPerDirection
            let weights = (0..<op.parametersPerDirection).map { graph.weight(node.parameters[first + $0])!.floats }
            w += reordered(weights[0], rowLength: features)
            r += reordered(weights[1], rowLength: units)
            b += reordered(weights[2], rowLength: 1) + reordered(weights[3], rowLength: 1)
            if op.peephole {
                // dlc's peephole rows i, f, o; ONNX's P is i, o, f.
                p += [0, 2, 1].flatMap { weights[4][($0 * units)..<(($0 + 1) * units)] }
            }
        }
        let gates = op.cell.gateCount
        let wName = constant("\(node.name).W", TensorData(shape: [directions, gates * units, features], floats: w))
        let rName = constant("\(node.name).R", TensorData(shape: [directions, gates * units, units], floats: r))
        let bName = constant("\(node.name).B", TensorData(shape: [directions, 2 * gates * units], floats: b))
        var inputs = [add("Transpose", [input(node, 0)], name: "\(node.name).time_major", [("perm", .ints([1, 0, 2]))]), wName, rName, bName]
        if op.peephole {
            inputs += ["", "", "", constant("\(node.name).P", TensorData(shape: [directions, 3 * units], floats: p))]
        }
        var attributes: [(String, Attribute)] = [("hidden_size", .int(units)), ("direction", .string(op.direction.rawValue))]
        if op.cell == .gru { attributes.append(("linear_before_reset", .int(op.resetAfter ? 1 : 0))) }
        if !activations.isEmpty { attributes.append(("activations", .strings(activations))) }
        let (batch, time) = (graph[node.inputs[0]].type.shape[0], graph[node.inputs[0]].type.shape[1])
        var proto = Onnx_NodeProto()
        proto.opType = onnxOp
        proto.name = claimNodeName(node.name)
        proto.input = inputs
        let y = claim("\(node.name).Y"), yh = claim("\(node.name).Y_h")
        proto.output = op.returnSequences ? [y] : ["", yh]
        proto.attribute = attributes.map { $0.1.proto($0.0) }
        nodes.append(proto)
        if op.returnSequences {
            // Y [T, D, N, H] → [N, T, D, H] → [N, T, D·H].
            let batchMajor = add("Transpose", [y], name: "\(node.name).batch_major", [("perm", .ints([2, 0, 1, 3]))])
            add("Reshape", [batchMajor, ints("\(node.name).shape", [batch, time, directions * units])], output: output, name: "\(node.name).features")
        } else {
            // Y_h [D, N, H] → [N, D, H] → [N, D·H].
            let batchMajor = add("Transpose", [yh], name: "\(node.name).batch_major", [("perm", .ints([1, 0, 2]))])
            add("Reshape", [batchMajor, ints("\(node.name).shape", [batch, directions * units])], output: output, name: "\(node.name).features")
        }
    }
}
