import DLCGraph

extension Conv2DInputGradient {
    /// Each input plane gathers, tap by tap, the weighted output gradients of the windows it lies
    /// in (the forward kernel's loops with reads and writes exchanged). Planes run in parallel.
    func evaluate(_ outputGradient: TensorData, weight: TensorData, outputType: TensorType) -> TensorData {
        let conv = convolution
        let (batch, channels, height, width) = (inputShape[0], inputShape[1], inputShape[2], inputShape[3])
        let (filters, outHeight, outWidth) = (outputGradient.shape[1], outputGradient.shape[2], outputGradient.shape[3])
        let channelsPerGroup = channels / conv.groups
        let filtersPerGroup = filters / conv.groups
        let (kernel, stride, dilation, padding) = (conv.kernel, conv.stride, conv.dilation, conv.padding)
        return computeInParallel(outputType, tasks: batch * channels, input: outputGradient.floats, weights: weight.floats) {
            plane, gradient, weights, output in
            let (n, c) = (plane / channels, plane % channels)
            let (group, local) = (c / channelsPerGroup, c % channelsPerGroup)
            let out = output + plane * height * width
            for o in (group * filtersPerGroup)..<((group + 1) * filtersPerGroup) {
                let source = gradient + (n * filters + o) * outHeight * outWidth
                for i in 0..<kernel.height {
                    let rowOffset = i * dilation.height - padding.top
                    let rows = validRange(count: outHeight, stride: stride.height, offset: rowOffset, limit: height)
                    for j in 0..<kernel.width {
                        let w = weights[((o * channelsPerGroup + local) * kernel.height + i) * kernel.width + j]
                        let columnOffset = j * dilation.width - padding.left
                        let columns = validRange(count: outWidth, stride: stride.width, offset: columnOffset, limit: width)
                        for y in rows {
                            let inRow = out + (y * stride.height + rowOffset) * width
                            let gradientRow = source + y * outWidth
                            for x in columns { inRow[x * stride.width + columnOffset] += w * gradientRow[x] }
                        }
                    }
                }
            }
        }
    }
}

extension Conv2DWeightGradient {
    /// Each weight sums input × output gradient over the batch and the output pixels, in double
    /// precision; one task per (filter, input channel).
    func evaluate(_ input: TensorData, _ outputGradient: TensorData, outputType: TensorType) -> TensorData {
        let conv = convolution
        let (batch, channels, height, width) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        let (filters, outHeight, outWidth) = (outputGradient.shape[1], outputGradient.shape[2], outputGradient.shape[3])
        let channelsPerGroup = channels / conv.groups
        let filtersPerGroup = filters / conv.groups
        let (kernel, stride, dilation, padding) = (conv.kernel, conv.stride, conv.dilation, conv.padding)
        return computeInParallel(outputType, tasks: filters * channelsPerGroup, input: input.floats, weights: outputGradient.floats) {
            task, source, gradient, output in
            let (o, local) = (task / channelsPerGroup, task % channelsPerGroup)
            let c = o / filtersPerGroup * channelsPerGroup + local
            for i in 0..<kernel.height {
                let rowOffset = i * dilation.height - padding.top
                let rows = validRange(count: outHeight, stride: stride.height, offset: rowOffset, limit: height)
                for j in 0..<kernel.width {
                    let columnOffset = j * dilation.width - padding.left
                    let columns = validRange(count: outWidth, stride: stride.width, offset: columnOffset, limit: width)
                    var sum: Double = 0
                    for n in 0..<batch {
                        let channel = source + (n * channels + c) * height * width
                        let plane = gradient + (n * filters + o) * outHeight * outWidth
                        for y in rows {
                            let inRow = channel + (y * stride.height + rowOffset) * width
                            let gradientRow = plane + y * outWidth
                            var rowSum: Float = 0
                            for x in columns { rowSum += inRow[x * stride.width + columnOffset] * gradientRow[x] }
                            sum += Double(rowSum)
                        }
                    }
                    output[task * kernel.height * kernel.width + i * kernel.width + j] = Float(sum)
                }
            }
        }
    }
}
