# Shared by test_deb.sh and test_tgz.sh: checks on an unpacked install tree.
# shellcheck shell=bash

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# build_package GENERATOR BUILD_DIR CPACK OUT_DIR: runs cpack, prints the one package it made.
build_package() {
    local generator=$1 build=$2 cpack=$3 out=$4 ext
    if ! (cd "$build" && "$cpack" -G "$generator" --config CPackConfig.cmake -B "$out") >"$out.log" 2>&1; then
        cat "$out.log" >&2
        fail "cpack -G $generator failed"
    fi
    case $generator in DEB) ext=deb ;; TGZ) ext=tar.gz ;; *) fail "no extension known for $generator" ;; esac
    local made=("$out"/*."$ext")
    [[ ${#made[@]} -eq 1 && -f ${made[0]} ]] || fail "expected one .$ext, found ${#made[@]}"
    echo "${made[0]}"
}

# A CAS-style token (the docs' example header, a payload with their rid), built here so the
# test does not depend on a fixture: header.payload.signature, base64url without padding.
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
known_rid=e01dbe4589354be7977984fe66211808
known_exp=1700003600
known_token="$(printf '%s' '{"typ":"JWT","alg":"HS256"}' | b64url).$(printf '%s' \
    "{\"rid\":\"$known_rid\",\"iat\":1700000000,\"exp\":$known_exp}" | b64url).$(printf 'not-a-real-signature' | b64url)"

# check_tree ROOT PREFIX VERSION APPID: the files a user needs are where desktops look for them.
check_tree() {
    local root=$1 prefix=$2 version=$3 appid=$4
    local p=$root$prefix
    [[ -f $p/bin/cas-console && -x $p/bin/cas-console ]] || fail "no executable $prefix/bin/cas-console"
    [[ -f $p/share/applications/$appid.desktop ]] || fail "no desktop entry"
    [[ -f $p/share/metainfo/$appid.metainfo.xml ]] || fail "no metainfo"
    grep -q "<release version=\"$version\"" "$p/share/metainfo/$appid.metainfo.xml" \
        || fail "the packaged metainfo has no release $version"
    [[ -f $p/share/icons/hicolor/scalable/apps/$appid.svg ]] || fail "no scalable icon"
    local size
    for size in 16 32 48 64 128 256; do
        local png=$p/share/icons/hicolor/${size}x$size/apps/$appid.png
        [[ -f $png ]] || fail "no ${size}x$size icon"
        [[ $(head -c 8 "$png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "$png is not a PNG"
        # PNG IHDR: width and height as big-endian 32-bit numbers at bytes 16..23.
        [[ $(od -An -tu1 -j16 -N8 "$png" | tr -s ' ' | sed 's/^ //') == "0 0 $((size >> 8)) $((size & 255)) 0 0 $((size >> 8)) $((size & 255))" ]] \
            || fail "$png is not ${size}x$size"
    done
    [[ -f $p/share/man/man1/cas-console.1.gz || -f $p/share/man/man1/cas-console.1 ]] || fail "no man page"
    # Help → Manual opens this file, found from bin/ (src/gui/HelpMenu.cpp).
    [[ -f $p/share/doc/cas-console/README.md ]] || fail "no README for Help → Manual"
}

# check_runs BINARY VERSION: the installed program starts, knows its version and decodes a token.
check_runs() {
    local bin=$1 version=$2 out status
    local home
    home=$(mktemp -d)
    # A fresh HOME and no session: nothing here may need settings, a keychain or a display.
    export HOME=$home XDG_CONFIG_HOME=$home/.config QT_QPA_PLATFORM=offscreen
    unset CAS_API_SECRET DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

    if command -v ldd >/dev/null; then
        local libs
        libs=$(ldd "$bin") || fail "ldd $bin failed"
        if grep -q 'not found' <<<"$libs"; then
            printf '%s\n' "$libs" >&2
            fail "$bin has unresolved libraries"
        fi
    fi

    status=0
    out=$("$bin" --version 2>&1 </dev/null) || status=$?
    printf '%s --version (exit %s):\n%s\n' "$bin" "$status" "$out"
    [[ $status -eq 0 ]] || fail "--version exited $status, expected 0"
    grep -qE "(^|[^0-9.])${version//./\\.}([^0-9.]|$)" <<<"$out" || fail "--version does not print $version"

    status=0
    out=$("$bin" decode "$known_token" 2>&1 </dev/null) || status=$?
    printf '%s decode TOKEN (exit %s):\n%s\n' "$bin" "$status" "$out"
    [[ $status -eq 0 ]] || fail "decode exited $status, expected 0"
    grep -qF "$known_rid" <<<"$out" || fail "decode does not show the payload's rid"
    grep -qF "$known_exp" <<<"$out" || fail "decode does not show the payload's exp"

    status=0
    out=$(printf '%s\n' "$known_token" | "$bin" decode - 2>&1) || status=$?
    printf '%s decode - (exit %s):\n%s\n' "$bin" "$status" "$out"
    [[ $status -eq 0 ]] || fail "decode - (token on stdin) exited $status, expected 0"
    grep -qF "$known_rid" <<<"$out" || fail "decode - does not show the payload's rid"

    status=0
    out=$("$bin" decode 'not.a-token' 2>&1 </dev/null) || status=$?
    [[ $status -eq 6 ]] || fail "decode of a malformed token exited $status, expected 6"

    rm -rf "$home"
}
