#!/usr/bin/env bash
# hyperfine in alternating batches: curl and cas-console take turns (who goes first alternates
# too), so drift on the machine (another job, a warming cache) hits both the same; one hyperfine
# run of all of one and then all of the other measured drift as a difference (bench/RESULTS.md,
# sixth round). Writes hyperfine's JSON (results: command, times, median, mean, user, system) with
# every batch's runs put together.
# Usage: bench/interleaved.sh RUNS OUT.json CURL_COMMAND CAS_CONSOLE_COMMAND   (needs hyperfine)
set -euo pipefail
runs=$1
out=$2
curl_command=$3
app_command=$4
batch=5
work=$(mktemp -d /tmp/cas-bench-interleaved.XXXXXX)
trap 'rm -rf "$work"' EXIT

hyperfine -N --warmup 5 --runs 2 -n curl "$curl_command" -n cas-console "$app_command" >/dev/null 2>&1
for ((i = 0; i * batch < runs; i++)); do
    n=$((runs - i * batch < batch ? runs - i * batch : batch))
    if ((i % 2 == 0)); then
        hyperfine -N --runs "$n" --export-json "$work/$i.json" -n curl "$curl_command" -n cas-console "$app_command" >/dev/null
    else
        hyperfine -N --runs "$n" --export-json "$work/$i.json" -n cas-console "$app_command" -n curl "$curl_command" >/dev/null
    fi
done
python3 - "$out" "$work"/*.json <<'PY'
import json, statistics, sys
merged = {}
for path in sys.argv[2:]:
    for r in json.load(open(path))["results"]:
        m = merged.setdefault(r["command"], {"command": r["command"], "times": [], "user": [], "system": []})
        m["times"] += r["times"]
        m["user"] += [r["user"]] * len(r["times"])
        m["system"] += [r["system"]] * len(r["times"])
results = []
for m in merged.values():
    results.append({"command": m["command"], "times": m["times"], "median": statistics.median(m["times"]),
                    "mean": statistics.mean(m["times"]), "user": statistics.mean(m["user"]),
                    "system": statistics.mean(m["system"])})
json.dump({"results": results}, open(sys.argv[1], "w"), indent=1)
PY
