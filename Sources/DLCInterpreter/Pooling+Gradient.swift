import DLCGraph

extension Pool2DGradient {
    /// The forward kernel's windows again: max pooling adds each output's gradient to the first
    /// largest input of its window (a NaN counts as largest, as the forward pass keeps it);
    /// average pooling spreads it over the window's divisor.
    func evaluate(_ input: TensorData, _ outputGradient: TensorData) -> TensorData {
        let (kernel, stride, padding) = (pool.kernel, pool.stride, pool.padding)
        let (batch, channels, height, width) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        let (outHeight, outWidth) = (outputGradient.shape[2], outputGradient.shape[3])
        return computeInParallel(TensorType(shape: input.shape), tasks: batch * channels, input: input.floats,
                                 weights: outputGradient.floats) { plane, source, gradient, output in
            let channel = source + plane * height * width
            let out = output + plane * height * width
            for y in 0..<outHeight {
                let top = y * stride.height - padding.top
                let bottom = min(top + kernel.height, height + padding.bottom)
                for x in 0..<outWidth {
                    let left = x * stride.width - padding.left
                    let right = min(left + kernel.width, width + padding.right)
                    let (rowStart, rowEnd) = (max(top, 0), min(bottom, height))
                    let (columnStart, columnEnd) = (max(left, 0), min(right, width))
                    let g = gradient[(plane * outHeight + y) * outWidth + x]
                    switch pool.kind {
                    case .max:
                        var best = -Float.infinity, bestIndex = -1
                        for row in rowStart..<rowEnd {
                            for column in columnStart..<columnEnd {
                                let value = channel[row * width + column]
                                if bestIndex < 0 || value > best || (value.isNaN && !best.isNaN) { (best, bestIndex) = (value, row * width + column) }
                            }
                        }
                        if bestIndex >= 0 { out[bestIndex] += g }
                    case .average:
                        let count = pool.countIncludePad ? (bottom - top) * (right - left) : (rowEnd - rowStart) * (columnEnd - columnStart)
                        let share = g / Float(count)
                        for row in rowStart..<rowEnd {
                            for column in columnStart..<columnEnd { out[row * width + column] += share }
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
