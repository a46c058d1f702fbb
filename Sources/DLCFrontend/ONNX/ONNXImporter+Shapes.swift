import DLCGraph

/// Shape operators: reshapes of run-time values become dlc layers (views), and the same operators
/// on constants (the `Shape → Gather → Unsqueeze → Concat → Reshape` chains exporters emit) are
/// folded at import, so only static shapes reach the graph.
extension ONNXImporter {
    mutating func concatenation(_ node: ONNXNode) throws(DLCError) -> Entry {
        let attributes = try node.attributes(["axis"])
        guard let axisAttribute = try attributes.int("axis") else { throw node.error("attribute 'axis' is required") }
        let inputs = node.proto.input.indices.filter { !node.proto.input[$0].isEmpty }
        guard !inputs.isEmpty else { throw node.error("expected at least one input") }
        let constants = inputs.compactMap { index -> ONNXConstant? in
            if case .constant(let c) = entry(node, index) { c } else { nil }
        }
        if constants.count == inputs.count {
            let rank = constants[0].rank
            let axis = try normalized(node, axisAttribute, rank: rank)
            guard constants.allSatisfy({ $0.rank == rank && $0.isFloat == constants[0].isFloat }) else {
                throw node.error("inputs of different ranks or types cannot be concatenated")
            }
            return .constant(try foldConcat(node, constants, axis: axis))
        }
        var values: [ValueID] = []
        for index in inputs { values.append(try value(node, index)) }
        let axis = try normalized(node, axisAttribute, rank: type(of: values[0]).rank)
        let layer = layerName(node, fallback: "concat")
        return .value(try build(node) { builder throws(DLCError) in try builder.concat(values, axis: axis, name: layer) })
    }

    mutating func flatten(_ node: ONNXNode) throws(DLCError) -> Entry {
        let attributes = try node.attributes(["axis"])
        let shape = try inputShape(node)
        let axis = try attributes.int("axis", default: 1)
        guard axis >= -shape.count, axis <= shape.count else { throw node.error("axis \(axis) is out of range for shape \(formatShape(shape))") }
        let split = axis < 0 ? axis + shape.count : axis
        return try reshaped(node, to: [shape[..<split].reduce(1, *), shape[split...].reduce(1, *)], fallback: "flatten")
    }

    mutating func reshape(_ node: ONNXNode) throws(DLCError) -> Entry {
        let attributes = try node.attributes(opset < 5 ? ["shape"] : ["allowzero"])
        let shape = try inputShape(node)
        let requested = try constant(node, 1, "shape").integers.map { Int(clamping: $0) }
        let allowZero = try attributes.int("allowzero", default: 0) != 0
        var target: [Int] = []
        for (axis, dimension) in requested.enumerated() {
            if dimension == 0 && !allowZero {
                guard axis < shape.count else { throw node.error("shape \(requested) copies dimension \(axis), which the input \(formatShape(shape)) lacks") }
                target.append(shape[axis])
            } else {
                guard dimension > 0 || dimension == -1 else {
                    throw node.error("shape \(requested): dimensions must be positive, 0 (copy) or -1 (inferred)")
                }
                target.append(dimension)
            }
        }
        let count = shape.reduce(1, *)
        if let inferred = target.firstIndex(of: -1) {
            let known = target.filter { $0 != -1 }.reduce(1) { $0.multipliedReportingOverflow(by: $1).partialValue }
            guard target.filter({ $0 == -1 }).count == 1, known > 0, count % known == 0 else {
                throw node.error("cannot reshape \(formatShape(shape)) to \(requested)")
            }
            target[inferred] = count / known
        }
        guard TensorType.checkedElementCount(target) == count else {
            throw node.error("cannot reshape \(formatShape(shape)) (\(count) elements) to \(requested)")
        }
        return try reshaped(node, to: target, fallback: "reshape")
    }

