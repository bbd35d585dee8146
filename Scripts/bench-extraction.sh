#!/usr/bin/env bash
# Extraction throughput: builds a synthetic corpus of at least 50 MB from our own sentence templates
# and the gazetteer's names, then times `geograph build` in release mode with 1 and 2 jobs (MB/s).
# Usage: Scripts/bench-extraction.sh [MB]
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-50}
swift build -c release --scratch-path .build-release >/dev/null
BIN=.build-release/release/geograph
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
python3 - "$DIR" "$MB" <<'PY'
import os, random, sys, yaml
folder, mb = sys.argv[1], int(sys.argv[2])
g = yaml.safe_load(open("Graphs/actors.yaml"))
states = [a["name"] for a in g["actors"] if a["kind"] == "state"]
seats = [s for a in g["actors"] if a["kind"] == "state" for s in a.get("seats", [])]
templates = [
    "{a} and {b} held joint military exercises near the border last week.",
    "{a} signed a strategic partnership with {b} during a state visit.",
    "Officials in {s} said {a} had threatened {b} over the pipeline dispute.",
    "{a} will not recognise the annexation, the foreign ministry of {b} said.",
    "Trade between {a} and {b} grew by nine percent, according to customs data.",
    "The loan from {a} to {b} was criticised by opposition leaders in {s}.",
    "Analysts expect {a} to expand investment in {b} despite the sanctions.",
]
rng = random.Random(7)
target = mb * 1024 * 1024
per_file = 2 * 1024 * 1024
n = 0
written = 0
while written < target:
    lines = []
    size = 0
    while size < per_file:
        para = " ".join(rng.choice(templates).format(a=rng.choice(states), b=rng.choice(states), s=rng.choice(seats)) for _ in range(6))
        lines.append(para)
        size += len(para.encode()) + 1
    text = "\n".join(lines) + "\n"
    open(os.path.join(folder, f"doc{n:03d}.txt"), "w").write(text)
    written += len(text.encode())
    n += 1
print(f"corpus: {written / 1048576:.1f} MB in {n} files")
PY
SIZE=$(du -sm "$DIR" | cut -f1)
for jobs in 1 2; do
  start=$(date +%s.%N)
  $BIN build "$DIR" -o "$DIR/out.json" --jobs "$jobs" 2>/dev/null
  end=$(date +%s.%N)
  python3 -c "print(f'jobs $jobs: {($SIZE)/($end-$start):.1f} MB/s ({$end-$start:.1f} s for $SIZE MB)')"
done
