"""Writes ONNX models shaped like other tools' exports, with ONNX Runtime's outputs as the
reference, in the layout of ONNX's test data (OUT/NAME/model.onnx, OUT/NAME/test_data_set_0/).

    python3 scripts/onnx/reference_models.py OUT

- pytorch_*: opset 13-17 graphs as torch.onnx.export writes them: /module/Op node names,
  Conv + BatchNormalization + Relu, flatten as a Shape → Gather → Unsqueeze → Concat → Reshape
  chain, Gemm with transB, Clip with min/max inputs (ReLU6), symbolic batch dimensions.
- caffe2_*: opset 9 graphs as Caffe2 exports them: initializers listed as graph inputs, biases
  made by ConstantOfShape, Softmax on 2-D, Dropout with is_test-era attributes absent, Sum.
- shuffle: a ShuffleNet channel shuffle (Reshape → Transpose → Reshape), opset 17.
- pytorch_recurrent: a bidirectional LSTM, a GRU (linear_before_reset=1), a reverse GRU with
  ONNX's default linear_before_reset=0 (the original GRU, as Keras' reset_after=False) and a
  reverse ReLU RNN, time-major, with Y and Y_h outputs, opset 14.
- pytorch_index_select: Gather by constant indices out of order (index_select) and by a 2-D
  index array, opset 17.
- pytorch_pads: reflection, replication, constant (0.5) and circular padding around a conv and a
  pool, the last with opset 18's axes input, opset 19.
- activations: the element-wise functions of today's exports (MobileNetV3's HardSwish and
  HardSigmoid with PyTorch's slope 1/6, ONNX's default HardSigmoid, Gelu in both forms) after
  convolutions and a Gemm, where dlc fuses them, opset 20 (Gelu's first).
- lrn_even: an LRN of size 4, whose window reaches one channel further forward than back in
  ONNX (PyTorch's: back). ONNX Runtime refuses even sizes and the onnx package's reference
  implementation loops over the batch instead of the channels, so its expected output is the
  spec's formula evaluated here with NumPy.
"""

import os
import sys

import numpy as np
import onnx
import onnxruntime
from onnx import TensorProto, helper, numpy_helper

RNG = np.random.default_rng(7)


def weight(name, *shape, scale=0.2):
    return numpy_helper.from_array((RNG.standard_normal(shape) * scale).astype(np.float32), name)


def ints(name, values):
    return numpy_helper.from_array(np.array(values, dtype=np.int64), name)


def conv_bn_relu(nodes, inits, prefix, x, cin, cout, k=3, stride=1, pad=1, relu="Relu"):
    inits += [weight(f"{prefix}.conv.weight", cout, cin, k, k)]
    nodes.append(helper.make_node("Conv", [x, f"{prefix}.conv.weight"], [f"/{prefix}/conv/Conv_output_0"],
                                  name=f"/{prefix}/conv/Conv", kernel_shape=[k, k], strides=[stride, stride],
                                  pads=[pad] * 4, dilations=[1, 1], group=1))
    inits += [numpy_helper.from_array((RNG.random(cout) + 0.5).astype(np.float32), f"{prefix}.bn.weight"),
              weight(f"{prefix}.bn.bias", cout), weight(f"{prefix}.bn.running_mean", cout),
              numpy_helper.from_array((RNG.random(cout) + 0.5).astype(np.float32), f"{prefix}.bn.running_var")]
    nodes.append(helper.make_node("BatchNormalization",
                                  [f"/{prefix}/conv/Conv_output_0", f"{prefix}.bn.weight", f"{prefix}.bn.bias",
                                   f"{prefix}.bn.running_mean", f"{prefix}.bn.running_var"],
                                  [f"/{prefix}/bn/BatchNormalization_output_0"], name=f"/{prefix}/bn/BatchNormalization",
                                  epsilon=1e-5, momentum=0.9))
    out = f"/{prefix}/relu/Relu_output_0"
    if relu == "Relu":
        nodes.append(helper.make_node("Relu", [f"/{prefix}/bn/BatchNormalization_output_0"], [out], name=f"/{prefix}/relu/Relu"))
    else:  # ReLU6 as PyTorch exports it from opset 11 on: Clip with constant min and max inputs.
        nodes.append(helper.make_node("Constant", [], [f"/{prefix}/min"], name=f"/{prefix}/Constant",
                                      value=numpy_helper.from_array(np.array(0, dtype=np.float32))))
        nodes.append(helper.make_node("Constant", [], [f"/{prefix}/max"], name=f"/{prefix}/Constant_1",
                                      value=numpy_helper.from_array(np.array(6, dtype=np.float32))))
        nodes.append(helper.make_node("Clip", [f"/{prefix}/bn/BatchNormalization_output_0", f"/{prefix}/min", f"/{prefix}/max"],
                                      [out], name=f"/{prefix}/relu/Clip"))
    return out


