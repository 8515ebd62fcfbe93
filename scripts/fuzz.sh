#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang, ASan+UBSan) into ./build-fuzz (or $CAS_FUZZ_BUILD_DIR) and runs
# one of them for SECONDS. New inputs go to a scratch corpus in the build dir; a crash leaves its
# input in build-fuzz/artifacts/ — copy it into tests/fuzz/corpus/HARNESS/ once fixed.
#   scripts/fuzz.sh HARNESS SECONDS     HARNESS: jwt json jwskey jwstoken casbody tokenurl
#   scripts/fuzz.sh --build             only build
# CAS_FUZZ_SEED fixes libFuzzer's random seed (the test command does, so a run can be replayed);
# unset, each run explores from a new one.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fuzz_build="${CAS_FUZZ_BUILD_DIR:-$root/build-fuzz}"

if [[ $# -lt 1 || ( "$1" != --build && $# -ne 2 ) ]]; then
    echo "usage: $0 HARNESS SECONDS | --build" >&2
    echo "harnesses: $(cd "$root/tests/fuzz" && ls fuzz_*.cpp | sed 's/^fuzz_//; s/\.cpp$//' | tr '\n' ' ')" >&2
    exit 2
fi

if [[ ! -f "$fuzz_build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$fuzz_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
          -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCASCONSOLE_WITH_FUZZERS=ON -DCASCONSOLE_BUILD_TESTS=OFF -DCASCONSOLE_WERROR=ON >&2
fi
cmake --build "$fuzz_build" --parallel "$(nproc)" --target fuzzers >&2
[[ "$1" == --build ]] && exit 0

harness="$1" seconds="$2"
binary="$fuzz_build/tests/fuzz/fuzz_$harness"
seeds="$root/tests/fuzz/corpus/$harness"
if [[ ! -x "$binary" || ! -d "$seeds" ]]; then
    echo "$0: no harness \"$harness\"" >&2
    exit 2
fi
work="$fuzz_build/corpus/$harness"
artifacts="$fuzz_build/artifacts"
mkdir -p "$work" "$artifacts"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
seed=()
[[ -n "${CAS_FUZZ_SEED:-}" ]] && seed=(-seed="$CAS_FUZZ_SEED")
# The first corpus dir receives new inputs, so the committed seeds stay as they are.
exec "$binary" "${seed[@]}" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 -print_final_stats=1 \
     -artifact_prefix="$artifacts/$harness-" "$work" "$seeds"
