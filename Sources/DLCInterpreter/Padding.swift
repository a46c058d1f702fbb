import DLCGraph

extension Padding2D {
    /// Every output pixel from the input pixel its mode maps it to, or the constant.
    func evaluate(_ input: TensorData, outputType: TensorType) -> TensorData {
        let (planes, height, width) = (input.shape[0] * input.shape[1], input.shape[2], input.shape[3])
        let (outHeight, outWidth) = (outputType.shape[2], outputType.shape[3])
        let source = input.floats
        var result = [Float](repeating: value, count: outputType.elementCount)
        for plane in 0..<planes {
            for y in 0..<outHeight {
                guard let row = mode.sourceIndex(y - padding.top, size: height) else { continue }
                for x in 0..<outWidth {
                    guard let column = mode.sourceIndex(x - padding.left, size: width) else { continue }
                    result[(plane * outHeight + y) * outWidth + x] = source[(plane * height + row) * width + column]
                }
            }
        }
        return TensorData(shape: outputType.shape, floats: result)
    }
}
