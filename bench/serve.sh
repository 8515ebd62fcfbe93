#!/usr/bin/env bash
# `cas-console serve` under load: requests per second and p50/p99 latency for a cached session
# token at 1, 50 and 200 concurrent clients (wrk, keep-alive connections), the time to a first
# token for a new session against the demo CAS over HTTPS, and the service's memory.
# Usage: bench/serve.sh BUILD [OUTDIR] [SECONDS]   (needs wrk and curl; scripts/setup.sh installs them)
# A benchmark, not a test: nothing fails on a slow number. Goals: p99 < 10 ms at 200 clients,
# no failed request, memory < 64 MiB.
set -euo pipefail
build=$1
out=${2:-.}
seconds=${3:-10}
app=$build/src/cas-console
work=$(mktemp -d /tmp/cas-bench-serve.XXXXXX)
export HOME=$work/home
mkdir -p "$HOME" "$out"

"$app" demo-server --tls --cert-out "$work/demo.pem" >"$work/demo.log" 2>&1 &
demo=$!
serve=
trap 'kill $demo $serve 2>/dev/null; wait $demo $serve 2>/dev/null; rm -rf "$work"' EXIT
wait_for_url() { # file -> URL once printed
    for _ in $(seq 100); do
        grep -q '^URL: ' "$1" 2>/dev/null && break
        sleep 0.1
    done
    sed -n 's/^URL: //p' "$1" | head -1
}
cas=$(wait_for_url "$work/demo.log")
[[ -n $cas ]] || { echo "the demo CAS did not start" >&2; exit 1; }

# The secret reaches the service through the environment (never argv); the request log goes to a file.
CAS_API_SECRET=demo-secret "$app" serve --url "$cas" --key demo-key --cacert "$work/demo.pem" \
    >"$work/serve.out" 2>"$work/serve.log" &
serve=$!
url=$(wait_for_url "$work/serve.out")
[[ -n $url ]] || { echo "cas-console serve did not start" >&2; cat "$work/serve.log" >&2; exit 1; }
curl -sS --fail "$url/token?session=bench" >/dev/null # the cached token every client below gets

echo "serve: $url, cached session token, ${seconds}s per run (wrk, keep-alive)"
for clients in 1 50 200; do
    threads=$(( clients < 2 ? 1 : 2 ))
    wrk -t "$threads" -c "$clients" -d "${seconds}s" --latency "$url/token?session=bench" >"$out/serve-wrk-$clients.txt"
    rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out/serve-wrk-$clients.txt")
    p50=$(awk '$1 == "50%" { print $2 }' "$out/serve-wrk-$clients.txt")
    p99=$(awk '$1 == "99%" { print $2 }' "$out/serve-wrk-$clients.txt")
    total=$(awk '/requests in/ { print $1 }' "$out/serve-wrk-$clients.txt")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out/serve-wrk-$clients.txt")
    sockerr=$(sed -n 's/.*Socket errors: //p' "$out/serve-wrk-$clients.txt")
    echo "clients=$clients requests=$total rps=$rps p50=$p50 p99=$p99 non2xx=${non2xx:-0} socket_errors=${sockerr:-none}"
done

# A new session each time: one CAS request over HTTPS to the demo CAS on this machine.
firsts=()
for i in $(seq 20); do
    firsts+=("$(curl -sS --fail -o /dev/null -w '%{time_total}' "$url/token?session=first-$i")")
done
printf '%s\n' "${firsts[@]}" | sort -n | awk '{ v[NR] = $1 * 1000 } END {
    printf "first token for a new session: median %.1f ms, p90 %.1f ms, max %.1f ms (n=%d)\n", v[int((NR + 1) / 2)], v[int(NR * 0.9 + 0.999)], v[NR], NR }'

rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$serve/status")
hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$serve/status")
echo "memory: rss $((rss / 1024)) MiB, peak rss $((hwm / 1024)) MiB (after $((3 * seconds)) s of load and 22 sessions)"
echo "request log lines: $(wc -l <"$work/serve.log")"