def pytorch_resnet_block(opset):
    nodes, inits = [], []
    x = conv_bn_relu(nodes, inits, "stem", "input", 3, 8, stride=2)
    nodes.append(helper.make_node("MaxPool", [x], ["/maxpool/MaxPool_output_0"], name="/maxpool/MaxPool",
                                  kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1], ceil_mode=0))
    y = conv_bn_relu(nodes, inits, "layer1.0.a", "/maxpool/MaxPool_output_0", 8, 8, relu="Clip")
    y = conv_bn_relu(nodes, inits, "layer1.0.b", y, 8, 8)
    nodes.append(helper.make_node("Add", [y, "/maxpool/MaxPool_output_0"], ["/layer1/layer1.0/Add_output_0"], name="/layer1/layer1.0/Add"))
    nodes.append(helper.make_node("GlobalAveragePool", ["/layer1/layer1.0/Add_output_0"], ["/avgpool/GlobalAveragePool_output_0"],
                                  name="/avgpool/GlobalAveragePool"))
    # torch.flatten(x, 1) through the traced shape: Shape → Gather(0) → Unsqueeze → Concat([b, -1]) → Reshape.
    pooled = "/avgpool/GlobalAveragePool_output_0"
    nodes.append(helper.make_node("Shape", [pooled], ["/Shape_output_0"], name="/Shape"))
    nodes.append(helper.make_node("Constant", [], ["/Constant_output_0"], name="/Constant",
                                  value=numpy_helper.from_array(np.array(0, dtype=np.int64))))
    nodes.append(helper.make_node("Gather", ["/Shape_output_0", "/Constant_output_0"], ["/Gather_output_0"], name="/Gather", axis=0))
    nodes.append(helper.make_node("Constant", [], ["/Constant_1_output_0"], name="/Constant_1",
                                  value=numpy_helper.from_array(np.array([0], dtype=np.int64))))
    nodes.append(helper.make_node("Unsqueeze", ["/Gather_output_0", "/Constant_1_output_0"], ["/Unsqueeze_output_0"], name="/Unsqueeze"))
    nodes.append(helper.make_node("Constant", [], ["/Constant_2_output_0"], name="/Constant_2",
                                  value=numpy_helper.from_array(np.array([-1], dtype=np.int64))))
    nodes.append(helper.make_node("Concat", ["/Unsqueeze_output_0", "/Constant_2_output_0"], ["/Concat_output_0"], name="/Concat", axis=0))
    nodes.append(helper.make_node("Reshape", [pooled, "/Concat_output_0"], ["/Reshape_output_0"], name="/Reshape"))
    inits += [weight("fc.weight", 5, 8), weight("fc.bias", 5)]
    nodes.append(helper.make_node("Gemm", ["/Reshape_output_0", "fc.weight", "fc.bias"], ["logits"], name="/fc/Gemm",
                                  alpha=1.0, beta=1.0, transB=1))
    graph = helper.make_graph(nodes, "main_graph",
                              [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch_size", 3, 16, 16])],
                              [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch_size", 5])], inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)], producer_name="pytorch")


def caffe2_classifier():
    nodes, inits = [], []
    inits += [weight("conv1_w", 6, 1, 5, 5)]
    nodes.append(helper.make_node("ConstantOfShape", ["conv1_b_shape"], ["conv1_b"],
                                  value=numpy_helper.from_array(np.array([0.1], dtype=np.float32))))
    inits += [ints("conv1_b_shape", [6])]
    nodes.append(helper.make_node("Conv", ["data", "conv1_w", "conv1_b"], ["conv1"], kernel_shape=[5, 5], pads=[2, 2, 2, 2]))
    nodes.append(helper.make_node("Relu", ["conv1"], ["conv1_relu"]))
    nodes.append(helper.make_node("AveragePool", ["conv1_relu"], ["pool1"], kernel_shape=[2, 2], strides=[2, 2]))
    nodes.append(helper.make_node("LRN", ["pool1"], ["norm1"], size=3, alpha=1e-3, beta=0.75, bias=1.0))
    nodes.append(helper.make_node("Flatten", ["norm1"], ["flat"], axis=1))
    inits += [weight("fc_w", 20, 6 * 7 * 7, scale=0.05), weight("fc_b", 20)]
    nodes.append(helper.make_node("Gemm", ["flat", "fc_w", "fc_b"], ["fc"], transB=1))
    nodes.append(helper.make_node("Dropout", ["fc"], ["fc_drop"], ratio=0.5))
    inits += [weight("gate", 20)]
    nodes.append(helper.make_node("Sigmoid", ["fc_drop"], ["fc_sig"]))
    nodes.append(helper.make_node("Mul", ["fc_sig", "gate"], ["gated"]))
    nodes.append(helper.make_node("Sum", ["gated", "fc_drop", "fc"], ["summed"]))
    nodes.append(helper.make_node("Softmax", ["summed"], ["prob"], axis=1))
    inputs = [helper.make_tensor_value_info("data", TensorProto.FLOAT, [1, 1, 14, 14])]
    # Caffe2 lists every initializer as a graph input too (IR version 3).
    inputs += [helper.make_tensor_value_info(t.name, t.data_type, list(t.dims)) for t in inits]
    graph = helper.make_graph(nodes, "caffe2_net", inputs, [helper.make_tensor_value_info("prob", TensorProto.FLOAT, [1, 20])], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 9)], producer_name="caffe2")
    model.ir_version = 3
    return model


def shuffle():
    nodes, inits = [], []
    inits += [weight("conv.weight", 12, 4, 1, 1)]
    nodes.append(helper.make_node("Conv", ["x", "conv.weight"], ["c"], kernel_shape=[1, 1], group=3, name="/conv/Conv"))
    inits += [ints("shape1", [1, 3, 4, 6, 6]), ints("shape2", [1, 12, 6, 6])]
    nodes.append(helper.make_node("Reshape", ["c", "shape1"], ["r"], name="/Reshape"))
    nodes.append(helper.make_node("Transpose", ["r"], ["t"], perm=[0, 2, 1, 3, 4], name="/Transpose"))
    nodes.append(helper.make_node("Reshape", ["t", "shape2"], ["s"], name="/Reshape_1"))
    inits += [weight("offset", 12, 1, 1)]
    nodes.append(helper.make_node("Sub", ["s", "offset"], ["d"], name="/Sub"))
    inits += [numpy_helper.from_array(np.array(2.5, dtype=np.float32), "divisor")]
    nodes.append(helper.make_node("Div", ["d", "divisor"], ["y"], name="/Div"))
    graph = helper.make_graph(nodes, "shuffle", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 12, 6, 6])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 12, 6, 6])], inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def pytorch_recurrent():
    """nn.LSTM(bidirectional=True) and nn.GRU as torch.onnx.export writes them: time-major X,
    gates in ONNX's order, GRU with linear_before_reset=1, Y and Y_h both used."""
    T, N, I, H = 5, 2, 3, 4
    inits = [weight("lstm.W", 2, 4 * H, I), weight("lstm.R", 2, 4 * H, H), weight("lstm.B", 2, 8 * H),
             weight("gru.W", 1, 3 * H, I), weight("gru.R", 1, 3 * H, H), weight("gru.B", 1, 6 * H)]
    nodes = [
        helper.make_node("LSTM", ["x", "lstm.W", "lstm.R", "lstm.B"], ["lstm_y", "lstm_h"], name="/lstm/LSTM",
                         direction="bidirectional", hidden_size=H),
        helper.make_node("GRU", ["x", "gru.W", "gru.R", "gru.B"], ["", "gru_h"], name="/gru/GRU",
                         hidden_size=H, linear_before_reset=1),
        helper.make_node("GRU", ["x", "gru0.W", "gru0.R", "gru0.B"], ["gru0_y"], name="/gru0/GRU",
                         hidden_size=H, direction="reverse"),
        helper.make_node("RNN", ["x", "rnn.W", "rnn.R"], ["rnn_y"], name="/rnn/RNN", hidden_size=H,
                         direction="reverse", activations=["Relu"]),
        # out[-1] of the LSTM's sequence, as PyTorch exports indexing: Gather with a constant index.
        helper.make_node("Constant", [], ["last"], name="/Constant", value=numpy_helper.from_array(np.array(-1, dtype=np.int64))),
        helper.make_node("Gather", ["lstm_y", "last"], ["lstm_last"], name="/Gather", axis=0),
    ]
    inits += [weight("rnn.W", 1, H, I), weight("rnn.R", 1, H, H),
              weight("gru0.W", 1, 3 * H, I), weight("gru0.R", 1, 3 * H, H), weight("gru0.B", 1, 6 * H)]
    graph = helper.make_graph(nodes, "recurrent", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [T, N, I])],
                              [helper.make_tensor_value_info("lstm_y", TensorProto.FLOAT, [T, 2, N, H]),
                               helper.make_tensor_value_info("lstm_h", TensorProto.FLOAT, [2, N, H]),
                               helper.make_tensor_value_info("gru_h", TensorProto.FLOAT, [1, N, H]),
                               helper.make_tensor_value_info("gru0_y", TensorProto.FLOAT, [T, 1, N, H]),
                               helper.make_tensor_value_info("rnn_y", TensorProto.FLOAT, [T, 1, N, H]),
                               helper.make_tensor_value_info("lstm_last", TensorProto.FLOAT, [2, N, H])], inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14)])


