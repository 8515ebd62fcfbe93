#!/usr/bin/env bash
# `cas-console token` (a whole process) against curl doing the same HTTPS request to the demo CAS.
# Usage: bench/token.sh APP RUNS OUTDIR   (needs hyperfine; run-all.sh installs it when missing)
# The two alternate in batches of five (bench/interleaved.sh).
# APP is the cas-console binary (run-all.sh gives the packaged one), or a build tree.
set -euo pipefail
app=$1
runs=${2:-50}
out=${3:-.}
[[ -d $app ]] && app=$app/src/cas-console
work=$(mktemp -d /tmp/cas-bench-token.XXXXXX)
export HOME=$work/home
mkdir -p "$HOME"

"$app" demo-server --tls --cert-out "$work/demo.pem" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do
    grep -q '^URL: ' "$work/server.log" 2>/dev/null && break
    sleep 0.1
done
url=$(sed -n 's/^URL: //p' "$work/server.log")
[[ -n $url ]] || { echo "the demo CAS did not start" >&2; cat "$work/server.log" >&2; exit 1; }

# Both must print a token; check once before timing.
CAS_API_SECRET=demo-secret "$app" token --url "$url" --key demo-key --cacert "$work/demo.pem" >/dev/null
curl -sS --fail --cacert "$work/demo.pem" -H 'Accept: application/json' -H 'Auth-API-Key: demo-key' \
    -H 'Auth-API-Secret: demo-secret' "$url/stream/token/v2/" >/dev/null

# The secret reaches cas-console through the environment (never argv); curl gets the public demo
# secret in argv, acceptable for this public demo credential only.
CAS_API_SECRET=demo-secret "$(dirname "$0")/interleaved.sh" "$runs" "$out/token.json" \
    "curl -sS --fail --cacert $work/demo.pem -H 'Accept: application/json' -H 'Auth-API-Key: demo-key' -H 'Auth-API-Secret: demo-secret' $url/stream/token/v2/" \
    "$app token --url $url --key demo-key --cacert $work/demo.pem"
