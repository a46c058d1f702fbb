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

build=0
arguments=()
for argument in "$@"; do
    if [ "$argument" = --build ]; then build=1; else arguments+=("$argument"); fi
done

cd "$root"
if [ "$build" -eq 1 ] || [ ! -x .build/release/dlc ]; then
    scripts/install-dependencies.sh >/dev/null
    swift build -c release --product dlc
fi

source "$root/scripts/training/torch-environment.sh"

exec "$venv/bin/python" bench/train.py --data "$data" "${arguments[@]}"
