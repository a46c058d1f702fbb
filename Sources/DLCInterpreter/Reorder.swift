import DLCGraph

extension Reorder {
    func evaluate(_ input: TensorData) -> TensorData { input.converted(to: target) }
}

extension TensorData {
    /// The same 4-D float tensor in another layout (see ``TensorLayout`` for the element order).
    /// Padding lanes of a partial last block are zero.
    func converted(to layout: TensorLayout) -> TensorData {
        if type.layout == layout { return self }
        if type.layout != .plain { return plain.converted(to: layout) }
        guard case .blocked(let block) = layout else { return self }
        let (batch, channels, height, width) = (shape[0], shape[1], shape[2], shape[3])
        let blocks = (channels + block - 1) / block
        let plane = height * width
        let source = floats
        var result = [Float](repeating: 0, count: type.with(layout: layout).storageElementCount)
        for n in 0..<batch {
            for c in 0..<channels {
                let from = (n * channels + c) * plane
                let to = ((n * blocks + c / block) * plane) * block + c % block
                for p in 0..<plane { result[to + p * block] = source[from + p] }
            }
        }
        return TensorData(type: type.with(layout: layout), floats: result)
    }

    /// The tensor in plain layout, as reference kernels read it.
    var plain: TensorData {
        guard case .blocked(let block) = type.layout else { return self }
        let (batch, channels, height, width) = (shape[0], shape[1], shape[2], shape[3])
        let blocks = (channels + block - 1) / block
        let plane = height * width
        let source = floats
        var result = [Float](repeating: 0, count: type.elementCount)
        for n in 0..<batch {
            for c in 0..<channels {
                let to = (n * channels + c) * plane
                let from = ((n * blocks + c / block) * plane) * block + c % block
                for p in 0..<plane { result[to + p] = source[from + p * block] }
            }
        }
        return TensorData(shape: shape, floats: result)
    }
}