    /// Squeeze and Unsqueeze: axes as an attribute before opset 13, as an input from 13 on.
    mutating func squeeze(_ node: ONNXNode) throws(DLCError) -> Entry {
        let attributes = try node.attributes(opset < 13 ? ["axes"] : [])
        let shape = try inputShape(node)
        var axes = try attributes.ints("axes")
        if opset >= 13, let given = try optionalConstant(node, 1, "axes") { axes = given.integers.map { Int(clamping: $0) } }
        if node.op == "Unsqueeze" {
            guard let axes else { throw node.error("axes are required") }
            let rank = shape.count + axes.count
            let resolved = Set(try axes.map { axis throws(DLCError) in try normalized(node, axis, rank: rank) })
            guard resolved.count == axes.count else { throw node.error("axes \(axes) repeat an axis") }
            var result: [Int] = [], source = shape.makeIterator()
            for axis in 0..<rank { result.append(resolved.contains(axis) ? 1 : source.next()!) }
            return try reshaped(node, to: result, fallback: "unsqueeze")
        }
        let resolved = try Set((axes ?? shape.indices.filter { shape[$0] == 1 }).map { axis throws(DLCError) in try normalized(node, axis, rank: shape.count) })
        for axis in resolved where shape[axis] != 1 {
            throw node.error("cannot squeeze axis \(axis) of shape \(formatShape(shape)): it is not 1")
        }
        return try reshaped(node, to: shape.indices.filter { !resolved.contains($0) }.map { shape[$0] }, fallback: "squeeze")
    }

    /// Transposes: constants are permuted at import; at run time, permutations that keep the
    /// elements in memory order (moving only axes of size 1) are reshapes, the others transpose layers.
    mutating func transpose(_ node: ONNXNode) throws(DLCError) -> Entry {
        let attributes = try node.attributes(["perm"])
        let shape = try inputShape(node)
        let permutation = try attributes.ints("perm") ?? Array(shape.indices.reversed())
        guard permutation.count == shape.count, Set(permutation) == Set(shape.indices) else {
            throw node.error("perm \(permutation) is not a permutation of the \(shape.count) axes of \(formatShape(shape))")
        }
        let permuted = permutation.map { shape[$0] }
        if case .constant(let c) = entry(node, 0) {
            return .constant(c.gathered(Transpose(permutation: permutation).sourceIndices(inputShape: shape), shape: permuted))
        }
        return .value(try transposeLayer(node, try value(node, 0), permutation, layer: layerName(node, fallback: "transpose")))
    }

    /// Padding of height and width: constant (any value), reflect, edge or wrap. Opset 18's
    /// `axes` input names the axes `pads` covers; the rest get none.
    mutating func pad(_ node: ONNXNode) throws(DLCError) -> Entry {
        let attributes = try node.attributes(opset < 11 ? ["mode", "pads", "value"] : ["mode"])
        let modeName = try attributes.string("mode", default: "constant")
        guard let mode = PaddingMode(rawValue: modeName) else {
            throw node.error("mode '\(modeName)' is not supported; dlc pads with: constant, reflect, edge, wrap")
        }
        var pads = try attributes.ints("pads")
        var fill = try attributes.float("value", default: 0)
        let x = try value(node, 0)
        let input = type(of: x)
        let rank = input.rank
        if opset >= 11 {
            pads = try constant(node, 1, "pads").integers.map { Int(clamping: $0) }
            if let value = try optionalConstant(node, 2, "constant_value") {
                guard value.count == 1 else { throw node.error("constant_value must be a scalar") }
                fill = value.floats[0]
            }
            if let axesInput = try optionalConstant(node, 3, "axes") {
                let axes = try axesInput.integers.map { (axis: Int64) throws(DLCError) in try normalized(node, Int(clamping: axis), rank: rank) }
                guard let given = pads, given.count == 2 * axes.count, Set(axes).count == axes.count else {
                    throw node.error("pads must give a start and an end for each of the axes \(axes)")
                }
                var full = [Int](repeating: 0, count: 2 * rank)
                for (i, axis) in axes.enumerated() { (full[axis], full[axis + rank]) = (given[i], given[i + axes.count]) }
                pads = full
            }
        }
        guard let pads, pads.count == 2 * rank else {
            throw node.error("pads must give a start and an end for each of the \(rank) axes of \(input)")
        }
        guard rank == 4, input.dtype == .float32, pads.allSatisfy({ $0 >= 0 }), pads[0] == 0, pads[1] == 0, pads[4] == 0, pads[5] == 0 else {
            throw node.error("pads \(pads) of \(input): dlc pads the height and width of float [N, C, H, W] images by non-negative amounts")
        }
        let edges = EdgePadding(top: pads[2], left: pads[3], bottom: pads[2 + rank], right: pads[3 + rank])
        let layer = layerName(node, fallback: "pad")
        return .value(try build(node) { builder throws(DLCError) in
            try builder.pad2d(x, padding: .explicit(edges), mode: mode, value: mode == .constant ? fill : 0, name: layer)
        })
    }

