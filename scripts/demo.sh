#!/usr/bin/env bash
# Set-up and the main job: installs what is missing, builds dlc, and classifies a handwritten
# digit with the LeNet trained on real data (examples/digits).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
swift build --product dlc   # dlc's own hot paths are optimized even in this build
dlc=.build/debug/dlc
$dlc summary examples/lenet.swiftgraph
$dlc run examples/lenet.swiftgraph --input image=examples/digits/7.npy --output .build/demo
