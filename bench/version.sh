#!/usr/bin/env bash
# `cas-console --version` against `curl --version`: what starting the command line costs.
# Usage: bench/version.sh APP RUNS OUTDIR   (APP: the cas-console binary; needs hyperfine)
# The two alternate in batches of five (bench/interleaved.sh).
set -euo pipefail
app=$1
runs=${2:-50}
out=${3:-.}
work=$(mktemp -d /tmp/cas-bench-version.XXXXXX)
trap 'rm -rf "$work"' EXIT
export HOME=$work
"$app" --version >/dev/null
"$(dirname "$0")/interleaved.sh" "$runs" "$out/version.json" "curl --version" "$app --version"
