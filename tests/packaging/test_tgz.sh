#!/usr/bin/env bash
# Builds the .tar.gz of the install tree with cpack and checks its files and that its binary runs.
# Usage: test_tgz.sh BUILD_DIR CPACK VERSION APP_ID
set -euo pipefail
build=$1 cpack=$2 version=$3 appid=$4
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
archive=$(build_package TGZ "$build" "$cpack" "$tmp/out")
top=$(basename "$archive" .tar.gz)
[[ $top == cas-console-$version-* ]] || fail "archive name $top does not carry version $version"
mkdir "$tmp/root"
tar -xzf "$archive" -C "$tmp/root"
check_tree "$tmp/root" "/$top" "$version" "$appid"
cmp -s "$tmp/root/$top/LICENSE" "$(dirname "${BASH_SOURCE[0]}")/../../LICENSE" || fail "the archive has no LICENSE at its top"
[[ ! -e $tmp/root/$top/share/doc/cas-console/changelog.Debian.gz ]] || fail "Debian's files belong to the .deb only"
check_runs "$tmp/root/$top/bin/cas-console" "$version"
check_command_line "$tmp/root/$top/bin/cas-console" "$tmp/root/$top"
echo "OK: $(basename "$archive")"
