import Foundation

extension Graph {
    /// Binds weights by parameter name. Every parameter must be provided with its exact shape
    /// unless `initializeMissing` is set, in which case the seeded initializer fills the gaps.
    /// Tensors that match no parameter are an error: they usually mean a renamed layer.
    ///
    /// `source` names where the tensors came from in error messages (a file path).
    public mutating func bindWeights(_ provided: [String: TensorData], source: String,
                                     initializeMissing: Bool = false, seed: UInt64 = 0) throws(DLCError) {
        let parameterValues = parameters.map { values[$0.index] }
        let known = Set(parameterValues.map(\.name))
        let extra = provided.keys.filter { !known.contains($0) }.sorted()
        let unprovided = parameterValues.filter { provided[$0.name] == nil }
        if !extra.isEmpty {
            var message = "\(source): tensor\(extra.count == 1 ? "" : "s") \(extra.map { "'\($0)'" }.joined(separator: ", ")) "
                + "match\(extra.count == 1 ? "es" : "") no parameter of model '\(name)'"
            if extra.count == 1, let guess = closestName(to: extra[0], among: unprovided.map(\.name)) {
                message += " (did you mean '\(guess)'?)"
            }
            if !unprovided.isEmpty { message += "; the model expects \(describe(unprovided)), which the file lacks" }
            throw DLCError(message)
        }
        for value in parameterValues {
            guard let tensor = provided[value.name] else { continue }
            guard tensor.type == value.type else {
                throw DLCError("\(source): tensor '\(value.name)' has shape \(tensor.type), expected \(value.type)\(layerDescription(of: value.name))")
            }
            weights[value.name] = tensor
        }
        if !unprovided.isEmpty {
            if !initializeMissing {
                throw DLCError("\(source): missing tensor\(unprovided.count == 1 ? "" : "s") \(describe(unprovided))")
            }
            initializeWeights(seed: seed)
        }
    }

    /// `'fc.weight' f32[2, 4] (layer 'fc' at m.swiftgraph:3), ...`: at most 8, then how many more.
    private func describe(_ parameters: [Value]) -> String {
        let shown = parameters.prefix(8).map { "'\($0.name)' \($0.type)\(layerDescription(of: $0.name))" }
        let more = parameters.count - shown.count
        return shown.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
    }

    /// ` (layer 'fc' at m.swiftgraph:3)`: the layer a parameter belongs to, and where it was made.
    private func layerDescription(of parameter: String) -> String {
        guard let node = nodes.first(where: { $0.parameters.contains { values[$0.index].name == parameter } }) else { return "" }
        return " (layer '\(node.name)'\(node.location.map { " at \($0)" } ?? ""))"
    }

    /// Fills every parameter that has no data with the deterministic seeded initialization:
    /// He uniform ahead of ReLU, Glorot uniform otherwise, zero biases, identity batch-norm
    /// statistics. Each tensor's stream depends only on `seed` and its name, so adding a layer
    /// does not change the others' weights.
    public mutating func initializeWeights(seed: UInt64 = 0) {
        for id in parameters {
            let value = values[id.index]
            guard weights[value.name] == nil, case .parameter(let initializer, _) = value.kind else { continue }
            weights[value.name] = TensorData(
                shape: value.type.shape,
                floats: initialValues(initializer, count: value.type.elementCount, seed: seed ^ fnv1a(value.name)))
        }
    }

    /// Whether every parameter has data.
    public var hasAllWeights: Bool { parameters.allSatisfy { weights[values[$0.index].name] != nil } }

    /// The bound data of a parameter value.
    public func weight(_ value: ValueID) -> TensorData? { weights[values[value.index].name] }
}

private func initialValues(_ initializer: ParameterInitializer, count: Int, seed: UInt64) -> [Float] {
    let limit: Float
    switch initializer {
    case .zeros: return [Float](repeating: 0, count: count)
    case .ones: return [Float](repeating: 1, count: count)
    case .he(let fanIn): limit = sqrtf(6 / Float(max(fanIn, 1)))
    case .glorot(let fanIn, let fanOut): limit = sqrtf(6 / Float(max(fanIn + fanOut, 1)))
    }
    var generator = SplitMix64(seed: seed)
    return [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
        for index in 0..<count { buffer[index] = generator.nextUniform() * 2 * limit - limit }
        initialized = count
    }
}

/// SplitMix64: a tiny, fast generator whose output is fixed by its seed on every platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator starting from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// SplitMix64's output function: the bits of `z` mixed, what `next()` returns from the
    /// state `z`. A counter-based generator hashes coordinates with it (dropout masks).
    @inlinable
    public static func mix(_ z: UInt64) -> UInt64 {
        var z = z
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A float in [0, 1) with 24 random bits.
    public mutating func nextUniform() -> Float { Float(next() >> 40) * 0x1p-24 }
}

/// FNV-1a hash of a string: stable across runs and platforms (unlike `Hasher`).
package func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
}
