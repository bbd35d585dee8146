#!/usr/bin/env bash
# Extraction throughput: writes a synthetic news corpus of at least MB megabytes (Scripts/bench_corpus.py:
# our own sentence templates and the gazetteer's names, with a manifest, HTML pages and page debris),
# then times what a user runs, `geograph build DIR -o out.json --jobs N` (release build), with 1 and 2
# jobs: loading, debris filtering, sentence splitting, actor and cue matching, aggregation and writing.
# Each job count runs RUNS times (default 3); the fastest run is reported, with its CPU time.
# Usage: Scripts/bench-extraction.sh [MB] [CORPUS_DIR]   (a CORPUS_DIR given is kept, and reused if it exists)
#   BIN=path/to/geograph times that binary instead of building this checkout (to compare two builds).
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-50}
RUNS=${RUNS:-3}
if [ -z "${BIN:-}" ]; then
  swift build -c release --scratch-path .build-release >/dev/null
  BIN=.build-release/release/geograph
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DIR=${2:-$WORK/corpus}
[ -f "$DIR/manifest.tsv" ] || python3 Scripts/bench_corpus.py "$DIR" "$MB"
python3 - "$BIN" "$DIR" "$WORK/out.json" "$RUNS" <<'PY'
import os, resource, subprocess, sys, time
binary, folder, out, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
files = [f for f in os.listdir(folder) if f.endswith((".txt", ".html"))]
size = sum(os.path.getsize(os.path.join(folder, f)) for f in files) / 1048576
print(f"corpus: {size:.1f} MB in {len(files)} documents ({folder})")
for jobs in (1, 2):
    best = None
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([binary, "build", folder, "-o", out, "--jobs", str(jobs)], check=True, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if best is None or wall < best[0]:
            best = (wall, cpu)
    wall, cpu = best
    print(f"jobs {jobs}: {size / wall:.1f} MB/s ({wall:.2f} s wall, {cpu:.2f} s CPU, best of {runs})")
print(f"output: {os.path.getsize(out) / 1048576:.1f} MB of JSON")
PY