    /// Gather: an embedding lookup (constant [vocabulary, dimension] table, axis 0), a slice
    /// (run-time data, constant indices in one ascending run), folded on constants, or a
    /// `gather` layer (run-time indices into any float tensor, along any axis).
    mutating func gather(_ node: ONNXNode) throws(DLCError) -> Entry {
        let attributes = try node.attributes(["axis"])
        let dataShape = try inputShape(node)
        let axis = try normalized(node, try attributes.int("axis", default: 0), rank: dataShape.count)
        switch (entry(node, 0), entry(node, 1)) {
        case (.constant(let data), .constant(let indices)):
            guard !indices.isFloat else { throw node.error("indices must be integers") }
            let length = dataShape[axis]
            let outer = dataShape[..<axis].reduce(1, *), inner = dataShape[(axis + 1)...].reduce(1, *)
            var picks: [Int] = []
            for o in 0..<outer {
                for index in indices.integers {
                    guard index >= -Int64(length), index < Int64(length) else {
                        throw node.error("index \(index) is out of range for axis \(axis) of length \(length)")
                    }
                    let i = Int(index < 0 ? index + Int64(length) : index)
                    for j in 0..<inner { picks.append((o * length + i) * inner + j) }
                }
            }
            let shape = Array(dataShape[..<axis]) + indices.shape + Array(dataShape[(axis + 1)...])
            return .constant(data.gathered(picks, shape: shape))
        case (.constant(let table), .value(let tokens)) where axis == 0 && table.rank == 2 && table.isFloat && type(of: tokens).dtype.isInteger:
            let layer = layerName(node, weight: 0, fallback: "embedding")
            let y = try build(node) { builder throws(DLCError) in
                try builder.embedding(tokens, vocabulary: table.shape[0], dimension: table.shape[1], name: layer)
            }
            weights["\(layer).weight"] = table.tensorData
            return .value(y)
        case (.value(let x), .constant(let indices)):
            // x[:, i] or x[:, a..<b]: a slice (and, for a scalar index, the axis dropped), as
            // PyTorch exports `out[:, -1]`; other constant indices (`x[:, [2, 0, 1]]`) are the
            // slices of their ascending runs, concatenated along the axis.
            let length = dataShape[axis]
            guard !indices.isFloat else { throw node.error("indices must be integers") }
            for index in indices.integers where index < -Int64(length) || index >= Int64(length) {
                throw node.error("index \(index) is out of range for axis \(axis) of length \(length)")
            }
            let picks = indices.integers.map { Int($0 < 0 ? $0 + Int64(length) : $0) }
            guard !picks.isEmpty else { throw node.error("the indices are empty: the result would have no elements") }
            let layer = layerName(node, fallback: isOneRun(picks) ? "slice" : "gather")
            let picked = try pick(node, x, axis: axis, picks, layer: layer)
            guard indices.rank != 1 else { return .value(picked) }
            let shape = Array(dataShape[..<axis]) + indices.shape + Array(dataShape[(axis + 1)...])
            guard !shape.isEmpty else { throw node.error("the result would be a scalar; dlc tensors have at least one axis") }
            return .value(try reshapeLayer(node, picked, to: shape, layer: uniqueLayerName("\(layer).reshape", fallback: "reshape")))
        default:
            let (x, indices) = (try value(node, 0), try value(node, 1))
            guard type(of: x).dtype == .float32, type(of: indices).dtype.isInteger else {
                throw node.error("dlc gathers from float tensors by integer indices, got \(type(of: x)) and \(type(of: indices))")
            }
            let layer = layerName(node, fallback: "gather")
            return .value(try build(node) { builder throws(DLCError) in try builder.gather(x, indices, axis: axis, name: layer) })
        }
    }

