#!/usr/bin/env bash
# Runs the analyst question suite (Tests/Questions/analyst-questions.yaml) and writes its tables, with
# the counts answered, into Sources/GeoGraph/GeoGraph.docc/QuestionSuite.md (between the markers).
# Needs the corpus: $GEOGRAPH_CORPUS, else ../shared/corpus (the dev corpus beside it).
# Usage: Scripts/question-suite.sh
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
export GEOGRAPH_CORPUS=${GEOGRAPH_CORPUS:-$(cd .. && pwd)/shared/corpus}
GEOGRAPH_QUESTION_SUITE_OUT=$OUT swift test --filter QuestionSuiteTests >"$OUT/log.txt" 2>&1 || true
for part in reference built dev; do
  [ -s "$OUT/$part.md" ] || { echo "no $part table: see the test log" >&2; tail -20 "$OUT/log.txt" >&2; exit 1; }
done
python3 - "$OUT" Sources/GeoGraph/GeoGraph.docc/QuestionSuite.md <<'PY'
import sys
out, doc = sys.argv[1], sys.argv[2]
tables = "\n".join(open(f"{out}/{p}.md").read() for p in ("reference", "built", "dev"))
text = open(doc).read()
start, end = "<!-- question-suite tables -->", "<!-- end of question-suite tables -->"
head, rest = text.split(start, 1)
_, tail = rest.split(end, 1)
open(doc, "w").write(head + start + "\n\n" + tables + "\n" + end + tail)
print("\n".join(line for line in tables.splitlines() if line.startswith("###")))
PY
