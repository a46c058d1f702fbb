#!/usr/bin/env bash
# Writes the PyTorch reference fixtures of dlc's training tests, Tests/Fixtures/training/:
# seven small models trained by PyTorch for 20 steps on the first 320 Fashion-MNIST training
# images with up to eleven optimizers, from initial weights this script draws. Each model's
# .swiftgraph (models/), its initial weights (NAME/initial.safetensors), the loss of every step
# and the weights after the last one (NAME/OPTIMIZER.json), and the 320 images and labels
# (batches-*-idx*-ubyte.gz) so that the tests need neither PyTorch nor the data set.
# See Tests/Fixtures/training/README.md and scripts/training/make_fixtures.py.
#
# CI does not run this (PyTorch is too big for CI); its outputs are committed. Run it again only
# to change the models or optimizers or to refresh the fixtures with a newer PyTorch, and record
# the version in the fixtures' README.
#
#   scripts/training/make_fixtures.sh          # from the repository's root
#
# The virtual environment with torch, numpy and safetensors goes to $DLC_TORCH_VENV
# (/tmp/dlc-torch-venv by default) and is reused; Debian's dataset-fashion-mnist is installed if
# the data is missing ($FASHION_MNIST_DIR overrides where it is looked for).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$root/scripts/training/torch-environment.sh"

cd "$root"
exec "$venv/bin/python" scripts/training/make_fixtures.py --data "$data" --out Tests/Fixtures/training "$@"
