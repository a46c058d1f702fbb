// The model DSL as Swift functions: the vocabulary of DSL.md with its labels and defaults.
// Call them inside `Graph.build { ... }`. Sizes (`kernel:`, `stride:`, `dilation:`) take an
// `Int` or an `(Int, Int)` pair; `padding:` also takes `(top, left, bottom, right)`, `.valid`
// and `.same`. Each layer takes an optional unique `name:`; weights are looked up by it.
//
// The trailing `file:`/`line:` parameters are filled in by the compiler so errors point at the
// calling line; never pass them.

// MARK: - Model, inputs and outputs

/// Names the model (the symbol prefix of compiled code).
public func model(_ name: String, file: String = #fileID, line: Int = #line) {
    guard let builder = GraphBuilder.current else { preconditionFailure("model(_:) must be called inside Graph.build") }
    builder.location = SourceLocation(file: file, line: line)
    do { try builder.setModelName(name) } catch { builder.record(error) }
}

/// Names the model's safetensors weights file.
public func weights(_ path: String) {
    guard let builder = GraphBuilder.current else { preconditionFailure("weights(_:) must be called inside Graph.build") }
    builder.setWeightsFile(path)
}

/// A graph input.
///
/// ```swift
/// let image = input("image", shape: [1, 3, 224, 224])
/// ```
public func input(_ name: String, shape: [Int], dtype: DType = .float32,
                  file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line) { builder throws(DLCError) in try builder.input(name, shape: shape, dtype: dtype) }
}

/// Marks a tensor as a named output.
public func output(_ name: String, _ x: Tensor, file: String = #fileID, line: Int = #line) {
    _ = dslCall(file, line, [x]) { builder throws(DLCError) in
        try builder.output(name, x.value!)
        return x.value!
    }
}

// MARK: - Convolution

/// 2-D convolution, NCHW input, OIHW weights `NAME.weight` and bias `NAME.bias`.
///
/// ```swift
/// x = conv2d(x, filters: 64, kernel: 3, padding: 1, activation: .relu)
/// ```
public func conv2d<K, S, D>(_ x: Tensor, filters: Int, kernel: K, stride: S = 1, padding: Padding = 0,
                            dilation: D = 1, groups: Int = 1, bias: Bool = true, activation: Activation = .none,
                            name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    conv2dCall(x, filters, kernel, stride, padding, dilation, groups, bias, activation, name, file, line)
}

/// `conv2d` with `padding:` as `(h, w)` or `(top, left, bottom, right)`.
public func conv2d<K, S, P, D>(_ x: Tensor, filters: Int, kernel: K, stride: S = 1, padding: P,
                               dilation: D = 1, groups: Int = 1, bias: Bool = true, activation: Activation = .none,
                               name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    conv2dCall(x, filters, kernel, stride, padding, dilation, groups, bias, activation, name, file, line)
}

private func conv2dCall(_ x: Tensor, _ filters: Int, _ kernel: Any, _ stride: Any, _ padding: Any, _ dilation: Any,
                        _ groups: Int, _ bias: Bool, _ activation: Activation, _ name: String?,
                        _ file: String, _ line: Int) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in
        try builder.conv2d(x.value!, filters: filters, kernel: size2D(kernel, label: "kernel"),
                           stride: size2D(stride, label: "stride"), padding: DLCGraph.padding(padding),
                           dilation: size2D(dilation, label: "dilation"), groups: groups, bias: bias,
                           activation: activation, name: name)
    }
}

/// Depthwise convolution: one `kernel` per input channel (`multiplier` of them), weights
/// `[C·multiplier, 1, kH, kW]`.
public func depthwiseConv2d<K, S, D>(_ x: Tensor, kernel: K, stride: S = 1, padding: Padding = 0, dilation: D = 1,
                                     multiplier: Int = 1, bias: Bool = true, activation: Activation = .none,
                                     name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    depthwiseCall(x, kernel, stride, padding, dilation, multiplier, bias, activation, name, file, line)
}

/// `depthwiseConv2d` with tuple padding.
public func depthwiseConv2d<K, S, P, D>(_ x: Tensor, kernel: K, stride: S = 1, padding: P, dilation: D = 1,
                                        multiplier: Int = 1, bias: Bool = true, activation: Activation = .none,
                                        name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    depthwiseCall(x, kernel, stride, padding, dilation, multiplier, bias, activation, name, file, line)
}

