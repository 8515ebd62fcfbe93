#!/usr/bin/env bash
# Builds the benchmarks (RelWithDebInfo, -DCASCONSOLE_BUILD_BENCH=ON) and runs all of them:
# start-up and memory against an empty Qt main window, `cas-console token` against curl and
# `cas-console --version` against `curl --version` (both with the program unpacked from the .deb),
# event-loop responsiveness and decode times, and the token service (`cas-console serve`) under load. Prints a summary; raw output in bench/out/.
# Usage: bench/run-all.sh   (env: BENCH_RUNS=20 BENCH_MEM_RUNS=5 BENCH_TOKEN_RUNS=50 BENCH_VERSION_RUNS=100
#                                 BENCH_BUILD=build-bench)
# Benchmarks are not tests: nothing here fails on a slow number.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BENCH_BUILD:-$root/build-bench}
runs=${BENCH_RUNS:-20}
memruns=${BENCH_MEM_RUNS:-5}
tokenruns=${BENCH_TOKEN_RUNS:-50}
versionruns=${BENCH_VERSION_RUNS:-100}
out=$root/bench/out
mkdir -p "$out"

# What the benchmarks need beyond scripts/setup.sh: hyperfine (installed when missing, like setup.sh).
"$root/scripts/setup.sh"
if ! command -v hyperfine >/dev/null; then
    sudo=()
    [[ "$(id -u)" -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends hyperfine >&2
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASCONSOLE_BUILD_BENCH=ON -DCASCONSOLE_BUILD_TESTS=OFF >/dev/null
# Everything the package installs (the program, its modules, the generated completions and man page) and the benchmarks.
cmake --build "$build"
# The command-line benchmarks run the program as installed from the .deb (bench/package.sh).
packaged=$("$root/bench/package.sh" "$build" "$out")

{
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "commit: $(git -C "$root" rev-parse --short HEAD)"
    echo "cpu: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), nproc $(nproc)"
    echo "ram: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
    echo "os: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
    echo "qt: $(dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null), openssl: $(openssl version | cut -d' ' -f2)"
    echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$out/machine.txt"
cat "$out/machine.txt"

echo "== start-up and memory ($runs runs, $memruns memory runs)" >&2
dbus-run-session -- xvfb-run -a -s "-screen 0 1920x1080x24 -br -nolisten tcp" \
    "$root/bench/startup.sh" "$build" "$runs" "$memruns" "$packaged" >"$out/startup.txt" 2> >(grep -v 'fd limit' >&2)
echo "== token ($tokenruns runs)" >&2
"$root/bench/token.sh" "$packaged" "$tokenruns" "$out" >"$out/token.txt"
echo "== --version ($versionruns runs)" >&2
"$root/bench/version.sh" "$packaged" "$versionruns" "$out" >"$out/version.txt"
echo "== token service under load" >&2
"$root/bench/serve.sh" "$build" "$out" >"$out/serve.txt"
echo "== responsiveness and decode" >&2
dbus-run-session -- xvfb-run -a -s "-screen 0 1920x1080x24 -br -nolisten tcp" \
    "$root/bench/responsiveness.sh" "$build" 5 >"$out/responsiveness.txt" 2> >(grep -v 'fd limit' >&2)

field() { # variant field -> values
    awk -v v="$1" -v f="$2" '$1 == v { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == f) print kv[2] } }' "$out/startup.txt"
}
stats() { "$root/bench/stats.sh"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

verdict() { # ratio goal -> met / not met
    awk -v r="$1" -v g="$2" 'BEGIN { print (r <= g ? "met" : "NOT MET") }'
}

echo
echo "== summary (median p90 min max n)"
echo "start-up: app = empty settings, app-full = 50 profiles and a full history (bench_fill_settings)"
for f in mapped_ms painted_ms; do
    for v in floor app app-full floor-text; do
        echo "$f $v: $(field $v $f | stats)"
    done
    fm=$(field floor $f | stats | cut -d' ' -f1)
    am=$(field app $f | stats | cut -d' ' -f1)
    pm=$(field app-full $f | stats | cut -d' ' -f1)
    echo "$f ratio app/floor: $(ratio "$am" "$fm")   app-full/floor: $(ratio "$pm" "$fm")"
done
fm=$(field floor painted_ms | stats | cut -d' ' -f1)
for v in app app-full; do
    r=$(ratio "$(field $v painted_ms | stats | cut -d' ' -f1)" "$fm")
    echo "goal start-up to painted window <= 1.5x the floor, $v: ${r}x, $(verdict "$r" 1.5)"
done
tm=$(field floor-text painted_ms | stats | cut -d' ' -f1)
echo "for information: the floor with one line of text is $(ratio "$tm" "$fm")x the floor;" \
    "app $(ratio "$(field app painted_ms | stats | cut -d' ' -f1)" "$tm")x and app-full $(ratio "$(field app-full painted_ms | stats | cut -d' ' -f1)" "$tm")x that window"
for f in rss_kb pss_kb; do
    fl=$(field mem-floor $f | stats)
    ap=$(field mem-app $f | stats)
    af=$(field mem-app-full $f | stats)
    echo "$f floor: $fl   app: $ap   app-full: $af   ratio of medians: $(ratio "${ap%% *}" "${fl%% *}") / $(ratio "${af%% *}" "${fl%% *}")"
done
r=$(ratio "$(field mem-app rss_kb | stats | cut -d' ' -f1)" "$(field mem-floor rss_kb | stats | cut -d' ' -f1)")
echo "goal idle RSS <= 1.6x the floor, app: ${r}x, $(verdict "$r" 1.6)"
# The two command-line goals: ratios of medians (curl and cas-console alternate in batches: interleaved.sh).
python3 - "$out/token.json" "$out/version.json" <<'PY'
import json, sys
for path, what, goal in ((sys.argv[1], "token", 1.5), (sys.argv[2], "--version", 1.2)):
    r = {x["command"]: x for x in json.load(open(path))["results"]}
    for name, x in r.items():
        t = sorted(x["times"]); p90 = t[max(0, -(-9 * len(t) // 10) - 1)]
        print(f"{what} {name}: median {x['median']*1000:.1f} ms  p90 {p90*1000:.1f} ms  mean {x['mean']*1000:.1f} ms  n={len(t)}")
    ratio = r["cas-console"]["median"] / r["curl"]["median"]
    verdict = "met" if ratio <= goal else f"NOT met ({ratio / goal:.2f}x over the goal)"
    print(f"{what} ratio cas-console/curl (medians): {ratio:.2f}  goal <= {goal}: {verdict}")
    # CPU time (user + system) moves less than wall time when other jobs share the cores.
    cpu = {n: (x["user"] + x["system"]) for n, x in r.items()}
    print(f"{what} CPU time curl {cpu['curl']*1000:.1f} ms, cas-console {cpu['cas-console']*1000:.1f} ms: "
          f"ratio {cpu['cas-console'] / cpu['curl']:.2f} (for information)")
PY
cat "$out/responsiveness.txt"
cat "$out/serve.txt"
