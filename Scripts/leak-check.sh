#!/usr/bin/env bash
# Checks that in-process rendering frees every C resource: renders a graph 10 times and N times
# under valgrind and fails if "definitely lost" grows with N (a missing agclose, gvFreeLayout or
# gvFreeRenderData would leak per render). The one-time losses (font caches, plugin list) are the
# same for both counts.
# A second, informational run shows Graphviz 2.43's own leak in dot for cyclic graphs with clusters
# (class1/make_aux_edge/virtual_edge: about 5 KB per render, see ../shared/GRAPHVIZ.md).
# Usage: Scripts/leak-check.sh [N]   (default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Valgrind 3.19 cannot read the DWARF 5 of a Swift debug build: check a stripped release binary.
swift build -c release --product geograph >/dev/null
cp .build/release/geograph "$tmp/geograph"
strip "$tmp/geograph"
printf 'digraph { a -> b -> c; c -> d [dir=both, color="#D55E00", label="x"]; d [shape=box] }\n' >"$tmp/plain.dot"
printf 'digraph { subgraph cluster_a { a; b } a -> b -> c -> a; c -> d [dir=both] }\n' >"$tmp/cyclic.dot"
# Curved ties with one blocked by the middle node: takes GeoGraph's edge routing (Graphviz+Routing.swift).
printf 'digraph { graph [splines=true, esep="+8"]; a [pos="0,0!"]; b [pos="2,0!"]; c [pos="4,0!"]; a -> c; a -> c [color=red]; a -> b -> c }\n' >"$tmp/routed.dot"

lost() { # file layout runs -> definitely lost bytes
  valgrind --leak-check=full "$tmp/geograph" bench-render --dot "$1" --layout "$2" --runs "$3" --in-process-only 2>&1 |
    sed -n 's/.*definitely lost: \([0-9,]*\) bytes.*/\1/p' | tr -d ,
}
status=0
a=$(lost "$tmp/routed.dot" neato 10); b=$(lost "$tmp/routed.dot" neato "$n")
echo "routed ties, neato: definitely lost after 10 renders: ${a:-0} B; after $n renders: ${b:-0} B"
if [ "${b:-0}" -gt $(( ${a:-0} + 1024 )) ]; then echo "leak-check: loss grows with renders (routed)" >&2; status=1; fi
for layout in dot neato; do
  a=$(lost "$tmp/plain.dot" $layout 10); b=$(lost "$tmp/plain.dot" $layout "$n")
  echo "plain graph, $layout: definitely lost after 10 renders: ${a:-0} B; after $n renders: ${b:-0} B"
  if [ "${b:-0}" -gt $(( ${a:-0} + 1024 )) ]; then echo "leak-check: loss grows with renders ($layout)" >&2; status=1; fi
done
a=$(lost "$tmp/cyclic.dot" dot 10); b=$(lost "$tmp/cyclic.dot" dot "$n")
echo "cyclic graph with a cluster, dot (Graphviz's own leak, informational): 10 renders ${a:-0} B; $n renders ${b:-0} B"
exit "$status"
