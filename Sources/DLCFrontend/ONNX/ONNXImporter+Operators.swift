import DLCGraph

extension ElementwiseFunction.Kind {
    /// The ONNX operator computing the function (its parameters are the operator's attributes,
    /// or Clip's bound inputs); the importer and the exporter both go by it.
    var onnxOperator: String {
        switch self {
        case .relu: "Relu"
        case .leakyRelu: "LeakyRelu"
        case .sigmoid: "Sigmoid"
        case .clamp: "Clip"
        case .tanh: "Tanh"
        case .hardSigmoid: "HardSigmoid"
        case .hardSwish: "HardSwish"
        case .gelu, .geluTanh: "Gelu"
        }
    }
}

extension ONNXImporter {
    /// The default domain's operators dlc imports.
    static let supportedOperators = Set([
        "Add", "AveragePool", "BatchNormalization", "Cast", "Concat", "Constant", "ConstantOfShape", "Conv",
        "ConvTranspose", "Div", "Dropout", "Expand", "Flatten", "GRU", "Gather", "Gemm", "GlobalAveragePool", "GlobalMaxPool",
        "Identity", "LRN", "LSTM", "LogSoftmax", "MatMul", "MaxPool", "Mul", "Pad", "RNN", "ReduceMax",
        "ReduceMean", "Reshape", "Shape", "Slice", "Softmax", "Squeeze", "Sub", "Sum", "Transpose", "Unsqueeze",
    ]).union(elementwiseOperators).sorted()

    /// The operators of the element-wise functions (Relu, Clip, HardSwish, Gelu, ...).
    static let elementwiseOperators = Set(ElementwiseFunction.Kind.allCases.map(\.onnxOperator))

    /// The entries of the node's outputs, in order.
    mutating func convert(_ node: ONNXNode) throws(DLCError) -> [Entry] {
        guard node.proto.domain.isEmpty || node.proto.domain == "ai.onnx" else {
            throw node.error("domain '\(node.proto.domain)' is not supported; dlc reads the default ONNX domain")
        }
        switch node.op {
        case "Conv": return [try convolution(node)]
        case "ConvTranspose": return [try transposedConvolution(node)]
        case "MaxPool", "AveragePool": return [try pooling(node)]
        case "GlobalAveragePool", "GlobalMaxPool": return [try globalPooling(node)]
        case "ReduceMean", "ReduceMax": return [try spatialReduction(node)]
        case "Gemm": return [try gemm(node)]
        case "MatMul": return [try matrixMultiply(node)]
        case "BatchNormalization": return [try batchNormalization(node)]
        case "LRN": return [try localResponseNormalization(node)]
        case "Softmax", "LogSoftmax": return [try softmax(node)]
        case "Add", "Sub", "Mul", "Div": return [try arithmetic(node)]
        case "Sum": return [try sum(node)]
        case "Concat": return [try concatenation(node)]
        case "Flatten": return [try flatten(node)]
        case "Reshape": return [try reshape(node)]
        case "Squeeze", "Unsqueeze": return [try squeeze(node)]
        case "Transpose": return [try transpose(node)]
        case "Pad": return [try pad(node)]
        case "Gather": return [try gather(node)]
        case "Slice": return [try slice(node)]
        case "LSTM", "GRU", "RNN": return try recurrent(node)
        case "Dropout": return try dropout(node)
        case "Identity":
            _ = try node.attributes([])
            return [try passThrough(node)]
        case "Constant": return [try constantNode(node)]
        case "ConstantOfShape": return [try constantOfShape(node)]
        case "Expand": return [try expand(node)]
        case "Shape": return [try shape(node)]
        case "Cast": return [try cast(node)]
        case _ where Self.elementwiseOperators.contains(node.op): return [try activation(node)]
        default:
            throw node.error("operator \(node.op) is not supported; dlc imports \(Self.supportedOperators.joined(separator: ", "))")
        }
    }

    /// The node's only input, unchanged (Identity, Dropout at inference, a float-to-float Cast).
    func passThrough(_ node: ONNXNode) throws(DLCError) -> Entry {
        guard let input = entry(node, 0) else { throw node.error("input 0 is missing") }
        return input
    }

    // MARK: - Convolution and pooling