    /// Slice: folded on constants (shape arithmetic); at run time, per sliced axis, a slice layer
    /// (steps of 1) or the picked entries (other steps, reversals: see ``pick``).
    mutating func slice(_ node: ONNXNode) throws(DLCError) -> Entry {
        let attributes = try node.attributes(opset < 10 ? ["axes", "ends", "starts"] : [])
        let shape = try inputShape(node)
        var starts: [Int], ends: [Int], axes: [Int]?, steps: [Int]?
        if opset < 10 {
            guard let s = try attributes.ints("starts"), let e = try attributes.ints("ends") else { throw node.error("starts and ends are required") }
            (starts, ends, axes) = (s, e, try attributes.ints("axes"))
        } else {
            starts = try constant(node, 1, "starts").integers.map { Int(clamping: $0) }
            ends = try constant(node, 2, "ends").integers.map { Int(clamping: $0) }
            axes = try optionalConstant(node, 3, "axes")?.integers.map { Int(clamping: $0) }
            steps = try optionalConstant(node, 4, "steps")?.integers.map { Int(clamping: $0) }
        }
        let resolvedAxes = try (axes ?? Array(starts.indices)).map { axis throws(DLCError) in try normalized(node, axis, rank: shape.count) }
        guard starts.count == ends.count, resolvedAxes.count == starts.count, steps.map({ $0.count == starts.count }) ?? true else {
            throw node.error("starts, ends, axes and steps must have the same length")
        }
        // Per axis: the indices kept, clamped as ONNX specifies.
        guard Set(resolvedAxes).count == resolvedAxes.count else { throw node.error("axes \(resolvedAxes) repeat an axis") }
        var kept = shape.map { Array(0..<$0) }
        for (position, axis) in resolvedAxes.enumerated() {
            let length = shape[axis], step = steps?[position] ?? 1
            guard step != 0 else { throw node.error("steps must not be 0") }
            func clampIndex(_ value: Int) -> Int {
                let v = value < 0 ? value + length : value
                return step > 0 ? min(max(v, 0), length) : min(max(v, -1), length - 1)
            }
            kept[axis] = Array(stride(from: clampIndex(starts[position]), to: clampIndex(ends[position]), by: step))
        }
        let slicedShape = kept.map(\.count)
        guard slicedShape.allSatisfy({ $0 > 0 }) else { throw node.error("the slice of \(formatShape(shape)) is empty") }
        guard case .constant(let data) = entry(node, 0) else {
            // Every axis whose kept indices are not the whole axis in order, a reversal (same
            // length) included, is picked.
            var x = try value(node, 0)
            for axis in shape.indices where kept[axis] != Array(0..<shape[axis]) {
                x = try pick(node, x, axis: axis, kept[axis], layer: layerName(node, fallback: isOneRun(kept[axis]) ? "slice" : "gather"))
            }
            return .value(x)
        }
        let strides = contiguousStrides(shape)
        var picks: [Int] = [0]
        for axis in shape.indices {
            picks = picks.flatMap { base in kept[axis].map { base + $0 * strides[axis] } }
        }
        return .constant(data.gathered(picks, shape: slicedShape))
    }

