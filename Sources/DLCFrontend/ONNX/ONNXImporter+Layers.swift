import DLCGraph

/// Gemm and MatMul, normalization, softmax, activations and arithmetic.
extension ONNXImporter {
    // MARK: - Dense

    /// `Y = alpha · A · B + beta · C` with a constant B: a dense layer of weight `alpha · Bᵀ`
    /// and bias `beta · C`.
    mutating func gemm(_ node: ONNXNode) throws(DLCError) -> Entry {
        let attributes = try node.attributes(["alpha", "beta", "transA", "transB", "broadcast"])
        var x = try value(node, 0)
        guard type(of: x).rank == 2, type(of: x).dtype == .float32 else { throw node.error("expected A to be a 2-D float matrix, got \(type(of: x))") }
        if try attributes.int("transA", default: 0) != 0 {
            x = try transposeLayer(node, x, [1, 0], layer: uniqueLayerName("\(cleanName(node.proto.name)).transposeA", fallback: "transpose"))
        }
        let input = type(of: x)
        let b = try floatConstant(node, 1, "B")
        let transposed = try attributes.int("transB", default: 0) != 0
        guard b.rank == 2, (transposed ? b.shape[1] : b.shape[0]) == input.shape[1] else {
            throw node.error("B has shape \(formatShape(b.shape)); expected \(transposed ? "[units, \(input.shape[1])]" : "[\(input.shape[1]), units]") for A \(input)")
        }
        let units = transposed ? b.shape[0] : b.shape[1]
        let alpha = try attributes.float("alpha", default: 1)
        let beta = try attributes.float("beta", default: 1)
        var weight = transposed ? b.floats : transpose2D(b.floats, rows: b.shape[0], columns: b.shape[1])
        if alpha != 1 { weight = weight.map { $0 * alpha } }
        var bias: [Float]?
        var matrixBias: ONNXConstant?
        if var c = try optionalFloatConstant(node, 2, "C") {
            guard broadcastShape(c.shape, [input.shape[0], units]) == [input.shape[0], units] else {
                throw node.error("C has shape \(formatShape(c.shape)), which does not broadcast to the output [\(input.shape[0]), \(units)]")
            }
            if beta != 1 { c = ONNXConstant(shape: c.shape, floats: c.floats.map { $0 * beta }) }
            if c.count == 1 {
                bias = [Float](repeating: c.floats[0], count: units)
            } else if c.shape.last == units && c.count == units {
                bias = c.floats
            } else {
                // A bias per row (or per element): added after the dense layer.
                matrixBias = c
            }
        }
        let y = try dense(node, x, units: units, weight: weight, bias: bias)
        guard let matrixBias else { return .value(y) }
        let addend = try build(node) { builder throws(DLCError) in
            try builder.constant(matrixBias.floats, shape: matrixBias.rank == 2 ? matrixBias.shape : [1] + matrixBias.shape,
                                 name: uniqueLayerName("\(cleanName(node.proto.name)).C", fallback: "constant"))
        }
        let layer = uniqueLayerName("\(cleanName(node.proto.name)).bias", fallback: "add")
        return .value(try build(node) { builder throws(DLCError) in try builder.binary(.add, y, addend, name: layer) })
    }

    /// `A · B`: with a constant 2-D B, a dense layer (A of rank above 2 flattened to rows and
    /// back); otherwise a `matmul` layer of the two tensors, constants included.
    mutating func matrixMultiply(_ node: ONNXNode) throws(DLCError) -> Entry {
        _ = try node.attributes([])
        let x = try value(node, 0)
        let input = type(of: x)
        guard case .constant(let b) = entry(node, 1), b.isFloat, b.rank == 2, input.rank >= 2, input.dtype == .float32,
              input.shape.last == b.shape[0] else {
            let other = try value(node, 1)
            let layer = layerName(node, fallback: "matmul")
            return .value(try build(node) { builder throws(DLCError) in try builder.matmul(x, other, name: layer) })
        }
        let weight = transpose2D(b.floats, rows: b.shape[0], columns: b.shape[1])
        guard input.rank > 2 else { return .value(try dense(node, x, units: b.shape[1], weight: weight, bias: nil)) }
        let rows = input.shape.dropLast().reduce(1, *)
        let flat = try reshapeLayer(node, x, to: [rows, b.shape[0]], layer: uniqueLayerName("\(cleanName(node.proto.name)).rows", fallback: "reshape"))
        let product = try dense(node, flat, units: b.shape[1], weight: weight, bias: nil)
        let shape = Array(input.shape.dropLast() + [b.shape[1]])
        return .value(try reshapeLayer(node, product, to: shape, layer: uniqueLayerName("\(cleanName(node.proto.name)).unflatten", fallback: "reshape")))
    }

