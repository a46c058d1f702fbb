"""Checks an ONNX model with onnx.checker (full check, shape inference included) and runs it with
ONNX Runtime: the reference the tests compare `dlc export`'s files against.

    python3 scripts/onnx/run_onnxruntime.py MODEL.onnx DIR [--check-only]

Reads DIR/input_N.npy in the order of the graph's inputs, writes DIR/output_N.npy in the order
of its outputs. Graph optimizations are off, so the model runs as written.
"""

import os
import sys

import numpy as np
import onnx
import onnxruntime


def main(path, directory, check_only=False):
    onnx.checker.check_model(path, full_check=True)
    if check_only:
        return
    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
    session = onnxruntime.InferenceSession(path, options, providers=["CPUExecutionProvider"])
    feeds = {info.name: np.load(os.path.join(directory, f"input_{j}.npy")) for j, info in enumerate(session.get_inputs())}
    for j, value in enumerate(session.run(None, feeds)):
        np.save(os.path.join(directory, f"output_{j}.npy"), value)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--check-only" in sys.argv[3:])
