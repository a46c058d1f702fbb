"""dlc's compiled training step against PyTorch's eager one, side by side in one process, interleaved.

For every model and every thread count, this script compiles dlc's training step (forward,
softmax cross-entropy, backward and Adam's update, batch 64) from seeded initial weights, loads
the same weights into a PyTorch twin of the model (state_dict names equal to dlc's, strict
loading), checks that one step from that state gives the same loss on both sides (relative
difference at most 1e-4), then times both in alternating rounds on the same batch and prints
medians in ms per step, steps per second and dlc's time over PyTorch's.

    bench/train.sh                                        # every model, 1 and 2 threads
    bench/train.sh --models lenet,row_lstm --threads 1 --rounds 3
    bench/train.sh --markdown train.md                    # also write the table to a file
"""

import argparse
import ctypes
import datetime
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from safetensors.numpy import load_file
from torch import nn

from machine import machine_description, timed

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts" / "training"))
from make_fixtures import CounterDropout, RowLSTM, find_idx, load_dlc_state, read_idx, set_step  # noqa: E402

LEARNING_RATE = 1e-3
CLASSES = 10
TOLERANCE = 1e-4
# How long the timing pauses before each side's block, for the other side's OpenMP threads
# (dlc's libgomp and PyTorch's own copy of it) to stop spinning and free the cores.
SETTLE_SECONDS = 0.05
# A block of steps lasts about this long on the faster side, and has at most MAX_BLOCK steps.
BLOCK_SECONDS = 0.5
MAX_BLOCK = 50
DLC_FLOAT32 = 1


# --------------------------------------------------------------------------------------------
# PyTorch twins of the models. Attribute names are the layer names dlc gives (`dlc summary`), so
# the state_dict's keys are the names `dlc weights init` writes. dlc's models end in a softmax;
# the twins stop at the logits, which F.cross_entropy takes, as dlc's fused loss does.

class PrefetchedDropout(CounterDropout):
    """CounterDropout (dlc's counter-based masks) with the masks of the steps about to be timed
    drawn before the timing starts. Drawing a mask in NumPy takes about 17 ms for the 460,800
    elements of cifar10_cnn's first dropout at batch 64, far longer than PyTorch's own dropout
    spends on it, so drawing them inside the timing would charge PyTorch for this emulation."""

    def __init__(self, name, rate):
        super().__init__(name, rate)
        self.shape = None
        self.factors = {}

    def prefetch(self, steps):
        self.factors = {}
        if self.shape is None:
            return
        current = self.step
        ones = torch.ones(self.shape)
        for step in steps:
            self.step = step
            # The parent's own arithmetic, keep · 1/(1 - rate) in float32, times ones: the same factor.
            self.factors[step] = super().forward(ones)
        self.step = current

    def forward(self, x):
        if not self.training:
            return x
        self.shape = tuple(x.shape)
        factor = self.factors.pop(self.step, None)
        return super().forward(x) if factor is None else x * factor


class Layers(nn.Module):
    """A chain of named layers, given as (name, module), and parameterless functions."""

    def __init__(self, *chain):
        super().__init__()
        self.chain = []
        for item in chain:
            if isinstance(item, tuple):
                self.add_module(*item)
                item = item[1]
            self.chain.append(item)

    def forward(self, x):
        for function in self.chain:
            x = function(x)
        return x


def relu(x):
    return torch.relu(x)


def pool(x):
    return F.max_pool2d(x, 2)


def flatten(x):
    return torch.flatten(x, 1)  # NCHW order, as dlc's flatten


def dropout(name, rate):
    return name, PrefetchedDropout(name, rate)


def lenet():
    return Layers(("conv2d_1", nn.Conv2d(1, 6, 5, padding=2)), relu, pool,
                  ("conv2d_2", nn.Conv2d(6, 16, 5)), relu, pool, flatten,
                  ("dense_1", nn.Linear(400, 120)), relu,
                  ("dense_2", nn.Linear(120, 84)), relu, dropout("dropout_1", 0.5),
                  ("dense_3", nn.Linear(84, CLASSES)))


def keras_cnn():
    return Layers(("conv2d_1", nn.Conv2d(1, 64, 3)), relu,
                  ("conv2d_2", nn.Conv2d(64, 32, 3)), relu, flatten,
                  ("dense_1", nn.Linear(32 * 24 * 24, CLASSES)))


def mnist_cnn():
    return Layers(("conv2d_1", nn.Conv2d(1, 32, 3)), relu,
                  ("conv2d_2", nn.Conv2d(32, 64, 3)), relu, pool, dropout("dropout_1", 0.25), flatten,
                  ("dense_1", nn.Linear(64 * 12 * 12, 128)), relu, dropout("dropout_2", 0.5),
                  ("dense_2", nn.Linear(128, CLASSES)))


