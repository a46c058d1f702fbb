import DLCGraph

extension Conv2D {
    /// The fused depthwise convolution if any, the convolution, then its fused pooling layer if
    /// any, as the separate layers computed them.
    func evaluate(_ inputs: [TensorData], _ parameters: [TensorData], outputType: TensorType) throws(OperatorError) -> TensorData {
        let ownParameters = hasBias ? 2 : 1
        var input = inputs[0]
        if let depthwise {
            let stage = depthwise.convolution(channels: input.shape[1])
            let staged = Array(parameters.dropFirst(ownParameters))
            input = stage.evaluate(input, weight: staged[0], bias: staged.count > 1 ? staged[1] : nil, residual: nil,
                                   outputType: try stage.outputType(inputs: [input.type]))
        }
        let convolutionType = pool == nil ? outputType : try convolutionOutputType(inputs: inputs.map(\.type))
        let convolved = evaluate(input, weight: parameters[0], bias: ownParameters > 1 ? parameters[1] : nil,
                                 residual: addsResidual ? inputs[1] : nil, outputType: convolutionType)
        return pool.map { $0.evaluate(convolved, outputType: outputType) } ?? convolved
    }
}

extension Conv2D {
    /// Direct convolution: for each output plane, accumulate `weight · shifted input row` per
    /// kernel tap, add the residual if any, then the activation. Output planes run in parallel.
    func evaluate(_ input: TensorData, weight: TensorData, bias: TensorData?, residual: TensorData?,
                  outputType: TensorType) -> TensorData {
        let (batch, channels, height, width) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        let (outHeight, outWidth) = (outputType.shape[2], outputType.shape[3])
        let channelsPerGroup = channels / groups
        let filtersPerGroup = filters / groups
        let biases = bias?.floats
        let residuals = residual?.floats
        return computeInParallel(outputType, tasks: batch * filters, input: input.floats, weights: weight.floats) {
            plane, source, weights, output in
            let (n, o) = (plane / filters, plane % filters)
            let group = o / filtersPerGroup
            let out = output + plane * outHeight * outWidth
            let initial = biases?[o] ?? 0
            for index in 0..<(outHeight * outWidth) { out[index] = initial }
            for c in 0..<channelsPerGroup {
                let channel = source + (n * channels + group * channelsPerGroup + c) * height * width
                for i in 0..<kernel.height {
                    let rows = validRange(count: outHeight, stride: stride.height, offset: i * dilation.height - padding.top, limit: height)
                    for j in 0..<kernel.width {
                        let w = weights[((o * channelsPerGroup + c) * kernel.height + i) * kernel.width + j]
                        let columnOffset = j * dilation.width - padding.left
                        let columns = validRange(count: outWidth, stride: stride.width, offset: columnOffset, limit: width)
                        for y in rows {
                            let inRow = channel + (y * stride.height + i * dilation.height - padding.top) * width
                            let outRow = out + y * outWidth
                            for x in columns { outRow[x] += w * inRow[x * stride.width + columnOffset] }
                        }
                    }
                }
            }
            if let residuals {
                for index in 0..<(outHeight * outWidth) { out[index] += residuals[plane * outHeight * outWidth + index] }
            }
            if let activation {
                for index in 0..<(outHeight * outWidth) { out[index] = activation.apply(out[index]) }
            }
        }
    }
}