def lrn_even():
    node = helper.make_node("LRN", ["x"], ["y"], name="/LRN", size=4, alpha=4.0, beta=0.75, bias=1.5)
    graph = helper.make_graph([node], "lrn_even", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 6, 3, 3])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 6, 3, 3])])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def lrn_even_reference(feeds):
    """ONNX's LRN: the squares of channels max(0, c - floor((size-1)/2)) ... min(C-1, c + ceil((size-1)/2))."""
    x, size, alpha, beta, bias = feeds["x"].astype(np.float64), 4, 4.0, 0.75, 1.5
    channels = x.shape[1]
    square_sum = np.zeros_like(x)
    for c in range(channels):
        first, last = max(0, c - (size - 1) // 2), min(channels - 1, c + size // 2)
        square_sum[:, c] = np.sum(x[:, first:last + 1] ** 2, axis=1)
    return [(x / (bias + alpha / size * square_sum) ** beta).astype(np.float32)]


def pytorch_pads():
    """ReflectionPad2d → Conv → Relu, ReplicationPad2d → MaxPool, ConstantPad2d(0.5) and a Pad
    with an axes input (opset 18) padding the width alone, with a circular (wrap) one."""
    nodes, inits = [], []
    inits += [ints("pads_reflect", [0, 0, 3, 3, 0, 0, 3, 3]), weight("conv.weight", 4, 3, 7, 7, scale=0.1)]
    nodes.append(helper.make_node("Pad", ["x", "pads_reflect"], ["p1"], mode="reflect", name="/pad/Pad"))
    nodes.append(helper.make_node("Conv", ["p1", "conv.weight"], ["c"], kernel_shape=[7, 7], name="/conv/Conv"))
    nodes.append(helper.make_node("Relu", ["c"], ["r"], name="/relu/Relu"))
    inits += [ints("pads_edge", [0, 0, 1, 0, 0, 0, 0, 1])]
    nodes.append(helper.make_node("Pad", ["r", "pads_edge"], ["p2"], mode="edge", name="/replicate/Pad"))
    nodes.append(helper.make_node("MaxPool", ["p2"], ["m"], kernel_shape=[2, 2], strides=[2, 2], name="/pool/MaxPool"))
    inits += [ints("pads_constant", [0, 0, 1, 2, 0, 0, 2, 1]),
              numpy_helper.from_array(np.array(0.5, dtype=np.float32), "half")]
    nodes.append(helper.make_node("Pad", ["m", "pads_constant", "half"], ["p3"], mode="constant", name="/constant/Pad"))
    inits += [ints("pads_width", [2, 1]), ints("width_axis", [-1])]
    nodes.append(helper.make_node("Pad", ["p3", "pads_width", "", "width_axis"], ["y"], mode="wrap", name="/circular/Pad"))
    graph = helper.make_graph(nodes, "pads", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 10, 12])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 4, 8, 12])], inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 19)])


