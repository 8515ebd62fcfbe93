#!/usr/bin/env bash
# Builds the .tar.gz of the install tree with cpack and checks its files and that its binary runs.
# Usage: test_tgz.sh BUILD_DIR CPACK VERSION APP_ID
set -euo pipefail
build=$1 cpack=$2 version=$3 appid=$4
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! (cd "$build" && "$cpack" -G TGZ --config CPackConfig.cmake -B "$tmp/out") >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log" >&2
    fail "cpack -G TGZ failed"
fi
shopt -s nullglob
archives=("$tmp"/out/*.tar.gz)
[[ ${#archives[@]} -eq 1 ]] || fail "expected one .tar.gz, found ${#archives[@]}"
archive=${archives[0]}
top=$(basename "$archive" .tar.gz)
[[ $top == cas-console-$version-* ]] || fail "archive name $top does not carry version $version"
mkdir "$tmp/root"
tar -xzf "$archive" -C "$tmp/root"
check_tree "$tmp/root" "/$top" "$version" "$appid"
check_runs "$tmp/root/$top/bin/cas-console" "$version"
echo "OK: $(basename "$archive")"
