#!/usr/bin/env bash
# Renders N random neato graphs with curved ties (random shapes, sizes, pins, margins, multi-ties,
# arrowheads; Scripts/stress_routing.py writes them) through GeoGraph's edge routing, in an
# AddressSanitizer build, and fails on any crash, sanitizer report or error. Graphs with edge
# labels or splines other than true are left out: those go to Graphviz's own router, whose
# assertions (multispline.c, polylineMidpoint) abort `neato` itself on such input.
# Usage: Scripts/stress-routing.sh [N] [SEED]   (defaults 300, 0)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-300}
seed=${2:-0}
swift build --sanitize=address --scratch-path .build-asan --product geograph >/dev/null
bin=.build-asan/debug/geograph
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 Scripts/stress_routing.py "$tmp" "$seed" "$n"
export ASAN_OPTIONS=detect_leaks=0
bad=0
for f in "$tmp"/g*.dot; do
  if ! timeout 120 "$bin" bench-render --dot "$f" --layout neato --runs 1 --in-process-only >"$tmp/out.txt" 2>&1; then
    bad=$((bad + 1))
    echo "stress-routing: $(basename "$f") failed: $(head -c 300 "$tmp/out.txt")" >&2
    cp "$f" ".build-asan/stress-routing-failure-$(basename "$f")"  # kept for a regression test
  fi
done
echo "stress-routing: $n graphs from seed $seed, $bad failed"
[ "$bad" -eq 0 ]
