#!/usr/bin/env bash
# Set-up and the main job: installs what is missing, builds dlc, compiles the LeNet trained on
# real handwritten digits (examples/digits) to a shared library and classifies a digit with it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
swift build --product dlc   # dlc's own hot paths are optimized even in this build
dlc=.build/debug/dlc
mkdir -p .build/demo
$dlc summary examples/lenet.swiftgraph
$dlc compile examples/lenet.swiftgraph -o .build/demo/lenet.so --header .build/demo/lenet.h
$dlc run .build/demo/lenet.so --input image=examples/digits/7.npy --output .build/demo
