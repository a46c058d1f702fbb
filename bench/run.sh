#!/usr/bin/env bash
# One command for the benchmarks: builds dlc in release mode, sets up ONNX Runtime in a venv
# (bench/.venv), and runs bench.py with the arguments given (default: every network and every
# distinct conv/dense layer, 1 and 2 threads). See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh >/dev/null
swift build -c release --product dlc
if [ ! -x bench/.venv/bin/python ]; then
    python3 -m venv bench/.venv
fi
bench/.venv/bin/pip install --quiet --disable-pip-version-check -r bench/requirements.txt
if [ $# -eq 0 ]; then set -- --layers; fi
exec bench/.venv/bin/python bench/bench.py "$@"