def cifar10_cnn():
    return Layers(("conv2d_1", nn.Conv2d(3, 32, 3, padding=1)), relu,  # padding: .same
                  ("conv2d_2", nn.Conv2d(32, 32, 3)), relu, pool, dropout("dropout_1", 0.25),
                  ("conv2d_3", nn.Conv2d(32, 64, 3, padding=1)), relu,
                  ("conv2d_4", nn.Conv2d(64, 64, 3)), relu, pool, dropout("dropout_2", 0.25), flatten,
                  ("dense_1", nn.Linear(64 * 6 * 6, 512)), relu, dropout("dropout_3", 0.5),
                  ("dense_2", nn.Linear(512, CLASSES)))


# name: (model file, PyTorch twin, one example's input shape, data). row_lstm's file names its
# layers lstm and fc, the attribute names of make_fixtures.py's RowLSTM; its output is logits.
MODELS = {
    "lenet": ("examples/tutorials/lenet.swiftgraph", lenet, (1, 28, 28), "fashion-mnist"),
    "keras_cnn": ("examples/tutorials/keras_cnn.swiftgraph", keras_cnn, (1, 28, 28), "fashion-mnist"),
    "mnist_cnn": ("examples/mnist_cnn.swiftgraph", mnist_cnn, (1, 28, 28), "fashion-mnist"),
    "cifar10_cnn": ("examples/cifar10_cnn.swiftgraph", cifar10_cnn, (3, 32, 32), "random"),
    "row_lstm": ("Tests/Fixtures/training/models/row_lstm.swiftgraph", lambda: RowLSTM(32), (28, 28), "fashion-mnist"),
}
RANDOM_BATCH = ("a seeded random batch, not CIFAR-10 (NumPy default_rng(0): pixels uniform in [0, 1), "
                "labels uniform in 0..9)")


def make_batch(kind, shape, size, data):
    """The images as float32 [size, *shape] and the labels as int32 [size]."""
    if kind == "random":
        rng = np.random.default_rng(0)
        return rng.random((size, *shape), dtype=np.float32), rng.integers(0, CLASSES, size).astype(np.int32)
    images = read_idx(find_idx(data, "train-images-idx3-ubyte"))[:size]
    labels = read_idx(find_idx(data, "train-labels-idx1-ubyte"))[:size]
    if len(images) < size:
        raise ValueError(f"{data} has {len(images)} training images, fewer than a batch of {size}")
    x = (images.astype(np.float32) / np.float32(255)).reshape(size, *shape)
    return np.ascontiguousarray(x), labels.astype(np.int32)


# --------------------------------------------------------------------------------------------
# dlc's side: the compiled training step through its C ABI.

class StateTensor(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("dtype", ctypes.c_int32), ("rank", ctypes.c_int32),
                ("shape", ctypes.POINTER(ctypes.c_int64)), ("byte_size", ctypes.c_int64), ("offset", ctypes.c_int64)]


class StateInfo(ctypes.Structure):
    _fields_ = [("abi_version", ctypes.c_int32), ("tensor_count", ctypes.c_int32),
                ("tensors", ctypes.POINTER(StateTensor)), ("state_size", ctypes.c_int64)]


assert ctypes.sizeof(StateTensor) == 40 and ctypes.sizeof(StateInfo) == 24


class CompileError(Exception):
    pass


