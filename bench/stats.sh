#!/usr/bin/env bash
# Reads one number per line on stdin; prints "median p90 min max n" (nearest-rank percentiles).
sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "nan nan nan nan 0"; exit }
    m = int((NR + 1) / 2); if (NR % 2 == 0) med = (v[NR/2] + v[NR/2 + 1]) / 2; else med = v[m]
    p = int(0.9 * NR); if (p < 0.9 * NR) p++
    printf "%.1f %.1f %.1f %.1f %d\n", med, v[p], v[1], v[NR], NR }'