def pytorch_index_select():
    """`x[:, [5, 0, 1, 2, 4]]` (index_select: Gather by constant indices, out of order) and a
    Gather by a constant 2-D index array along the height, opset 17."""
    nodes, inits = [], []
    inits += [ints("channels", [5, 0, 1, 2, 4]), numpy_helper.from_array(np.array([[3, 1], [0, -4]], dtype=np.int64), "rows")]
    nodes.append(helper.make_node("Gather", ["x", "channels"], ["g"], axis=1, name="/Gather"))
    nodes.append(helper.make_node("Relu", ["g"], ["y"], name="/Relu"))
    nodes.append(helper.make_node("Gather", ["x", "rows"], ["z"], axis=2, name="/Gather_1"))
    graph = helper.make_graph(nodes, "index_select", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 6, 4, 3])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 5, 4, 3]),
                               helper.make_tensor_value_info("z", TensorProto.FLOAT, [1, 6, 2, 2, 3])], inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def activations():
    """Conv → HardSwish → Conv → Gelu → HardSigmoid (ONNX's default slope 0.2) → Gelu(tanh), and
    global pooling → Flatten → Gemm → HardSigmoid (PyTorch's slope 1/6) and Gemm → Gelu, opset 20."""
    nodes, inits = [], []
    inits += [weight("c1.weight", 16, 8, 3, 3), weight("c1.bias", 16), weight("c2.weight", 16, 16, 1, 1), weight("c2.bias", 16),
              weight("fc.weight", 10, 16), weight("fc.bias", 10), weight("fc2.weight", 10, 16, scale=2.0)]
    nodes.append(helper.make_node("Conv", ["x", "c1.weight", "c1.bias"], ["c1"], kernel_shape=[3, 3], pads=[1, 1, 1, 1], name="/c1/Conv"))
    nodes.append(helper.make_node("HardSwish", ["c1"], ["h1"], name="/act1/HardSwish"))
    nodes.append(helper.make_node("Conv", ["h1", "c2.weight", "c2.bias"], ["c2"], kernel_shape=[1, 1], name="/c2/Conv"))
    nodes.append(helper.make_node("Gelu", ["c2"], ["g1"], name="/act2/Gelu"))
    nodes.append(helper.make_node("HardSigmoid", ["g1"], ["s1"], name="/act3/HardSigmoid"))
    nodes.append(helper.make_node("Gelu", ["s1"], ["y"], approximate="tanh", name="/act4/Gelu"))
    nodes.append(helper.make_node("GlobalAveragePool", ["h1"], ["pooled"], name="/pool/GlobalAveragePool"))
    nodes.append(helper.make_node("Flatten", ["pooled"], ["flat"], name="/Flatten"))
    nodes.append(helper.make_node("Gemm", ["flat", "fc.weight", "fc.bias"], ["fc"], transB=1, name="/fc/Gemm"))
    nodes.append(helper.make_node("HardSigmoid", ["fc"], ["z"], alpha=1 / 6, beta=0.5, name="/fc/act/HardSigmoid"))
    nodes.append(helper.make_node("Gemm", ["flat", "fc2.weight"], ["fc2"], transB=1, name="/fc2/Gemm"))
    nodes.append(helper.make_node("Gelu", ["fc2"], ["w"], name="/fc2/act/Gelu"))
    graph = helper.make_graph(nodes, "activations", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 8, 6, 6])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 16, 6, 6]),
                               helper.make_tensor_value_info("z", TensorProto.FLOAT, [2, 10]),
                               helper.make_tensor_value_info("w", TensorProto.FLOAT, [2, 10])], inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20)])


