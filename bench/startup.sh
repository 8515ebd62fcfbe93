#!/usr/bin/env bash
# GUI start-up and idle memory of cas-console against an empty Qt Widgets main window (the floor).
# Run inside an X server with a black root and a D-Bus session (run-all.sh does:
# dbus-run-session -- xvfb-run -a -s "-screen 0 1920x1080x24 -br" bench/startup.sh BUILD RUNS MEMRUNS).
# Every run gets a fresh, empty HOME (no settings, no profiles, no caches). Floor and app runs
# alternate so that drift on the machine hits both the same.
# Prints raw lines: "<variant> mapped_ms=.. painted_ms=.. rss_kb=.. pss_kb=..".
set -euo pipefail
build=$1
runs=${2:-20}
memruns=${3:-5}
probe=$build/bench/bench_startup_probe
floor=$build/bench/bench_floor_window
app=$build/src/cas-console
export QT_QPA_PLATFORM=xcb

fresh_home() {
    local h
    h=$(mktemp -d /tmp/cas-bench-home.XXXXXX)
    echo "$h"
}

# A HOME with one saved profile (its secret is not needed to open the window).
profile_home() {
    local h
    h=$(fresh_home)
    HOME=$h "$app" profile add Bench --url https://cas.example.com --key bench-key >/dev/null 2>&1
    echo "$h"
}

measure() { # variant idle-ms program...
    local variant=$1 idle=$2 home
    shift 2
    case $variant in
        app-profile) home=$(profile_home) ;;
        *) home=$(fresh_home) ;;
    esac
    local out
    out=$(HOME=$home XDG_CONFIG_HOME=$home/.config XDG_CACHE_HOME=$home/.cache XDG_DATA_HOME=$home/.local/share \
        "$probe" --idle-ms "$idle" -- "$@")
    echo "$variant $out"
    rm -rf "$home"
}

# Warm the page cache for both binaries and the Qt libraries; not counted.
measure warmup -1 "$floor" >/dev/null
measure warmup -1 "$app" >/dev/null

for ((i = 0; i < runs; i++)); do
    if ((i % 2 == 0)); then
        measure floor -1 "$floor"
        measure app -1 "$app"
    else
        measure app -1 "$app"
        measure floor -1 "$floor"
    fi
    measure app-profile -1 "$app"
done
for ((i = 0; i < memruns; i++)); do
    measure mem-floor 3000 "$floor"
    measure mem-app 3000 "$app"
done