    private mutating func dense(_ node: ONNXNode, _ x: ValueID, units: Int, weight: [Float], bias: [Float]?) throws(DLCError) -> ValueID {
        let layer = layerName(node, weight: 1, fallback: "dense")
        let features = type(of: x).shape[1]
        let y = try build(node) { builder throws(DLCError) in
            try builder.dense(x, units: units, bias: bias != nil, name: layer)
        }
        weights["\(layer).weight"] = TensorData(shape: [units, features], floats: weight)
        if let bias { weights["\(layer).bias"] = TensorData(shape: [units], floats: bias) }
        return y
    }

    private func transpose2D(_ values: [Float], rows: Int, columns: Int) -> [Float] {
        var result = [Float](repeating: 0, count: values.count)
        for row in 0..<rows {
            for column in 0..<columns { result[column * rows + row] = values[row * columns + column] }
        }
        return result
    }

    // MARK: - Normalization

    mutating func batchNormalization(_ node: ONNXNode) throws(DLCError) -> Entry {
        let attributes = try node.attributes(["epsilon", "momentum", "spatial", "training_mode", "is_test", "consumed_inputs"])
        guard try attributes.int("training_mode", default: 0) == 0 else {
            throw node.error("training_mode = 1 is not supported; dlc runs batch normalization with the running statistics")
        }
        guard try attributes.int("spatial", default: 1) == 1 else {
            throw node.error("spatial = 0 (statistics per element) is not supported; dlc normalizes per channel")
        }
        try node.requireOutputs(atMost: 1, "the running-statistics outputs exist only in training")
        let x = try value(node, 0)
        let input = type(of: x)
        guard input.rank >= 2 else { throw node.error("expected an input [N, C, ...], got \(input)") }
        let channels = input.shape[1]
        let epsilon = try attributes.float("epsilon", default: 1e-5)
        let layer = layerName(node, weight: 1, fallback: "batchnorm")
        var parameters: [TensorData] = []
        for (index, role) in ["scale", "B", "mean", "var"].enumerated() {
            let tensor = try floatConstant(node, index + 1, role)
            guard tensor.count == channels, tensor.rank == 1 else {
                throw node.error("\(role) has shape \(formatShape(tensor.shape)), expected [\(channels)]")
            }
            parameters.append(tensor.tensorData)
        }
        let y = try build(node) { builder throws(DLCError) in try builder.batchNorm(x, epsilon: epsilon, name: layer) }
        for (suffix, data) in zip(["weight", "bias", "running_mean", "running_var"], parameters) {
            weights["\(layer).\(suffix)"] = data
        }
        return .value(y)
    }

    mutating func localResponseNormalization(_ node: ONNXNode) throws(DLCError) -> Entry {
        let attributes = try node.attributes(["alpha", "beta", "bias", "size"])
        guard let size = try attributes.int("size"), size > 0 else { throw node.error("attribute 'size' must be given and positive") }
        // ONNX's window for channel c is [c - (size-1)/2, c + size/2]: for even sizes, not dlc's
        // (PyTorch's) default [c - size/2, c + (size-1)/2].
        let moreChannelsAfter = size % 2 == 0
        let x = try value(node, 0)
        let (alpha, beta, bias) = (try attributes.float("alpha", default: 1e-4), try attributes.float("beta", default: 0.75),
                                   try attributes.float("bias", default: 1))
        let layer = layerName(node, fallback: "lrn")
        return .value(try build(node) { builder throws(DLCError) in
            try builder.lrn(x, size: size, alpha: alpha, beta: beta, k: bias, moreChannelsAfter: moreChannelsAfter, name: layer)
        })
    }

    /// Softmax and LogSoftmax. Before opset 13 the input is coerced to 2-D at `axis` (default 1)
    /// and normalized over everything after it; from 13 on over `axis` alone (default -1).
    mutating func softmax(_ node: ONNXNode) throws(DLCError) -> Entry {
        let attributes = try node.attributes(["axis"])
        let x = try value(node, 0)
        let input = type(of: x)
        let isLog = node.op == "LogSoftmax"
        let layer = layerName(node, fallback: isLog ? "log_softmax" : "softmax")
        let rank = input.rank
        var axis = try attributes.int("axis", default: opset >= 13 ? -1 : 1)
        guard axis >= -rank, axis < rank else { throw node.error("axis \(axis) is out of range for \(input)") }
        if axis < 0 { axis += rank }
        if opset >= 13 || axis == rank - 1 {
            return .value(try build(node) { builder throws(DLCError) in try builder.softmax(x, axis: axis, log: isLog, name: layer) })
        }
        let rows = input.shape[..<axis].reduce(1, *), columns = input.shape[axis...].reduce(1, *)
        let flat = try reshapeLayer(node, x, to: [rows, columns], layer: uniqueLayerName("\(layer).rows", fallback: "reshape"))
        let normalized = try build(node) { builder throws(DLCError) in try builder.softmax(flat, axis: 1, log: isLog, name: layer) }
        return .value(try reshapeLayer(node, normalized, to: input.shape, layer: uniqueLayerName("\(layer).unflatten", fallback: "reshape")))
    }