    mutating func convolution(_ node: ONNXNode) throws(DLCError) -> Entry {
        let attributes = try node.attributes(["auto_pad", "dilations", "group", "kernel_shape", "pads", "strides"])
        let x = try value(node, 0)
        let input = try imageType(node, x)
        let weight = try floatConstant(node, 1, "weight")
        let groups = try attributes.int("group", default: 1)
        guard weight.rank == 4, groups >= 1, input.shape[1] % groups == 0, weight.shape[1] * groups == input.shape[1],
              weight.shape[0] % groups == 0 else {
            throw node.error("weight \(formatShape(weight.shape)) with group \(groups) does not fit input \(input); "
                             + "expected [filters, \(groups >= 1 ? input.shape[1] / max(groups, 1) : 0), kh, kw]")
        }
        let kernel = Size2D(weight.shape[2], weight.shape[3])
        try checkKernelShape(node, attributes, kernel)
        let stride = try pair(node, attributes, "strides")
        let dilation = try pair(node, attributes, "dilations")
        let padding = try windowPadding(node, attributes, input: input, kernel: kernel, stride: stride, dilation: dilation)
        let filters = weight.shape[0]
        let bias = try convolutionBias(node, filters: filters)
        let layer = layerName(node, weight: 1, fallback: "conv")
        let y = try build(node) { builder throws(DLCError) in
            try builder.conv2d(x, filters: filters, kernel: kernel, stride: stride, padding: .explicit(padding),
                               dilation: dilation, groups: groups, bias: bias != nil, name: layer)
        }
        weights["\(layer).weight"] = weight.tensorData
        if let bias { weights["\(layer).bias"] = bias.tensorData }
        return .value(y)
    }

