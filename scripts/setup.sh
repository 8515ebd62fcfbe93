#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages CAS Console needs to build, run and test, only those missing.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-l10n-tools
    qtkeychain-qt6-dev libssl-dev zlib1g-dev libgl-dev libxkbcommon-dev libvulkan-dev libqrencode-dev libpng-dev libxcb1-dev
    # run: platform plugins, the SVG icon engine, Qt's own translations and a font
    qt6-qpa-plugins libqt6svg6 qt6-translations-l10n fonts-dejavu-core
    # test: a private D-Bus session with a real Secret Service, a virtual X server, tools
    dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth xdotool imagemagick zbar-tools
    clang-format clang-tidy
    desktop-file-utils appstream curl groff-base dpkg-dev binutils file lintian
    # test: the shell completions (bash-completion loads them; zsh and fish check their syntax),
    # and python3's pty module driving the binary on a terminal (secret prompt without echo)
    bash-completion zsh fish python3
    # test: a real browser for the token service (tst_servebrowser); bench: a load generator
    chromium wrk
)
if [[ "${CAS_SETUP_FUZZ:-0}" == 1 ]]; then
    packages+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
    if [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]]; then
        missing+=("$p")
    fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

sudo=()
if [[ "$(id -u)" -ne 0 ]]; then
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}" >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
