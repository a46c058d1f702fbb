"""dlc against ONNX Runtime and OpenVINO, side by side in one process, interleaved.

For every example network and every distinct convolution and dense layer shape in them, this
script builds the dlc model and its ONNX twin from the same weights (`dlc export`),
checks that the outputs agree (relative error at most 1e-4 against ONNX Runtime's), then times
all three in alternating rounds, at each thread count: a round runs dlc a few times, then ONNX
Runtime as often, then OpenVINO (the same ONNX file, CPU plugin, f32, one stream). It prints
medians, dlc's time over each peer's and over the faster peer's, GFLOP/s and the share of the FMA
peak `dlc peak` measured.

    bench/run.sh                                 # everything (what docs/performance.md quotes)
    bench/run.sh --networks resnet18,vgg16       # some networks, no layers
    bench/run.sh --layers --networks none        # only the layers
"""

import argparse
import ctypes
import datetime
import json
import os
import re
import statistics
import subprocess
import time
from pathlib import Path

import numpy as np
import onnxruntime
import openvino

from machine import machine_description, timed


ROOT = Path(__file__).resolve().parent.parent
NETWORKS = ["lenet", "mnist_cnn", "cifar10_cnn", "alexnet", "zfnet", "vgg11", "vgg16", "nin", "googlenet", "resnet18", "resnet50",
            "mobilenet_v1", "lstm_sentiment", "gru_activity", "bilstm_tagger"]
CNNS = [name for name in NETWORKS if name not in ("lstm_sentiment", "gru_activity", "bilstm_tagger")]
# How long the timing pauses before each runtime's block, for the others' spinning threads to sleep.
SETTLE_SECONDS = 0.05
NUMPY_DTYPES = {"float32": np.float32, "int32": np.int32, "int64": np.int64}


def run(command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} failed:\n{result.stderr}")
    return result.stdout


class Prepared:
    """A model compiled by dlc (one library per thread count) and exported to ONNX."""

    def __init__(self, dlc, source, work, threads):
        self.name = source.stem
        stem = work / self.name
        weights = stem.with_suffix(".safetensors")
        run([dlc, "weights", "init", source, "-o", weights])
        graph_json = stem.with_suffix(".json")
        graph_json.write_text(run([dlc, "graph", source, "-O0", "--format", "json", "--weights", weights]))
        self.graph = json.loads(graph_json.read_text())
        self.onnx = stem.with_suffix(".onnx")
        run([dlc, "export", source, "--weights", weights, "-o", self.onnx])
        self.macs = sum(node["macs"] for node in self.graph["nodes"])
        self.source, self.weights = source, weights
        self.libraries = {}
        for count in threads:
            library = work / f"{self.name}.t{count}.so"
            run([dlc, "compile", source, "--weights", weights, "--threads", str(count), "-o", library])
            self.libraries[count] = library

    def inputs(self):
        """Seeded inputs: normal floats, or token indices inside the embedding's vocabulary."""
        rng = np.random.default_rng(0)
        vocabulary = {}
        for node in self.graph["nodes"]:
            if node["op"] == "embedding":
                vocabulary[node["inputs"][0]] = node["parameters"][0]["shape"][0]
        arrays = {}
        for tensor in self.graph["inputs"]:
            dtype = NUMPY_DTYPES[tensor["dtype"]]
            if tensor["dtype"] == "float32":
                arrays[tensor["name"]] = rng.standard_normal(tensor["shape"]).astype(dtype)
            else:
                arrays[tensor["name"]] = rng.integers(0, vocabulary.get(tensor["name"], 2), tensor["shape"]).astype(dtype)
        return arrays


