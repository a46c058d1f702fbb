import DLCGraph

extension Scatter {
    /// The forward layer's element mapping run backwards: each output gradient added to the
    /// input element it was copied from.
    func evaluate(_ outputGradient: TensorData, _ indices: TensorData?) throws(OperatorError) -> TensorData {
        let gradient = outputGradient.floats
        var result = [Float](repeating: 0, count: inputShape.reduce(1, *))
        switch source {
        case .slice(let op):
            let axis = op.axis < 0 ? op.axis + inputShape.count : op.axis
            let (outer, inner, length) = (inputShape[..<axis].reduce(1, *), inputShape[(axis + 1)...].reduce(1, *), inputShape[axis])
            for o in 0..<outer {
                for k in 0..<(op.count * inner) { result[(o * length + op.start) * inner + k] = gradient[o * op.count * inner + k] }
            }
        case .pad(let op):
            let (planes, height, width) = (inputShape[0] * inputShape[1], inputShape[2], inputShape[3])
            let (outHeight, outWidth) = (outputGradient.shape[2], outputGradient.shape[3])
            for plane in 0..<planes {
                for y in 0..<outHeight {
                    guard let row = op.mode.sourceIndex(y - op.padding.top, size: height) else { continue }
                    for x in 0..<outWidth {
                        guard let column = op.mode.sourceIndex(x - op.padding.left, size: width) else { continue }
                        result[(plane * height + row) * width + column] += gradient[(plane * outHeight + y) * outWidth + x]
                    }
                }
            }
        case .gather(let op):
            let axis = op.resolvedAxis(rank: inputShape.count)
            let (outer, inner, length) = (inputShape[..<axis].reduce(1, *), inputShape[(axis + 1)...].reduce(1, *), inputShape[axis])
            let picks = indices!.integers
            for o in 0..<outer {
                for (position, index) in picks.enumerated() {
                    guard index >= -Int64(length) && index < Int64(length) else {
                        throw OperatorError("index \(index) at position \(position) is outside axis \(op.axis) of length \(length)")
                    }
                    let row = Int(index < 0 ? index + Int64(length) : index)
                    for k in 0..<inner { result[(o * length + row) * inner + k] += gradient[(o * picks.count + position) * inner + k] }
                }
            }
        case .embedding(let op):
            for (position, token) in indices!.integers.enumerated() {
                guard token >= 0 && token < Int64(op.vocabulary) else {
                    throw OperatorError("token \(token) at position \(position) is outside the vocabulary 0..<\(op.vocabulary)")
                }
                for k in 0..<op.dimension { result[Int(token) * op.dimension + k] += gradient[position * op.dimension + k] }
            }
        }
        return TensorData(shape: inputShape, floats: result)
    }
}