class DlcTrainer:
    """A library written by `dlc compile --train`: its state buffer filled from a safetensors file,
    a preallocated workspace, and one batch."""

    def __init__(self, path, prefix, weights, x, labels):
        self.library = ctypes.CDLL(str(Path(path).resolve()))
        self.function = getattr(self.library, f"{prefix}_train_step")
        self.function.restype = ctypes.c_int
        self.function.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_float, ctypes.c_void_p,
                                  ctypes.c_void_p, ctypes.POINTER(ctypes.c_float), ctypes.c_void_p]
        sizes = {}
        for name in ("state_size", "train_workspace_size"):
            function = getattr(self.library, f"{prefix}_{name}")
            function.restype = ctypes.c_int64
            sizes[name] = function()
        state_info = getattr(self.library, f"{prefix}_state_info")
        state_info.restype = ctypes.POINTER(StateInfo)
        info = state_info().contents
        if info.abi_version != 1 or info.state_size != sizes["state_size"]:
            raise RuntimeError(f"{path}: state info of ABI {info.abi_version}, size {info.state_size}; expected ABI 1, "
                               f"size {sizes['state_size']}")

        size = sizes["state_size"]
        self.buffer = np.zeros(size + 64, dtype=np.uint8)
        start = -self.buffer.ctypes.data % 64
        self.state = self.buffer[start:start + size]
        self.fill(path, info, weights)
        self.workspace = np.empty(sizes["train_workspace_size"] + 64, dtype=np.uint8)

        self.x, self.labels = x, labels
        self.inputs = (ctypes.c_void_p * 1)(x.ctypes.data)
        self.loss = ctypes.c_float()
        self.arguments = (self.inputs, ctypes.c_void_p(labels.ctypes.data), ctypes.c_float(LEARNING_RATE),
                          ctypes.c_void_p(self.state.ctypes.data), ctypes.c_void_p(self.workspace.ctypes.data),
                          ctypes.byref(self.loss), None)

    def fill(self, path, info, weights):
        """Copies every weight to its offset. A state tensor that is not a weight must be optimizer
        state of one (NAME.exp_avg and so on), which starts at zero; anything else is an error."""
        tensors = [info.tensors[i] for i in range(info.tensor_count)]
        names = {tensor.name.decode() for tensor in tensors}
        for tensor in tensors:
            name = tensor.name.decode()
            if name in weights:
                value = weights[name]
                shape = tuple(tensor.shape[i] for i in range(tensor.rank))
                if tensor.dtype != DLC_FLOAT32 or value.dtype != np.float32 or value.shape != shape \
                        or value.nbytes != tensor.byte_size:
                    raise RuntimeError(f"{path}: state tensor {name} is dtype {tensor.dtype} {list(shape)}, "
                                       f"the weights file's {value.dtype} {list(value.shape)}")
                self.state[tensor.offset:tensor.offset + tensor.byte_size] = value.reshape(-1).view(np.uint8)
            elif name.rpartition(".")[0] not in names:
                raise RuntimeError(f"{path}: state tensor {name} is neither in the weights file nor the optimizer "
                                   f"state of a tensor that is")
        missing = sorted(set(weights) - names)
        if missing:
            raise RuntimeError(f"{path}: the state has no tensor for {', '.join(missing)} of the weights file")

    def prepare(self, count):
        pass

    def step(self):
        status = self.function(*self.arguments)
        if status != 0:
            raise RuntimeError(f"dlc's train step returned status {status}")
        return self.loss.value

    @property
    def steps_taken(self):
        return int(self.state[:8].view(np.int64)[0])


# --------------------------------------------------------------------------------------------
# PyTorch's side: eager, the way a training loop is written.

class TorchTrainer:
    def __init__(self, model, weights, x, labels):
        load_dlc_state(model, {name: torch.from_numpy(value.copy()) for name, value in weights.items()})  # strict
        self.model = model.train()
        self.optimizer = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)
        self.x = torch.from_numpy(x.copy())
        self.labels = torch.from_numpy(labels.astype(np.int64))
        self.steps_taken = 0

    def prepare(self, count):
        """Draws the dropout masks of the next `count` steps."""
        steps = range(self.steps_taken + 1, self.steps_taken + 1 + count)
        for module in self.model.modules():
            if isinstance(module, PrefetchedDropout):
                module.prefetch(steps)

    def step(self):
        # dlc's step reads its state's counter of steps taken and draws the masks of that plus one.
        set_step(self.model, self.steps_taken + 1)
        self.optimizer.zero_grad()
        loss = F.cross_entropy(self.model(self.x), self.labels)
        loss.backward()
        self.optimizer.step()
        self.steps_taken += 1
        return loss


# --------------------------------------------------------------------------------------------

def run(command):
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} failed:\n{result.stderr}")
    return result.stdout


def compile_step(dlc, source, weights, batch, threads, stem):
    library, header = stem.parent / f"{stem.name}.so", stem.parent / f"{stem.name}.h"
    result = subprocess.run([str(dlc), "compile", str(source), "--train", "--weights", str(weights),
                             "--train-loss", "cross-entropy", "--train-optimizer", "adam",
                             "--train-batch", str(batch), "--threads", str(threads),
                             "-o", str(library), "--header", str(header)], capture_output=True, text=True)
    if result.returncode != 0:
        lines = [line for line in result.stderr.splitlines() if line.strip()] or [f"exit status {result.returncode}"]
        raise CompileError(lines[0].replace(f"{ROOT}/", ""))
    return library


def measure(sides, rounds):
    """Medians in ms per step of each side over `rounds` alternating rounds."""
    for side in sides.values():
        side.prepare(2)
    probe = min(min(timed(side.step, 2)) for side in sides.values())
    block = max(1, min(MAX_BLOCK, int(BLOCK_SECONDS * 1000 / max(probe, 1e-3))))
    times = {name: [] for name in sides}
    for _ in range(rounds):
        for name, side in sides.items():
            side.prepare(block + 1)
            time.sleep(SETTLE_SECONDS)
            side.step()
            times[name] += timed(side.step, block)
    return {name: statistics.median(values) for name, values in times.items()}


