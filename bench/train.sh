#!/usr/bin/env bash
# One command for the training benchmark, dlc's compiled training step against PyTorch's eager
# one: makes sure PyTorch's virtual environment and Fashion-MNIST are there (as
# scripts/training/make_fixtures.sh does: the venv in $DLC_TORCH_VENV, /tmp/dlc-torch-venv by
# default, and the data in $FASHION_MNIST_DIR, /usr/share/datasets/fashion-mnist by default),
# builds dlc in release mode when --build is given or .build/release/dlc is missing, and runs
# bench/train.py with the other arguments. See bench/README.md.
#
#   bench/train.sh                                        # every model, 1 and 2 threads
#   bench/train.sh --models lenet,row_lstm --threads 1 --rounds 3
#   bench/train.sh --build --markdown train.md            # rebuild dlc first; also write the table
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${DLC_TORCH_VENV:-/tmp/dlc-torch-venv}"
data="${FASHION_MNIST_DIR:-/usr/share/datasets/fashion-mnist}"

build=0
arguments=()
for argument in "$@"; do
    if [ "$argument" = --build ]; then build=1; else arguments+=("$argument"); fi
done

sudo_if_needed() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

cd "$root"
if [ "$build" -eq 1 ] || [ ! -x .build/release/dlc ]; then
    scripts/install-dependencies.sh >/dev/null
    swift build -c release --product dlc
fi

if ! ls "$data"/train-images-idx3-ubyte* >/dev/null 2>&1; then
    echo "train.sh: no Fashion-MNIST in $data; installing Debian's dataset-fashion-mnist"
    sudo_if_needed apt-get update -qq
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dataset-fashion-mnist
    if [ -z "${FASHION_MNIST_DIR:-}" ]; then
        images="$(dpkg -L dataset-fashion-mnist | grep '/train-images-idx3-ubyte' | head -n 1)"
        data="$(dirname "$images")"
    fi
fi

if [ ! -x "$venv/bin/python" ]; then
    echo "train.sh: creating the virtual environment $venv"
    python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c 'import torch, numpy, safetensors' >/dev/null 2>&1; then
    "$venv/bin/pip" install --quiet --upgrade pip
    "$venv/bin/pip" install --quiet torch numpy safetensors
fi

exec "$venv/bin/python" bench/train.py --data "$data" "${arguments[@]}"
