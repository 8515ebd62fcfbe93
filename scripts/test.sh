#!/usr/bin/env bash
# Installs what is missing, then runs four stages and exits non-zero if any failed:
#   normal  build into ./build, the whole suite with a real Secret Service (gnome-keyring in a
#           private D-Bus session) and a throwaway HOME
#   asan    the same suite built with ASan+UBSan into ./build-asan (GUI and CLI tests included)
#   lint    clang-format and clang-tidy: any finding fails (CAS_TIDY_STRICT=0: clang-tidy only reports)
#   fuzz    the libFuzzer harnesses (clang) in ./build-fuzz: replay the committed corpora, then
#           each harness for $CAS_FUZZ_SECONDS (default 10) seconds from the fixed seed
#           $CAS_FUZZ_SEED (default 1), so a failure replays; scripts/fuzz.sh explores further
# Arguments go to ctest (both suite stages). CAS_TEST_STAGES="normal lint asan fuzz" picks stages.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${CAS_BUILD_DIR:-$root/build}"
asan_build="${CAS_ASAN_BUILD_DIR:-$build-asan}"
fuzz_build="${CAS_FUZZ_BUILD_DIR:-$build-fuzz}"
stages="${CAS_TEST_STAGES:-normal lint asan fuzz}"
fuzz_seconds="${CAS_FUZZ_SECONDS:-10}"
fuzz_seed="${CAS_FUZZ_SEED:-1}"
started=$SECONDS

CAS_SETUP_FUZZ=1 "$root/scripts/setup.sh" || exit 1

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
counts="$home/counts.log" # ctest summaries and fuzz results, added up in the closing line

# Runs ctest in BUILD_DIR inside a private D-Bus session with an unlocked gnome-keyring.
run_suite() {
    local dir="$1" timeout="$2"; shift 2
    (
        home="$(mktemp -d -p "$home")"
        mkdir -p "$home/.config" "$home/.local/share" "$home/.cache" "$home/runtime"
        chmod 700 "$home/runtime"
        export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
               XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/runtime"
        unset DISPLAY WAYLAND_DISPLAY
        export QT_QPA_PLATFORM=offscreen
        dbus-run-session -- sh -c '
            printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
            cd "$1"; timeout="$2"; shift 2
            exec ctest --output-on-failure --timeout "$timeout" "$@"
        ' sh "$dir" "$timeout" "$@" | tee -a "$counts"
        status=${PIPESTATUS[0]}
        report_skips "$dir"
        exit "$status"
    )
}

# A skipped test function in a normal run means something is missing (a tool, a permission):
# list each one with its reason, from the log ctest keeps of every test's output.
report_skips() {
    local log="$1/Testing/Temporary/LastTest.log"
    [[ -f $log ]] || return 0
    awk '/^[0-9]+\/[0-9]+ Testing: / { test = $3 }
         /^SKIP   : / { sub(/^SKIP   : /, ""); print "test.sh: skipped in " test ": " $0 }' "$log" | sort -u | tee -a "$counts"
}

stage_normal() {
    CAS_BUILD_DIR="$build" "$root/scripts/build.sh" -DCASCONSOLE_BUILD_TESTS=ON -DCASCONSOLE_WERROR=ON || return 1
    run_suite "$build" 300 "$@"
}

stage_asan() {
    CAS_BUILD_DIR="$asan_build" CAS_BUILD_TYPE=Debug "$root/scripts/build.sh" \
        -DCASCONSOLE_BUILD_TESTS=ON -DCASCONSOLE_WITH_ASAN=ON -DCASCONSOLE_WERROR=ON || return 1
    # Leaks in our code fail the test; the suppressions name only OpenSSL's own per-thread caches
    # and need full malloc stacks (see tests/sanitizers/lsan.supp). Full stacks make malloc ten
    # times slower, so only the tests that run into that cache get them; in the others a leak
    # cannot be suppressed at all. The packaging checks run cpack and inspect packages: nothing
    # of ours to sanitize there.
    local full_stacks="${CAS_ASAN_FULL_STACKS:-^(tst_democasserver|tst_cli|tst_serve|tst_servebrowser)\$}" failed=0
    local asan="detect_leaks=1:halt_on_error=1:check_initialization_order=1${CAS_ASAN_EXTRA:+:$CAS_ASAN_EXTRA}"
    export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/sanitizers/ubsan.supp"
    ASAN_OPTIONS="$asan" run_suite "$asan_build" 600 --parallel "$(nproc)" -LE packaging -E "$full_stacks" "$@" \
        || failed=1
    ASAN_OPTIONS="$asan:fast_unwind_on_malloc=0:malloc_context_size=10" \
        run_suite "$asan_build" 600 --parallel "$(nproc)" -LE packaging -R "$full_stacks" "$@" || failed=1
    return $failed
}