def relative_difference(ours, theirs):
    return abs(ours - theirs) / abs(theirs) if theirs else abs(ours)


def cell(text):
    return text.replace("|", "\\|")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dlc", default=str(ROOT / ".build" / "release" / "dlc"))
    parser.add_argument("--models", default=",".join(MODELS), help=f"comma-separated, of {', '.join(MODELS)}")
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--data", default=os.environ.get("FASHION_MNIST_DIR", "/usr/share/datasets/fashion-mnist"))
    parser.add_argument("--work", default=str(ROOT / "bench" / ".work" / "train"))
    parser.add_argument("--markdown", help="also write the table to this file")
    arguments = parser.parse_args()

    models = arguments.models.split(",")
    unknown = [name for name in models if name not in MODELS]
    if unknown:
        parser.error(f"unknown models {', '.join(unknown)}; known: {', '.join(MODELS)}")
    threads = [int(count) for count in arguments.threads.split(",")]
    dlc, work, batch = arguments.dlc, Path(arguments.work), arguments.batch
    work.mkdir(parents=True, exist_ok=True)

    header = [f"machine: {machine_description()}, load average {os.getloadavg()[0]:.2f} at start",
              f"dlc {run([dlc, '--version']).strip()}, torch {torch.__version__}, {datetime.date.today().isoformat()}; "
              f"batch {batch}, Adam (lr {LEARNING_RATE:g}), softmax cross-entropy; medians of {arguments.rounds} "
              f"interleaved rounds"]
    notes = [f"{name}: {RANDOM_BATCH}" for name in models if MODELS[name][3] == "random"]
    print("\n".join(header + notes), flush=True)
    table = ["",
             "| model | threads | dlc (ms/step) | PyTorch (ms/step) | dlc (steps/s) | PyTorch (steps/s) | dlc / PyTorch "
             "| step-1 loss, dlc / PyTorch (rel. diff.) |",
             "|---|---|---|---|---|---|---|---|"]
    print("\n".join(table), flush=True)
    ratios = {count: [] for count in threads}

    for name in models:
        source, twin, shape, kind = MODELS[name]
        source = ROOT / source
        prefix = re.search(r'model\("([^"]+)"\)', source.read_text()).group(1)
        weights_path = work / f"{name}.safetensors"
        run([dlc, "weights", "init", source, "--seed", "0", "-o", weights_path])
        weights = load_file(str(weights_path))
        x, labels = make_batch(kind, shape, batch, arguments.data)
        for count in threads:
            torch.set_num_threads(count)
            ours = TorchTrainer(twin(), weights, x, labels)
            try:
                library = compile_step(dlc, source, weights_path, batch, count, work / f"{name}.train.t{count}")
            except CompileError as error:
                medians = measure({"torch": ours}, arguments.rounds)
                theirs = medians["torch"]
                row = (f"| {name} | {count} | dlc: not compiled ({cell(str(error))}) | {theirs:.2f} | | "
                       f"{1000 / theirs:.1f} | | |")
            else:
                compiled = DlcTrainer(library, prefix, weights, x, labels)
                dlc_loss, torch_loss = compiled.step(), float(ours.step().item())
                difference = relative_difference(dlc_loss, torch_loss)
                losses = f"{dlc_loss:.6f} / {torch_loss:.6f} ({difference:.1e})"
                if not difference <= TOLERANCE:
                    row = (f"| {name} | {count} | failed: the losses differ by more than {TOLERANCE:g}; not timed "
                           f"| | | | | {losses} |")
                else:
                    medians = measure({"dlc": compiled, "torch": ours}, arguments.rounds)
                    if compiled.steps_taken != ours.steps_taken:
                        raise RuntimeError(f"{name}: dlc's state counts {compiled.steps_taken} steps, PyTorch took "
                                           f"{ours.steps_taken}; their dropout masks went apart")
                    mine, theirs = medians["dlc"], medians["torch"]
                    ratios[count].append(mine / theirs)
                    row = (f"| {name} | {count} | {mine:.2f} | {theirs:.2f} | {1000 / mine:.1f} | {1000 / theirs:.1f} "
                           f"| {mine / theirs:.2f} | {losses} |")
            print(row, flush=True)
            table.append(row)

    for count in threads:
        if ratios[count]:
            mean = float(np.exp(np.mean(np.log(ratios[count]))))
            row = f"| geometric mean, {count} thread{'s' if count > 1 else ''} | | | | | | {mean:.2f} | |"
            print(row, flush=True)
            table.append(row)
    print("\ndlc / PyTorch is time over time: below 1, dlc's step is faster.", flush=True)
    if arguments.markdown:
        lines = header + table + [""] + [f"{note}." for note in notes] + \
            ["dlc / PyTorch is time over time: below 1, dlc's step is faster."]
        Path(arguments.markdown).write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
