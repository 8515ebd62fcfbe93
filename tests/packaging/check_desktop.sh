#!/usr/bin/env bash
# desktop-file-validate, failing on warnings too (it exits non-zero on errors only); hints pass.
set -euo pipefail
file=$1
if ! command -v desktop-file-validate >/dev/null; then
    echo "FAIL: desktop-file-validate is not installed (Debian package desktop-file-utils)" >&2
    exit 1
fi
status=0
report=$(desktop-file-validate "$file" 2>&1) || status=$?
[[ -n $report ]] && printf '%s\n' "$report"
if [[ $status -ne 0 ]] || grep -qE ': (error|warning): ' <<<"$report"; then
    echo "FAIL: $file does not validate" >&2
    exit 1
fi
grep -qx 'Exec=cas-console' "$file" || { echo "FAIL: Exec= must run cas-console" >&2; exit 1; }
# One main category (the menu it goes in), as the Desktop Menu Specification asks.
main='^(AudioVideo|Audio|Video|Development|Education|Game|Graphics|Network|Office|Science|Settings|System|Utility)$'
mains=$(sed -n 's/^Categories=//p' "$file" | tr ';' '\n' | grep -cE "$main" || true)
[[ $mains -eq 1 ]] || { echo "FAIL: $mains main categories in Categories=, expected 1" >&2; exit 1; }
echo "OK: $file"
