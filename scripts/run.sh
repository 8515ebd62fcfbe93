#!/usr/bin/env bash
# Installs what is missing, builds, and starts CAS Console. Arguments go to the app (try --demo).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
"$root/scripts/build.sh"
exec "${CAS_BUILD_DIR:-$root/build}/src/cas-console" "$@"
