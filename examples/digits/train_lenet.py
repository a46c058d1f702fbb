#!/usr/bin/env python3
"""Trains examples/lenet.swiftgraph on real handwritten digits and writes what dlc's tests check.

Data: the UCI ML hand-written digits (1,797 8x8 images, 0-16 grey levels) that ship inside
scikit-learn's wheel. Each image is scaled to 20x20 (bilinear) and centred in 28x28 with zeros,
as MNIST does, then divided by 16. A stratified 75/25 split (random_state=0) gives 1,347 training
and 450 held-out images.

Framework: JAX + Optax (Adam, lr 1e-3, batch 64, 40 epochs, dropout 0.5 while training).
The network is the .swiftgraph layer for layer (NCHW, OIHW, PyTorch's Linear layout), and the
weights are saved with the `safetensors` library under dlc's generated layer names.

Outputs (committed; run once: `python3 examples/digits/train_lenet.py`):
  examples/lenet.safetensors               the trained weights
  examples/digits/heldout-images.npy       f32 [450, 1, 28, 28]
  examples/digits/heldout-labels.npy       i64 [450]
  examples/digits/heldout-predictions.npy  i64 [450], JAX's argmax
  examples/digits/heldout-probabilities.npy f32 [450, 10], JAX's softmax output
  examples/digits/<d>.npy                  one held-out image of each digit d, shape [1, 1, 28, 28]
  examples/digits/training-report.json     accuracy and versions
"""
import json
import pathlib

import jax
import jax.numpy as jnp
import numpy as np
import optax
import scipy.ndimage
import sklearn
from safetensors.numpy import save_file
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

HERE = pathlib.Path(__file__).resolve().parent
EXAMPLES = HERE.parent


def prepare(images):
    out = np.zeros((len(images), 1, 28, 28), np.float32)
    for i, image in enumerate(images):
        scaled = scipy.ndimage.zoom(image.astype(np.float64), 20 / 8, order=1)
        out[i, 0, 4:24, 4:24] = np.clip(scaled, 0, 16) / 16
    return out


def init_params(key):
    def uniform(key, shape, fan_in):
        bound = 1 / np.sqrt(fan_in)  # PyTorch's default for Conv2d and Linear
        return jax.random.uniform(key, shape, jnp.float32, -bound, bound)

    keys = jax.random.split(key, 10)
    shapes = {
        "conv2d_1": ((6, 1, 5, 5), 25), "conv2d_2": ((16, 6, 5, 5), 150),
        "dense_1": ((120, 400), 400), "dense_2": ((84, 120), 120), "dense_3": ((10, 84), 84),
    }
    params = {}
    for i, (name, (shape, fan_in)) in enumerate(shapes.items()):
        params[f"{name}.weight"] = uniform(keys[2 * i], shape, fan_in)
        params[f"{name}.bias"] = uniform(keys[2 * i + 1], (shape[0],), fan_in)
    return params


def conv(x, w, b, padding):
    y = jax.lax.conv_general_dilated(x, w, (1, 1), [(padding, padding)] * 2,
                                     dimension_numbers=("NCHW", "OIHW", "NCHW"))
    return y + b[None, :, None, None]


def max_pool(x):
    return jax.lax.reduce_window(x, -jnp.inf, jax.lax.max, (1, 1, 2, 2), (1, 1, 2, 2), "VALID")


def forward(params, x, dropout_key=None):
    x = max_pool(jax.nn.relu(conv(x, params["conv2d_1.weight"], params["conv2d_1.bias"], 2)))
    x = max_pool(jax.nn.relu(conv(x, params["conv2d_2.weight"], params["conv2d_2.bias"], 0)))
    x = x.reshape(x.shape[0], -1)
    x = jax.nn.relu(x @ params["dense_1.weight"].T + params["dense_1.bias"])
    x = jax.nn.relu(x @ params["dense_2.weight"].T + params["dense_2.bias"])
    if dropout_key is not None:  # inverted dropout: identity at inference
        keep = jax.random.bernoulli(dropout_key, 0.5, x.shape)
        x = jnp.where(keep, x / 0.5, 0)
    return x @ params["dense_3.weight"].T + params["dense_3.bias"]


def main():
    digits = load_digits()
    train_x, test_x, train_y, test_y = train_test_split(
        digits.images, digits.target, test_size=0.25, random_state=0, stratify=digits.target)
    train_x, test_x = prepare(train_x), prepare(test_x)

    key = jax.random.PRNGKey(0)
    params = init_params(key)
    optimizer = optax.adam(1e-3)
    state = optimizer.init(params)

    @jax.jit
    def step(params, state, x, y, key):
        def loss(params):
            logits = forward(params, x, key)
            return optax.softmax_cross_entropy_with_integer_labels(logits, y).mean()
        value, grads = jax.value_and_grad(loss)(params)
        updates, state = optimizer.update(grads, state)
        return optax.apply_updates(params, updates), state, value

    rng = np.random.default_rng(0)
    for epoch in range(40):
        order = rng.permutation(len(train_x))
        for start in range(0, len(order), 64):
            batch = order[start:start + 64]
            key, dropout_key = jax.random.split(key)
            params, state, value = step(params, state, train_x[batch], train_y[batch], dropout_key)
        if epoch % 10 == 9:
            print(f"epoch {epoch + 1}: loss {float(value):.4f}")

    probabilities = np.asarray(jax.nn.softmax(forward(params, test_x), axis=-1), np.float32)
    predictions = probabilities.argmax(axis=1).astype(np.int64)
    accuracy = float((predictions == test_y).mean())
    train_accuracy = float((np.asarray(forward(params, train_x)).argmax(axis=1) == train_y).mean())
    print(f"held-out accuracy {accuracy:.4f} ({(predictions == test_y).sum()}/{len(test_y)}), train {train_accuracy:.4f}")

    save_file({k: np.asarray(v, np.float32) for k, v in params.items()}, str(EXAMPLES / "lenet.safetensors"))
    np.save(HERE / "heldout-images.npy", test_x)
    np.save(HERE / "heldout-labels.npy", test_y.astype(np.int64))
    np.save(HERE / "heldout-predictions.npy", predictions)
    np.save(HERE / "heldout-probabilities.npy", probabilities)
    for digit in range(10):
        index = int(np.nonzero(test_y == digit)[0][0])
        np.save(HERE / f"{digit}.npy", test_x[index:index + 1])
    report = {
        "dataset": "UCI ML hand-written digits (scikit-learn load_digits)",
        "train_images": int(len(train_x)), "heldout_images": int(len(test_x)),
        "heldout_accuracy": accuracy, "heldout_correct": int((predictions == test_y).sum()),
        "train_accuracy": train_accuracy, "epochs": 40,
        "versions": {"jax": jax.__version__, "optax": optax.__version__, "numpy": np.__version__,
                     "scikit-learn": sklearn.__version__},
    }
    (HERE / "training-report.json").write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
