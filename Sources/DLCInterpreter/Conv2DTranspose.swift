import DLCGraph

extension Conv2DTranspose {
    /// Scatter form: every input pixel adds `value · weight[c, o, i, j]` to output pixel
    /// `(y·sh + i·dh - top, x·sw + j·dw - left)`. Output planes run in parallel.
    func evaluate(_ input: TensorData, weight: TensorData, bias: TensorData?, outputType: TensorType) -> TensorData {
        let (batch, channels, height, width) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        let (outHeight, outWidth) = (outputType.shape[2], outputType.shape[3])
        let channelsPerGroup = channels / groups
        let filtersPerGroup = filters / groups
        let biases = bias?.floats
        return computeInParallel(outputType, tasks: batch * filters, input: input.floats, weights: weight.floats) {
            plane, source, weights, output in
            let (n, o) = (plane / filters, plane % filters)
            let (group, oInGroup) = (o / filtersPerGroup, o % filtersPerGroup)
            let out = output + plane * outHeight * outWidth
            let initial = biases?[o] ?? 0
            for index in 0..<(outHeight * outWidth) { out[index] = initial }
            for cInGroup in 0..<channelsPerGroup {
                let c = group * channelsPerGroup + cInGroup
                let channel = source + (n * channels + c) * height * width
                for i in 0..<kernel.height {
                    for j in 0..<kernel.width {
                        let w = weights[((c * filtersPerGroup + oInGroup) * kernel.height + i) * kernel.width + j]
                        for y in 0..<height {
                            let oy = y * stride.height + i * dilation.height - padding.top
                            guard oy >= 0 && oy < outHeight else { continue }
                            for x in 0..<width {
                                let ox = x * stride.width + j * dilation.width - padding.left
                                guard ox >= 0 && ox < outWidth else { continue }
                                out[oy * outWidth + ox] += w * channel[y * width + x]
                            }
                        }
                    }
                }
            }
            if let activation {
                for index in 0..<(outHeight * outWidth) { out[index] = activation.apply(out[index]) }
            }
        }
    }
}
