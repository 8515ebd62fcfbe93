#!/usr/bin/env bash
# GUI start-up and idle memory of cas-console against an empty Qt Widgets main window (the floor).
# Run inside an X server with a black root and a D-Bus session (run-all.sh does:
# dbus-run-session -- xvfb-run -a -s "-screen 0 1920x1080x24 -br" bench/startup.sh BUILD RUNS MEMRUNS [APP]).
# Every run gets a fresh HOME: empty (no settings, no profiles, no caches) for "floor" and "app";
# for "app-full", a copy of a HOME filled once by bench_fill_settings: 50 profiles with their
# secrets in the keychain and a token history at its cap (tokens in the keychain, entries in the
# settings file), written the way the app writes them. Floor and app runs alternate so that drift
# on the machine hits both the same.
# "floor-text" is the floor with one line of text and a one-menu menu bar, for information: what
# drawing any text costs (fontconfig, a font, shaping, glyphs), which the empty floor never pays.
# Prints raw lines: "<variant> mapped_ms=.. painted_ms=.. rss_kb=.. pss_kb=..".
set -euo pipefail
build=$1
runs=${2:-20}
memruns=${3:-5}
probe=$build/bench/bench_startup_probe
floor=$build/bench/bench_floor_window
app=${4:-$build/src/cas-console} # the packaged program when run-all.sh gives it
fill=$build/bench/bench_fill_settings
export QT_QPA_PLATFORM=xcb

fresh_home() {
    local h
    h=$(mktemp -d /tmp/cas-bench-home.XXXXXX)
    echo "$h"
}

# The full HOME, made once: the keychain (gnome-keyring's file under XDG_DATA_HOME) and the
# settings file are filled in a D-Bus session of their own, then copied for each run.
full_template=$(fresh_home)
trap 'rm -rf "$full_template"' EXIT
mkdir -p "$full_template/.config" "$full_template/.cache" "$full_template/.local/share" "$full_template/runtime"
chmod 700 "$full_template/runtime"
HOME=$full_template XDG_CONFIG_HOME=$full_template/.config XDG_CACHE_HOME=$full_template/.cache \
    XDG_DATA_HOME=$full_template/.local/share XDG_RUNTIME_DIR=$full_template/runtime dbus-run-session -- sh -c \
    'printf bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$1" 50' sh "$fill" >&2
full_home() {
    local h
    h=$(fresh_home)
    cp -a "$full_template/." "$h/"
    echo "$h"
}

measure() { # variant idle-ms program...
    local variant=$1 idle=$2 home
    shift 2
    case $variant in
        app-full | mem-app-full) home=$(full_home) ;;
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
measure app-full -1 "$app" >/dev/null

for ((i = 0; i < runs; i++)); do
    if ((i % 2 == 0)); then
        measure floor -1 "$floor"
        measure app -1 "$app"
    else
        measure app -1 "$app"
        measure floor -1 "$floor"
    fi
    measure app-full -1 "$app"
    measure floor-text -1 "$floor" --text
done
for ((i = 0; i < memruns; i++)); do
    measure mem-floor 3000 "$floor"
    measure mem-app 3000 "$app"
    measure mem-app-full 3000 "$app"
done
