"""PyTorch reference fixtures for dlc's training tests (Tests/Fixtures/training/).

    scripts/training/make_fixtures.sh            # makes the venv, finds the data, runs this
    python3 scripts/training/make_fixtures.py --data /usr/share/datasets/fashion-mnist \
        --out Tests/Fixtures/training           # needs torch, numpy, safetensors
    python3 scripts/training/make_fixtures.py --load-check MODEL FILE.safetensors

Seven models, each defined twice: as a dlc model (Tests/Fixtures/training/models/NAME.swiftgraph)
and here as an nn.Module whose state_dict() names are dlc's parameter names (BatchNorm's
num_batches_tracked aside, which dlc does not keep). From initial weights drawn here with NumPy
(NAME/initial.safetensors), each model is trained by PyTorch for 20 steps of batch 16 on the first
320 Fashion-MNIST training images, step k on images 16k ..< 16k+16, with each optimizer, and
NAME/OPTIMIZER.json records the loss of every step (before its update) and, for every tensor of
the state_dict, 64 sampled values and the L2 norm after the 20th step. The same 20 steps run
again in float64 from the same weights; the JSON keeps those losses and values too and the
largest relative difference of the two runs (float64_drift), which measures how much a mere
change of rounding moves each fixture. The 320 images and labels are written too
(batches-images-idx3-ubyte.gz, batches-labels-idx1-ubyte.gz), so the tests read the batches
without the data set.

Dropout does not use PyTorch's random numbers: every dropout layer applies the counter-based
mask that dlc draws (`dropout_keep` below, documented in Tests/Fixtures/training/README.md), so
dlc and PyTorch drop the same elements at every step.

`--load-check MODEL FILE` loads a safetensors file that dlc wrote (weights with PyTorch's
state_dict names) into the model's nn.Module with strict=True, and prints its tensors.

CI does not run this (no PyTorch there); the outputs are committed.
"""

import argparse
import datetime
import gzip
import json
import math
import os
import struct
import sys

import numpy as np
import torch
from safetensors.numpy import save_file
from safetensors.torch import load_file
from torch import nn

BATCH = 16
STEPS = 20
DROPOUT_SEED = 0
SAMPLES_PER_TENSOR = 64
DRIFT_LIMIT = 1e-5  # the most a fixture may move when float32 becomes float64 (see LEARNING_RATES)

# --------------------------------------------------------------------------------------------
# Data: Fashion-MNIST's IDX files, gzipped or not.

IDX_TYPES = {0x08: np.uint8, 0x09: np.int8, 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}


def read_idx(path):
    """An IDX file (LeCun's MNIST format): magic 0x0000TTNN, NN big-endian uint32 sizes, data."""
    with open(path, "rb") as f:
        raw = f.read()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    if len(raw) < 4 or raw[0] != 0 or raw[1] != 0 or raw[2] not in IDX_TYPES:
        raise ValueError(f"{path}: not an IDX file")
    ndim = raw[3]
    shape = struct.unpack(f">{ndim}I", raw[4:4 + 4 * ndim])
    dtype = np.dtype(IDX_TYPES[raw[2]])
    count = int(np.prod(shape))
    data = np.frombuffer(raw, dtype=dtype, count=count, offset=4 + 4 * ndim)
    return data.reshape(shape)


def write_idx_gz(path, array):
    """A gzipped IDX file of uint8 data, byte for byte reproducible (no name or time in the header)."""
    header = bytes([0, 0, 0x08, array.ndim]) + struct.pack(f">{array.ndim}I", *array.shape)
    with open(path, "wb") as f:
        f.write(gzip.compress(header + np.ascontiguousarray(array, dtype=np.uint8).tobytes(), mtime=0))


def find_idx(directory, stem):
    for name in (stem, stem + ".gz"):
        path = os.path.join(directory, name)
        if os.path.exists(path):
            return path
    raise FileNotFoundError(f"no {stem}[.gz] in {directory}")


def load_batches(directory):
    """The first BATCH·STEPS training images (uint8 [N, 28, 28]) and labels (uint8 [N])."""
    images = read_idx(find_idx(directory, "train-images-idx3-ubyte"))
    labels = read_idx(find_idx(directory, "train-labels-idx1-ubyte"))
    assert images.shape[1:] == (28, 28) and labels.shape[0] == images.shape[0]
    count = BATCH * STEPS
    return images[:count].copy(), labels[:count].copy()


