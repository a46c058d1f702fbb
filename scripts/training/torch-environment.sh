# Sourced by scripts/training/make_fixtures.sh and bench/train.sh: makes sure Fashion-MNIST and
# a virtual environment with torch, numpy and safetensors are there, and sets `data` (where the
# IDX files are: $FASHION_MNIST_DIR, /usr/share/datasets/fashion-mnist by default, installing
# Debian's dataset-fashion-mnist if they are missing) and `venv` ($DLC_TORCH_VENV,
# /tmp/dlc-torch-venv by default, created and reused).

venv="${DLC_TORCH_VENV:-/tmp/dlc-torch-venv}"
data="${FASHION_MNIST_DIR:-/usr/share/datasets/fashion-mnist}"

sudo_if_needed() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if ! ls "$data"/train-images-idx3-ubyte* >/dev/null 2>&1; then
    echo "$(basename "$0"): no Fashion-MNIST in $data; installing Debian's dataset-fashion-mnist"
    sudo_if_needed apt-get update -qq
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dataset-fashion-mnist
    if [ -z "${FASHION_MNIST_DIR:-}" ]; then
        # Where the package put the training images.
        images="$(dpkg -L dataset-fashion-mnist | grep '/train-images-idx3-ubyte' | head -n 1)"
        data="$(dirname "$images")"
    fi
fi

if [ ! -x "$venv/bin/python" ]; then
    echo "$(basename "$0"): creating the virtual environment $venv"
    python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c 'import torch, numpy, safetensors' >/dev/null 2>&1; then
    "$venv/bin/pip" install --quiet --upgrade pip
    "$venv/bin/pip" install --quiet torch numpy safetensors
fi
