#!/usr/bin/env bash
# The Swift test suite under sanitizers, each in a build directory of its own (.build-SANITIZER,
# a full build: about 10 minutes each on 2 cores, and the tests run 2–3× slower).
#
#   scripts/sanitizers.sh                 # address, then undefined
#   scripts/sanitizers.sh address         # one of them
#
# AddressSanitizer instruments dlc's Swift and C code (the compiled models' own code comes from
# LLVM and is not instrumented; valgrind covers it, see scripts/valgrind.sh). Leak checking is
# off: LeakSanitizer reports the Swift runtime's lazily built globals. The log of each run is
# kept in .build-SANITIZER.log; the last runs' results are in docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
sanitizers=("$@")
[ ${#sanitizers[@]} -eq 0 ] && sanitizers=(address undefined)
# A Swift trap is then reported by the sanitizer's runtime, not by Swift's backtracer.
export ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 SWIFT_BACKTRACE=enable=no
toolchain=$(dirname "$(readlink -f "$(command -v swift)")")/..
ubsan=$(ls "$toolchain"/lib/clang/*/lib/linux/libclang_rt.ubsan_standalone-x86_64.a | head -1)
status=0
for sanitizer in "${sanitizers[@]}"; do
    case $sanitizer in
        address) flags=(--sanitize=address) ;;
        # swiftc refuses -sanitize=undefined on Linux ("unsupported option for target"): Swift
        # code has its own checks (overflow, bounds, unwrapping), on in these builds. The C code
        # (the LLVM shim) is built with UBSan, every finding fatal.
        undefined) flags=(-Xcc -fsanitize=undefined -Xcc -fno-sanitize-recover=undefined -Xlinker "$ubsan") ;;
        *) echo "scripts/sanitizers.sh: unknown sanitizer '$sanitizer' (address, undefined)" >&2; exit 1 ;;
    esac
    log=".build-$sanitizer.log"
    started=$(date +%s)
    if swift test "${flags[@]}" --scratch-path ".build-$sanitizer" >"$log" 2>&1; then
        result=passed
    else
        result=FAILED
        status=1
    fi
    findings=$(grep -c -E "ERROR: AddressSanitizer|runtime error:" "$log" || true)
    summary=$(grep -E "^(✔|✘) Test run with" "$log" | tail -1 || true)
    echo "sanitize=$sanitizer: $result in $(( $(date +%s) - started )) s, $findings sanitizer reports; ${summary:-no test summary} (log: $log)"
done
exit $status
