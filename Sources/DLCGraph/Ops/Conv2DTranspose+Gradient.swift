extension Conv2DTranspose {
    /// A transposed convolution is the input gradient of the convolution with the same
    /// geometry and weights (``equivalentConvolution``), so its own gradients are that
    /// convolution's: `dX` the convolution of `dY`, `dW` the convolution's weight gradient with
    /// the roles of input and output gradient exchanged, `db = Σ dZ`.
    public func gradients(of layer: Node, outputGradient: ValueID, builder: inout GradientBuilder) throws(DLCError) -> LayerGradients {
        var gradients = LayerGradients(inputs: 1, parameters: layer.parameters.count)
        let preActivation = try builder.throughFusedActivation(activation, outputGradient: outputGradient)
        let convolution = equivalentConvolution(inputChannels: builder.type(layer.inputs[0]).shape[1])
        if builder.needsInputGradient(0) {
            gradients.inputs[0] = try builder.add("grad_input", .conv2d(convolution), [preActivation], parameters: [layer.parameters[0]])
        }
        if builder.needsParameterGradient(0) {
            gradients.parameters[0] = try builder.add("weight.grad", .training(.conv2dWeightGradient(Conv2DWeightGradient(convolution))),
                                                      [preActivation, layer.inputs[0]])
        }
        if hasBias && builder.needsParameterGradient(1) {
            gradients.parameters[1] = try builder.add("bias.grad", .training(.sum(Sum(axes: [0, 2, 3], shape: [filters]))), [preActivation])
        }
        return gradients
    }

    /// The convolution from this layer's output back to its input: `inputChannels` filters over
    /// `filters` channels, the same kernel, stride, padding, dilation and groups, no bias; its
    /// weight `[inputChannels, filters/groups, kH, kW]` is this layer's.
    public func equivalentConvolution(inputChannels: Int) -> Conv2D {
        Conv2D(filters: inputChannels, kernel: kernel, stride: stride, padding: padding, dilation: dilation, groups: groups, hasBias: false)
    }
}
