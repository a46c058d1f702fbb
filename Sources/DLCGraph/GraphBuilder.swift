/// Builds a ``Graph`` layer by layer: names unnamed layers (`conv2d_1`, ...), resolves `.same`
/// padding against the input shape, expands composite layers (separable convolution, a softmax
/// activation) and attaches a source location to each layer.
///
/// Both spellings of the model DSL drive it: the Swift functions (`conv2d(...)`) and the
/// `.swiftgraph` evaluator. Methods throw ``DLCError``s that name the layer.
///
/// ```swift
/// let builder = GraphBuilder(name: "tiny")
/// let x = try builder.input("x", shape: [1, 3, 8, 8])
/// let y = try builder.conv2d(x, filters: 4, kernel: Size2D(square: 3), padding: .same)
/// try builder.output("y", y)
/// let graph = try builder.finish()
/// ```
package final class GraphBuilder: @unchecked Sendable {
    package private(set) var graph: Graph
    /// Where the next layer comes from; set by the caller before each DSL call.
    package var location: SourceLocation?
    /// Call sites of the DSL functions being evaluated, innermost first.
    package var callSites: [SourceLocation] = []
    /// The first error raised through the non-throwing Swift DSL, reported by `finish()`.
    package private(set) var recordedError: DLCError?

    private var counters: [String: Int] = [:]
    private var userNames: Set<String> = []

    package init(name: String = "model") {
        graph = Graph(name: name)
    }

    /// Sets the model name (the symbol prefix of compiled code). Must be a C identifier.
    package func setModelName(_ name: String) throws(DLCError) {
        guard let first = name.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic),
              name.unicodeScalars.allSatisfy({ $0 == "_" || ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0) })
        else {
            throw DLCError("model name '\(name.debugDescription.dropFirst().dropLast())' must be a C identifier (letters, digits, underscores)", location: location)
        }
        // C reserves identifiers that begin with two underscores or an underscore and a capital,
        // and the symbols are NAME_infer, NAME_run, ...: `_` would make `__infer`.
        guard !name.hasPrefix("_") else {
            throw DLCError("model name '\(name)' must not start with an underscore (C reserves the symbols it would make, such as \(name)_infer)",
                           location: location)
        }
        // The ABI's own symbols (dlc_model_get_info, the dlc_model_info type) start with dlc_.
        guard !name.lowercased().hasPrefix("dlc_") else {
            throw DLCError("model name '\(name)': names starting with dlc_ are reserved for the C interface's own symbols", location: location)
        }
        guard !isNamed else {
            throw DLCError("model(...) is called a second time; the model is already named '\(graph.name)'"
                           + (namedAt.map { " at line \($0.line)" } ?? ""), location: location)
        }
        (isNamed, namedAt) = (true, location)
        graph.name = name
    }

    private var isNamed = false
    private var namedAt: SourceLocation?

    /// Records the weights file the model names (a path resolved by the caller).
    package func setWeightsFile(_ path: String) { graph.weightsFile = path }

    /// Keeps the first error of the non-throwing DSL.
    package func record(_ error: DLCError) {
        if recordedError == nil { recordedError = error }
    }

    /// The finished graph; fails with the first recorded error or when nothing is an output.
    package func finish() throws(DLCError) -> Graph {
        if let recordedError { throw recordedError }
        guard !graph.outputs.isEmpty else {
            throw DLCError("model '\(graph.name)' has no outputs; mark results with output(\"name\", x)")
        }
        return graph
    }

    /// The type of a value.
    package func type(of value: ValueID) -> TensorType { graph[value].type }

    // MARK: - Inputs and outputs

    package func input(_ name: String, shape: [Int], dtype: DType = .float32) throws(DLCError) -> ValueID {
        try claim(name)
        return try graph.addInput(name, type: TensorType(shape: shape, dtype: dtype), location: location)
    }

    package func output(_ name: String, _ value: ValueID) throws(DLCError) {
        try graph.addOutput(name, value, location: location)
    }

    // MARK: - Convolution

    package func conv2d(_ x: ValueID, filters: Int, kernel: Size2D, stride: Size2D = Size2D(square: 1),
                       padding: Padding = 0, dilation: Size2D = Size2D(square: 1), groups: Int = 1,
                       bias: Bool = true, activation: Activation = .none, name: String? = nil) throws(DLCError) -> ValueID {
        let layer = try layerName(name, kind: "conv2d")
        let edges = try resolve(padding, input: x, kernel: kernel, stride: stride, dilation: dilation, layer: layer, kind: "conv2d")
        let op = Conv2D(filters: filters, kernel: kernel, stride: stride, padding: edges, dilation: dilation,
                        groups: groups, hasBias: bias, activation: activation.elementwise)
        return try withActivation(add(layer, .conv2d(op), [x]), activation, layer: layer)
    }

    package func depthwiseConv2d(_ x: ValueID, kernel: Size2D, stride: Size2D = Size2D(square: 1), padding: Padding = 0,
                                dilation: Size2D = Size2D(square: 1), multiplier: Int = 1, bias: Bool = true,
                                activation: Activation = .none, name: String? = nil) throws(DLCError) -> ValueID {
        let layer = try layerName(name, kind: "depthwiseConv2d")
        let channels = try channelCount(x, layer: layer, kind: "depthwiseConv2d")
        guard multiplier > 0 else {
            throw DLCError("layer '\(layer)' (depthwiseConv2d): multiplier must be positive, got \(multiplier)", location: location)
        }
        let edges = try resolve(padding, input: x, kernel: kernel, stride: stride, dilation: dilation, layer: layer, kind: "depthwiseConv2d")
        let op = Conv2D(filters: channels * multiplier, kernel: kernel, stride: stride, padding: edges, dilation: dilation,
                        groups: channels, hasBias: bias, activation: activation.elementwise)
        return try withActivation(add(layer, .conv2d(op), [x]), activation, layer: layer)
    }

    /// A depthwise convolution (`NAME.depthwise`) followed by a 1x1 pointwise one (`NAME.pointwise`)
    /// that carries the activation.
    package func separableConv2d(_ x: ValueID, filters: Int, kernel: Size2D, stride: Size2D = Size2D(square: 1),
                                padding: Padding = 0, bias: Bool = true, activation: Activation = .none,
                                name: String? = nil) throws(DLCError) -> ValueID {
        let layer = try layerName(name, kind: "separableConv2d")
        let channels = try channelCount(x, layer: layer, kind: "separableConv2d")
        let edges = try resolve(padding, input: x, kernel: kernel, stride: stride, dilation: Size2D(square: 1),
                                layer: layer, kind: "separableConv2d")
        let depthwise = try add("\(layer).depthwise", .conv2d(Conv2D(
            filters: channels, kernel: kernel, stride: stride, padding: edges, groups: channels, hasBias: bias)), [x])
        let pointwise = Conv2D(filters: filters, kernel: Size2D(square: 1), hasBias: bias,
                               activation: activation.elementwise)
        return try withActivation(add("\(layer).pointwise", .conv2d(pointwise), [depthwise]), activation, layer: layer)
    }

    package func conv2dTranspose(_ x: ValueID, filters: Int, kernel: Size2D, stride: Size2D = Size2D(square: 1),
                                padding: Padding = 0, outputPadding: Size2D = Size2D(square: 0),
                                dilation: Size2D = Size2D(square: 1), groups: Int = 1, bias: Bool = true,
                                activation: Activation = .none, name: String? = nil) throws(DLCError) -> ValueID {
        let layer = try layerName(name, kind: "conv2dTranspose")
        let edges: EdgePadding
        switch padding {
        case .explicit(let explicit): edges = explicit
        case .valid: edges = .zero
        case .same:
            // Output = input · stride; the surplus of the full transposed output is cropped evenly.
            func crop(_ k: Int, _ s: Int, _ d: Int, _ extra: Int) -> Int { d * (k - 1) + 1 - s + extra }
            let rows = crop(kernel.height, stride.height, dilation.height, outputPadding.height)
            let columns = crop(kernel.width, stride.width, dilation.width, outputPadding.width)
            guard rows >= 0, columns >= 0 else {
                throw DLCError("layer '\(layer)' (conv2dTranspose): padding .same cannot make the output input·stride "
                               + "with kernel \(kernel) and stride \(stride); give explicit padding", location: location)
            }
            edges = EdgePadding(top: rows / 2, left: columns / 2, bottom: rows - rows / 2, right: columns - columns / 2)
        }
        let op = Conv2DTranspose(filters: filters, kernel: kernel, stride: stride, padding: edges, outputPadding: outputPadding,
                                 dilation: dilation, groups: groups, hasBias: bias,
                                 activation: activation.elementwise)
        return try withActivation(add(layer, .conv2dTranspose(op), [x]), activation, layer: layer)
    }

    // MARK: - Pooling

    package func pool2d(_ kind: Pool2D.Kind, _ x: ValueID, kernel: Size2D, stride: Size2D? = nil, padding: Padding = 0,
                       ceilMode: Bool = false, countIncludePad: Bool = false, name: String? = nil) throws(DLCError) -> ValueID {
        let kindName = kind == .max ? "maxPool2d" : "avgPool2d"
        let layer = try layerName(name, kind: kindName)
        let stride = stride ?? kernel
        let edges = try resolve(padding, input: x, kernel: kernel, stride: stride, dilation: Size2D(square: 1),
                                layer: layer, kind: kindName)
        return try add(layer, .pool2d(Pool2D(kind: kind, kernel: kernel, stride: stride, padding: edges,
                                             ceilMode: ceilMode, countIncludePad: countIncludePad)), [x])
    }

    package func globalPool2d(_ kind: Pool2D.Kind, _ x: ValueID, name: String? = nil) throws(DLCError) -> ValueID {
        let layer = try layerName(name, kind: kind == .max ? "globalMaxPool2d" : "globalAvgPool2d")
        return try add(layer, .globalPool2d(GlobalPool2D(kind: kind)), [x])
    }

    // MARK: - Dense and shape

    package func dense(_ x: ValueID, units: Int, bias: Bool = true, activation: Activation = .none,
                      name: String? = nil) throws(DLCError) -> ValueID {
        let layer = try layerName(name, kind: "dense")
        let op = Dense(units: units, hasBias: bias, activation: activation.elementwise)
        return try withActivation(add(layer, .dense(op), [x]), activation, layer: layer)
    }

    package func flatten(_ x: ValueID, name: String? = nil) throws(DLCError) -> ValueID {
        try add(layerName(name, kind: "flatten"), .flatten(Flatten()), [x])
    }

    package func reshape(_ x: ValueID, _ shape: [Int], name: String? = nil) throws(DLCError) -> ValueID {
        try add(layerName(name, kind: "reshape"), .reshape(Reshape(shape: shape)), [x])
    }

    /// Permutes the axes: output axis `i` is input axis `permutation[i]`.
    package func transpose(_ x: ValueID, _ permutation: [Int], name: String? = nil) throws(DLCError) -> ValueID {
        try add(layerName(name, kind: "transpose"), .transpose(Transpose(permutation: permutation)), [x])
    }

    /// Entries `start ..< start + count` of one axis.
    package func slice(_ x: ValueID, axis: Int, start: Int, count: Int, name: String? = nil) throws(DLCError) -> ValueID {
        try add(layerName(name, kind: "slice"), .slice(Slice(axis: axis, start: start, count: count)), [x])
    }

    package func dropout(_ x: ValueID, rate: Float, name: String? = nil) throws(DLCError) -> ValueID {
        try add(layerName(name, kind: "dropout"), .dropout(Dropout(rate: rate)), [x])
    }

    // MARK: - Normalization and activations

    package func batchNorm(_ x: ValueID, epsilon: Float = 1e-5, name: String? = nil) throws(DLCError) -> ValueID {
        try add(layerName(name, kind: "batchNorm"), .batchNorm(BatchNorm(epsilon: epsilon)), [x])
    }

    package func lrn(_ x: ValueID, size: Int = 5, alpha: Float = 1e-4, beta: Float = 0.75, k: Float = 2,
                    moreChannelsAfter: Bool = false, name: String? = nil) throws(DLCError) -> ValueID {
        let op = LRN(size: size, alpha: alpha, beta: beta, k: k, moreChannelsAfter: moreChannelsAfter)
        return try add(layerName(name, kind: "lrn"), .lrn(op), [x])
    }

    /// An element-wise function as its own layer (`relu(x)`, `sigmoid(x)`, ...).
    package func activation(_ x: ValueID, _ function: ElementwiseFunction, name: String? = nil) throws(DLCError) -> ValueID {
        try add(layerName(name, kind: function.kind.rawValue), .unary(ElementwiseUnary(function)), [x])
    }

    package func softmax(_ x: ValueID, axis: Int = -1, log: Bool = false, name: String? = nil) throws(DLCError) -> ValueID {
        try add(layerName(name, kind: log ? "logSoftmax" : "softmax"), .softmax(Softmax(axis: axis, isLog: log)), [x])
    }

    package func binary(_ kind: ElementwiseBinary.Kind, _ a: ValueID, _ b: ValueID, name: String? = nil) throws(DLCError) -> ValueID {
        try add(layerName(name, kind: kind.rawValue), .binary(ElementwiseBinary(kind)), [a, b])
    }

    /// Entries of `x` along `axis` picked by run-time integer indices (NumPy's `take`).
    package func gather(_ x: ValueID, _ indices: ValueID, axis: Int = 0, name: String? = nil) throws(DLCError) -> ValueID {
        try add(layerName(name, kind: "gather"), .gather(Gather(axis: axis)), [x, indices])
    }

    /// The matrix product of two tensors (NumPy's `matmul`).
    package func matmul(_ a: ValueID, _ b: ValueID, name: String? = nil) throws(DLCError) -> ValueID {
        try add(layerName(name, kind: "matmul"), .matmul(MatMul()), [a, b])
    }

    package func concat(_ xs: [ValueID], axis: Int = 1, name: String? = nil) throws(DLCError) -> ValueID {
        try add(layerName(name, kind: "concat"), .concat(Concat(axis: axis)), xs)
    }

    /// Explicit zero padding of height and width; `.same` and `.valid` do not apply.
    package func zeroPadding2d(_ x: ValueID, padding: Padding, name: String? = nil) throws(DLCError) -> ValueID {
        try pad(x, padding: padding, mode: .constant, value: 0, kind: "zeroPadding2d", name: name)
    }

    /// Explicit padding of height and width by a constant, the mirrored image, its edge or its
    /// opposite side; `.same` and `.valid` do not apply.
    package func pad2d(_ x: ValueID, padding: Padding, mode: PaddingMode = .constant, value: Float = 0,
                       name: String? = nil) throws(DLCError) -> ValueID {
        try pad(x, padding: padding, mode: mode, value: value, kind: "pad2d", name: name)
    }

    private func pad(_ x: ValueID, padding: Padding, mode: PaddingMode, value: Float, kind: String,
                     name: String?) throws(DLCError) -> ValueID {
        let layer = try layerName(name, kind: kind)
        guard case .explicit(let edges) = padding else {
            throw DLCError("layer '\(layer)' (\(kind)): padding must be explicit amounts, got \(padding)", location: location)
        }
        return try add(layer, .pad2d(Padding2D(padding: edges, mode: mode, value: value)), [x])
    }

    /// A constant tensor: one value repeated, or every element in C order.
    package func constant(_ values: [Float], shape: [Int], name: String? = nil) throws(DLCError) -> ValueID {
        try add(layerName(name, kind: "constant"), .constant(Constant(shape: shape, values: values)), [])
    }

    // MARK: - Sequences

    package func embedding(_ tokens: ValueID, vocabulary: Int, dimension: Int, name: String? = nil) throws(DLCError) -> ValueID {
        try add(layerName(name, kind: "embedding"), .embedding(Embedding(vocabulary: vocabulary, dimension: dimension)), [tokens])
    }

    package func recurrent(_ cell: Recurrent.Cell, _ x: ValueID, units: Int, returnSequences: Bool = false,
                          direction: Direction = .forward, peephole: Bool = false, resetAfter: Bool = true,
                          name: String? = nil) throws(DLCError) -> ValueID {
        let op = Recurrent(cell: cell, units: units, returnSequences: returnSequences, direction: direction, peephole: peephole,
                           resetAfter: resetAfter)
        return try add(layerName(name, kind: cell.name), .recurrent(op), [x])
    }

    /// A convolutional LSTM over `[N, T, C, H, W]` frames (see ``ConvLSTM2D``); `padding` is
    /// the input convolution's.
    package func convLSTM2d(_ x: ValueID, filters: Int, kernel: Size2D, padding: Padding = .same, returnSequences: Bool = false,
                           peephole: Bool = false, direction: Direction = .forward, name: String? = nil) throws(DLCError) -> ValueID {
        let layer = try layerName(name, kind: "convLSTM2d")
        let edges: EdgePadding
        switch padding {
        case .explicit(let explicit): edges = explicit
        case .valid: edges = .zero
        case .same: edges = ConvLSTM2D(filters: filters, kernel: kernel, padding: .zero).statePadding
        }
        let op = ConvLSTM2D(filters: filters, kernel: kernel, padding: edges, returnSequences: returnSequences,
                            peephole: peephole, direction: direction)
        return try add(layer, .convLSTM2d(op), [x])
    }

    // MARK: - Helpers

    private func add(_ name: String, _ operation: Operation, _ inputs: [ValueID]) throws(DLCError) -> ValueID {
        try graph.addNode(name, operation, inputs: inputs, location: location, callSites: callSites)
    }

    /// A softmax activation is a layer of its own (`NAME.softmax`) over the channel axis.
    private func withActivation(_ value: ValueID, _ activation: Activation, layer: String) throws(DLCError) -> ValueID {
        guard activation == .softmax else { return value }
        return try add("\(layer).softmax", .softmax(Softmax(axis: 1)), [value])
    }

    /// The given name (checked for uniqueness) or the next free `kind_N`.
    private func layerName(_ requested: String?, kind: String) throws(DLCError) -> String {
        if let requested {
            try claim(requested)
            return requested
        }
        var name: String
        // The graph's set of names holds every input, layer and parameter name: scanning its
        // values instead made naming the n-th unnamed layer cost n, a 100,000-layer file minutes.
        repeat {
            counters[kind, default: 0] += 1
            name = "\(kind)_\(counters[kind]!)"
        } while userNames.contains(name) || graph.layerNames.contains(name)
        userNames.insert(name)
        return name
    }

    private func claim(_ name: String) throws(DLCError) {
        guard userNames.insert(name).inserted else {
            throw DLCError("duplicate layer name '\(name)': every input and layer needs a unique name", location: location)
        }
    }

    private func channelCount(_ x: ValueID, layer: String, kind: String) throws(DLCError) -> Int {
        let type = graph[x].type
        guard type.rank == 4 else {
            throw DLCError("layer '\(layer)' (\(kind)): expected a 4-D input [batch, channels, height, width], got \(type)",
                           location: location)
        }
        return type.shape[1]
    }

    /// Resolves `.same` / `.valid` for a sliding window over the input's last two axes.
    private func resolve(_ padding: Padding, input x: ValueID, kernel: Size2D, stride: Size2D, dilation: Size2D,
                         layer: String, kind: String) throws(DLCError) -> EdgePadding {
        switch padding {
        case .explicit(let edges): return edges
        case .valid: return .zero
        case .same:
            let type = graph[x].type
            guard type.rank == 4 else {
                throw DLCError("layer '\(layer)' (\(kind)): expected a 4-D input [batch, channels, height, width], got \(type)",
                               location: location)
            }
            guard stride.height > 0, stride.width > 0 else {
                throw DLCError("layer '\(layer)' (\(kind)): stride must be positive, got \(stride)", location: location)
            }
            func total(_ n: Int, _ k: Int, _ s: Int, _ d: Int) -> Int {
                let output = (n + s - 1) / s
                return max((output - 1) * s + (k - 1) * d + 1 - n, 0)
            }
            let rows = total(type.shape[2], kernel.height, stride.height, dilation.height)
            let columns = total(type.shape[3], kernel.width, stride.width, dilation.width)
            return EdgePadding(top: rows / 2, left: columns / 2, bottom: rows - rows / 2, right: columns - columns / 2)
        }
    }
}
