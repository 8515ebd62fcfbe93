# Shared by test_deb.sh and test_tgz.sh: checks on an unpacked install tree.
# shellcheck shell=bash

# Programs a check started in the background, stopped when it fails.
started_pids=()
fail() {
    echo "FAIL: $*" >&2
    [[ ${#started_pids[@]} -eq 0 ]] || kill "${started_pids[@]}" 2>/dev/null || true
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
    local completion
    for completion in bash-completion/completions/cas-console zsh/vendor-completions/_cas-console \
                      fish/vendor_completions.d/cas-console.fish; do
        grep -q 'cas-console profile list' "$p/share/$completion" 2>/dev/null || fail "no shell completion $completion"
    done
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

# libraries_of TRACE: the file names of the libraries a process mapped, from glibc's LD_DEBUG=files
# report written to TRACE.PID, one per line with how it came ("needed by X" or "dynamically loaded by X");
# nothing (and no failure) while the process has not written it yet.
libraries_of() {
    { cat "$1".* 2>/dev/null || true; } | sed -nE 's/.*file=([^ ]*\/)?([^ /]+) \[[0-9]+\];[[:space:]]+((needed|dynamically loaded) by [^ ]+).*/\2 \3/p'
}

# no_window_libraries TRACE WHAT: fails when the trace shows Qt Widgets, Qt Gui or the window module,
# or the keychain's libraries (none of the commands checked here uses the keychain).
no_window_libraries() {
    local libs
    libs=$(libraries_of "$1")
    grep -q '^libQt6Core\.so' <<<"$libs" || fail "$2: the loader's trace names no libQt6Core (LD_DEBUG did not work)"
    if grep -E '^(libQt6Widgets|libQt6Gui|libcasconsole_window)' <<<"$libs" >&2; then
        fail "$2 loaded a library of the window"
    fi
    if grep -E '^(libcasconsole_keychain|libqt6keychain|libQt6DBus)' <<<"$libs" >&2; then
        fail "$2 loaded the keychain's libraries without using the keychain"
    fi
}

# check_command_line BINARY PREFIX_DIR: the packaged command line loads nothing of the window (issue 13),
# fetches a token from its own demo CAS over HTTPS, and the packaged window starts (offscreen).
check_command_line() {
    local bin=$1 tree=$2 work status out
    work=$(mktemp -d)
    local home=$work/home
    mkdir -p "$home"
    export HOME=$home XDG_CONFIG_HOME=$home/.config QT_QPA_PLATFORM=offscreen
    unset CAS_API_SECRET DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

    LD_DEBUG=files LD_DEBUG_OUTPUT=$work/version "$bin" --version >/dev/null || fail "--version failed"
    no_window_libraries "$work/version" "--version"

    LD_DEBUG=files LD_DEBUG_OUTPUT=$work/demo "$bin" demo-server --tls --cert-out "$work/demo.pem" >"$work/demo.log" 2>&1 &
    local demo=$!
    started_pids+=("$demo")
    local url=""
    for _ in $(seq 200); do
        url=$(sed -n 's/^URL: //p' "$work/demo.log" 2>/dev/null)
        [[ -n $url ]] && grep -q '^CA file:' "$work/demo.log" && break
        sleep 0.1
    done
    [[ -n $url ]] || { cat "$work/demo.log" >&2; fail "the packaged demo-server did not start"; }
    status=0
    out=$(CAS_API_SECRET=demo-secret LD_DEBUG=files LD_DEBUG_OUTPUT=$work/token \
        "$bin" token --url "$url" --key demo-key --cacert "$work/demo.pem" 2>&1 </dev/null) || status=$?
    printf '%s token (exit %s): %s\n' "$bin" "$status" "${out:0:40}..."
    [[ $status -eq 0 ]] || fail "token against the packaged demo CAS exited $status: $out"
    [[ $out =~ ^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$ ]] || fail "token printed no token: $out"
    no_window_libraries "$work/token" "token"
    no_window_libraries "$work/demo" "demo-server"
    # The running server's own view of its mappings (readable as root or with ptrace rights: the
    # program makes itself non-dumpable).
    if [[ -r /proc/$demo/maps ]] && maps=$(cat "/proc/$demo/maps" 2>/dev/null) && [[ -n $maps ]]; then
        if grep -E 'libQt6(Widgets|Gui)' <<<"$maps" >&2; then
            fail "the demo-server process maps Qt Widgets or Qt Gui"
        fi
        echo "demo-server maps $(grep -c '\.so' <<<"$maps") library segments, none of Qt Widgets or Qt Gui"
    fi
    kill "$demo"
    wait "$demo" 2>/dev/null || true

    # The window: the module and core come from the package, not from a build tree.
    LD_DEBUG=files LD_DEBUG_OUTPUT=$work/window "$bin" >"$work/window.log" 2>&1 &
    local window=$!
    started_pids+=("$window")
    local libs
    for _ in $(seq 200); do
        libs=$(libraries_of "$work/window")
        grep -q '^libqoffscreen\.so' <<<"$libs" && break
        kill -0 "$window" 2>/dev/null || break
        sleep 0.1
    done
    if ! kill -0 "$window" 2>/dev/null; then
        cat "$work/window.log" >&2
        fail "the packaged window exited at start"
    fi
    kill "$window"
    wait "$window" 2>/dev/null || true
    local paths
    paths=$(cat "$work/window".* | sed -nE 's/.*calling init: ([^ ]+)$/\1/p')
    libs=$(libraries_of "$work/window")
    grep -q '^libqoffscreen\.so' <<<"$libs" || fail "the packaged window did not start its platform plugin"
    local lib path
    for lib in libcasconsole_program.so libcasconsole_window.so libcasconsole_core.so; do
        path=$(grep -m1 "/$lib\$" <<<"$paths") || fail "the window did not load $lib"
        [[ $(realpath "$path") == "$(realpath "$tree")"/* ]] || fail "the window loaded $path, not the package's $lib"
    done
    grep -q '^libQt6Widgets\.so' <<<"$libs" || fail "the window did not load Qt Widgets"

    # Without its module the program says so (exit 1) instead of crashing.
    local module
    module=$(grep -m1 '/libcasconsole_window\.so$' <<<"$paths")
    mv "$module" "$module.away"
    status=0
    out=$("$bin" 2>&1 </dev/null) || status=$?
    mv "$module.away" "$module"
    [[ $status -eq 1 && $out == *"The window is missing"* && $out == *"cas-console --help"* ]] \
        || fail "without the window module: exit $status, $out"

    # The executable is the launcher (libc only); without its program it says so (exit 1).
    local program
    program=$(grep -m1 '/libcasconsole_program\.so$' <<<"$paths")
    mv "$program" "$program.away"
    status=0
    out=$("$bin" --version 2>&1 </dev/null) || status=$?
    mv "$program.away" "$program"
    [[ $status -eq 1 && $out == *"cannot load its program library"* && $out == *"Reinstall cas-console."* ]] \
        || fail "without the program module: exit $status, $out"
    rm -rf "$work"
}
