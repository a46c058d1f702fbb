extension Graph {
    /// Deterministic random inputs for every graph input: floats uniform in [-1, 1); integer
    /// inputs uniform below the vocabulary of the embedding layers that read them (1,000 when
    /// none does). Used by `dlc verify` and `dlc bench`.
    public func sampleInputs(seed: UInt64 = 1) -> [String: TensorData] {
        var inputs: [String: TensorData] = [:]
        for (index, id) in self.inputs.enumerated() {
            let type = self[id].type
            var generator = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
            switch type.dtype {
            case .float32:
                inputs[self[id].name] = TensorData(shape: type.shape, floats: (0..<type.elementCount).map { _ in generator.nextUniform() * 2 - 1 })
            case .int32, .int64:
                let bound = UInt64(tokenBound(for: id))
                let tokens = (0..<type.elementCount).map { _ in Int64(generator.next() % bound) }
                inputs[self[id].name] = type.dtype == .int32
                    ? TensorData(shape: type.shape, int32s: tokens.map { Int32($0) })
                    : TensorData(shape: type.shape, int64s: tokens)
            }
        }
        return inputs
    }

    /// The smallest vocabulary among embeddings reading `value`, or axis among gathers indexed by it.
    private func tokenBound(for value: ValueID) -> Int {
        let vocabularies = nodes.compactMap { node -> Int? in
            if case .gather(let gather) = node.operation, node.inputs.count == 2, node.inputs[1] == value {
                let data = self[node.inputs[0]].type
                return data.shape[gather.resolvedAxis(rank: data.rank)]
            }
            guard node.inputs.contains(value), case .embedding(let embedding) = node.operation else { return nil }
            return embedding.vocabulary
        }
        return vocabularies.min() ?? 1000
    }
}