    /// Entries `picks` (in that order) of `axis` of `x`: one slice layer per ascending run of
    /// consecutive indices, concatenated along the axis when there are several (a reversal of n
    /// entries is n one-entry slices). Each layer is named after `layer`.
    mutating func pick(_ node: ONNXNode, _ x: ValueID, axis: Int, _ picks: [Int], layer: String) throws(DLCError) -> ValueID {
        var runs: [(start: Int, count: Int)] = []
        for pick in picks {
            if let last = runs.last, last.start + last.count == pick { runs[runs.count - 1].count += 1 } else { runs.append((pick, 1)) }
            // Each run is a layer: a reversal of a million entries would be a million layers.
            guard runs.count <= Self.maximumPickedRuns else {
                throw node.error("it picks more than \(groupedDigits(Self.maximumPickedRuns)) separate runs of indices along axis \(axis) "
                                 + "of a tensor computed at run time (a reversal or a stride over a long axis); dlc computes each run as a "
                                 + "slice layer and stops at \(groupedDigits(Self.maximumPickedRuns))")
            }
        }
        var pieces: [ValueID] = []
        for (i, run) in runs.enumerated() {
            let name = runs.count == 1 ? layer : uniqueLayerName("\(layer).\(i)", fallback: "slice")
            pieces.append(try sliceLayer(node, x, axis: axis, start: run.start, count: run.count, layer: name))
        }
        guard pieces.count > 1 else { return pieces[0] }
        return try build(node) { builder throws(DLCError) in
            try builder.concat(pieces, axis: axis, name: uniqueLayerName("\(layer).joined", fallback: "concat"))
        }
    }

    /// The most slice layers one Slice or Gather of a run-time tensor becomes.
    static let maximumPickedRuns = 4096

    /// Whether `picks` are consecutive ascending indices (one slice).
    func isOneRun(_ picks: [Int]) -> Bool { zip(picks, picks.dropFirst()).allSatisfy { $1 == $0 + 1 } }

    /// Dropout at inference: the identity. Its mask output and training mode are refused.
    mutating func dropout(_ node: ONNXNode) throws(DLCError) -> [Entry] {
        let attributes = try node.attributes(["ratio", "seed", "is_test", "consumed_inputs"])
        _ = attributes
        try node.requireOutputs(atMost: 1, "dlc runs dropout at inference, where it has no mask")
        if let training = try optionalConstant(node, 2, "training_mode"), training.integers.contains(where: { $0 != 0 }) {
            throw node.error("training_mode is true; dlc runs dropout at inference (the identity)")
        }
        return [try passThrough(node)]
    }

    mutating func constantNode(_ node: ONNXNode) throws(DLCError) -> Entry {
        let attributes = try node.attributes(["value", "value_float", "value_floats", "value_int", "value_ints"])
        guard attributes.byName.count == 1 else { throw node.error("expected exactly one of value, value_float(s), value_int(s)") }
        if let tensor = try attributes.tensor("value") {
            return .constant(try decodeAttributeTensor(node, tensor))
        }
        if attributes.has("value_float") { return .constant(ONNXConstant(shape: [], floats: [try attributes.float("value_float", default: 0)])) }
        if let values = try attributes.floats("value_floats") { return .constant(ONNXConstant(shape: [values.count], floats: values)) }
        if let value = try attributes.int("value_int") { return .constant(ONNXConstant(shape: [], integers: [Int64(value)])) }
        let values = try attributes.ints("value_ints") ?? []
        return .constant(ONNXConstant(shape: [values.count], integers: values.map(Int64.init)))
    }

    mutating func constantOfShape(_ node: ONNXNode) throws(DLCError) -> Entry {
        let attributes = try node.attributes(["value"])
        let shape = try constant(node, 0, "shape").integers
        var fill = ONNXConstant(shape: [1], floats: [0])
        if let tensor = try attributes.tensor("value") {
            fill = try decodeAttributeTensor(node, tensor)
            guard fill.count == 1 else { throw node.error("value must hold one element") }
        }
        guard shape.allSatisfy({ $0 >= 0 }), let count = TensorType.checkedElementCount(shape.map { Int(clamping: $0) }),
              count <= Self.maximumFoldedElements else {
            throw node.error("shape \(shape) is negative or too large to fold (at most \(Self.maximumFoldedElements) elements)")
        }
        return .constant(fill.gathered([Int](repeating: 0, count: count), shape: shape.map { Int($0) }))
    }