    mutating func transposedConvolution(_ node: ONNXNode) throws(DLCError) -> Entry {
        let attributes = try node.attributes(["auto_pad", "dilations", "group", "kernel_shape", "output_padding",
                                              "output_shape", "pads", "strides"])
        let x = try value(node, 0)
        let input = try imageType(node, x)
        let weight = try floatConstant(node, 1, "weight")
        let groups = try attributes.int("group", default: 1)
        guard weight.rank == 4, groups >= 1, weight.shape[0] == input.shape[1], input.shape[1] % groups == 0 else {
            throw node.error("weight \(formatShape(weight.shape)) with group \(groups) does not fit input \(input); "
                             + "expected [\(input.shape[1]), filters / group, kh, kw]")
        }
        let kernel = Size2D(weight.shape[2], weight.shape[3])
        try checkKernelShape(node, attributes, kernel)
        let stride = try pair(node, attributes, "strides")
        let dilation = try pair(node, attributes, "dilations")
        var outputPadding = try pair(node, attributes, "output_padding", default: 0)
        let autoPad = try attributes.string("auto_pad", default: "NOTSET")
        var padding: EdgePadding
        // The full output before cropping: (in - 1) * stride + (k - 1) * dilation + 1 + output_padding.
        func full(_ axis: Int, _ k: Int, _ s: Int, _ d: Int, _ extra: Int) -> Int { (input.shape[axis] - 1) * s + (k - 1) * d + 1 + extra }
        if let shape = try attributes.ints("output_shape") {
            let target = Array(shape.suffix(2))
            guard target.count == 2 else { throw node.error("output_shape \(shape) must give height and width") }
            let rows = full(2, kernel.height, stride.height, dilation.height, outputPadding.height) - target[0]
            let columns = full(3, kernel.width, stride.width, dilation.width, outputPadding.width) - target[1]
            // A target beyond the full output is reached with more output padding, as ONNX Runtime does.
            outputPadding = Size2D(outputPadding.height + max(-rows, 0), outputPadding.width + max(-columns, 0))
            padding = cropped(max(rows, 0), max(columns, 0), upper: autoPad == "SAME_UPPER")
        } else if autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER" {
            // Output = input · stride; the surplus is cropped, the odd row at the end for SAME_UPPER.
            let rows = max(full(2, kernel.height, stride.height, dilation.height, outputPadding.height) - input.shape[2] * stride.height, 0)
            let columns = max(full(3, kernel.width, stride.width, dilation.width, outputPadding.width) - input.shape[3] * stride.width, 0)
            padding = cropped(rows, columns, upper: autoPad == "SAME_UPPER")
        } else if autoPad == "VALID" {
            padding = EdgePadding(top: 0, left: 0, bottom: 0, right: 0)
        } else {
            guard autoPad == "NOTSET" else { throw node.error("auto_pad '\(autoPad)' is not one of NOTSET, SAME_UPPER, SAME_LOWER, VALID") }
            padding = try explicitPads(node, attributes)
        }
        return try finishTransposed(node, x, weight, groups, kernel, stride, dilation, outputPadding, padding)
    }

    /// Splits a total crop between the edges: the larger half at the end for SAME_UPPER, at the start otherwise.
    private func cropped(_ rows: Int, _ columns: Int, upper: Bool) -> EdgePadding {
        upper ? EdgePadding(top: rows / 2, left: columns / 2, bottom: rows - rows / 2, right: columns - columns / 2)
            : EdgePadding(top: rows - rows / 2, left: columns - columns / 2, bottom: rows / 2, right: columns / 2)
    }

    private mutating func finishTransposed(_ node: ONNXNode, _ x: ValueID, _ weight: ONNXConstant, _ groups: Int, _ kernel: Size2D,
                                           _ stride: Size2D, _ dilation: Size2D, _ outputPadding: Size2D,
                                           _ padding: EdgePadding) throws(DLCError) -> Entry {
        let filters = weight.shape[1] * groups
        let bias = try convolutionBias(node, filters: filters)
        let layer = layerName(node, weight: 1, fallback: "conv_transpose")
        let y = try build(node) { builder throws(DLCError) in
            try builder.conv2dTranspose(x, filters: filters, kernel: kernel, stride: stride, padding: .explicit(padding),
                                        outputPadding: outputPadding, dilation: dilation, groups: groups,
                                        bias: bias != nil, name: layer)
        }
        weights["\(layer).weight"] = weight.tensorData
        if let bias { weights["\(layer).bias"] = bias.tensorData }
        return .value(y)
    }

    mutating func pooling(_ node: ONNXNode) throws(DLCError) -> Entry {
        let isMax = node.op == "MaxPool"
        let attributes = try node.attributes(isMax
            ? ["auto_pad", "ceil_mode", "dilations", "kernel_shape", "pads", "storage_order", "strides"]
            : ["auto_pad", "ceil_mode", "count_include_pad", "dilations", "kernel_shape", "pads", "strides"])
        try node.requireOutputs(atMost: 1, "dlc's max pooling does not return indices")
        let x = try value(node, 0)
        let input = try imageType(node, x)
        guard let shape = try attributes.ints("kernel_shape") else { throw node.error("attribute 'kernel_shape' is required") }
        guard shape.count == 2, shape.allSatisfy({ $0 > 0 }) else {
            throw node.error("kernel_shape \(shape): dlc pools 2-D images with positive kernel sizes")
        }
        let kernel = Size2D(shape[0], shape[1])
        let stride = try pair(node, attributes, "strides")
        let dilation = try pair(node, attributes, "dilations")
        guard dilation == Size2D(1, 1) else { throw node.error("dilations \(dilation) are not supported in pooling; dlc pools with dilation 1") }
        let padding = try windowPadding(node, attributes, input: input, kernel: kernel, stride: stride, dilation: dilation)
        let ceilMode = try attributes.int("ceil_mode", default: 0) != 0
        let countIncludePad = try attributes.int("count_include_pad", default: 0) != 0
        let layer = layerName(node, fallback: isMax ? "maxpool" : "avgpool")
        return .value(try build(node) { builder throws(DLCError) in
            try builder.pool2d(isMax ? .max : .average, x, kernel: kernel, stride: stride, padding: .explicit(padding),
                               ceilMode: ceilMode, countIncludePad: countIncludePad, name: layer)
        })
    }

    mutating func globalPooling(_ node: ONNXNode) throws(DLCError) -> Entry {
        _ = try node.attributes([])
        let x = try value(node, 0)
        _ = try imageType(node, x)
        let layer = layerName(node, fallback: node.op == "GlobalMaxPool" ? "global_maxpool" : "global_avgpool")
        return .value(try build(node) { builder throws(DLCError) in
            try builder.globalPool2d(node.op == "GlobalMaxPool" ? .max : .average, x, name: layer)
        })
    }

    /// ReduceMean or ReduceMax over the height and width of an image is global pooling: PyTorch's
    /// dynamo exporter writes `AdaptiveAvgPool2d(1)` and `x.mean((2, 3))` so. With `keepdims = 0`
    /// a reshape to `[N, C]` follows. Other axes are refused.
    mutating func spatialReduction(_ node: ONNXNode) throws(DLCError) -> Entry {
        // The axes became an input in opset 18, for both operators.
        let attributes = try node.attributes(opset < 18 ? ["axes", "keepdims"] : ["keepdims", "noop_with_empty_axes"])
        var axes = try attributes.ints("axes")
        if opset >= 18, let given = try optionalConstant(node, 1, "axes") { axes = given.integers.map { Int(clamping: $0) } }
        let keepDimensions = try attributes.int("keepdims", default: 1) != 0
        let x = try value(node, 0)
        let input = type(of: x)
        let resolved = (axes ?? []).map { $0 < 0 ? $0 + input.rank : $0 }
        guard input.rank == 4, input.dtype == .float32, resolved.sorted() == [2, 3] else {
            let given = axes.map { "axes \($0)" } ?? "every axis"
            throw node.error("dlc reduces over the height and width of a 4-D image only (axes [2, 3] or [-2, -1]), "
                             + "got \(given) of \(input)")
        }
        let isMax = node.op == "ReduceMax"
        let layer = layerName(node, fallback: isMax ? "global_maxpool" : "global_avgpool")
        let pooled = try build(node) { builder throws(DLCError) in try builder.globalPool2d(isMax ? .max : .average, x, name: layer) }
        if keepDimensions { return .value(pooled) }
        return .value(try reshapeLayer(node, pooled, to: Array(input.shape.prefix(2)), layer: uniqueLayerName("\(layer).flat", fallback: "reshape")))
    }

    // MARK: - Window attributes

    /// The type of a 4-D float image input.
    func imageType(_ node: ONNXNode, _ x: ValueID) throws(DLCError) -> TensorType {
        let input = type(of: x)
        guard input.rank == 4, input.dtype == .float32 else {
            throw node.error("expected a 4-D float input [N, C, H, W], got \(input); dlc supports 2-D windows only")
        }
        return input
    }

    /// A two-element attribute (`strides`, `dilations`) as a size, 1 by default.
    func pair(_ node: ONNXNode, _ attributes: ONNXAttributes, _ name: String, default value: Int = 1) throws(DLCError) -> Size2D {
        guard let values = try attributes.ints(name) else { return Size2D(value, value) }
        guard values.count == 2, values.allSatisfy({ $0 >= (value == 0 ? 0 : 1) }) else {
            throw node.error("\(name) \(values): expected two \(value == 0 ? "non-negative" : "positive") values for a 2-D window")
        }
        return Size2D(values[0], values[1])
    }

    private func checkKernelShape(_ node: ONNXNode, _ attributes: ONNXAttributes, _ kernel: Size2D) throws(DLCError) {
        if let shape = try attributes.ints("kernel_shape"), shape != [kernel.height, kernel.width] {
            throw node.error("kernel_shape \(shape) does not match the weight's kernel \(kernel)")
        }
    }

    /// `pads` as edges: ONNX lists the starts of height and width, then their ends.
    func explicitPads(_ node: ONNXNode, _ attributes: ONNXAttributes) throws(DLCError) -> EdgePadding {
        guard let pads = try attributes.ints("pads") else { return EdgePadding(top: 0, left: 0, bottom: 0, right: 0) }
        guard pads.count == 4, pads.allSatisfy({ $0 >= 0 }) else {
            throw node.error("pads \(pads): expected four non-negative values [top, left, bottom, right]")
        }
        return EdgePadding(top: pads[0], left: pads[1], bottom: pads[2], right: pads[3])
    }

    /// The padding of a sliding window from `auto_pad` and `pads`.
    func windowPadding(_ node: ONNXNode, _ attributes: ONNXAttributes, input: TensorType, kernel: Size2D,
                       stride: Size2D, dilation: Size2D) throws(DLCError) -> EdgePadding {
        switch try attributes.string("auto_pad", default: "NOTSET") {
        case "NOTSET": return try explicitPads(node, attributes)
        case "VALID": return EdgePadding(top: 0, left: 0, bottom: 0, right: 0)
        case let mode where mode == "SAME_UPPER" || mode == "SAME_LOWER":
            // Output = ceil(input / stride); the odd padding row goes at the end for SAME_UPPER.
            func total(_ n: Int, _ k: Int, _ s: Int, _ d: Int) -> Int {
                max(((n + s - 1) / s - 1) * s + (k - 1) * d + 1 - n, 0)
            }
            let rows = total(input.shape[2], kernel.height, stride.height, dilation.height)
            let columns = total(input.shape[3], kernel.width, stride.width, dilation.width)
            let upper = mode == "SAME_UPPER"
            return EdgePadding(top: upper ? rows / 2 : rows - rows / 2, left: upper ? columns / 2 : columns - columns / 2,
                               bottom: upper ? rows - rows / 2 : rows / 2, right: upper ? columns - columns / 2 : columns / 2)
        case let mode:
            throw node.error("auto_pad '\(mode)' is not one of NOTSET, SAME_UPPER, SAME_LOWER, VALID")
        }
    }

    /// A convolution's optional bias input, one value per filter.
    func convolutionBias(_ node: ONNXNode, filters: Int) throws(DLCError) -> ONNXConstant? {
        let bias = try optionalFloatConstant(node, 2, "bias")
        if let bias, bias.shape != [filters] {
            throw node.error("bias has shape \(formatShape(bias.shape)), expected [\(filters)]")
        }
        return bias
    }

    /// A constant float input (a weight).
    func floatConstant(_ node: ONNXNode, _ index: Int, _ role: String) throws(DLCError) -> ONNXConstant {
        let value = try constant(node, index, role)
        guard value.isFloat else { throw node.error("\(role) is a \(value.elementType) tensor; expected float") }
        return value
    }

    func optionalFloatConstant(_ node: ONNXNode, _ index: Int, _ role: String) throws(DLCError) -> ONNXConstant? {
        entry(node, index) == nil ? nil : try floatConstant(node, index, role)
    }
}
