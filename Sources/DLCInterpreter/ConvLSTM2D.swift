import DLCGraph
import Foundation

extension ConvLSTM2D {
    /// Steps each direction through the frames with the equations of ``ConvLSTM2D``, its two
    /// convolutions per step by the reference convolution (``Conv2D``'s kernel).
    func evaluate(_ input: TensorData, parameters: [TensorData], outputType: TensorType) -> TensorData {
        let (batch, time, channels) = (input.shape[0], input.shape[1], input.shape[2])
        let (frameHeight, frameWidth) = (input.shape[3], input.shape[4])
        let (height, width) = stateSize(input.type)
        let plane = height * width
        let stateCount = filters * plane
        let directions = direction.directionCount
        let frameCount = channels * frameHeight * frameWidth
        let fromInput = Conv2D(filters: 4 * filters, kernel: kernel, stride: Size2D(square: 1), padding: padding,
                               dilation: Size2D(square: 1), groups: 1, hasBias: true, activation: nil)
        let fromState = Conv2D(filters: 4 * filters, kernel: kernel, stride: Size2D(square: 1), padding: statePadding,
                               dilation: Size2D(square: 1), groups: 1, hasBias: false, activation: nil)
        let gatesType = TensorType(shape: [1, 4 * filters, height, width])
        func sigmoid(_ v: Float) -> Float { 1 / (1 + expf(-v)) }

        // [N][T][directions · F][H'][W'] for sequences, [N][directions · F][H'][W'] for the last state.
        var sequence = [Float](repeating: 0, count: batch * time * directions * stateCount)
        var final = [Float](repeating: 0, count: batch * directions * stateCount)
        for d in 0..<directions {
            let p = Array(parameters[(d * parametersPerDirection)..<((d + 1) * parametersPerDirection)])
            let peepholes = peephole ? p[3].floats : nil
            let backwards = direction == .reverse || d == 1
            for n in 0..<batch {
                var h = [Float](repeating: 0, count: stateCount), c = h
                for t in backwards ? Array((0..<time).reversed()) : Array(0..<time) {
                    let first = (n * time + t) * frameCount
                    let frame = TensorData(shape: [1, channels, frameHeight, frameWidth], floats: Array(input.floats[first ..< first + frameCount]))
                    let x = fromInput.evaluate(frame, weight: p[0], bias: p[2], residual: nil, outputType: gatesType).floats
                    let u = fromState.evaluate(TensorData(shape: [1, filters, height, width], floats: h), weight: p[1], bias: nil,
                                               residual: nil, outputType: gatesType).floats
                    for e in 0..<stateCount {
                        func pre(_ gate: Int) -> Float { x[gate * stateCount + e] + u[gate * stateCount + e] }
                        func peep(_ row: Int, _ cell: Float) -> Float { peepholes.map { $0[row * stateCount + e] * cell } ?? 0 }
                        let inputGate = sigmoid(pre(0) + peep(0, c[e]))
                        let forgetGate = sigmoid(pre(1) + peep(1, c[e]))
                        let candidate = tanhf(pre(2))
                        c[e] = forgetGate * c[e] + inputGate * candidate
                        let outputGate = sigmoid(pre(3) + peep(2, c[e]))
                        h[e] = outputGate * tanhf(c[e])
                    }
                    let row = ((n * time + t) * directions + d) * stateCount
                    sequence.replaceSubrange(row ..< row + stateCount, with: h)
                }
                let row = (n * directions + d) * stateCount
                final.replaceSubrange(row ..< row + stateCount, with: h)
            }
        }
        return TensorData(shape: outputType.shape, floats: returnSequences ? sequence : final)
    }
}
