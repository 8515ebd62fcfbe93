#!/usr/bin/env bash
# The man page formats without groff warnings and documents every subcommand, option and exit
# code (the codes are read from src/cli/ExitCode.h, so a new code needs a man page entry).
set -euo pipefail
file=$1 exit_header=$2 version=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
if ! command -v groff >/dev/null; then
    echo "SKIP: groff is not installed (Debian package groff-base)"
    exit 77
fi
export LC_ALL=C.UTF-8
warnings=$(groff -man -Tutf8 -ww -z "$file" 2>&1) || fail "groff failed: $warnings"
[[ -z $warnings ]] || fail "groff warnings:"$'\n'"$warnings"

# Plain text, one paragraph per line (no wrapping, no hyphenation).
text=$(groff -man -Tascii -rLL=400n -rHY=0 -P-cbou "$file" 2>/dev/null)
section() { awk -v name="$1" '/^[A-Z]/ { on = ($0 == name); next } on' <<<"$text"; }
synopsis=$(section SYNOPSIS)
options=$(section OPTIONS)
status=$(section "EXIT STATUS")

grep -q "cas-console $version" <<<"$text" || fail "the header does not carry version $version"
for cmd in "[--demo]" token decode verify "profile add" "profile list" "profile remove" \
           demo-server qr serve "-h, --help" "-v, --version"; do
    grep -qF "cas-console $cmd" <<<"$synopsis" || fail "SYNOPSIS lacks: cas-console $cmd"
    name=${cmd//[\[\]]/}
    grep -qE -- "^ +$name( |$)" <<<"$(section COMMANDS)"$'\n'"$options" || fail "no description of $name"
done
for opt in --profile --url --key --cacert --timeout --json --secret-stdin --base64-secret \
           --key-file --port --tls --scenario --cert-out --output --bind --allow-origin --access-code-file \
           --min-validity; do
    grep -qE -- "^ +$opt( |$)" <<<"$options" || fail "OPTIONS does not describe $opt"
done
codes=$(grep -oE '= *[0-9]+ *,' "$exit_header" | tr -dc '0-9\n')
[[ -n $codes ]] || fail "no exit codes found in $exit_header"
for code in $codes; do
    grep -qE "^ +$code( |$)" <<<"$status" || fail "EXIT STATUS does not describe code $code"
done
listed=$(grep -cE '^ +[0-9]+( |$)' <<<"$status")
[[ $listed -eq $(wc -w <<<"$codes") ]] || fail "EXIT STATUS lists $listed codes, $exit_header has $(wc -w <<<"$codes")"
grep -q CAS_API_SECRET <<<"$(section ENVIRONMENT)" || fail "ENVIRONMENT lacks CAS_API_SECRET"
# shellcheck disable=SC2088 # the literal path as the page prints it
grep -qF '~/.config/cas-console/cas-console.conf' <<<"$(section FILES)" || fail "FILES lacks the settings file"
echo "OK: $file"
