#!/usr/bin/env bash
# Times `geograph render` per layout engine on graphs from `geograph generate`, to fit LayoutCost's
# models (Sources/GeoGraphRender/LayoutCost.swift): seconds = scale × (actors + ties/10)^exponent.
# Each run is capped (default 60 s); a capped run prints "timeout".
# Usage: Scripts/calibrate-layout-cost.sh [BIN] [CAP_SECONDS]   (BIN: a release build of geograph)
set -euo pipefail
bin=${1:-.build/release/geograph}
cap=${2:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'engine\tactors\tties\tsize\tseconds\tpeak_kb\n'
for sizes in "25 100" "50 250" "100 500" "200 1000" "300 1500" "500 5000" "1000 10000" "2000 19999"; do
    set -- $sizes
    "$bin" generate --nodes "$1" --edges "$2" --seed 1 -o "$work/g.tsv"
    for engine in dot circo neato fdp twopi sfdp; do
        if /usr/bin/time -f '%e %M' -o "$work/t" timeout "$cap" "$bin" render --graph "$work/g.tsv" --layout "$engine" \
            --force -o "$work/out.svg" 2>/dev/null; then
            read -r seconds kb < "$work/t"
        else
            seconds=timeout; kb=-
        fi
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$engine" "$1" "$2" "$(( $1 + $2 / 10 ))" "$seconds" "$kb"
    done
done
