"""Writes the ONNX backend node test cases for the operators dlc imports, in the layout of ONNX's
own test data: OUT/test_NAME/model.onnx and OUT/test_NAME/test_data_set_0/{input,output}_N.pb.

    python3 scripts/onnx/conformance_cases.py OUT

The cases come from the `onnx` package's own definitions (onnx.backend.test.case.node), whose
expected outputs are computed by its NumPy reference implementations, not by dlc. The wheel ships
no test data, so they are generated here.

dlc compiles weights as constants, so the inputs a layer takes as parameters (a convolution's W
and B, a Gemm's B and C, a batch norm's statistics, a Reshape's shape, ...) are bound as
initializers from the case's own data; the data inputs stay graph inputs.
"""

import os
import sys

import numpy as np
import onnx
from onnx import numpy_helper
import onnx.backend.test.case.node as node_cases

OPERATORS = {
    "Add", "AveragePool", "BatchNormalization", "Cast", "Clip", "Concat", "Constant", "ConstantOfShape", "Conv",
    "ConvTranspose", "Div", "Dropout", "Expand", "Flatten", "Gather", "Gemm", "GlobalAveragePool", "GlobalMaxPool",
    "Identity", "LRN", "LeakyRelu", "LogSoftmax", "MatMul", "MaxPool", "Mul", "Pad", "Relu", "Reshape", "Shape",
    "Sigmoid", "Slice", "Softmax", "Squeeze", "Sub", "Sum", "Tanh", "Transpose", "Unsqueeze",
    "LSTM", "GRU", "RNN", "ReduceMax", "ReduceMean",
}
# Every input is data for these; for the others only the first is (Gather: the indices).
ALL_DATA = {"Add", "Sub", "Mul", "Div", "Sum", "Concat"}


def data_inputs(node):
    if node.op_type in ALL_DATA:
        return set(range(len(node.input)))
    if node.op_type == "Gather":
        return {1}
    return {0}


def main(out):
    cases = node_cases.collect_testcases(None)
    written = 0
    for case in cases:
        graph = case.model.graph
        if len(graph.node) != 1 or graph.node[0].op_type not in OPERATORS:
            continue
        node = graph.node[0]
        inputs, outputs = case.data_sets[0]
        keep = data_inputs(node)
        model = onnx.ModelProto()
        model.CopyFrom(case.model)
        del model.graph.input[:]
        def is_data(info, value):
            names = list(node.input)
            return info.name not in names or names.index(info.name) in keep or not isinstance(value, (np.ndarray, np.generic))

        for info, value in zip(graph.input, inputs):
            if is_data(info, value):
                model.graph.input.append(info)
            else:
                model.graph.initializer.append(numpy_helper.from_array(np.asarray(value), info.name))
        directory = os.path.join(out, case.name)
        os.makedirs(os.path.join(directory, "test_data_set_0"), exist_ok=True)
        with open(os.path.join(directory, "model.onnx"), "wb") as file:
            file.write(model.SerializeToString())
        runtime = [(info, value) for info, value in zip(graph.input, inputs) if is_data(info, value)]
        for j, (info, value) in enumerate(runtime):
            write_tensor(os.path.join(directory, "test_data_set_0", f"input_{j}.pb"), value, info.name)
        for j, (info, value) in enumerate(zip(graph.output, outputs)):
            write_tensor(os.path.join(directory, "test_data_set_0", f"output_{j}.pb"), value, info.name)
        written += 1
    print(f"wrote {written} cases to {out}")


def write_tensor(path, value, name):
    tensor = value if isinstance(value, onnx.TensorProto) else numpy_helper.from_array(np.asarray(value), name)
    tensor.name = name
    with open(path, "wb") as file:
        file.write(tensor.SerializeToString())


if __name__ == "__main__":
    main(sys.argv[1])
