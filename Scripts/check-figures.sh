#!/usr/bin/env bash
# Fails when the checked-in figures (Graphs/figures) are out of date with the graph and the style.
#
# It regenerates the set into a temporary folder and compares the .dot files byte for byte, and the
# set of file names. SVG is not compared: libgvc's layouts are not byte-stable inside one process
# (the same DOT laid out after other figures can come out differently), although each .dot is.
# `geograph figures` picks each force-directed figure's spread and separation by laying it out
# (FigureFit); CheckedInFiguresTests holds the checked-in SVGs to the A4 page size and every DOT to
# no edge across a label. The counts below are the edges drawn (one per pair and layer), not ties.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product geograph >/dev/null
bin=$(swift build --show-bin-path)/geograph
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" figures --graph Graphs/central-asia.yaml -o "$tmp" 2>/dev/null
status=0
for f in "$tmp"/*.dot; do
  name=$(basename "$f")
  if ! cmp -s "$f" "Graphs/figures/$name"; then
    echo "check-figures: Graphs/figures/$name is out of date; run: geograph figures -o Graphs/figures --png" >&2
    status=1
  fi
done
for f in Graphs/figures/*.dot; do
  [ -e "$tmp/$(basename "$f")" ] || { echo "check-figures: $f is no longer produced; delete it" >&2; status=1; }
done
# Debian's dot must read every figure and draw every node and edge of it.
for f in Graphs/figures/*.dot; do
  counts=$(gc -n -e "$f" | awk '{print $1, $2}')
  svg=$(dot -Tsvg "$f") || { echo "check-figures: dot -Tsvg fails on $f" >&2; status=1; continue; }
  drawn="$(grep -c 'class="node"' <<<"$svg") $(grep -c 'class="edge"' <<<"$svg")"
  if [ "$counts" != "$drawn" ]; then
    echo "check-figures: $f has nodes/edges $counts but dot -Tsvg drew $drawn" >&2
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "check-figures: $(ls "$tmp"/*.dot | wc -l) figures up to date"
exit "$status"