class Library:
    """A compiled dlc model called through its C ABI (`NAME_run`) with a preallocated workspace."""

    def __init__(self, path, graph, inputs):
        self.library = ctypes.CDLL(str(path))
        prefix = graph["name"]
        self.function = getattr(self.library, f"{prefix}_run")
        self.function.restype = ctypes.c_int
        self.function.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
        size = getattr(self.library, f"{prefix}_workspace_size")
        size.restype = ctypes.c_size_t
        self.workspace = np.empty(size() + 64, dtype=np.uint8)
        self.inputs = [np.ascontiguousarray(inputs[t["name"]]) for t in graph["inputs"]]
        producers = {node["name"]: node["output"] for node in graph["nodes"]}
        self.outputs = {}
        for output in graph["outputs"]:
            tensor = producers[output["value"]]
            self.outputs[output["name"]] = np.empty(tensor["shape"], dtype=NUMPY_DTYPES[tensor["dtype"]])
        self.input_pointers = (ctypes.c_void_p * len(self.inputs))(*[a.ctypes.data for a in self.inputs])
        self.output_pointers = (ctypes.c_void_p * len(self.outputs))(*[a.ctypes.data for a in self.outputs.values()])
        self.workspace_pointer = ctypes.c_void_p(self.workspace.ctypes.data)

    def __call__(self):
        status = self.function(self.input_pointers, self.output_pointers, self.workspace_pointer)
        if status != 0:
            raise RuntimeError(f"dlc run returned {status}")
        return self.outputs


def ort_session(path, threads):
    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
    return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def openvino_runner(path, threads, inputs, names):
    """The ONNX file compiled by OpenVINO's CPU plugin for latency: f32 (no bf16 or f16
    downconversion), one stream of `threads` threads; a function running one inference."""
    core = openvino.Core()
    compiled = core.compile_model(core.read_model(str(path)), "CPU", {
        "INFERENCE_PRECISION_HINT": "f32", "PERFORMANCE_HINT": "LATENCY", "NUM_STREAMS": "1",
        "INFERENCE_NUM_THREADS": str(threads)})
    request = compiled.create_infer_request()
    # A port has every name of its tensor (the graph output's and the producing node's).
    ports = {name: next(port for port in compiled.outputs if name in port.get_names()) for name in names}

    def infer():
        request.infer(inputs)
        return {name: request.get_tensor(ports[name]).data for name in names}
    return infer


def relative_error(actual, reference):
    scale = float(np.max(np.abs(reference))) if reference.size else 0.0
    error = float(np.max(np.abs(actual.astype(np.float64) - reference))) if reference.size else 0.0
    return error / scale if scale > 0 else error


def compare(prepared, threads, rounds, tolerance):
    """Checks agreement, then interleaves timing rounds; returns the medians in ms of dlc, ONNX
    Runtime and OpenVINO (None when OpenVINO cannot run the model), and the errors against ORT."""
    inputs = prepared.inputs()
    library = Library(prepared.libraries[threads], prepared.graph, inputs)
    session = ort_session(prepared.onnx, threads)
    names = [output.name for output in session.get_outputs()]
    reference = dict(zip(names, session.run(names, inputs)))
    ours = library()
    error = max(relative_error(ours[name], reference[name]) for name in names)
    if error > tolerance:
        raise RuntimeError(f"{prepared.name}: dlc and ONNX Runtime differ by {error:.2e} (relative), above {tolerance}")
    runners = {"dlc": library, "ort": lambda: session.run(names, inputs)}
    try:
        openvino_infer = openvino_runner(prepared.onnx, threads, inputs, names)
        theirs = openvino_infer()
        openvino_error = max(relative_error(theirs[name], reference[name]) for name in names)
    except Exception as failure:  # noqa: BLE001 - report it and time the others
        print(f"  OpenVINO cannot run {prepared.name}: {str(failure).splitlines()[0][:160]}", flush=True)
        openvino_error = None
    else:
        if openvino_error > tolerance:
            print(f"  OpenVINO differs from ONNX Runtime on {prepared.name} by {openvino_error:.2e}; not timed", flush=True)
        else:
            runners["openvino"] = openvino_infer

    # Warm up all, then size a round to about 0.25 s of each.
    probe = min(min(timed(runner, 3)) for runner in runners.values())
    per_round = max(1, min(50, int(250 / max(probe, 1e-3))))
    times = {name: [] for name in runners}
    for _ in range(rounds):
        for name, runner in runners.items():
            # A pause and two untimed runs at each switch: the other runtimes' idle threads spin
            # for a while after their last run (ORT's pool, OpenVINO's TBB and libgomp all do) and
            # would take the second core from a 2-thread run; two untimed runs alone (about a
            # millisecond for a small layer) left dlc's 2-thread layers slower than at 1 thread.
            time.sleep(SETTLE_SECONDS)
            timed(runner, 2)
            times[name] += timed(runner, per_round)
    medians = {name: statistics.median(values) for name, values in times.items()}
    return medians["dlc"], medians["ort"], medians.get("openvino"), error, openvino_error


