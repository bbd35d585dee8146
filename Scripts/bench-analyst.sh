#!/usr/bin/env bash
# Times centrality and path, this tree against a base revision (default: main), built the same way
# and run in turns in one run, and prints the paired ratio (median of this/base over RUNS pairs; above
# 1 means this tree is slower): the commands as typed (what a user sees; this tree's defaults read
# cooperation ties with leaders rolled up) and the same work on both (every tie, no roll-up). Each
# build runs in its own tree, so the reference graph is the one that build ships; a run that fails
# stops the script (a build refusing the other's graph file would time an error message).
# The base is checked out and built once per commit in .build-bench/COMMIT (kept for the next run;
# `git worktree remove .build-bench/COMMIT` drops it). ONLY=TEXT times only the cases whose name holds TEXT.
# Usage: Scripts/bench-analyst.sh [RUNS] [BASE]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-11}
BASE=${2:-main}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
BASE_TREE=$PWD/.build-bench/$(git rev-parse --verify "$BASE^{commit}")
[ -d "$BASE_TREE" ] || git worktree add --detach "$BASE_TREE" "$BASE" >/dev/null 2>&1
swift build -c release --scratch-path .build-release >/dev/null
(cd "$BASE_TREE" && swift build -c release --scratch-path .build-release >/dev/null)
NEW=.build-release/release/geograph
OLD=$BASE_TREE/.build-release/release/geograph
$NEW generate --nodes 5000 --edges 50000 --seed 2 -o "$DIR/mid.tsv"
ONLY=${ONLY:-} python3 - "$NEW" "$OLD" "$RUNS" "$DIR/mid.tsv" "$BASE_TREE" <<'PY'
import os, statistics, subprocess, sys, time
new, old, runs, mid, old_tree = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
# (name, this tree's arguments, the base's arguments): first the commands as typed (this tree's
# defaults: cooperation ties, leaders rolled up), then the same work on both (every tie, no roll-up).
same = ["--polarity", "all"]
cases = [
    ("as typed: centrality pagerank, reference graph", ["centrality"], ["centrality"]),
    ("as typed: path strongest, reference graph", ["path", "Beijing", "Bishkek"], ["path", "Beijing", "Bishkek"]),
    ("as typed: path k=3, reference graph", ["path", "China", "Kyrgyzstan", "--k", "3"], ["path", "China", "Kyrgyzstan", "--k", "3"]),
    ("same work: centrality pagerank, reference graph", ["centrality", "--no-roll-up"] + same, ["centrality"] + same),
    ("same work: centrality betweenness, reference graph", ["centrality", "--measure", "betweenness", "--no-roll-up"] + same,
     ["centrality", "--measure", "betweenness"] + same),
    ("same work: centrality pagerank, 5k/50k TSV", ["centrality", "--graph", mid, "--threads", "1"] + same,
     ["centrality", "--graph", mid, "--threads", "1"] + same),
    ("same work: centrality closeness, 5k/50k TSV", ["centrality", "--graph", mid, "--measure", "closeness", "--threads", "1"] + same,
     ["centrality", "--graph", mid, "--measure", "closeness", "--threads", "1"] + same),
    ("same work: path strongest, reference graph", ["path", "Beijing", "Bishkek"] + same, ["path", "Beijing", "Bishkek"] + same),
    ("same work: path strongest, 5k/50k TSV", ["path", "--graph", mid, "n1", "n4000"] + same, ["path", "--graph", mid, "n1", "n4000"] + same),
]
def timed(binary, args):
    start = time.perf_counter()
    run = subprocess.run([binary] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         cwd=old_tree if binary == old else None)
    elapsed = time.perf_counter() - start
    if run.returncode != 0:
        sys.exit(f"{binary} {' '.join(args)} failed ({run.returncode}): {run.stderr.decode()[:300]}")
    return elapsed
print(f"paired runs: {runs}; load average {open('/proc/loadavg').read().split()[:3]}")
for name, new_args, old_args in cases:
    if os.environ.get("ONLY", "") not in name:
        continue
    ratios, a, b = [], [], []
    for i in range(runs):
        pair = [(new, new_args, a), (old, old_args, b)] if i % 2 == 0 else [(old, old_args, b), (new, new_args, a)]
        for binary, args, out in pair:
            out.append(timed(binary, args))
        ratios.append(a[-1] / b[-1])
    print(f"{name}: this {statistics.median(a)*1000:.1f} ms, base {statistics.median(b)*1000:.1f} ms, "
          f"paired ratio {statistics.median(ratios):.3f}")
PY
