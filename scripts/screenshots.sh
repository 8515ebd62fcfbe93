#!/usr/bin/env bash
# Makes the README's screenshots from the real window under a virtual X server (Xvfb):
# starts `cas-console --demo` in a throwaway HOME, gets a token, captures each view.
# Usage: scripts/screenshots.sh [OUTPUT_DIR]   (default docs/screenshots)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(realpath -m "${1:-$root/docs/screenshots}")"
bin="${CAS_BUILD_DIR:-$root/build}/src/cas-console"
[[ -x "$bin" ]] || { "$root/scripts/setup.sh"; "$root/scripts/build.sh"; }
mkdir -p "$out"

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# A private D-Bus session with an unlocked keyring, so no keyring prompt covers the window.
dbus-run-session -- xvfb-run -a -s "-screen 0 1440x900x24" bash -s "$bin" "$out" <<'SCRIPT'
set -euo pipefail
bin="$1"; out="$2"
printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$bin" --demo -style Fusion &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
wid="$(xdotool search --sync --onlyvisible --name '^CAS Console$' | head -1)"
xdotool windowsize "$wid" 1280 820
xdotool windowmove "$wid" 0 0
sleep 1
shot() { sleep 0.7; import -window "$wid" "$out/$1.png"; }
shot empty-token
xdotool windowfocus --sync "$wid"; xdotool key --clearmodifiers ctrl+Return
sleep 1.5
shot main-window
xdotool key --clearmodifiers ctrl+2; shot decoded
xdotool key --clearmodifiers ctrl+4; shot response
xdotool key --clearmodifiers ctrl+3; shot verify
xdotool key --clearmodifiers ctrl+5; shot flow
xdotool key --clearmodifiers ctrl+7; shot qr
xdotool key --clearmodifiers ctrl+6; shot history
xdotool key --clearmodifiers ctrl+8; shot serve
xdotool key --clearmodifiers ctrl+1 F11; shot presentation
# A trainer's projector: presentation mode at 1280x720.
xdotool windowsize "$wid" 1280 720; sleep 1; shot presentation-1280x720
xdotool key --clearmodifiers F11
kill $app; wait $app 2>/dev/null || true

# Dark mode, chosen in Settings (kept in the settings file).
conf="$XDG_CONFIG_HOME/cas-console/cas-console.conf"
mkdir -p "$(dirname "$conf")"
if grep -q '^\[settings\]' "$conf" 2>/dev/null; then
    sed -i '/^\[settings\]/a colorScheme=dark' "$conf"
else
    printf '[settings]\ncolorScheme=dark\n' >>"$conf"
fi
"$bin" --demo -style Fusion &
app=$!
wid="$(xdotool search --sync --onlyvisible --name '^CAS Console$' | head -1)"
xdotool windowsize "$wid" 1280 820
xdotool windowmove "$wid" 0 0
sleep 1
xdotool windowfocus --sync "$wid"; xdotool key --clearmodifiers ctrl+Return
sleep 1.5
shot main-window-dark
xdotool key --clearmodifiers ctrl+2; shot decoded-dark
SCRIPT
echo "Screenshots written to $out" >&2
