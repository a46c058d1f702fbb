#!/usr/bin/env bash
# Set-up and the main job: installs what is missing, builds dlc, and classifies a sample digit
# with LeNet.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
swift build -c release --product dlc
dlc=.build/release/dlc
$dlc summary lenet
$dlc run lenet --input image=examples/sample-input.npy --output .build/demo
