#!/usr/bin/env bash
# Coverage-guided fuzzing of dlc's readers with libFuzzer and AddressSanitizer (the Swift
# toolchain ships both).
#
#   fuzz/run.sh [SECONDS per reader, default 60] [READER ...]   fuzz for a while
#   fuzz/run.sh --ci                                           the short, deterministic run of the test suite
#
# Readers: safetensors, numpy, swiftgraph, onnx, and options (compile options: target, CPU,
# features, threads) (default: all). A timed run starts from fuzz/seeds/READER
# and the examples' files and keeps what it finds in fuzz/.corpus/READER; a crash, a hang (10 s)
# or an input using over 2 GB is written to fuzz/.findings/READER and fails the run. The --ci run
# starts from the same seeds in a fresh directory with a fixed random seed and a fixed number of
# inputs per reader, so it tries the same inputs on every machine. Leak checking is off:
# LeakSanitizer reports the Swift runtime's lazily built globals. One summary line per reader.
set -euo pipefail
cd "$(dirname "$0")/.."
ci=false
if [ "${1:-}" = "--ci" ]; then ci=true; shift; fi
seconds=${1:-60}
shift || true
readers=("$@")
[ ${#readers[@]} -eq 0 ] && readers=(safetensors numpy swiftgraph onnx options)

# The --ci run shares the debug build's dependencies (swift-syntax is not rebuilt; DLCGraph and
# DLCFrontend are recompiled with instrumentation, and again by the next normal build). A timed
# run builds everything optimized in .build-fuzz: swift-syntax's parser unoptimized held the
# .swiftgraph harness to about 30 inputs a second.
toolchain=$(dirname "$(readlink -f "$(command -v swift)")")/..
DLC_FUZZER_LIBRARY=$(ls "$toolchain"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a 2>/dev/null | head -1)
if [ -z "$DLC_FUZZER_LIBRARY" ]; then
    echo "fuzz/run.sh: the Swift toolchain at $toolchain has no libFuzzer (libclang_rt.fuzzer_no_main)" >&2
    exit 1
fi
# SWIFT_BACKTRACE: a Swift trap is reported by libFuzzer, not by Swift's backtracer (which ASan flags).
# SWIFT_DETERMINISTIC_HASHING: Swift seeds its hashes per process, which changes the order of
# dictionary walks, so the coverage a seeded --ci run sees, and so the inputs it makes; fixed,
# the run is the same every time.
export DLC_FUZZ=1 DLC_FUZZER_LIBRARY SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 SWIFT_DETERMINISTIC_HASHING=1
build=(--manifest-cache none)
$ci || build+=(-c release --scratch-path .build-fuzz)
for reader in "${readers[@]}"; do swift build "${build[@]}" --product "fuzz-$reader" >&2; done
binaries=$(swift build "${build[@]}" --show-bin-path)

status=0
for reader in "${readers[@]}"; do
    case $reader in
        safetensors) extra=(examples/lenet.safetensors) ciRuns=30000 ;;
        numpy) extra=(examples/digits/*.npy) ciRuns=30000 ;;
        swiftgraph) extra=(examples/*.swiftgraph) ciRuns=300 ;;
        onnx) extra=() ciRuns=30000 ;;
        options) extra=() ciRuns=3000 ;;
        *) echo "fuzz/run.sh: unknown reader '$reader' (safetensors, numpy, swiftgraph, onnx, options)" >&2; exit 1 ;;
    esac
    if $ci; then
        corpus=$(mktemp -d) findings=$(mktemp -d)
        limits=(-seed=1 -runs=$ciRuns)
    else
        corpus=fuzz/.corpus/$reader findings=fuzz/.findings/$reader
        limits=(-max_total_time="$seconds")
    fi
    mkdir -p "$corpus" "$findings"
    cp -n fuzz/seeds/$reader/* "${extra[@]}" "$corpus"/ 2>/dev/null || true
    log=$(mktemp)
    started=$(date +%s)
    if "$binaries/fuzz-$reader" "$corpus" "${limits[@]}" -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 \
        -max_len=65536 -artifact_prefix="$findings/" -print_final_stats=1 >"$log" 2>&1; then
        result=ok
    else
        result=FAILED
        status=1
        tail -40 "$log" >&2
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    where=$findings
    if $ci && [ $result = ok ]; then where="none kept"; fi
    echo "fuzz $reader: $result, $runs inputs in $(( $(date +%s) - started )) s, findings: $where"
    rm -f "$log"
    if $ci; then rm -rf "$corpus"; [ $result = ok ] && rm -rf "$findings"; fi
done
exit $status
