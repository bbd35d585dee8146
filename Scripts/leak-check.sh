#!/usr/bin/env bash
# Renders a small clustered, cyclic graph N times in-process under valgrind and prints the leak
# summary, so that a leak per render (a missing agclose, gvFreeLayout or gvFreeRenderData) shows as
# "definitely lost" growing with N. Graphviz 2.43 itself leaks about 1 KB per render of a cyclic
# graph in dot's cycle breaking (see ../shared/GRAPHVIZ.md); compare N=10 with N=1000.
# Usage: Scripts/leak-check.sh [N]   (default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Valgrind 3.19 cannot read the DWARF 5 of a debug build: check a stripped release binary.
swift build -c release --product geograph >/dev/null
cp .build/release/geograph "$tmp/geograph"
strip "$tmp/geograph"
bin="$tmp/geograph"
cat >"$tmp/small.dot" <<'DOT'
digraph { subgraph cluster_a { a; b } a -> b -> c -> a [color="#D55E00"]; c -> d [dir=both] }
DOT
for runs in 10 "$n"; do
  echo "== $runs renders"
  valgrind --leak-check=full --errors-for-leak-kinds=definite "$bin" bench-render --dot "$tmp/small.dot" \
    --layout dot --runs "$runs" --in-process-only 2>&1 | grep -E "in-process:|definitely lost|indirectly lost"
done
