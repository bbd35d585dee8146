#!/usr/bin/env bash
# Builds and scores every annotated set in one go, one line per set: the rolled-up directed ties
# (precision / recall / F1) and the pairs' F1, as `geograph evaluate` prints them.
#
#   bash Scripts/score-sets.sh [BIN] [--final]      (BIN: a geograph binary, default .build/release/geograph)
#
# Sets scored always: the reference graph (five corpus articles), the dev half of the development set,
# the unseen set and held-out sets 1 to 6 (opened: rules are chosen on them). With --final also the
# sets scored once at the end of a round, totals only: held-out set 7 and the test half.
# With --breakdown, each line is followed by its misses and false hits counted by why they are wrong
# (`geograph evaluate --breakdown`), and the kinds summed over the sets scored at the end.
# Corpora: $GEOGRAPH_CORPUS (else ../shared/corpus), $GEOGRAPH_DEV_CORPUS (else ../shared/dev-corpus).
# Writes its built graphs to a temporary folder, removed at exit.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$root/.build/release/geograph
final=no
breakdown=no
for arg in "$@"; do
  case $arg in
    --final) final=yes ;;
    --breakdown) breakdown=yes ;;
    -*) echo "score-sets.sh: unknown option '$arg' (expected --final or --breakdown)" >&2; exit 64 ;;
    *) bin=$arg ;;
  esac
done
[ -x "$bin" ] || { echo "score-sets.sh: no geograph binary at $bin (swift build -c release, or give its path)" >&2; exit 64; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
corpus=${GEOGRAPH_CORPUS:-$root/../shared/corpus}
export GEOGRAPH_DEV_CORPUS=${GEOGRAPH_DEV_CORPUS:-$root/../shared/dev-corpus}
[ -f "$corpus/manifest.tsv" ] || { echo "score-sets.sh: no corpus at $corpus (set GEOGRAPH_CORPUS)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# score NAME TEXTS GOLD [evaluate options...]
score() {
  local name=$1 texts=$2 gold=$3; shift 3
  "$bin" build "$texts" -o "$work/$name.json" 2> "$work/$name.log" \
    || { echo "score-sets.sh: building $name failed, see below" >&2; cat "$work/$name.log" >&2; exit 1; }
  "$bin" evaluate "$work/$name.json" --gold "$gold" "$@" | awk -v n="$name" '
    $1 == "overall" && $2 == "pairs" { pair = $(NF - 2) }
    $1 == "overall" && $2 == "directed" { p = $(NF - 4); r = $(NF - 3); f = $(NF - 2); found = $(NF - 1); ref = $NF }
    END { printf "%-12s ties P/R/F1 %s / %s / %s   pair F1 %s   (%s extracted, %s in the reference)\n", n, p, r, f, pair, found, ref }'
  if [ $breakdown = yes ]; then
    "$bin" evaluate "$work/$name.json" --gold "$gold" "$@" --breakdown | sed -n '/^why/,/^$/p' | tail -n +3 \
      | tee -a "$work/kinds" | sed '/^$/d; s/^/    /'
  fi
}

printf 'geograph: %s\n' "$bin"
score reference "$corpus" "$root/Graphs/central-asia.yaml"
bash "$root/Scripts/make-dev-half.sh" dev "$work/dev-half" > /dev/null
score dev-half "$work/dev-half" "$root/Graphs/dev-set-dev.yaml"
score unseen "$root/Tests/Fixtures/unseen" "$root/Graphs/unseen-set.yaml"
score held-out-1 "$root/Tests/Fixtures/heldout" "$root/Graphs/heldout-set.yaml"
score held-out-2 "$root/Tests/Fixtures/heldout2" "$root/Graphs/heldout2-set.yaml"
score held-out-3 "$root/Tests/Fixtures/heldout3" "$root/Graphs/heldout3-set.yaml"
score held-out-4 "$root/Tests/Fixtures/heldout4" "$root/Graphs/heldout4-set.yaml"
score held-out-5 "$root/Tests/Fixtures/heldout5" "$root/Graphs/heldout5-set.yaml"
score held-out-6 "$root/Tests/Fixtures/heldout6" "$root/Graphs/heldout6-set.yaml"
if [ $final = yes ]; then
  if [ -f "$root/Graphs/heldout7-set.yaml" ]; then
    score held-out-7 "$root/Tests/Fixtures/heldout7" "$root/Graphs/heldout7-set.yaml" --totals-only
  fi
  bash "$root/Scripts/make-dev-half.sh" test "$work/test-half" > /dev/null
  score test-half "$work/test-half" "$root/Graphs/dev-set-test.yaml" --totals-only
fi
if [ $breakdown = yes ]; then
  echo "all sets above, misses and false hits by why:"
  awk 'NF { k = $0; sub(/ +[0-9]+ +[0-9]+$/, "", k); if (!(k in m)) order[++n] = k; m[k] += $(NF - 1); f[k] += $NF }
       END { for (i = 1; i <= n; i++) printf "    %-24s %5d %5d\n", order[i], m[order[i]], f[order[i]] }' "$work/kinds"
fi
