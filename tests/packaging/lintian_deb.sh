#!/usr/bin/env bash
# Builds the .deb with cpack and runs lintian on it: any error or warning fails (infos pass).
# Usage: lintian_deb.sh BUILD_DIR CPACK
set -euo pipefail
build=$1 cpack=$2
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
command -v lintian >/dev/null || fail "lintian is not installed (Debian package lintian)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
deb=$(build_package DEB "$build" "$cpack" "$tmp/out")
report=$(lintian --fail-on none --display-info --tag-display-limit 0 "$deb" 2>&1)
printf 'lintian %s:\n%s\n' "$(basename "$deb")" "$report"
if grep -qE '^[EW]: ' <<<"$report"; then
    fail "lintian reports errors or warnings for $(basename "$deb")"
fi
echo "OK: lintian has no error or warning for $(basename "$deb")"