    /// Expand of a constant, folded: PyTorch's TorchScript exporter broadcasts the zero initial
    /// states of LSTM and GRU layers to the batch this way. Expanding a run-time tensor is refused.
    mutating func expand(_ node: ONNXNode) throws(DLCError) -> Entry {
        _ = try node.attributes([])
        let requested = try constant(node, 1, "shape").integers
        guard case .constant(let x) = entry(node, 0) else {
            throw node.error("expanding a run-time tensor is not supported; dlc folds Expand of constants")
        }
        guard requested.allSatisfy({ $0 >= 1 }), let shape = broadcastShape(x.shape, requested.map { Int(clamping: $0) }) else {
            throw node.error("\(formatShape(x.shape)) does not broadcast to shape \(requested)")
        }
        guard let count = TensorType.checkedElementCount(shape), count <= Self.maximumFoldedElements else {
            throw node.error("shape \(requested) is too large to fold (at most \(Self.maximumFoldedElements) elements)")
        }
        let source = broadcastIndex(x.shape, into: shape)
        return .constant(x.gathered((0..<count).map(source), shape: shape))
    }

    mutating func shape(_ node: ONNXNode) throws(DLCError) -> Entry {
        let attributes = try node.attributes(["start", "end"])
        let shape = try inputShape(node)
        func clampAxis(_ axis: Int) -> Int { min(max(axis < 0 ? axis + shape.count : axis, 0), shape.count) }
        let start = clampAxis(try attributes.int("start", default: 0))
        let end = clampAxis(try attributes.int("end", default: shape.count))
        let dims = start < end ? Array(shape[start..<end]) : []
        return .constant(ONNXConstant(shape: [dims.count], integers: dims.map(Int64.init)))
    }

    mutating func cast(_ node: ONNXNode) throws(DLCError) -> Entry {
        let attributes = try node.attributes(["to", "saturate"])
        guard let code = try attributes.int("to"), let target = ONNXElementType(rawValue: Int32(clamping: code)) else {
            throw node.error("attribute 'to' must name a float, integer or bool type")
        }
        switch entry(node, 0) {
        case .constant(let c):
            var result = target.isFloatingPoint ? ONNXConstant(shape: c.shape, floats: c.floats)
                : ONNXConstant(shape: c.shape, integers: target == .bool ? c.floats.map { $0 != 0 ? 1 : 0 } : c.integers, elementType: target)
            result.elementType = target
            return .constant(result)
        case .value(let v):
            guard type(of: v).dtype == .float32, target.isFloatingPoint else {
                throw node.error("casting \(type(of: v)) to \(target) at run time is not supported; dlc computes in float32")
            }
            return .value(v)
        case nil: throw node.error("input 0 is missing")
        }
    }

    // MARK: - Folding helpers

    /// The shape of input 0, whether it is a value or a constant.
    func inputShape(_ node: ONNXNode) throws(DLCError) -> [Int] {
        switch entry(node, 0) {
        case .value(let v): type(of: v).shape
        case .constant(let c): c.shape
        case nil: throw node.error("input 0 is missing")
        }
    }

    /// Input 0 under a new shape: a folded constant, or a reshape layer (a view).
    mutating func reshaped(_ node: ONNXNode, to shape: [Int], fallback: String) throws(DLCError) -> Entry {
        switch entry(node, 0) {
        case .constant(let c): return .constant(c.reshaped(shape))
        case .value(let x):
            if type(of: x).shape == shape { return .value(x) }
            guard !shape.isEmpty else { throw node.error("the result would be a scalar; dlc tensors have at least one axis") }
            return .value(try reshapeLayer(node, x, to: shape, layer: layerName(node, fallback: fallback)))
        case nil: throw node.error("input 0 is missing")
        }
    }