def write(out, name, model, reference=None):
    """The model and a test data set: random inputs and ONNX Runtime's outputs (or `reference(feeds)`'s)."""
    onnx.checker.check_model(model)
    directory = os.path.join(out, name)
    os.makedirs(os.path.join(directory, "test_data_set_0"), exist_ok=True)
    with open(os.path.join(directory, "model.onnx"), "wb") as file:
        file.write(model.SerializeToString())
    initializers = {t.name for t in model.graph.initializer}
    feeds = {}
    for j, info in enumerate(i for i in model.graph.input if i.name not in initializers):
        shape = [d.dim_value if d.dim_value > 0 else 1 for d in info.type.tensor_type.shape.dim]
        feeds[info.name] = RNG.standard_normal(shape).astype(np.float32)
        with open(os.path.join(directory, "test_data_set_0", f"input_{j}.pb"), "wb") as file:
            file.write(numpy_helper.from_array(feeds[info.name], info.name).SerializeToString())
    if reference is None:
        session = onnxruntime.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
        reference = lambda feeds: session.run(None, feeds)
    for j, (info, value) in enumerate(zip(model.graph.output, reference(feeds))):
        with open(os.path.join(directory, "test_data_set_0", f"output_{j}.pb"), "wb") as file:
            file.write(numpy_helper.from_array(value, info.name).SerializeToString())


def main(out):
    write(out, "pytorch_resnet_block_opset13", pytorch_resnet_block(13))
    write(out, "pytorch_resnet_block_opset17", pytorch_resnet_block(17))
    write(out, "caffe2_classifier_opset9", caffe2_classifier())
    write(out, "shuffle_opset17", shuffle())
    write(out, "pytorch_recurrent_opset14", pytorch_recurrent())
    write(out, "lrn_even_opset17", lrn_even(), reference=lrn_even_reference)
    write(out, "pytorch_pads_opset19", pytorch_pads())
    write(out, "pytorch_index_select_opset17", pytorch_index_select())
    write(out, "activations_opset20", activations())
    print(f"wrote 9 models to {out}")


if __name__ == "__main__":
    main(sys.argv[1])
