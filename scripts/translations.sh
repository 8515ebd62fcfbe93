#!/usr/bin/env bash
# The translations in resources/translations, one cas-console_LANG.ts per language
# (cas-console_en.ts is the English source list, never shipped).
#   scripts/translations.sh [update]    extract every string from src/ and ui/ into all .ts files
#                                       (lupdate), then list what each language still lacks
#   scripts/translations.sh check       the same on a copy, leaving the files alone; fails if a
#                                       shipped language lacks a translation (the test suite runs it)
#   scripts/translations.sh todo LANG   after update: print a .ts with only LANG's unfinished
#                                       messages, to hand to a translator (or open in linguist)
#   scripts/translations.sh merge LANG FILE   take the translations in FILE into cas-console_LANG.ts
# A new language: copy cas-console_en.ts to cas-console_LANG.ts, set language="LANG" in its <TS>
# line, run update, translate, reconfigure (CMake builds every .ts but the English one).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/resources/translations"

qt_tool() {
    local name=$1 var
    var="${name^^}"
    if [[ -n ${!var:-} ]]; then
        echo "${!var}"
    elif [[ -x /usr/lib/qt6/bin/$name ]]; then
        echo "/usr/lib/qt6/bin/$name"
    elif command -v qtpaths6 >/dev/null && [[ -x $(qtpaths6 --query QT_HOST_BINS)/$name ]]; then
        echo "$(qtpaths6 --query QT_HOST_BINS)/$name"
    else
        echo "translations.sh: $name not found (Debian package qt6-l10n-tools; or set ${var}=PATH)" >&2
        exit 2
    fi
}
lupdate=$(qt_tool lupdate)
lconvert=$(qt_tool lconvert)

# Every .ts but the English source list.
shipped() {
    local ts
    for ts in "$dir"/cas-console_*.ts; do
        [[ $ts == */cas-console_en.ts ]] || echo "$ts"
    done
}

extract() { # TS files...
    (cd "$root" && "$lupdate" -silent -no-obsolete -locations none src ui -ts "$@")
}

# Prints "LANG: N of M unfinished" and the source of each; returns 1 if any is unfinished.
report() { # TS files...
    local ts lang total unfinished status=0
    for ts in "$@"; do
        lang=$(basename "$ts" .ts); lang=${lang#cas-console_}
        total=$(grep -c '<source>' "$ts" || true)
        unfinished=$("$lconvert" -no-finished -no-obsolete "$ts" | grep -c '<source>' || true)
        echo "$lang: $unfinished of $total messages unfinished"
        if [[ $unfinished -gt 0 ]]; then
            status=1
            "$lconvert" -no-finished -no-obsolete "$ts" \
                | sed -n 's/^ *<source>\(.*\)<\/source>$/    \1/p; s/^ *<source>\(.*\)$/    \1 …/p' \
                | sed 's/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&apos;/'"'"'/g; s/&amp;/\&/g'
        fi
    done
    return $status
}

command=${1:-update}
case $command in
update)
    extract "$dir"/cas-console_*.ts
    mapfile -t files < <(shipped)
    report "${files[@]}" || true
    ;;
check)
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    mapfile -t files < <(shipped)
    [[ ${#files[@]} -gt 0 ]] || { echo "no translations in $dir" >&2; exit 1; }
    cp "${files[@]}" "$tmp/"
    extract "$tmp"/*.ts
    if report "$tmp"/*.ts; then
        echo "OK: every string of src/ and ui/ is translated"
    else
        echo "FAIL: run scripts/translations.sh, translate what it lists (todo/merge), commit the .ts files" >&2
        exit 1
    fi
    ;;
todo)
    [[ -f $dir/cas-console_${2:?language}.ts ]] || { echo "no $dir/cas-console_$2.ts" >&2; exit 2; }
    "$lconvert" -no-finished -no-obsolete "$dir/cas-console_$2.ts"
    ;;
merge)
    ts="$dir/cas-console_${2:?language}.ts"
    [[ -f $ts && -f ${3:?file} ]] || { echo "usage: translations.sh merge LANG FILE" >&2; exit 2; }
    "$lconvert" -no-obsolete -locations none -i "$ts" -i "$3" -o "$ts"
    extract "$ts"
    report "$ts" || true
    ;;
*)
    sed -n '2,13s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
    exit 2
    ;;
esac
