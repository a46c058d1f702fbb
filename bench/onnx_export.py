"""Builds an ONNX model (opset 17) from a dlc graph and its weights, for the benchmarks.

The graph comes from `dlc graph MODEL -O0 --format json` (the model as written), the weights
from the safetensors file dlc compiled with. ONNX Runtime then runs exactly the network dlc
runs, and applies its own graph optimizations to it.

    python3 onnx_export.py model.json weights.safetensors model.onnx
"""

import json
import struct
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

DTYPES = {"float32": TensorProto.FLOAT, "int32": TensorProto.INT32, "int64": TensorProto.INT64}
SAFETENSORS_DTYPES = {"F32": np.float32, "I32": np.int32, "I64": np.int64}


def read_safetensors(path):
    """The tensors of a safetensors file, by name (the format: u64 header size, JSON, data)."""
    with open(path, "rb") as file:
        data = file.read()
    (header_size,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + header_size])
    body = data[8 + header_size :]
    tensors = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        start, end = entry["data_offsets"]
        array = np.frombuffer(body[start:end], dtype=SAFETENSORS_DTYPES[entry["dtype"]])
        tensors[name] = array.reshape(entry["shape"])
    return tensors


class Exporter:
    def __init__(self, graph, weights):
        self.graph = graph
        self.weights = weights
        self.nodes = []
        self.initializers = []
        self.counter = 0

    def fresh(self, base):
        self.counter += 1
        return f"{base}__{self.counter}"

    def constant(self, base, array):
        name = self.fresh(base)
        self.initializers.append(numpy_helper.from_array(np.asarray(array), name))
        return name

    def weight(self, name, array=None):
        value = self.weights[name] if array is None else array
        tensor_name = self.fresh(name)
        self.initializers.append(numpy_helper.from_array(np.ascontiguousarray(value), tensor_name))
        return tensor_name

    def add(self, op, inputs, output=None, **attributes):
        output = output or self.fresh(op)
        self.nodes.append(helper.make_node(op, inputs, [output], **attributes))
        return output

    def activation(self, activation, x, output):
        """Appends the element-wise activation dlc fuses into a layer (a dict like {"relu": {}})."""
        (kind, arguments), = activation.items()
        if kind == "none":
            return self.add("Identity", [x], output)
        if kind == "relu":
            return self.add("Relu", [x], output)
        if kind == "leakyRelu":
            return self.add("LeakyRelu", [x], output, alpha=float(arguments["_0"]))
        if kind == "sigmoid":
            return self.add("Sigmoid", [x], output)
        if kind == "tanh":
            return self.add("Tanh", [x], output)
        if kind == "clamp":
            low = self.constant("min", np.float32(float(arguments["_0"])))
            high = self.constant("max", np.float32(float(arguments["_1"])))
            return self.add("Clip", [x, low, high], output)
        raise ValueError(f"activation {kind} has no ONNX equivalent here")

    def layer(self, node):
        (kind, wrapped), = node["operation"].items()
        attributes = wrapped["_0"]
        x = node["inputs"]
        out = node["name"]
        params = [p["name"] for p in node["parameters"]]
        if kind == "conv2d":
            p = attributes["padding"]
            inputs = [x[0], self.weight(params[0])] + ([self.weight(params[1])] if attributes["hasBias"] else [])
            y = self.add("Conv", inputs, kernel_shape=[attributes["kernel"]["height"], attributes["kernel"]["width"]],
                         strides=[attributes["stride"]["height"], attributes["stride"]["width"]],
                         dilations=[attributes["dilation"]["height"], attributes["dilation"]["width"]],
                         pads=[p["top"], p["left"], p["bottom"], p["right"]], group=attributes["groups"])
            if attributes["addsResidual"]:
                y = self.add("Add", [y, x[1]])
            self.activation(attributes["activation"], y, out)
        elif kind == "pool2d":
            p = attributes["padding"]
            common = dict(kernel_shape=[attributes["kernel"]["height"], attributes["kernel"]["width"]],
                          strides=[attributes["stride"]["height"], attributes["stride"]["width"]],
                          pads=[p["top"], p["left"], p["bottom"], p["right"]], ceil_mode=int(attributes["ceilMode"]))
            if attributes["kind"] == "max":
                self.add("MaxPool", [x[0]], out, **common)
            else:
                self.add("AveragePool", [x[0]], out, count_include_pad=int(attributes["countIncludePad"]), **common)
        elif kind == "globalPool2d":
            self.add("GlobalMaxPool" if attributes["kind"] == "max" else "GlobalAveragePool", [x[0]], out)
        elif kind == "dense":
            inputs = [x[0], self.weight(params[0])] + ([self.weight(params[1])] if attributes["hasBias"] else [])
            y = self.add("Gemm", inputs, transB=1)
            self.activation(attributes["activation"], y, out)
        elif kind == "flatten":
            self.add("Flatten", [x[0]], out, axis=1)
        elif kind == "reshape":
            shape = self.constant("shape", np.array(node["output"]["shape"], dtype=np.int64))
            self.add("Reshape", [x[0], shape], out)
        elif kind == "dropout":
            self.add("Identity", [x[0]], out)
        elif kind == "batchNorm":
            self.add("BatchNormalization", [x[0]] + [self.weight(name) for name in params], out,
                     epsilon=float(attributes["epsilon"]))
        elif kind == "lrn":
            self.add("LRN", [x[0]], out, size=attributes["size"], alpha=float(attributes["alpha"]),
                     beta=float(attributes["beta"]), bias=float(attributes["k"]))
        elif kind == "unary":
            self.activation(attributes["function"], x[0], out)
        elif kind == "binary":
            ops = {"add": "Add", "subtract": "Sub", "multiply": "Mul", "divide": "Div"}
            self.add(ops[attributes["kind"]], [x[0], x[1]], out)
        elif kind == "softmax":
            self.add("LogSoftmax" if attributes["isLog"] else "Softmax", [x[0]], out, axis=attributes["axis"])
        elif kind == "concat":
            self.add("Concat", x, out, axis=attributes["axis"])
        elif kind == "embedding":
            self.add("Gather", [self.weight(params[0]), x[0]], out, axis=0)
        elif kind == "recurrent":
            self.recurrent(node, attributes, params)
        elif kind == "zeroPadding2d":
            p = attributes["padding"]
            pads = self.constant("pads", np.array([0, 0, p["top"], p["left"], 0, 0, p["bottom"], p["right"]], dtype=np.int64))
            self.add("Pad", [x[0], pads], out)
        elif kind == "transpose":
            self.add("Transpose", [x[0]], out, perm=attributes["permutation"])
        elif kind == "slice":
            axis, start, count = attributes["axis"], attributes["start"], attributes["count"]
            starts = self.constant("starts", np.array([start], dtype=np.int64))
            ends = self.constant("ends", np.array([start + count], dtype=np.int64))
            axes = self.constant("axes", np.array([axis], dtype=np.int64))
            self.add("Slice", [x[0], starts, ends, axes], out)
        elif kind == "constant":
            values = np.array(attributes["values"], dtype=np.float32)
            shape = node["output"]["shape"]
            values = np.broadcast_to(values, shape) if values.size == 1 else values.reshape(shape)
            self.nodes.append(helper.make_node("Constant", [], [out], value=numpy_helper.from_array(np.ascontiguousarray(values))))
        else:
            raise ValueError(f"layer {node['name']}: {kind} has no ONNX export here")

    def recurrent(self, node, attributes, params):
        """PyTorch-layout LSTM/GRU/RNN weights to ONNX (gates reordered, biases joined); dlc's
        batch-first tensors are transposed to ONNX's time-major layout and back (ONNX Runtime does
        not implement `layout = 1`)."""
        (cell, cell_arguments), = attributes["cell"].items()
        units = attributes["units"]
        directions = 2 if attributes["direction"] == "bidirectional" else 1
        # PyTorch gate blocks → ONNX gate blocks.
        order = {"lstm": [0, 3, 1, 2], "gru": [1, 0, 2], "simple": [0]}[cell]

        def reorder(matrix):
            blocks = np.split(matrix, len(order), axis=0)
            return np.concatenate([blocks[i] for i in order], axis=0)

        per_direction = 4
        W, R, B = [], [], []
        for d in range(directions):
            w_ih, w_hh, b_ih, b_hh = (self.weights[name] for name in params[d * per_direction : (d + 1) * per_direction])
            W.append(reorder(w_ih))
            R.append(reorder(w_hh))
            B.append(np.concatenate([reorder(b_ih), reorder(b_hh)]))
        time_major = self.add("Transpose", [node["inputs"][0]], perm=[1, 0, 2])
        inputs = [time_major, self.weight(params[0] + ".W", np.stack(W)), self.weight(params[1] + ".R", np.stack(R)),
                  self.weight(params[2] + ".B", np.stack(B))]
        extra = {}
        if cell == "gru":
            extra["linear_before_reset"] = 1
        if cell == "simple":
            (activation, _), = cell_arguments["_0"].items()
            extra["activations"] = [{"tanh": "Tanh", "relu": "Relu", "sigmoid": "Sigmoid"}[activation]] * directions
        op = {"lstm": "LSTM", "gru": "GRU", "simple": "RNN"}[cell]
        direction = {"forward": "forward", "reverse": "reverse", "bidirectional": "bidirectional"}[attributes["direction"]]
        sequence, final = self.fresh("Y"), self.fresh("Y_h")
        outputs = [sequence, final] + ([self.fresh("Y_c")] if cell == "lstm" else [])
        self.nodes.append(helper.make_node(op, inputs, outputs, hidden_size=units, direction=direction, **extra))
        shape = self.constant("shape", np.array(node["output"]["shape"], dtype=np.int64))
        # Y is [T, directions, N, units] and Y_h [directions, N, units]; dlc concatenates the
        # forward and reverse units of each step.
        if attributes["returnSequences"]:
            batch_first = self.add("Transpose", [sequence], perm=[2, 0, 1, 3])
        else:
            batch_first = self.add("Transpose", [final], perm=[1, 0, 2])
        self.add("Reshape", [batch_first, shape], node["name"])

    def model(self):
        for node in self.graph["nodes"]:
            self.layer(node)
        inputs = [helper.make_tensor_value_info(t["name"], DTYPES[t["dtype"]], t["shape"]) for t in self.graph["inputs"]]
        outputs = []
        producers = {node["name"]: node for node in self.graph["nodes"]}
        for output in self.graph["outputs"]:
            value = producers[output["value"]]["output"]
            name = output["name"]
            if name != output["value"]:
                self.add("Identity", [output["value"]], name)
            outputs.append(helper.make_tensor_value_info(name, DTYPES[value["dtype"]], value["shape"]))
        graph = helper.make_graph(self.nodes, self.graph["name"], inputs, outputs, self.initializers)
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="dlc bench")
        onnx.checker.check_model(model)
        return model


def export(graph_json, weights_path, onnx_path):
    with open(graph_json) as file:
        graph = json.load(file)
    model = Exporter(graph, read_safetensors(weights_path)).model()
    onnx.save(model, onnx_path)


if __name__ == "__main__":
    export(*sys.argv[1:4])