private func depthwiseCall(_ x: Tensor, _ kernel: Any, _ stride: Any, _ padding: Any, _ dilation: Any, _ multiplier: Int,
                           _ bias: Bool, _ activation: Activation, _ name: String?, _ file: String, _ line: Int) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in
        try builder.depthwiseConv2d(x.value!, kernel: size2D(kernel, label: "kernel"), stride: size2D(stride, label: "stride"),
                                    padding: DLCGraph.padding(padding), dilation: size2D(dilation, label: "dilation"),
                                    multiplier: multiplier, bias: bias, activation: activation, name: name)
    }
}

/// Depthwise convolution then a 1x1 pointwise convolution (`NAME.depthwise`, `NAME.pointwise`).
public func separableConv2d<K, S>(_ x: Tensor, filters: Int, kernel: K, stride: S = 1, padding: Padding = 0,
                                  bias: Bool = true, activation: Activation = .none, name: String? = nil,
                                  file: String = #fileID, line: Int = #line) -> Tensor {
    separableCall(x, filters, kernel, stride, padding, bias, activation, name, file, line)
}

/// `separableConv2d` with tuple padding.
public func separableConv2d<K, S, P>(_ x: Tensor, filters: Int, kernel: K, stride: S = 1, padding: P,
                                     bias: Bool = true, activation: Activation = .none, name: String? = nil,
                                     file: String = #fileID, line: Int = #line) -> Tensor {
    separableCall(x, filters, kernel, stride, padding, bias, activation, name, file, line)
}

private func separableCall(_ x: Tensor, _ filters: Int, _ kernel: Any, _ stride: Any, _ padding: Any, _ bias: Bool,
                           _ activation: Activation, _ name: String?, _ file: String, _ line: Int) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in
        try builder.separableConv2d(x.value!, filters: filters, kernel: size2D(kernel, label: "kernel"),
                                    stride: size2D(stride, label: "stride"), padding: DLCGraph.padding(padding),
                                    bias: bias, activation: activation, name: name)
    }
}

/// Transposed convolution, weights `[C, filters/groups, kH, kW]`.
public func conv2dTranspose<K, S, O, D>(_ x: Tensor, filters: Int, kernel: K, stride: S = 1, padding: Padding = 0,
                                        outputPadding: O = 0, dilation: D = 1, groups: Int = 1, bias: Bool = true,
                                        activation: Activation = .none, name: String? = nil,
                                        file: String = #fileID, line: Int = #line) -> Tensor {
    transposeCall(x, filters, kernel, stride, padding, outputPadding, dilation, groups, bias, activation, name, file, line)
}

/// `conv2dTranspose` with tuple padding.
public func conv2dTranspose<K, S, P, O, D>(_ x: Tensor, filters: Int, kernel: K, stride: S = 1, padding: P,
                                           outputPadding: O = 0, dilation: D = 1, groups: Int = 1, bias: Bool = true,
                                           activation: Activation = .none, name: String? = nil,
                                           file: String = #fileID, line: Int = #line) -> Tensor {
    transposeCall(x, filters, kernel, stride, padding, outputPadding, dilation, groups, bias, activation, name, file, line)
}

private func transposeCall(_ x: Tensor, _ filters: Int, _ kernel: Any, _ stride: Any, _ padding: Any, _ outputPadding: Any,
                           _ dilation: Any, _ groups: Int, _ bias: Bool, _ activation: Activation, _ name: String?,
                           _ file: String, _ line: Int) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in
        try builder.conv2dTranspose(x.value!, filters: filters, kernel: size2D(kernel, label: "kernel"),
                                    stride: size2D(stride, label: "stride"), padding: DLCGraph.padding(padding),
                                    outputPadding: size2D(outputPadding, label: "outputPadding"),
                                    dilation: size2D(dilation, label: "dilation"), groups: groups, bias: bias,
                                    activation: activation, name: name)
    }
}

// MARK: - Pooling

/// Max pooling; `stride: nil` means the kernel size.
public func maxPool2d<K>(_ x: Tensor, kernel: K, stride: Any? = nil, padding: Padding = 0, ceilMode: Bool = false,
                         name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    poolCall(.max, x, kernel, stride, padding, ceilMode, false, name, file, line)
}

/// `maxPool2d` with tuple padding.
public func maxPool2d<K, P>(_ x: Tensor, kernel: K, stride: Any? = nil, padding: P, ceilMode: Bool = false,
                            name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    poolCall(.max, x, kernel, stride, padding, ceilMode, false, name, file, line)
}

/// Average pooling; by default padded elements are not counted in the divisor.
public func avgPool2d<K>(_ x: Tensor, kernel: K, stride: Any? = nil, padding: Padding = 0, ceilMode: Bool = false,
                         countIncludePad: Bool = false, name: String? = nil,
                         file: String = #fileID, line: Int = #line) -> Tensor {
    poolCall(.average, x, kernel, stride, padding, ceilMode, countIncludePad, name, file, line)
}