    // MARK: - Activations and arithmetic

    /// An element-wise function's operator (ElementwiseFunction.Kind.onnxOperator) as its layer.
    mutating func activation(_ node: ONNXNode) throws(DLCError) -> Entry {
        guard let kind = ElementwiseFunction.Kind.allCases.first(where: { $0.onnxOperator == node.op }) else {
            throw node.error("operator \(node.op) is not an element-wise function")
        }
        let function: ElementwiseFunction
        switch kind {
        case .relu, .sigmoid, .tanh, .hardSwish:
            _ = try node.attributes([])
            function = ElementwiseFunction(kind, [])!
        case .leakyRelu:
            function = .leakyRelu(try node.attributes(["alpha"]).float("alpha", default: 0.01))
        case .hardSigmoid:
            let attributes = try node.attributes(["alpha", "beta"])
            function = .hardSigmoid(try attributes.float("alpha", default: 0.2), try attributes.float("beta", default: 0.5))
        case .gelu, .geluTanh:
            switch try node.attributes(["approximate"]).string("approximate", default: "none") {
            case "none": function = .gelu
            case "tanh": function = .geluTanh
            case let other: throw node.error("approximate '\(other)' is not one of Gelu's: none or tanh")
            }
        case .clamp:
            // Clip: bounds as attributes before opset 11, as optional scalar inputs from 11 on.
            let attributes = try node.attributes(opset < 11 ? ["min", "max"] : [])
            var low = try attributes.float("min", default: -.greatestFiniteMagnitude)
            var high = try attributes.float("max", default: .greatestFiniteMagnitude)
            if opset >= 11 {
                if let bound = try optionalFloatConstant(node, 1, "min") { low = try scalar(node, bound, "min") }
                if let bound = try optionalFloatConstant(node, 2, "max") { high = try scalar(node, bound, "max") }
            }
            function = .clamp(low, high)
        }
        let x = try value(node, 0)
        let layer = layerName(node, fallback: function.kind.rawValue)
        return .value(try build(node) { builder throws(DLCError) in try builder.activation(x, function, name: layer) })
    }

    private func scalar(_ node: ONNXNode, _ tensor: ONNXConstant, _ role: String) throws(DLCError) -> Float {
        guard tensor.count == 1 else { throw node.error("\(role) must be a scalar, got shape \(formatShape(tensor.shape))") }
        return tensor.floats[0]
    }

    mutating func arithmetic(_ node: ONNXNode) throws(DLCError) -> Entry {
        _ = try node.attributes(opset < 7 ? ["axis", "broadcast"] : [])
        let kind: ElementwiseBinary.Kind = switch node.op {
        case "Add": .add
        case "Sub": .subtract
        case "Mul": .multiply
        default: .divide
        }
        if case .constant(let a) = entry(node, 0), case .constant(let b) = entry(node, 1) {
            return .constant(try foldArithmetic(node, kind, a, b))
        }
        let (a, b) = (try value(node, 0), try value(node, 1))
        let layer = layerName(node, fallback: kind.rawValue)
        return .value(try build(node) { builder throws(DLCError) in try builder.binary(kind, a, b, name: layer) })
    }

    /// Sum of any number of inputs: a chain of additions.
    mutating func sum(_ node: ONNXNode) throws(DLCError) -> Entry {
        _ = try node.attributes([])
        guard !node.proto.input.isEmpty else { throw node.error("expected at least one input") }
        var total = try value(node, 0)
        for index in 1..<max(node.proto.input.count, 1) {
            let term = try value(node, index)
            let layer = uniqueLayerName(node.proto.input.count > 2 ? "\(cleanName(node.proto.name)).\(index)" : cleanName(node.proto.name), fallback: "add")
            let sum = total
            total = try build(node) { builder throws(DLCError) in try builder.binary(.add, sum, term, name: layer) }
        }
        return .value(total)
    }
}
