#!/usr/bin/env bash
# Times geograph's centrality against python-igraph and networkit (single thread) on the same
# machine-made graphs, every tie read (--polarity all, as the peers read the edge list), and prints
# ratios (ours / theirs, median of RUNS runs; below 1 means faster).
# Also: 1 vs 2 threads for betweenness, load time and peak memory for the 2M-edge graph.
# Usage: Scripts/bench-centrality.sh [RUNS]   (needs: pip install igraph networkit)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
python3 -c "import igraph, networkit" 2>/dev/null || pip install -q igraph networkit
swift build -c release --scratch-path .build-release >/dev/null
BIN=.build-release/release/geograph
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
$BIN generate --nodes 200000 --edges 2000000 --seed 1 -o "$DIR/big.tsv"
$BIN generate --nodes 5000 --edges 50000 --seed 2 -o "$DIR/mid.tsv"

median() { python3 -c "import sys,statistics; print(statistics.median(float(x) for x in sys.argv[1:]))" "$@"; }
field() { python3 -c "import json,sys; print(json.loads(sys.stdin.read().strip().splitlines()[-1])['$1'])"; }

TOL=1e-9   # PageRank stops when the L1 change is below n × TOL, for every contender
ours() { # measure file threads weighted -> "load compute"
  local loads=() computes=()
  for _ in $(seq "$RUNS"); do
    out=$($BIN centrality --graph "$2" --measure "$1" --threads "$3" $4 --polarity all --tolerance $TOL --format csv --timing 2>&1 >/dev/null)
    loads+=("$(echo "$out" | field load)"); computes+=("$(echo "$out" | field compute)")
  done
  echo "$(median "${loads[@]}") $(median "${computes[@]}")"
}
peer() { # lib measure file -> "load compute"
  local loads=() computes=()
  for _ in $(seq "$RUNS"); do
    out=$(OMP_NUM_THREADS=1 python3 Scripts/bench_peers.py "$1" "$2" "$3" $TOL 2>/dev/null)
    loads+=("$(echo "$out" | field load)"); computes+=("$(echo "$out" | field compute)")
  done
  echo "$(median "${loads[@]}") $(median "${computes[@]}")"
}
ratio() { python3 -c "print(f'{float(\"$1\")/float(\"$2\"):.2f}')"; }

echo "machine: $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
read -r l1 c1 < <(ours pagerank "$DIR/big.tsv" 1 "")
read -r nl nc < <(peer networkit pagerank "$DIR/big.tsv")
read -r il ic < <(peer igraph pagerank "$DIR/big.tsv")
echo "pagerank 200k/2M (tol $TOL): geograph load ${l1}s compute ${c1}s | networkit compute ${nc}s | igraph compute ${ic}s"
echo "  ratio compute vs networkit: $(ratio "$c1" "$nc")   vs igraph: $(ratio "$c1" "$ic")"
for m in betweenness closeness; do
  read -r l c < <(ours "$m" "$DIR/mid.tsv" 1 --weighted)
  read -r pl pc < <(peer igraph "$m" "$DIR/mid.tsv")
  echo "$m weighted 5k/50k: geograph ${c}s | igraph ${pc}s | ratio $(ratio "$c" "$pc")"
done
read -r _ b1 < <(ours betweenness "$DIR/mid.tsv" 1 --weighted)
read -r _ b2 < <(ours betweenness "$DIR/mid.tsv" 2 --weighted)
echo "betweenness 1 thread ${b1}s, 2 threads ${b2}s: speed-up $(ratio "$b1" "$b2")x"
/usr/bin/time -v $BIN centrality --graph "$DIR/big.tsv" --measure pagerank --polarity all --format csv 2>"$DIR/time.txt" >/dev/null
echo "peak memory, 2M edges loaded and ranked by PageRank: $(awk '/Maximum resident/ {printf "%.0f MB", $6/1024}' "$DIR/time.txt")"