/// `avgPool2d` with tuple padding.
public func avgPool2d<K, P>(_ x: Tensor, kernel: K, stride: Any? = nil, padding: P, ceilMode: Bool = false,
                            countIncludePad: Bool = false, name: String? = nil,
                            file: String = #fileID, line: Int = #line) -> Tensor {
    poolCall(.average, x, kernel, stride, padding, ceilMode, countIncludePad, name, file, line)
}

private func poolCall(_ kind: Pool2D.Kind, _ x: Tensor, _ kernel: Any, _ stride: Any?, _ padding: Any, _ ceilMode: Bool,
                      _ countIncludePad: Bool, _ name: String?, _ file: String, _ line: Int) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in
        let kernelSize = try size2D(kernel, label: "kernel")
        let strideSize = try stride.map { value throws(DLCError) in try size2D(value, label: "stride") }
        return try builder.pool2d(kind, x.value!, kernel: kernelSize, stride: strideSize, padding: DLCGraph.padding(padding),
                                  ceilMode: ceilMode, countIncludePad: countIncludePad, name: name)
    }
}

/// Average over each channel: `[N, C, H, W]` to `[N, C, 1, 1]`.
public func globalAvgPool2d(_ x: Tensor, name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in try builder.globalPool2d(.average, x.value!, name: name) }
}

/// Maximum over each channel: `[N, C, H, W]` to `[N, C, 1, 1]`.
public func globalMaxPool2d(_ x: Tensor, name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in try builder.globalPool2d(.max, x.value!, name: name) }
}

// MARK: - Dense and shape

/// Fully connected layer over `[batch, features]`, weights `[units, features]`.
public func dense(_ x: Tensor, units: Int, bias: Bool = true, activation: Activation = .none, name: String? = nil,
                  file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in
        try builder.dense(x.value!, units: units, bias: bias, activation: activation, name: name)
    }
}

/// `[N, ...]` to `[N, product of the rest]`.
public func flatten(_ x: Tensor, name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in try builder.flatten(x.value!, name: name) }
}

/// A new full shape for the same elements; one entry may be `-1`.
public func reshape(_ x: Tensor, _ shape: [Int], name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in try builder.reshape(x.value!, shape, name: name) }
}

/// Identity at inference.
public func dropout(_ x: Tensor, rate: Float, name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in try builder.dropout(x.value!, rate: rate, name: name) }
}

/// Explicit zero padding: `Int`, `(h, w)` or `(top, left, bottom, right)`.
public func zeroPadding2d(_ x: Tensor, padding: Padding, name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    zeroPaddingCall(x, padding, name, file, line)
}

/// `zeroPadding2d` with tuple padding.
public func zeroPadding2d<P>(_ x: Tensor, padding: P, name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    zeroPaddingCall(x, padding, name, file, line)
}

private func zeroPaddingCall(_ x: Tensor, _ padding: Any, _ name: String?, _ file: String, _ line: Int) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in
        try builder.zeroPadding2d(x.value!, padding: DLCGraph.padding(padding), name: name)
    }
}

/// A constant tensor of `shape` holding `value` everywhere.
public func constant(_ value: Float, shape: [Int], name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line) { builder throws(DLCError) in try builder.constant([value], shape: shape, name: name) }
}

/// A constant tensor of `shape` holding `values` in C order.
public func constant(_ values: [Float], shape: [Int], name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line) { builder throws(DLCError) in try builder.constant(values, shape: shape, name: name) }
}

// MARK: - Normalization

/// Inference batch normalization over axis 1 with `NAME.weight`, `.bias`, `.running_mean`, `.running_var`.
public func batchNorm(_ x: Tensor, epsilon: Float = 1e-5, name: String? = nil,
                      file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in try builder.batchNorm(x.value!, epsilon: epsilon, name: name) }
}

/// Local response normalization across channels (AlexNet).
public func lrn(_ x: Tensor, size: Int = 5, alpha: Float = 1e-4, beta: Float = 0.75, k: Float = 2.0,
                name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in
        try builder.lrn(x.value!, size: size, alpha: alpha, beta: beta, k: k, name: name)
    }
}

// MARK: - Activations

public func relu(_ x: Tensor, name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in try builder.activation(x.value!, .relu, name: name) }
}

public func leakyRelu(_ x: Tensor, alpha: Float = 0.01, name: String? = nil,
                      file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in try builder.activation(x.value!, .leakyRelu(alpha), name: name) }
}

public func sigmoid(_ x: Tensor, name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in try builder.activation(x.value!, .sigmoid, name: name) }
}

