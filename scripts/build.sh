#!/usr/bin/env bash
# Configures and builds into ./build (or $CAS_BUILD_DIR). Extra arguments go to cmake's configure step.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${CAS_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${CAS_BUILD_TYPE:-RelWithDebInfo}" "$@" >&2
cmake --build "$build" --parallel "$(nproc)" >&2
