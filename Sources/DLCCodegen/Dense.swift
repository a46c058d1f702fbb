import CLLVM
import DLCGraph

extension Dense {
    /// One output unit per iteration: a vectorized dot product of its weight row with each
    /// batch row, plus the bias, through the activation.
    func lower(_ context: NodeContext) {
        let (batch, features) = (context.inputType(0).shape[0], context.inputType(0).shape[1])
        let weight = context.parameter(0)
        let bias = hasBias ? context.parameter(1) : nil
        context.step(iterations: units, cost: batch * features) { b, unit, buffers in
            let row = b.mul(unit, b.index(features))
            let bound = bias.map { b.loadFloat($0, unit) }
            b.loop(count: batch, "n") { n in
                var sum = b.dot(weight, row, buffers.inputs[0], b.mul(n, b.index(features)), count: features, lanes: context.lanes)
                if let bound { sum = b.fadd(sum, bound) }
                b.storeFloat(b.activation(activation, sum), buffers.output, b.add(b.mul(n, b.index(units)), unit))
            }
        }
    }
}
