#!/usr/bin/env bash
# The whole test suite: installs what is missing, runs every Swift test, builds and installs dlc
# with CMake and Ninja and builds the C example against the installation (ctest), then a short
# fuzzing run of the file readers. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
swift test
# The CMake build (driving SwiftPM: the debug build the tests just made is reused), its install,
# and the C example as a project of its own against the installed dlc.
cmake -G Ninja -S . -B .build-cmake -DDLC_SWIFT_CONFIGURATION=debug
cmake --build .build-cmake
ctest --test-dir .build-cmake --output-on-failure
rm -rf .build-cmake/prefix .build-cmake/c
cmake --install .build-cmake --prefix "$PWD/.build-cmake/prefix"
cmake -G Ninja -S examples/c -B .build-cmake/c -DCMAKE_PREFIX_PATH="$PWD/.build-cmake/prefix"
cmake --build .build-cmake/c
ctest --test-dir .build-cmake/c --output-on-failure
# A short, deterministic run of the readers' fuzzers (fuzz/run.sh; longer runs: docs/reliability.md).
# Last: it rebuilds two modules instrumented, which the next normal build undoes.
fuzz/run.sh --ci
