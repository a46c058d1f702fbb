import DLCGraph

extension Pool2D {
    /// The maximum (NaN kept) or the average of each window (``window(y:x:height:width:)``).
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
                        for x in 0..<outWidth {
                            let (rows, columns, divisor) = window(y: y, x: x, height: height, width: width)
                            var value: Float
                            switch kind {
                            case .max:
                                value = -.infinity
                                for row in rows {
                                    for column in columns { value = maximumPropagatingNaN(value, channel[row * width + column]) }
                                }
                            case .average:
                                value = 0
                                for row in rows {
                                    for column in columns { value += channel[row * width + column] }
                                }
                                value /= Float(divisor)
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

extension Pool2D {
    /// The window of output `(y, x)` clipped to a `height` × `width` input, and the divisor of
    /// an average over it: PyTorch's rules (a window spans `[start, min(start + k, n + padAfter))`
    /// before clipping; the average divides by the clipped window, or by the unclipped one with
    /// `countIncludePad`).
    func window(y: Int, x: Int, height: Int, width: Int) -> (rows: Range<Int>, columns: Range<Int>, divisor: Int) {
        let top = y * stride.height - padding.top, left = x * stride.width - padding.left
        let bottom = min(top + kernel.height, height + padding.bottom), right = min(left + kernel.width, width + padding.right)
        let rows = max(top, 0)..<min(bottom, height), columns = max(left, 0)..<min(right, width)
        return (rows, columns, countIncludePad ? (bottom - top) * (right - left) : rows.count * columns.count)
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
