#!/usr/bin/env bash
# Builds the .deb from a build tree with cpack and unpacks it: the benchmarks run the program as a
# user installs it (stripped, hardened, the window a module in /usr/lib/.../cas-console/).
# Usage: bench/package.sh BUILD OUTDIR   prints the path of the unpacked usr/bin/cas-console
set -euo pipefail
build=$1
out=$2
pkg=$out/package
rm -rf "$pkg"
mkdir -p "$pkg/deb"
(cd "$build" && cpack -G DEB --config CPackConfig.cmake -B "$pkg/deb") >"$pkg/cpack.log" 2>&1 \
    || { cat "$pkg/cpack.log" >&2; echo "package.sh: cpack failed" >&2; exit 1; }
debs=("$pkg"/deb/*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || { echo "package.sh: expected one .deb in $pkg/deb" >&2; exit 1; }
dpkg-deb -x "${debs[0]}" "$pkg/root"
echo "$pkg/root/usr/bin/cas-console"
