#!/usr/bin/env bash
# Makes a folder holding one half of the development set, for `geograph build`: links to the half's
# texts in the dev corpus and their manifest rows (dates, outlets, titles). The texts stay in the corpus.
#
#   bash Scripts/make-dev-half.sh dev|test DIR     (corpus: $GEOGRAPH_DEV_CORPUS, else ../shared/dev-corpus)
#
# Then: geograph build DIR -o /tmp/dev.json && geograph evaluate /tmp/dev.json --gold Graphs/dev-set-dev.yaml
# The test half is scored at the end of a round only, and `evaluate` prints its totals only.
set -euo pipefail
half=${1:?usage: make-dev-half.sh dev|test DIR}
out=${2:?usage: make-dev-half.sh dev|test DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${GEOGRAPH_DEV_CORPUS:-$root/../shared/dev-corpus}
case $half in dev|test) ;; *) echo "make-dev-half.sh: the half is dev or test, not '$half'" >&2; exit 64 ;; esac
[ -f "$corpus/manifest.tsv" ] || { echo "make-dev-half.sh: no dev corpus at $corpus (set GEOGRAPH_DEV_CORPUS)" >&2; exit 1; }
corpus=$(cd "$corpus" && pwd)
mkdir -p "$out"
rm -f "$out"/d*.txt "$out/manifest.tsv"
files=$(awk -F'\t' -v h="$half" 'NR > 1 && $3 == h { print $1 }' "$root/Graphs/dev-set.tsv")
for f in $files; do ln -s "$corpus/$f" "$out/$f"; done
awk -F'\t' 'NR == FNR { keep[$1] = 1; next } FNR == 1 || keep[$1]' <(printf '%s\n' $files) "$corpus/manifest.tsv" > "$out/manifest.tsv"
echo "$half half: $(printf '%s\n' $files | wc -l) documents in $out"
