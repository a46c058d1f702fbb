import DLCGraph

extension ZeroPadding2D {
    /// Copies each row into the middle of a zero-filled, larger plane.
    func evaluate(_ input: TensorData, outputType: TensorType) -> TensorData {
        let (planes, height, width) = (input.shape[0] * input.shape[1], input.shape[2], input.shape[3])
        let (outHeight, outWidth) = (outputType.shape[2], outputType.shape[3])
        let source = input.floats
        var result = [Float](repeating: 0, count: outputType.elementCount)
        for plane in 0..<planes {
            for y in 0..<height {
                for x in 0..<width {
                    result[(plane * outHeight + y + padding.top) * outWidth + x + padding.left] = source[(plane * height + y) * width + x]
                }
            }
        }
        return TensorData(shape: outputType.shape, floats: result)
    }
}