public func tanh(_ x: Tensor, name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in try builder.activation(x.value!, .tanh, name: name) }
}

/// Clamps each element to `[min, max]`; ReLU6 is `clamp(x, min: 0, max: 6)`.
public func clamp(_ x: Tensor, min: Float, max: Float, name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in try builder.activation(x.value!, .clamp(min, max), name: name) }
}

public func softmax(_ x: Tensor, axis: Int = -1, name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in try builder.softmax(x.value!, axis: axis, name: name) }
}

public func logSoftmax(_ x: Tensor, axis: Int = -1, name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in try builder.softmax(x.value!, axis: axis, log: true, name: name) }
}

// MARK: - Element-wise and concatenation

/// Element-wise sum with NumPy broadcasting (also `a + b`).
public func add(_ a: Tensor, _ b: Tensor, name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [a, b]) { builder throws(DLCError) in try builder.binary(.add, a.value!, b.value!, name: name) }
}

/// Element-wise product with NumPy broadcasting (also `a * b`).
public func multiply(_ a: Tensor, _ b: Tensor, name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [a, b]) { builder throws(DLCError) in try builder.binary(.multiply, a.value!, b.value!, name: name) }
}

/// Joins tensors along `axis` (channels by default).
public func concat(_ xs: [Tensor], axis: Int = 1, name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, xs) { builder throws(DLCError) in try builder.concat(xs.map { $0.value! }, axis: axis, name: name) }
}

// MARK: - Sequences

/// Token indices `[N, T]` to vectors `[N, T, dimension]`, table `NAME.weight` `[vocabulary, dimension]`.
public func embedding(_ tokens: Tensor, vocabulary: Int, dimension: Int, name: String? = nil,
                      file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [tokens]) { builder throws(DLCError) in
        try builder.embedding(tokens.value!, vocabulary: vocabulary, dimension: dimension, name: name)
    }
}

/// Elman RNN: `h' = activation(W_ih x + b_ih + W_hh h + b_hh)`.
public func simpleRNN(_ x: Tensor, units: Int, activation: Activation = .tanh, returnSequences: Bool = false,
                      direction: Direction = .forward, name: String? = nil,
                      file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in
        try builder.recurrent(.simple(activation), x.value!, units: units, returnSequences: returnSequences,
                              direction: direction, name: name)
    }
}

/// LSTM with PyTorch's gates (i, f, g, o) and weights; `peephole: true` adds Gers & Schmidhuber's
/// peepholes (i and f see c(t-1), o sees c(t); weights `NAME.weight_peephole_l0` `[3, units]`).
///
/// ```swift
/// let h = lstm(x, units: 64, peephole: true)
/// ```
public func lstm(_ x: Tensor, units: Int, returnSequences: Bool = false, direction: Direction = .forward,
                 peephole: Bool = false, name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in
        try builder.recurrent(.lstm, x.value!, units: units, returnSequences: returnSequences, direction: direction,
                              peephole: peephole, name: name)
    }
}

/// A convolutional LSTM (Shi et al. 2015) over frames `[N, T, C, H, W]`: gates from convolutions
/// of the frame and of the state (plus peepholes V∘c with `peephole: true`), output the last
/// state `[N, F, H, W]` or every step's (`returnSequences`). Weights `NAME.weight_ih`
/// `[4F, C, kh, kw]`, `NAME.weight_hh` `[4F, F, kh, kw]`, `NAME.bias` `[4F]` (gates i, f, g, o),
/// `NAME.weight_peephole` `[3, F, H, W]` (i, f, o).
///
/// ```swift
/// let h = convLSTM2d(frames, filters: 16, kernel: 3, returnSequences: true)
/// ```
public func convLSTM2d<K>(_ x: Tensor, filters: Int, kernel: K, padding: Padding = .same,
                          returnSequences: Bool = false, peephole: Bool = false, direction: Direction = .forward,
                          name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in
        try builder.convLSTM2d(x.value!, filters: filters, kernel: size2D(kernel, label: "kernel"), padding: padding,
                               returnSequences: returnSequences, peephole: peephole, direction: direction, name: name)
    }
}

/// GRU with PyTorch's gates (r, z, n) and weights.
public func gru(_ x: Tensor, units: Int, returnSequences: Bool = false, direction: Direction = .forward,
                name: String? = nil, file: String = #fileID, line: Int = #line) -> Tensor {
    dslCall(file, line, [x]) { builder throws(DLCError) in
        try builder.recurrent(.gru, x.value!, units: units, returnSequences: returnSequences, direction: direction, name: name)
    }
}