# clang-format and clang-tidy (the project's .clang-format and .clang-tidy) over our sources; any
# finding fails the stage. clang-tidy reads the normal build's compile_commands.json.
stage_lint() (
    local failed=0 sources
    cd "$root" || exit 1
    mapfile -t sources < <(git ls-files 'src/*.c' 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp')
    if ! clang-format --dry-run --Werror "${sources[@]}"; then
        echo "clang-format: the files above differ from .clang-format (fix: cmake --build build --target format)"
        failed=1
    fi
    CAS_BUILD_DIR="$build" "$root/scripts/build.sh" -DCASCONSOLE_BUILD_TESTS=ON -DCASCONSOLE_WERROR=ON || exit 1
    mapfile -t sources < <(git ls-files 'src/*.c' 'src/*.cpp')
    # A clang-tidy finding fails the stage; CAS_TIDY_STRICT=0 only reports them (e.g. with a newer
    # clang-tidy whose new checks find what this one does not).
    local tidy_errors=(--warnings-as-errors='*')
    [[ "${CAS_TIDY_STRICT:-1}" == 0 ]] && tidy_errors=()
    if ! printf '%s\n' "${sources[@]}" | xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet --extra-arg=-Wno-error "${tidy_errors[@]}" 2>/dev/null; then
        echo "clang-tidy: findings above"
        failed=1
    fi
    echo "lint check $([[ $failed -eq 0 ]] && echo passed || echo failed)" >>"$counts"
    exit $failed
)

stage_fuzz() {
    CAS_FUZZ_BUILD_DIR="$fuzz_build" "$root/scripts/fuzz.sh" --build || return 1
    local failed=0 log harness
    (cd "$fuzz_build" && ctest --output-on-failure -L fuzz | tee -a "$counts") || failed=1
    for src in "$root"/tests/fuzz/fuzz_*.cpp; do
        harness="$(basename "$src" .cpp)"; harness="${harness#fuzz_}"
        log="$fuzz_build/fuzz-$harness.log"
        if CAS_FUZZ_BUILD_DIR="$fuzz_build" CAS_FUZZ_SEED="$fuzz_seed" "$root/scripts/fuzz.sh" "$harness" "$fuzz_seconds" >"$log" 2>&1; then
            echo "fuzz harness passed" >>"$counts"
            echo "fuzz $harness: ok, $(grep -m1 -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$') runs in ${fuzz_seconds}s"
        else
            echo "fuzz harness failed" >>"$counts"
            echo "fuzz $harness: FAILED (input saved in $fuzz_build/artifacts/)"
            tail -n 60 "$log"
            failed=1
        fi
    done
    return $failed
}

summary=()
status=0
for stage in $stages; do
    stage_started=$SECONDS
    echo "=== test.sh: stage $stage ==="
    if "stage_$stage" "$@"; then
        result=passed
    else
        result=FAILED
        status=1
    fi
    summary+=("$stage $result ($((SECONDS - stage_started))s)")
done
echo "=== test.sh: ${summary[*]}; total $((SECONDS - started))s: $([[ $status -eq 0 ]] && echo PASSED || echo FAILED) ==="
# One closing line over all stages: ctest's "N tests failed out of T" lines plus the fuzz runs.
awk '/tests failed out of/ { failed += $(NF-5); total += $NF }
     /^fuzz harness passed/ || /^lint check passed/ { total += 1 }
     /^lint check failed/ { total += 1; failed += 1 }
     /^fuzz harness failed/ { total += 1; failed += 1 }
     /^test.sh: skipped in / { skipped += 1 }
     END { printf "%d passed, %d failed, %d skipped\n", total - failed, failed, skipped }' "$counts"
exit $status
