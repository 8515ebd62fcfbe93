#!/usr/bin/env bash
# appstreamcli validate (offline): errors and warnings fail, infos and pedantic notes pass.
# Also checks that the release and ids come from the build (PROJECT_VERSION, app id).
set -euo pipefail
file=$1 version=$2 appid=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v appstreamcli >/dev/null || fail "appstreamcli is not installed (Debian package appstream)"
appstreamcli validate --no-net --explain "$file" || fail "$file does not validate"
grep -q "<id>$appid</id>" "$file" || fail "component id is not $appid"
grep -q "<release version=\"$version\" date=\"[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]\"" "$file" \
    || fail "no <release> for version $version"
grep -q "<launchable type=\"desktop-id\">$appid.desktop</launchable>" "$file" || fail "launchable"
grep -q '<binary>cas-console</binary>' "$file" || fail "provides/binary"
echo "OK: $file"
