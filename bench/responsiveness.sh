#!/usr/bin/env bash
# Event-loop gaps during a slow fetch and a 1 MiB decode, and decode timings, under Xvfb.
# Usage: bench/responsiveness.sh BUILD RUNS
set -euo pipefail
build=$1
runs=${2:-5}
home=$(mktemp -d /tmp/cas-bench-home.XXXXXX)
trap 'rm -rf "$home"' EXIT
HOME=$home QT_QPA_PLATFORM=xcb "$build/bench/bench_responsiveness" --runs "$runs" --slow-ms 1000 2> >(grep -v 'propagateSizeHints' >&2)
