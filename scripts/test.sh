#!/usr/bin/env bash
# The whole test suite: installs what is missing, runs every Swift test and a short fuzzing run
# of the file readers, then builds dlc and the C example with CMake and Ninja and runs ctest. CI
# runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
swift test
# A short, deterministic run of the readers' fuzzers (fuzz/run.sh; longer runs: docs/reliability.md).
fuzz/run.sh --ci
cmake -G Ninja -S . -B .build-cmake
cmake --build .build-cmake
ctest --test-dir .build-cmake --output-on-failure