def kernel_gflops(dlc, prepared, threads):
    """GFLOP/s of the conv or dense layer's own part of a one-layer model, from its mean time
    over 300 runs of `dlc bench --profile`: the whole call also converts the NCHW input to the
    blocked layout and back, which a layer inside a network does not (issue 9 judges the
    layers' share of the FMA peak without them)."""
    profile = json.loads(run([dlc, "bench", prepared.source, "--weights", prepared.weights, "--threads", str(threads),
                              "--profile", "--format", "json", "--runs", "300"]))
    kernels = [layer for layer in profile["layers"] if layer["op"] in ("conv2d", "dense")]
    return 2 * sum(layer["macs"] for layer in kernels) / sum(layer["ms"] for layer in kernels) / 1e6


def distinct_layers(dlc, work):
    """One-layer models for every distinct conv and dense shape in the example CNNs."""
    layers = {}
    for network in CNNS:
        graph = json.loads(run([dlc, "graph", ROOT / "examples" / f"{network}.swiftgraph", "-O0", "--format", "json"]))
        shapes = {node["name"]: node["output"]["shape"] for node in graph["nodes"]}
        shapes.update({t["name"]: t["shape"] for t in graph["inputs"]})
        for node in graph["nodes"]:
            (kind, wrapped), = node["operation"].items()
            attributes = wrapped["_0"]
            shape = shapes[node["inputs"][0]]
            if kind == "conv2d":
                k, s, d, p = attributes["kernel"], attributes["stride"], attributes["dilation"], attributes["padding"]
                key = ("conv", tuple(shape), attributes["filters"], k["height"], k["width"], s["height"], s["width"],
                       d["height"], d["width"], p["top"], p["left"], p["bottom"], p["right"], attributes["groups"])
                text = (f'let x = input("x", shape: {list(shape)})\n'
                        f'output("y", conv2d(x, filters: {attributes["filters"]}, kernel: ({k["height"]}, {k["width"]}), '
                        f'stride: ({s["height"]}, {s["width"]}), padding: ({p["top"]}, {p["left"]}, {p["bottom"]}, {p["right"]}), '
                        f'dilation: ({d["height"]}, {d["width"]}), groups: {attributes["groups"]}, activation: .relu))\n')
                label = (f'conv {k["height"]}x{k["width"]}/{s["height"]} {shape[1]}→{attributes["filters"]} '
                         f'{shape[2]}x{shape[3]}' + (f' g{attributes["groups"]}' if attributes["groups"] > 1 else ""))
            elif kind == "dense":
                key = ("dense", tuple(shape), attributes["units"])
                text = (f'let x = input("x", shape: {list(shape)})\n'
                        f'output("y", dense(x, units: {attributes["units"]}, activation: .relu))\n')
                label = f"dense {shape[1]}→{attributes['units']}"
            else:
                continue
            if key not in layers:
                layers[key] = (label, text, network)
    sources = []
    for index, (label, text, network) in enumerate(layers.values()):
        path = work / f"layer{index:03d}.swiftgraph"
        path.write_text(f'model("layer{index:03d}")\n' + text)
        sources.append((label, network, path))
    return sources


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dlc", default=str(ROOT / ".build" / "release" / "dlc"))
    parser.add_argument("--networks", default=",".join(NETWORKS), help="comma-separated, or 'none'")
    parser.add_argument("--layers", action="store_true", help="also every distinct conv and dense layer shape")
    parser.add_argument("--only-layers", default="", help="a regular expression selecting layers by label")
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--tolerance", type=float, default=1e-4)
    parser.add_argument("--work", default=str(ROOT / "bench" / ".work"))
    parser.add_argument("--markdown", help="also write the tables to this file")
    arguments = parser.parse_args()

    dlc = arguments.dlc
    work = Path(arguments.work)
    work.mkdir(parents=True, exist_ok=True)
    threads = [int(t) for t in arguments.threads.split(",")]
    peak_line = run([dlc, "peak"]).strip()
    peak = float(re.search(r"([\d.]+) GFLOP/s", peak_line).group(1))
    header = [f"machine: {machine_description()}; {peak_line}",
              f"dlc {run([dlc, '--version']).strip()}, ONNX Runtime {onnxruntime.__version__}, "
              f"OpenVINO {openvino.__version__.split('-')[0]}, "
              f"{datetime.date.today().isoformat()}; medians of {arguments.rounds} interleaved rounds"]
    lines = header[:]
    print("\n".join(header), flush=True)

    def table(title, entries, kernel_column=False):
        out = [f"\n### {title}\n",
               "| model | threads | dlc (ms) | ORT (ms) | OpenVINO (ms) | dlc / ORT | dlc / OpenVINO | dlc / best | dlc GFLOP/s "
               "| % of peak | " + ("kernel % of peak | " if kernel_column else "") + "max rel. error |",
               "|---|---|---|---|---|---|---|---|---|---|---|" + ("---|" if kernel_column else "")]
        print("\n".join(out), flush=True)
        ratios = {(peer, count): [] for peer in ("ort", "openvino", "best") for count in threads}
        for label, source in entries:
            try:
                prepared = Prepared(dlc, source, work, threads)
            except Exception as error:  # noqa: BLE001 - report and go on with the others
                print(f"| {label} | | failed: {str(error).splitlines()[0][:120]} |", flush=True)
                out.append(f"| {label} | | failed |")
                continue
            for count in threads:
                try:
                    ours, ort, vino, error, vino_error = compare(prepared, count, arguments.rounds, arguments.tolerance)
                except Exception as failure:  # noqa: BLE001
                    row = f"| {label} | {count} | failed: {str(failure).splitlines()[0][:160]} |"
                else:
                    gflops = 2 * prepared.macs / ours / 1e6
                    best = min(ort, vino) if vino is not None else ort
                    ratios[("ort", count)].append(ours / ort)
                    ratios[("best", count)].append(ours / best)
                    if vino is not None:
                        ratios[("openvino", count)].append(ours / vino)
                    errors = f"{error:.1e}" + (f" / {vino_error:.1e}" if vino_error is not None else "")
                    kernel = (f"{100 * kernel_gflops(dlc, prepared, count) / (peak * count):.0f}% | "
                              if kernel_column else "")
                    row = (f"| {label} | {count} | {ours:.3f} | {ort:.3f} | "
                           f"{f'{vino:.3f}' if vino is not None else 'n/a'} | {ours / ort:.2f} | "
                           f"{f'{ours / vino:.2f}' if vino is not None else 'n/a'} | {ours / best:.2f} | {gflops:.1f} | "
                           f"{100 * gflops / (peak * count):.0f}% | {kernel}{errors} |")
                print(row, flush=True)
                out.append(row)
        for count in threads:
            means = {}
            for peer in ("ort", "openvino", "best"):
                values = ratios[(peer, count)]
                means[peer] = f"{float(np.exp(np.mean(np.log(values)))):.2f}" if values else ""
            if means["ort"]:
                row = (f"| geometric mean, {count} thread{'s' if count > 1 else ''} | | | | | {means['ort']} | "
                       f"{means['openvino']} | {means['best']} | | | |" + (" |" if kernel_column else ""))
                print(row, flush=True)
                out.append(row)
        return out

    networks = [] if arguments.networks == "none" else arguments.networks.split(",")
    if networks:
        lines += table("Networks (batch 1)", [(name, ROOT / "examples" / f"{name}.swiftgraph") for name in networks])
    if arguments.layers or arguments.only_layers:
        labelled = [(f"{label} ({network})", path) for label, network, path in distinct_layers(dlc, work)]
        selected = [(label, path) for label, path in labelled if re.search(arguments.only_layers, label)]
        lines += table("Conv and dense layers (batch 1, ReLU fused)", selected, kernel_column=True)
    if arguments.markdown:
        Path(arguments.markdown).write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
