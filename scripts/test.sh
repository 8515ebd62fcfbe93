#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite with a real Secret Service
# (gnome-keyring in a private D-Bus session) and a throwaway HOME. Arguments go to ctest.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${CAS_BUILD_DIR:-$root/build}"
"$root/scripts/setup.sh"
CAS_BUILD_DIR="$build" "$root/scripts/build.sh" -DCASCONSOLE_BUILD_TESTS=ON

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/.config" "$home/.local/share" "$home/.cache" "$home/runtime"
chmod 700 "$home/runtime"
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
       XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/runtime"
unset DISPLAY WAYLAND_DISPLAY
export QT_QPA_PLATFORM=offscreen

dbus-run-session -- sh -c '
    printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    cd "$1"; shift
    exec ctest --output-on-failure --timeout 300 "$@"
' sh "$build" "$@"
