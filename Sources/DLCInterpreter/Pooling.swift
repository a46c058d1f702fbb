import DLCGraph

extension Pool2D {
    /// PyTorch's window rules: a window spans `[start, min(start + k, n + padAfter))`, is then
    /// clipped to the input; the average divides by the clipped window, or the unclipped one with
    /// `countIncludePad`.
    func evaluate(_ input: TensorData, outputType: TensorType) -> TensorData {
        let (batch, channels, height, width) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        let (outHeight, outWidth) = (outputType.shape[2], outputType.shape[3])
        let source = input.floats
        let result = makeFloats(outputType.elementCount) { output in
            source.withUnsafeBufferPointer { source in
                parallelFor(batch * channels) { plane in
                    let channel = source.baseAddress! + plane * height * width
                    let out = output.base + plane * outHeight * outWidth
                    for y in 0..<outHeight {
                        let top = y * stride.height - padding.top
                        let bottom = min(top + kernel.height, height + padding.bottom)
                        for x in 0..<outWidth {
                            let left = x * stride.width - padding.left
                            let right = min(left + kernel.width, width + padding.right)
                            let windowArea = (bottom - top) * (right - left)
                            let (rowStart, rowEnd) = (max(top, 0), min(bottom, height))
                            let (columnStart, columnEnd) = (max(left, 0), min(right, width))
                            var value: Float
                            switch kind {
                            case .max:
                                value = -.infinity
                                for row in rowStart..<rowEnd {
                                    for column in columnStart..<columnEnd { value = maximumPropagatingNaN(value, channel[row * width + column]) }
                                }
                            case .average:
                                value = 0
                                for row in rowStart..<rowEnd {
                                    for column in columnStart..<columnEnd { value += channel[row * width + column] }
                                }
                                let count = countIncludePad ? windowArea : (rowEnd - rowStart) * (columnEnd - columnStart)
                                value /= Float(count)
                            }
                            out[y * outWidth + x] = value
                        }
                    }
                }
            }
        }
        return TensorData(shape: outputType.shape, floats: result)
    }
}

extension GlobalPool2D {
    func evaluate(_ input: TensorData, outputType: TensorType) -> TensorData {
        let area = input.shape[2] * input.shape[3]
        let source = input.floats
        let result = (0..<outputType.elementCount).map { plane in
            let values = source[(plane * area)..<((plane + 1) * area)]
            return kind == .max ? values.reduce(-.infinity, maximumPropagatingNaN) : values.reduce(0, +) / Float(area)
        }
        return TensorData(shape: outputType.shape, floats: result)
    }
}