    func normalized(_ node: ONNXNode, _ axis: Int, rank: Int) throws(DLCError) -> Int {
        guard axis >= -rank, axis < rank else { throw node.error("axis \(axis) is out of range for rank \(rank)") }
        return axis < 0 ? axis + rank : axis
    }

    func decodeAttributeTensor(_ node: ONNXNode, _ tensor: Onnx_TensorProto) throws(DLCError) -> ONNXConstant {
        try ONNXFile.constant(tensor, what: "\(path): node '\(node.name)' (\(node.op)): its value", directory: directory, path: path,
                              budget: externalData)
    }

    func foldConcat(_ node: ONNXNode, _ parts: [ONNXConstant], axis: Int) throws(DLCError) -> ONNXConstant {
        var shape = parts[0].shape
        for part in parts.dropFirst() {
            guard part.shape.indices.allSatisfy({ $0 == axis || part.shape[$0] == shape[$0] }) else {
                throw node.error("cannot concatenate \(formatShape(part.shape)) to \(formatShape(shape)) on axis \(axis)")
            }
            shape[axis] += part.shape[axis]
        }
        let outer = shape[..<axis].reduce(1, *)
        var floats: [Float] = [], integers: [Int64] = []
        for o in 0..<outer {
            for part in parts {
                let chunk = part.shape[axis...].reduce(1, *)
                if part.isFloat { floats += part.floats[(o * chunk)..<((o + 1) * chunk)] } else { integers += part.integers[(o * chunk)..<((o + 1) * chunk)] }
            }
        }
        return parts[0].isFloat ? ONNXConstant(shape: shape, floats: floats)
            : ONNXConstant(shape: shape, integers: integers, elementType: parts[0].elementType)
    }

    /// Add, Sub, Mul or Div of two constants with broadcasting (integer division truncates, as ONNX's).
    func foldArithmetic(_ node: ONNXNode, _ kind: ElementwiseBinary.Kind, _ a: ONNXConstant, _ b: ONNXConstant) throws(DLCError) -> ONNXConstant {
        guard let shape = broadcastShape(a.shape, b.shape) else {
            throw node.error("shapes \(formatShape(a.shape)) and \(formatShape(b.shape)) do not broadcast")
        }
        let count = shape.reduce(1, *)
        guard count <= Self.maximumFoldedElements else { throw node.error("the folded result would be too large") }
        let (ia, ib) = (broadcastIndex(a.shape, into: shape), broadcastIndex(b.shape, into: shape))
        if a.isFloat || b.isFloat {
            let (x, y) = (a.floats, b.floats)
            return ONNXConstant(shape: shape, floats: (0..<count).map { kind.apply(x[ia($0)], y[ib($0)]) })
        }
        let (x, y) = (a.integers, b.integers)
        var result: [Int64] = []
        for flat in 0..<count {
            let (l, r) = (x[ia(flat)], y[ib(flat)])
            switch kind {
            case .add: result.append(l &+ r)
            case .subtract: result.append(l &- r)
            case .multiply: result.append(l &* r)
            case .divide:
                guard r != 0 else { throw node.error("integer division by zero") }
                result.append(l == .min && r == -1 ? .min : l / r)
            }
        }
        return ONNXConstant(shape: shape, integers: result, elementType: a.elementType)
    }

    /// Where element `flat` of `shape` comes from in an operand of shape `operand` broadcast to it.
    func broadcastIndex(_ operand: [Int], into shape: [Int]) -> (Int) -> Int {
        let padded = [Int](repeating: 1, count: shape.count - operand.count) + operand
        let strides = contiguousStrides(padded), outStrides = contiguousStrides(shape)
        return { flat in
            var source = 0
            for axis in shape.indices where padded[axis] != 1 { source += flat / outStrides[axis] % shape[axis] * strides[axis] }
            return source
        }
    }
}
