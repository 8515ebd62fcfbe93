#!/usr/bin/env bash
# Builds the .deb from the build tree with cpack and checks what a user would install: the
# control fields, dependencies computed by dpkg-shlibdeps, the files, and a packaged binary that
# runs (--version, decode, a token from its demo CAS; the command line without Qt Widgets and
# Qt Gui, the window from its module).
# Usage: test_deb.sh BUILD_DIR CPACK VERSION APP_ID DEB_VERSION
set -euo pipefail
build=$1 cpack=$2 version=$3 appid=$4 deb_version=$5
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

command -v dpkg-deb >/dev/null || fail "dpkg-deb is not installed (Debian package dpkg)"
command -v dpkg-shlibdeps >/dev/null || fail "dpkg-shlibdeps is not installed (Debian package dpkg-dev)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
deb=$(build_package DEB "$build" "$cpack" "$tmp/out")
echo "built $(basename "$deb")"
[[ $(basename "$deb") == "cas-console_${deb_version}_$(dpkg --print-architecture).deb" ]] \
    || fail "file name $(basename "$deb") is not the Debian default"

dpkg-deb -I "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == cas-console ]] || fail "Package is $(field Package)"
[[ $(field Version) == "$deb_version" ]] || fail "Version is $(field Version), expected $deb_version"
[[ $(field Section) == devel ]] || fail "Section is $(field Section)"
[[ $(field Priority) == optional ]] || fail "Priority is $(field Priority)"
[[ $(field Maintainer) == *@* ]] || fail "Maintainer has no address"
[[ $(field Maintainer) != *@example.* && $(field Maintainer) != *.invalid* ]] || fail "Maintainer is a placeholder"
[[ $(field Homepage) == https://* ]] || fail "no Homepage"
[[ -n $(field Description) ]] || fail "no Description"
depends=$(field Depends)
# Package names in Depends, one per line, without versions or architectures.
dep_names=$(sed -E 's/[,|]/\n/g' <<<"$depends" | sed -E 's/^ *//; s/[ :(].*//')
has_dep() { grep -qxF -- "$1" <<<"$dep_names"; }
# libqt6svg6: the SVG icon engine plugin (window icon, eye buttons) is loaded at run time.
for dep in libc6 libqt6core6 libqt6widgets6 qt6-qpa-plugins libqt6svg6; do
    has_dep "$dep" || fail "Depends lacks $dep (did dpkg-shlibdeps run?): $depends"
done

root=$tmp/root
dpkg-deb -x "$deb" "$root"

# Every library the program and its private libraries link directly must come from a package named
# in Depends, or be one of the package's own private libraries (found through RUNPATH $ORIGIN).
command -v readelf >/dev/null || fail "readelf is not installed (Debian package binutils)"
bin=$root/usr/bin/cas-console
private=$(find "$root/usr/lib" -path '*/cas-console/*.so' -type f | sort)
[[ -n $private ]] || fail "no private libraries in /usr/lib/.../cas-console (core and the window module)"
for elf in "$bin" $private; do
    needed=$(readelf -d "$elf" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
    [[ -n $needed ]] || fail "readelf found no NEEDED entries in $elf"
    resolved=$(ldd "$elf")
    for lib in $needed; do
        path=$(awk -v lib="$lib" '$1 == lib && $2 == "=>" && !found { print $3; found = 1 }' <<<"$resolved")
        [[ -n $path && $path != "not" ]] || fail "$lib (needed by ${elf#"$root"}) is not found"
        if [[ $(realpath "$path") == "$(realpath "$root")"/* ]]; then
            echo "${elf#"$root"} needs $lib: in the package"
            continue
        fi
        owner=""
        # dpkg knows a file by the path its package ships, /lib or /usr/lib (merged /usr).
        for candidate in "$path" "$(realpath "$path")" "${path#/usr}" "/usr${path#/usr}"; do
            if owner=$(dpkg -S "$candidate" 2>/dev/null) && [[ -n $owner ]]; then
                owner=${owner%%:*}
                break
            fi
        done
        [[ -n $owner ]] || fail "no Debian package owns $path ($lib)"
        has_dep "$owner" || fail "$lib comes from $owner, which Depends lacks: $depends"
        echo "${elf#"$root"} needs $lib from $owner: in Depends"
    done
    if readelf -d "$elf" | grep -qF "$build"; then
        fail "${elf#"$root"} has an RPATH into the build tree"
    fi
done
# The command line itself needs nothing of the window (issue 13).
if readelf -d "$bin" | grep -E 'NEEDED.*libQt6(Widgets|Gui)'; then
    fail "cas-console links Qt Widgets or Qt Gui"
fi
check_tree "$root" /usr "$version" "$appid"
doc=$root/usr/share/doc/cas-console
grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' "$doc/copyright" \
    || fail "no machine-readable copyright file"
grep -qF "$(sed -n 5p "$(dirname "${BASH_SOURCE[0]}")/../../LICENSE")" "$doc/copyright" || fail "the copyright file lacks the license"
zcat "$doc/changelog.Debian.gz" | head -1 | grep -qF "cas-console ($deb_version)" || fail "changelog.Debian.gz lacks $deb_version"
check_runs "$root/usr/bin/cas-console" "$version"
check_command_line "$root/usr/bin/cas-console" "$root"
echo "OK: $(basename "$deb")"
