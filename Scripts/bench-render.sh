#!/usr/bin/env bash
# Times rendering in-process (libgvc) against spawning `dot -Tsvg` on the same DOT, in the same run,
# and prints the ratio of the medians (target: at least 3x). Three figures: the overview as drawn
# (neato with curved ties routed around the actors), the overview laid out with dot, and one ego
# figure. The neato figures are timed twice in-process: with GeoGraph's edge routing (the default,
# what `geograph render` and `figures` do) and with Graphviz's own (`--routing graphviz`, the same
# work as the spawned `dot -Kneato`, so that line shows what running in-process alone saves).
# Usage: Scripts/bench-render.sh [RUNS]   (default 7)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
swift build -c release --product geograph >/dev/null
bin=.build/release/geograph
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
$bin render --graph Graphs/central-asia.yaml --format dot -o "$tmp/overview-neato.dot"
$bin render --graph Graphs/central-asia.yaml --layout dot --format dot -o "$tmp/overview-dot.dot"
$bin render --graph Graphs/central-asia.yaml --ego kazakhstan --format dot -o "$tmp/ego-kazakhstan.dot"
echo -n "overview (neato, as drawn):          "; $bin bench-render --dot "$tmp/overview-neato.dot" --layout neato --runs "$runs"
echo -n "overview (neato, Graphviz's routing): "; $bin bench-render --dot "$tmp/overview-neato.dot" --layout neato --runs "$runs" --routing graphviz
echo -n "overview (dot):                       "; $bin bench-render --dot "$tmp/overview-dot.dot" --layout dot --runs "$runs"
echo -n "ego kazakhstan (neato, as drawn):     "; $bin bench-render --dot "$tmp/ego-kazakhstan.dot" --layout neato --runs "$runs"
echo -n "ego kazakhstan (Graphviz's routing):  "; $bin bench-render --dot "$tmp/ego-kazakhstan.dot" --layout neato --runs "$runs" --routing graphviz