# --------------------------------------------------------------------------------------------
# Dropout masks: dlc's counter-based rule, in 64-bit wrap-around arithmetic.

MASK64 = (1 << 64) - 1


def fnv1a64(data):
    h = 0xCBF29CE484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001B3) & MASK64
    return h


def dropout_keep(layer, step, count, rate, seed=DROPOUT_SEED):
    """Which of `count` elements (flat C-order index over the whole batch) dropout layer `layer`
    keeps at training step `step` (1-based): SplitMix64's finalizer of a counter, the top 24 bits
    as u in [0, 1), kept where u >= rate (rate as float32, dlc's Float)."""
    base = (seed * 0x9E3779B97F4A7C15 + fnv1a64(layer.encode("utf-8")) + step * 0xBF58476D1CE4E5B9) & MASK64
    with np.errstate(over="ignore"):
        z = np.uint64(base) + np.arange(count, dtype=np.uint64) * np.uint64(0x94D049BB133111EB)
        z ^= z >> np.uint64(30)
        z *= np.uint64(0xBF58476D1CE4E5B9)
        z ^= z >> np.uint64(27)
        z *= np.uint64(0x94D049BB133111EB)
        z ^= z >> np.uint64(31)
    u = (z >> np.uint64(40)).astype(np.float32) / np.float32(1 << 24)  # exact: 24-bit integers
    return u >= np.float32(rate)


def dropout_scale(rate):
    """float32(1 / (1 - rate)); the same whether computed in float32 or rounded from double for
    the rates used here (checked in main)."""
    return np.float32(1.0 / (1.0 - float(np.float32(rate))))


def _selftest_dropout():
    # The scalar rule written out once more, element by element, against the vectorized one.
    def scalar(layer, step, i, rate):
        z = (DROPOUT_SEED * 0x9E3779B97F4A7C15 + fnv1a64(layer.encode()) + step * 0xBF58476D1CE4E5B9
             + i * 0x94D049BB133111EB) & MASK64
        z ^= z >> 30
        z = (z * 0xBF58476D1CE4E5B9) & MASK64
        z ^= z >> 27
        z = (z * 0x94D049BB133111EB) & MASK64
        z ^= z >> 31
        return (z >> 40) / 2.0 ** 24 >= rate

    vector = dropout_keep("drop", 3, 1000, 0.3)
    assert all(bool(vector[i]) == scalar("drop", 3, i, 0.3) for i in range(1000))
    assert fnv1a64(b"") == 0xCBF29CE484222325 and fnv1a64(b"a") == 0xAF63DC4C8601EC8C


class CounterDropout(nn.Module):
    """Inverted dropout with dlc's counter-based masks; the identity in eval mode."""

    def __init__(self, name, rate):
        super().__init__()
        self.layer_name, self.rate = name, rate
        self.step = 0

    def forward(self, x):
        if not self.training:
            return x
        keep = dropout_keep(self.layer_name, self.step, x.numel(), self.rate).reshape(tuple(x.shape))
        factor = torch.from_numpy(keep.astype(np.float32) * dropout_scale(self.rate))
        return x * factor.to(x.dtype)


def set_step(model, step):
    for module in model.modules():
        if isinstance(module, CounterDropout):
            module.step = step


# --------------------------------------------------------------------------------------------
# Models: attribute names are the swiftgraph files' layer names.

class LeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 5, padding=2)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.drop = CounterDropout("drop", 0.5)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        x = torch.max_pool2d(torch.relu(self.conv1(x)), 2)
        x = torch.max_pool2d(torch.relu(self.conv2(x)), 2)
        x = torch.flatten(x, 1)
        x = torch.relu(self.fc2(torch.relu(self.fc1(x))))
        return self.fc3(self.drop(x))


class MnistCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 32, 3)
        self.conv2 = nn.Conv2d(32, 64, 3)
        self.drop1 = CounterDropout("drop1", 0.25)
        self.fc1 = nn.Linear(64 * 12 * 12, 128)
        self.drop2 = CounterDropout("drop2", 0.5)
        self.fc2 = nn.Linear(128, 10)

    def forward(self, x):
        x = torch.relu(self.conv2(torch.relu(self.conv1(x))))
        x = self.drop1(torch.max_pool2d(x, 2))
        x = torch.relu(self.fc1(torch.flatten(x, 1)))
        return self.fc2(self.drop2(x))


class BNCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 8, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(8)
        self.conv2 = nn.Conv2d(8, 16, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(16)
        self.drop = CounterDropout("drop", 0.3)
        self.fc = nn.Linear(16 * 7 * 7, 10)

    def forward(self, x):
        x = torch.max_pool2d(torch.relu(self.bn1(self.conv1(x))), 2)
        x = torch.max_pool2d(torch.relu(self.bn2(self.conv2(x))), 2)
        return self.fc(self.drop(torch.flatten(x, 1)))


class RowLSTM(nn.Module):
    def __init__(self, units=32, bidirectional=False):
        super().__init__()
        self.lstm = nn.LSTM(28, units, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(units * (2 if bidirectional else 1), 10)

    def forward(self, x):
        _, (h, _) = self.lstm(x.squeeze(1))  # h: [directions, N, units], forward then reverse
        return self.fc(torch.cat(list(h), dim=1))


class RowGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(28, 32, batch_first=True)
        self.fc = nn.Linear(32, 10)

    def forward(self, x):
        _, h = self.gru(x.squeeze(1))
        return self.fc(h[0])


class SmallResNet(nn.Module):
    def __init__(self):
        super().__init__()

        def conv_bn(name, cin, cout, kernel, stride=1, padding=0):
            setattr(self, name + "_conv", nn.Conv2d(cin, cout, kernel, stride, padding, bias=False))
            setattr(self, name + "_bn", nn.BatchNorm2d(cout))

        conv_bn("stem", 1, 8, 3, padding=1)
        conv_bn("block1_a", 8, 8, 3, padding=1)
        conv_bn("block1_b", 8, 8, 3, padding=1)
        conv_bn("block2_a", 8, 16, 3, stride=2, padding=1)
        conv_bn("block2_b", 16, 16, 3, padding=1)
        conv_bn("block2_shortcut", 8, 16, 1, stride=2)
        self.fc = nn.Linear(16, 10)

    def cbn(self, name, x):
        return getattr(self, name + "_bn")(getattr(self, name + "_conv")(x))

    def forward(self, x):
        x = torch.relu(self.cbn("stem", x))
        y = self.cbn("block1_b", torch.relu(self.cbn("block1_a", x)))
        x = torch.relu(y + x)
        y = self.cbn("block2_b", torch.relu(self.cbn("block2_a", x)))
        x = torch.relu(y + self.cbn("block2_shortcut", x))
        x = torch.flatten(torch.mean(x, dim=(2, 3), keepdim=True), 1)
        return self.fc(x)


# name: (constructor, seed of the initial weights, input shape of one batch). Seeds: see
# LEARNING_RATES (lenet's 5, mnist_cnn's 5 and small_resnet's 12 keep float64_drift below 1e-5).
MODELS = {
    "lenet": (LeNet, 5, (BATCH, 1, 28, 28)),
    "mnist_cnn": (MnistCNN, 5, (BATCH, 1, 28, 28)),
    "bn_cnn": (BNCNN, 103, (BATCH, 1, 28, 28)),
    "row_lstm": (lambda: RowLSTM(32), 104, (BATCH, 28, 28)),
    "row_gru": (RowGRU, 105, (BATCH, 28, 28)),
    "row_bilstm": (lambda: RowLSTM(16, bidirectional=True), 106, (BATCH, 28, 28)),
    "small_resnet": (SmallResNet, 12, (BATCH, 1, 28, 28)),
}


def dlc_state_dict(model):
    """The model's state_dict under dlc's names: BatchNorm's num_batches_tracked dropped."""
    return {k: v for k, v in model.state_dict().items() if not k.endswith(".num_batches_tracked")}


def load_dlc_state(model, tensors):
    """Loads dlc-named tensors with strict=True; only num_batches_tracked, which dlc does not
    keep, is taken from the model itself."""
    state = dict(tensors)
    for key, value in model.state_dict().items():
        if key.endswith(".num_batches_tracked"):
            state[key] = value
    model.load_state_dict(state, strict=True)


# --------------------------------------------------------------------------------------------
# Initial weights: NumPy's default_rng(seed), drawn tensor by tensor in state_dict order.

def initial_weights(model, seed):
    rng = np.random.default_rng(seed)
    modules = dict(model.named_modules())
    weights = {}
    for key, tensor in dlc_state_dict(model).items():
        owner, _, suffix = key.rpartition(".")
        module = modules[owner]
        shape = tuple(tensor.shape)
        if isinstance(module, nn.BatchNorm2d):
            value = {"weight": np.ones, "bias": np.zeros, "running_mean": np.zeros, "running_var": np.ones}[suffix](shape)
        elif isinstance(module, (nn.LSTM, nn.GRU)):
            limit = 1 / math.sqrt(module.hidden_size) if suffix.startswith("weight") else 0.1
            value = rng.uniform(-limit, limit, shape)
        elif suffix == "weight":  # conv OIHW or dense [out, in]: Glorot uniform
            receptive = int(np.prod(shape[2:])) if len(shape) > 2 else 1
            fan_in, fan_out = shape[1] * receptive, shape[0] * receptive
            limit = math.sqrt(6 / (fan_in + fan_out))
            value = rng.uniform(-limit, limit, shape)
        elif suffix == "bias":
            value = rng.uniform(-0.1, 0.1, shape)
        else:
            raise ValueError(f"no initializer for {key}")
        weights[key] = np.ascontiguousarray(value, dtype=np.float32)
    return weights


# --------------------------------------------------------------------------------------------
# Optimizers.

OPTIMIZERS = {
    "sgd": (torch.optim.SGD, dict(lr=0.05)),
    "momentum": (torch.optim.SGD, dict(lr=0.05, momentum=0.9)),
    "nesterov": (torch.optim.SGD, dict(lr=0.05, momentum=0.9, nesterov=True)),
    "sgd_decay": (torch.optim.SGD, dict(lr=0.05, momentum=0.9, dampening=0.1, weight_decay=5e-4)),
    "adagrad": (torch.optim.Adagrad, dict(lr=0.01)),
    "adadelta": (torch.optim.Adadelta, dict(lr=1.0)),
    "rmsprop": (torch.optim.RMSprop, dict(lr=1e-4)),
    "rmsprop_centered": (torch.optim.RMSprop, dict(lr=1e-4, momentum=0.9, centered=True)),
    "adam": (torch.optim.Adam, dict(lr=1e-3)),
    "adamw": (torch.optim.AdamW, dict(lr=1e-3, weight_decay=0.01)),
    "adamax": (torch.optim.Adamax, dict(lr=2e-3)),
}
# Every fixture must be well conditioned: a change of rounding alone (the same 20 steps in
# float64) may move its losses and weights by at most 1e-5 relative, or no float32
# implementation could be checked against PyTorch to 1e-4. `fixture` measures that drift and the
# JSON records it (float64_drift). At a larger step the 20 steps are chaotic and drift by 1e-3 to
# 1e-1: centered RMSprop with momentum 0.9 at 1e-3 (whose first steps move each weight by about
# 10·lr) and SGD at 0.05 for the models whose dense layer reads many features (784 in bn_cnn,
# 9216 in mnist_cnn) or that are residual (small_resnet), so those take 1e-4 and 0.01. Rarer
# drift comes from a ReLU input or a max-pooling pair that rounding puts on the other side of
# zero or of each other; the models' seeds below are ones whose fixtures are all free of it.
# Plain RMSprop takes 1e-4 too: at 1e-3 lenet's 20 steps drift by only 4e-7 in float64 but are
# chaotic all the same. Each first step moves a weight by about 10·lr whatever its gradient, and
# a gradient near 1e-7 meets an ε of 1e-8 in the denominator, so when every update is scaled by
# 1 ± 1e-6 (as computing 1 - alpha in float32, 0.0099999905, instead of rounding it from double,
# 0.0099999998, does) the gradients of later steps shift, ReLUs flip from step 5 on, and the loss
# moves by 1e-4 at step 16 and 6e-3 at step 19. At 1e-4 the same change moves it by 1e-7.
LEARNING_RATES = {(model, optimizer): 0.01 for model in ("mnist_cnn", "bn_cnn", "small_resnet")
                  for optimizer in ("sgd", "momentum", "nesterov", "sgd_decay")}
ALL_OPTIMIZERS = list(OPTIMIZERS)
OPTIMIZERS_OF = {"lenet": ALL_OPTIMIZERS, "bn_cnn": ALL_OPTIMIZERS}
DEFAULT_OPTIMIZERS = ["adam", "momentum"]
# Switches of PyTorch's implementation, not of the update rule.
IMPLEMENTATION_FLAGS = {"foreach", "fused", "capturable", "differentiable"}


def make_optimizer(name, parameters, model_name=None):
    cls, options = OPTIMIZERS[name]
    options = dict(options)
    options["lr"] = LEARNING_RATES.get((model_name, name), options["lr"])
    optimizer = cls(parameters, foreach=False, **options)
    hyper = {"name": name, "torch_class": cls.__name__}
    for key, value in optimizer.defaults.items():
        if key in IMPLEMENTATION_FLAGS:
            continue
        hyper[key] = list(value) if isinstance(value, tuple) else value
    return optimizer, hyper


# --------------------------------------------------------------------------------------------

def sample_indices(count):
    """Up to SAMPLES_PER_TENSOR flat indices, evenly spaced, the first and last included."""
    if count <= SAMPLES_PER_TENSOR:
        return list(range(count))
    last = SAMPLES_PER_TENSOR - 1
    return [(k * (count - 1) + last // 2) // last for k in range(SAMPLES_PER_TENSOR)]


def train(model_name, optimizer_name, initial, images, labels, dtype=torch.float32):
    """20 steps in `dtype`: float32 for the fixtures, float64 to measure how far float32's
    rounding alone moves the result."""
    cls, seed, input_shape = MODELS[model_name]
    torch.manual_seed(0)  # nothing here draws from it; fixed all the same
    model = cls()
    load_dlc_state(model, {k: torch.from_numpy(v.copy()) for k, v in initial.items()})
    model.to(dtype)
    model.train()
    optimizer, hyper = make_optimizer(optimizer_name, model.parameters(), model_name)
    loss_function = nn.CrossEntropyLoss()
    losses = []
    for k in range(STEPS):
        x = torch.from_numpy(images[k * BATCH:(k + 1) * BATCH].astype(np.float32) / np.float32(255))
        x = x.reshape(input_shape).to(dtype)
        y = torch.from_numpy(labels[k * BATCH:(k + 1) * BATCH].astype(np.int64))
        set_step(model, k + 1)
        optimizer.zero_grad()
        loss = loss_function(model(x), y)
        loss.backward()
        optimizer.step()
        losses.append(float(loss.item()))
    weights = {}
    for key, tensor in dlc_state_dict(model).items():
        flat = tensor.detach().numpy().reshape(-1)
        indices = sample_indices(flat.size)
        weights[key] = {
            "shape": list(tensor.shape),
            "indices": indices,
            "values": [float(flat[i]) for i in indices],
            "norm": float(np.linalg.norm(flat.astype(np.float64))),
        }
    return {
        "model": model_name,
        "optimizer": hyper,
        "loss": "nn.CrossEntropyLoss() (mean) of the logits and integer labels",
        "batch": BATCH,
        "steps": STEPS,
        "initial_weights_seed": seed,
        "dropout_seed": DROPOUT_SEED,
        "losses": losses,
        "weights": weights,
        "torch_version": torch.__version__,
    }


def fixture(model_name, optimizer_name, initial, images, labels):
    """The float32 run, with the float64 run's losses and sampled values beside it and the
    largest relative difference of the two (`float64_drift`): how far a mere change of rounding
    moves this fixture, the floor of any float32 implementation's agreement with it."""
    result = train(model_name, optimizer_name, initial, images, labels)
    wide = train(model_name, optimizer_name, initial, images, labels, dtype=torch.float64)
    losses, wide_losses = np.array(result["losses"]), np.array(wide["losses"])
    loss_drift = float(np.max(np.abs(losses - wide_losses) / np.abs(wide_losses)))
    weight_drift = 0.0
    for key, entry in result["weights"].items():
        other = wide["weights"][key]
        entry["values_float64"] = other["values"]
        entry["norm_float64"] = other["norm"]
        scale = max(other["norm"] / math.sqrt(max(1, int(np.prod(entry["shape"])))), 1e-30)
        a, b = np.array(entry["values"]), np.array(other["values"])
        weight_drift = max(weight_drift, float(np.max(np.abs(a - b) / np.maximum(np.abs(b), scale))))
    ordered = {}
    for key, value in result.items():
        if key == "torch_version":
            ordered["losses_float64"] = wide["losses"]
            ordered["float64_drift"] = {"losses": loss_drift, "weights": weight_drift}
        ordered[key] = value
    return ordered


def setup_torch():
    torch.set_num_threads(1)
    try:
        torch.use_deterministic_algorithms(True)
    except Exception as error:  # pragma: no cover - depends on the build
        print(f"make_fixtures: deterministic algorithms unavailable: {error}", file=sys.stderr)


def load_check(model_name, path):
    model = MODELS[model_name][0]()
    load_dlc_state(model, load_file(path))
    for key, value in dlc_state_dict(model).items():
        print(f"{key}: {list(value.shape)} norm {float(value.double().norm()):.6g}")
    print(f"{path}: loads into {model_name} with strict=True")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
    parser.add_argument("--out", default="Tests/Fixtures/training")
    parser.add_argument("--models", nargs="*", default=list(MODELS))
    parser.add_argument("--load-check", nargs=2, metavar=("MODEL", "FILE"))
    args = parser.parse_args()
    setup_torch()
    if args.load_check:
        load_check(*args.load_check)
        return

    _selftest_dropout()
    for rate in (0.25, 0.3, 0.5):
        f32 = np.float32(1) / (np.float32(1) - np.float32(rate))
        assert f32 == dropout_scale(rate), rate

    images, labels = load_batches(args.data)
    os.makedirs(args.out, exist_ok=True)
    write_idx_gz(os.path.join(args.out, "batches-images-idx3-ubyte.gz"), images)
    write_idx_gz(os.path.join(args.out, "batches-labels-idx1-ubyte.gz"), labels)
    assert np.array_equal(read_idx(os.path.join(args.out, "batches-images-idx3-ubyte.gz")), images)

    ill_conditioned = []
    for name in args.models:
        cls, seed, _ = MODELS[name]
        directory = os.path.join(args.out, name)
        os.makedirs(directory, exist_ok=True)
        initial = initial_weights(cls(), seed)
        path = os.path.join(directory, "initial.safetensors")
        # One metadata entry: safetensors writes a map's entries in no fixed order.
        save_file(initial, path, metadata={"initial_weights": f"{name}, numpy default_rng({seed})"})
        check = cls()
        load_dlc_state(check, load_file(path))  # strict=True
        assert all(torch.equal(check.state_dict()[k], torch.from_numpy(v)) for k, v in initial.items())
        for optimizer_name in OPTIMIZERS_OF.get(name, DEFAULT_OPTIMIZERS):
            result = fixture(name, optimizer_name, initial, images, labels)
            with open(os.path.join(directory, optimizer_name + ".json"), "w") as f:
                json.dump(result, f, indent=1)
                f.write("\n")
            losses = result["losses"]
            drift = result["float64_drift"]
            if max(drift.values()) > DRIFT_LIMIT:
                ill_conditioned.append(f"{name}/{optimizer_name}")
            print(f"{name:>12} {optimizer_name:<16} lr {result['optimizer']['lr']:<6g} loss {losses[0]:.4f} -> "
                  f"{losses[-1]:.4f} (mean of the last 5: {np.mean(losses[-5:]):.4f}); float64 drift: losses "
                  f"{drift['losses']:.1e}, weights {drift['weights']:.1e}", flush=True)
    print(f"torch {torch.__version__}, {datetime.date.today()}")
    if ill_conditioned:
        print(f"make_fixtures: float32 and float64 differ by more than {DRIFT_LIMIT:g} in "
              f"{', '.join(ill_conditioned)}: change the learning rate or the seed", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
