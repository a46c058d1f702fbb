#!/usr/bin/env bash
# Runs compiled models under valgrind's memcheck: each example given (default: a CNN with
# blocked kernels, the LSTM and LeNet) is compiled for x86-64-v3 (AVX2: valgrind cannot run
# AVX-512) and run through scripts/valgrind-driver.c with and without a workspace. Fails on any
# memcheck error. Needs valgrind (apt-get install valgrind) and a release build of dlc.
# The last run's result is in docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "scripts/valgrind.sh: install valgrind (apt-get install valgrind)" >&2; exit 1; }
models=("$@")
[ ${#models[@]} -eq 0 ] && models=(cifar10_cnn lstm_sentiment lenet)
swift build -c release --product dlc >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
.build/release/dlc compile lenet --header "$work/dlc_abi.h" >/dev/null   # the ABI's types for the driver
cc -std=c99 -Wall -Werror -I "$work" scripts/valgrind-driver.c -ldl -o "$work/driver"
for model in "${models[@]}"; do
    .build/release/dlc compile "examples/$model.swiftgraph" --cpu x86-64-v3 --threads 2 -o "$work/$model.so" >/dev/null
    valgrind --quiet --error-exitcode=1 --leak-check=no "$work/driver" "$work/$model.so"
done
