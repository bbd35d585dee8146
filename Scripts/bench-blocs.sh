#!/usr/bin/env bash
# Times signed blocs on a machine-made signed graph (default 1,000 actors, 10,000 ties; 20 % tension):
# the partition alone (--samples 0), then the significance sampling apart (--samples N), in release.
# Usage: Scripts/bench-blocs.sh [NODES] [EDGES] [SAMPLES]
set -euo pipefail
cd "$(dirname "$0")/.."
NODES=${1:-1000}; EDGES=${2:-10000}; SAMPLES=${3:-100}
swift build -c release --scratch-path .build-release >/dev/null
BIN=.build-release/release/geograph
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
$BIN generate --nodes "$NODES" --edges "$EDGES" --seed 1 -o "$DIR/g.tsv"
for k in 2 3; do
  /usr/bin/time -f "%e s wall, %U s user, %M KB peak" -o "$DIR/time.txt" $BIN blocs --graph "$DIR/g.tsv" --k $k --samples 0 >"$DIR/out.txt"
  echo "k=$k partition, $NODES actors / $EDGES ties: $(cat "$DIR/time.txt"); $(sed -n 3,4p "$DIR/out.txt" | tr '\n' ' ')"
done
/usr/bin/time -f "%e s wall, %U s user" -o "$DIR/time.txt" $BIN blocs --graph "$DIR/g.tsv" --samples "$SAMPLES" >"$DIR/out.txt"
echo "k=2 with $SAMPLES null-model samples: $(cat "$DIR/time.txt"); $(grep Significance "$DIR/out.txt")"
