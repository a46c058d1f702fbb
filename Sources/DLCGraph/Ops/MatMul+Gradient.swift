extension MatMul {
    /// `dA = dY · Bᵀ` and `dB = Aᵀ · dY`, each summed over the batch axes its operand was
    /// broadcast along. Operands of one axis (a row or a column) are not differentiated yet.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        let (a, b) = (layer.inputs[0], layer.inputs[1])
        guard builder.type(a).rank >= 2, builder.type(b).rank >= 2 else {
            throw builder.notDifferentiable("products with a one-axis operand have no gradient rule yet")
        }
        var gradients = LayerGradients(inputs: 2, parameters: 0)
        func transposed(_ value: ValueID, _ suffix: String, builder: inout GradientBuilder) throws(DLCError) -> ValueID {
            let rank = builder.type(value).rank
            var permutation = Array(0..<rank)
            permutation.swapAt(rank - 2, rank - 1)
            return try builder.add(suffix, .transpose(Transpose(permutation: permutation)), [value])
        }
        if builder.needsInputGradient(0) {
            let product = try builder.add("grad_input0.product", .matmul(MatMul()),
                                          [outputGradient, transposed(b, "grad_input0.transposed", builder: &builder)])
            gradients.inputs[0] = try builder.sum(product, to: builder.type(a).shape, suffix: "grad_input0")
        }
        if builder.needsInputGradient(1) {
            let product = try builder.add("grad_input1.product", .matmul(MatMul()),
                                          [transposed(a, "grad_input1.transposed", builder: &builder), outputGradient])
            gradients.inputs[1] = try builder.sum(product, to: builder.type(b).shape, suffix: "grad_input1")
        }
        return gradients
    }
}
