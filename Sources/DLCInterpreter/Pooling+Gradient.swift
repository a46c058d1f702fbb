import DLCGraph

extension Pool2DGradient {
    /// The forward kernel's windows again: max pooling adds each output's gradient to the first
    /// largest input of its window (a NaN counts as largest, as the forward pass keeps it);
    /// average pooling spreads it over the window's divisor.
    func evaluate(_ input: TensorData, _ outputGradient: TensorData) -> TensorData {
        let (batch, channels, height, width) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        let (outHeight, outWidth) = (outputGradient.shape[2], outputGradient.shape[3])
        return computeInParallel(TensorType(shape: input.shape), tasks: batch * channels, input: input.floats,
                                 weights: outputGradient.floats) { plane, source, gradient, output in
            let channel = source + plane * height * width
            let out = output + plane * height * width
            for y in 0..<outHeight {
                for x in 0..<outWidth {
                    let (rows, columns, divisor) = pool.window(y: y, x: x, height: height, width: width)
                    let g = gradient[(plane * outHeight + y) * outWidth + x]
                    switch pool.kind {
                    case .max:
                        var best = -Float.infinity, bestIndex = -1
                        for row in rows {
                            for column in columns {
                                let value = channel[row * width + column]
                                if bestIndex < 0 || value > best || (value.isNaN && !best.isNaN) { (best, bestIndex) = (value, row * width + column) }
                            }
                        }
                        if bestIndex >= 0 { out[bestIndex] += g }
                    case .average:
                        let share = g / Float(divisor)
                        for row in rows {
                            for column in columns { out[row * width + column] += share }
                        }
                    }
                }
            }
        }
    }
}

extension GlobalPool2DGradient {
    func evaluate(_ input: TensorData, _ outputGradient: TensorData) -> TensorData {
        let area = input.shape[2] * input.shape[3]
        let values = input.floats, gradient = outputGradient.floats
        var result = [Float](repeating: 0, count: values.count)
        for plane in 0..<gradient.count {
            let base = plane * area
            switch pool.kind {
            case .max:
                var bestIndex = base
                for index in base..<(base + area) where values[index] > values[bestIndex] || (values[index].isNaN && !values[bestIndex].isNaN) {
                    bestIndex = index
                }
                result[bestIndex] = gradient[plane]
            case .average:
                for index in base..<(base + area) { result[index] = gradient[plane] / Float(area) }
            }
        }
        return TensorData(shape: input.shape, floats: result)
    }
}
