import CLLVM
import DLCGraph
import DLCLLVM
import Foundation

extension BatchNorm {
    /// `x · scale[c] + shift[c]` with `scale = weight / sqrt(var + eps)` and
    /// `shift = bias - mean · scale` computed at compile time.
    func lower(_ context: NodeContext) {
        let (weight, bias, mean, variance) = (context.parameterData(0), context.parameterData(1),
                                              context.parameterData(2), context.parameterData(3))
        let scale = weight.indices.map { weight[$0] / sqrtf(variance[$0] + epsilon) }
        let shift = bias.indices.map { bias[$0] - mean[$0] * scale[$0] }
        let scales = context.constant(scale, name: "scale")
        let shifts = context.constant(shift, name: "shift")
        let shape = context.outputType.shape
        let channels = shape[1]
        let inner = shape.dropFirst(2).reduce(1, *)
        let planes = shape[0] * channels
        context.step(iterations: planes, cost: inner) { b, plane, buffers in
            let channel = b.srem(plane, b.index(channels))
            let (s, t) = (b.loadFloat(scales, channel), b.loadFloat(shifts, channel))
            let base = b.mul(plane, b.index(inner))
            b.forEachVector(from: base, to: b.add(base, b.index(inner)), lanes: context.lanes) { i, lanes in
                let x = b.loadFloats(buffers.inputs[0], i, lanes: lanes)
                b.storeFloats(b.fma(x, b.broadcast(s, lanes: lanes), b.broadcast(t, lanes: lanes)), buffers.output, i)
            }
        }
    }
}
