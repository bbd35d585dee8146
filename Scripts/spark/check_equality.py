#!/usr/bin/env python3
"""Runs the Spark job (Scripts/spark/aggregate_events.py, one session on local[2]) and the Swift
aggregator (`geograph events`) on the event fixtures, and checks they agree tie for tie: the same
ties, weights within 1e-9 (in the TSV geograph reads and in the details), the same reports and
windows, the same capped evidence in the same order.

Usage: Scripts/spark/check_equality.py GEOGRAPH_BINARY [WORK_FOLDER]
Exit status: 0 equal, 1 a difference (each printed), 77 pyspark or Java missing (the reason printed).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIX = "Tests/GeoGraphEventsTests/Fixtures/"
JOBS = [  # name, format, inputs, extra geograph arguments
    ("gdelt", "gdelt", [FIX + "gdelt2-events.CSV", FIX + "gdelt1-real.CSV"], []),
    ("gdelt-zip", "gdelt", [FIX + "gdelt2-events.CSV.zip"], []),
    ("mentions", "gdelt-mentions", [FIX + "gdelt2-mentions.CSV"], ["--events", FIX + "gdelt2-events.CSV"]),
    ("icews", "icews", [FIX + "icews-events.2022.tab"], []),
    ("polecat", "polecat", [FIX + "polecat-2024.tsv"], []),
    ("plover", "plover", [FIX + "plover-2025.jsonl"], []),
]
EVIDENCE = 4


def missing():
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (pip install pyspark, or Scripts/setup.sh)"
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        return "Java is not installed (Spark needs Java 17)"
    return None


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 64
    reason = missing()
    if reason:
        print(f"check_equality: skipped: {reason}")
        return 77
    binary = os.path.abspath(sys.argv[1])
    work = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="geograph-spark-")
    os.makedirs(work, exist_ok=True)
    os.chdir(ROOT)
    args = [sys.executable, "Scripts/spark/aggregate_events.py", "--master", "local[2]", "--evidence", str(EVIDENCE)]
    for name, fmt, inputs, extra in JOBS:
        if fmt == "gdelt-mentions":
            args += ["--events", extra[1]]
        args += ["--job", fmt, ",".join(inputs), os.path.join(work, "spark-" + name)]
    spark = subprocess.run(args, capture_output=True, text=True)
    if spark.returncode != 0:
        print("check_equality: the Spark job failed:\n" + spark.stderr[-3000:])
        return 1
    problems = []
    for name, fmt, inputs, extra in JOBS:
        out = os.path.join(work, "swift-" + name + ".json")
        swift = subprocess.run([binary, "events", fmt, *inputs, *extra, "-o", out, "--evidence", str(EVIDENCE)], capture_output=True, text=True)
        if swift.returncode != 0:
            problems.append(f"{name}: geograph events failed: {swift.stderr.strip()[-500:]}")
            continue
        problems += compare(name, json.load(open(out)), os.path.join(work, "spark-" + name))
    for p in problems:
        print(p)
    ties = sum(1 for _ in open(os.path.join(work, "spark-gdelt.tsv"))) - 1
    print(f"check_equality: {len(JOBS)} jobs, {'equal' if not problems else f'{len(problems)} differences'} (gdelt: {ties} ties)")
    return 1 if problems else 0


def compare(name, graph, prefix):
    problems = []
    key = lambda t: (t["source"], t["target"], t["layer"], t["polarity"])
    swift = {key(t): t for t in graph["ties"]}
    tsv = {}
    with open(prefix + ".tsv", encoding="utf-8") as f:
        header = f.readline().rstrip("\n")
        if header != "source\ttarget\tlayer\tpolarity\tweight":
            problems.append(f"{name}: TSV header is {header!r}")
        for line in f:
            s, t, l, p, w = line.rstrip("\n").split("\t")
            tsv[(s, t, l, p)] = float(w)
    details = {}
    with open(prefix + ".jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            details[key(d)] = d
    if set(swift) != set(tsv) or set(swift) != set(details):
        problems.append(f"{name}: ties differ: only Swift {sorted(set(swift) - set(tsv))[:5]}, only Spark {sorted(set(tsv) - set(swift))[:5]}")
    for k in sorted(set(swift) & set(tsv) & set(details)):
        s, d = swift[k], details[k]
        if abs(s["weight"] - tsv[k]) > 1e-9 or abs(s["weight"] - d["weight"]) > 1e-9:
            problems.append(f"{name} {k}: weight {s['weight']} (Swift) vs {tsv[k]} (Spark TSV)")
        if s.get("reports") != d["reports"]:
            problems.append(f"{name} {k}: reports {s.get('reports')} vs {d['reports']}")
        sw = [(w["window"], w["events"], round(w["intensity"], 9), sorted(w["types"].items())) for w in s.get("windows", [])]
        dw = [(w["window"], w["events"], round(w["intensity"], 9), sorted((x["type"], x["n"]) for x in w["types"])) for w in d["windows"]]
        if sw != dw:
            problems.append(f"{name} {k}: windows differ: {sw[:2]} vs {dw[:2]}")
        se = [(e["doc"], e["sentence"], e["span"], e["cues"], e.get("type"), e.get("date"), e.get("event"), e.get("url")) for e in s["evidence"]]
        de = [(e["document"], e["sentence"], [e["span0"], e["span1"]], [e["cue"]], e["type"], e["date"], e["id"], e.get("url")) for e in d["evidence"]]
        if se != de:
            problems.append(f"{name} {k}: evidence differs:\n  Swift {se[:2]}\n  Spark {de[:2]}")
    return problems


if __name__ == "__main__":
    sys.exit(main())
