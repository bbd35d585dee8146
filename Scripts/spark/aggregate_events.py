#!/usr/bin/env python3
"""Aggregates event data on Spark into the ties `geograph events` makes, for data larger than one
machine should stream (a year of GDELT, all of ICEWS).

    spark-submit Scripts/spark/aggregate_events.py --format gdelt --input s3a://bucket/gdelt/2023/ \
        --tsv ties.tsv --parquet ties.parquet [--details ties.jsonl] [--window month] [--evidence 20]

The row-level work (splitting, mapping event codes and actor codes, windows) runs on the executors;
the mapping tables (Graphs/event-types.yaml, Graphs/event-actors.yaml) are read once on the driver and
broadcast. The output is the aggregated graph: a TSV edge list `geograph` reads (`--graph ties.tsv`),
Parquet with every tie's windows and capped evidence for other consumers, and optionally the same
as JSON lines. The rules are the Swift aggregator's (Sources/GeoGraphEvents): the same column
checks, the same mapping resolution, the weight rule of Sources/GeoGraph/EventWeight.swift, evidence
capped to the first N by (date, id, document, sentence, span start, url). Scripts/spark/check_equality.py
runs both on the fixtures and compares them tie for tie.

Several jobs can share one Spark session: `--job FORMAT INPUT[,INPUT…] PREFIX` (repeatable) writes
PREFIX.tsv, PREFIX.parquet and PREFIX.jsonl for each. `--master local[2]` runs without a cluster.
"""
import argparse
import glob
import io
import json
import math
import os
import shutil
import sys
import tempfile
import zipfile

import yaml

CEILING, SATURATION = 0.8, 10.0
LAYERS = ["security", "economic", "diplomatic"]


# --- mapping tables (driver) ------------------------------------------------------------------------

def load_mapping(path):
    data = yaml.safe_load(open(path, encoding="utf-8"))
    types = [t["type"] for t in data["types"]]
    rows = {str(r["code"]): r for r in data.get("cameo", [])}
    cameo = {}
    for length, count in ((2, 100), (3, 1000), (4, 10000)):
        for n in range(count):
            code = str(n).zfill(length)
            root = rows.get(code[:2])
            if root is None:
                continue
            if "skip" in root:
                cameo[code] = None
                continue
            t, q, layer = root["type"], root["quad"], root.get("layer", "diplomatic")
            skipped = False
            for l in (3, 4):
                if len(code) >= l and code[:l] in rows:
                    row = rows[code[:l]]
                    if "skip" in row:
                        skipped = True
                        break
                    t = row.get("type", t)
                    layer = row.get("layer", layer)
            cameo[code] = None if skipped else (types.index(t), q, layer)
    plover = data.get("plover", {})
    events = {e["event"].upper(): (types.index(e["type"]), e["quad"]) for e in plover.get("events", [])}
    modes = {m["event"].upper() + "|" + m["mode"].lower(): types.index(m["type"]) for m in plover.get("modes", [])}
    contexts = {}
    for layer, names in (plover.get("contexts") or {}).items():
        for c in names:
            contexts.setdefault(c.lower(), layer)
    quads = {fold_quad(k): v for k, v in (plover.get("quads") or {}).items()}
    return {"types": types, "cameo": cameo, "events": events, "modes": modes, "contexts": contexts, "quads": quads}


def fold_quad(text):
    return "".join(" " if c in "_-" else c for c in text.upper())


def fold(text):
    return " ".join(text.lower().replace("_", " ").replace("\t", " ").split())


def load_actors(path):
    data = yaml.safe_load(open(path, encoding="utf-8"))
    alpha3, alpha2, cow, names, kinds = {}, {}, {}, {}, {}
    for s in data.get("states", []):
        for key in ("cameo", "iso3"):
            if key in s:
                alpha3[s[key]] = s["id"]
        if "iso2" in s:
            alpha2[str(s["iso2"])] = s["id"]
        if "cow" in s:
            cow[int(s["cow"])] = s["id"]
        for n in s.get("names", []):
            names[fold(n)] = s["id"]
        kinds[s["id"]] = "state"
    for g in data.get("groups", []):
        for c in g.get("cameo", []):
            alpha3[c] = g["id"]
        for n in g.get("names", []):
            names[fold(n)] = g["id"]
        kinds[g["id"]] = "organisation"
    sectors = data.get("sectors", {})
    return {"alpha3": alpha3, "alpha2": alpha2, "cow": cow, "names": names, "kinds": kinds,
            "sector_codes": set(sectors.get("cameo", [])), "sector_words": {fold(w) for w in sectors.get("words", [])}}


# --- row parsing (executors); mirrors Sources/GeoGraphEvents/Ingest+*.swift ------------------------

def is_upper3(s):
    return len(s) == 3 and all("A" <= c <= "Z" for c in s)


def parse_date(s):
    if len(s) == 8 and s.isascii() and s.isdigit():
        y, m, d = int(s[:4]), int(s[4:6]), int(s[6:])
    elif len(s) == 10 and s[4] == "-" and s[7] == "-" and (s[:4] + s[5:7] + s[8:]).isascii() and (s[:4] + s[5:7] + s[8:]).isdigit():
        y, m, d = int(s[:4]), int(s[5:7]), int(s[8:])
    else:
        return None
    if not (1800 <= y <= 2199 and 1 <= m <= 12):
        return None
    days = 29 if m == 2 and y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (y, m, d) if 1 <= d <= days else None


def parse_int(s):
    body = s[1:] if s.startswith("-") else s
    return int(s) if body and body.isascii() and body.isdigit() and len(s) <= 18 else None


def parse_number(s):
    try:
        x = float(s)
    except ValueError:
        return None
    return x if math.isfinite(x) and abs(x) <= 10 else None


def strength(x):
    return (min(10.0, abs(x)) + 1) / 11


def window_label(date, size):
    y, m, _ = date
    if size == "month":
        return f"{y:04d}-{m:02d}"
    if size == "quarter":
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    return f"{y:04d}"


def split_list(text):
    out = []
    for part in text.replace(";", ",").replace("|", ",").split(","):
        part = part.strip()
        if part:
            out.append(part)
    return out


class Rows:
    """Parses one format's lines into mapped events (dicts) or ("refused"|"skipped", reason) outcomes."""

    def __init__(self, fmt, mapping, actors, window):
        self.fmt, self.m, self.a, self.window = fmt, mapping, actors, window

    def country(self, text):
        a = self.a
        if not text:
            return None
        if len(text) == 3 and is_upper3(text) and text in a["alpha3"]:
            return a["alpha3"][text]
        if len(text) == 2 and text.isascii() and text.isupper() and text in a["alpha2"]:
            return a["alpha2"][text]
        n = parse_int(text)
        if n is not None and n in a["cow"]:
            return a["cow"][n]
        i = a["names"].get(fold(text))
        return i if i is not None and a["kinds"].get(i) == "state" else None

    def speaks(self, sectors):
        for s in sectors:
            if (len(s) in (2, 3) and s.isascii() and s.isupper() and s in self.a["sector_codes"]) or fold(s) in self.a["sector_words"]:
                return True
        return False

    def resolve(self, name, country, cow, sectors):
        if not name and not country and not cow:
            return ("none",)
        if name and fold(name) in self.a["names"]:
            return ("actor", self.a["names"][fold(name)])
        state = self.country(country) or (self.country(cow) if cow else None)
        if state is None:
            return ("unmapped", name or country)
        if not name or self.speaks(sectors):
            return ("actor", state)
        return ("unmapped", name)

    def gdelt_actor(self, cols, c, k, g, t):
        code, country, group = cols[c], cols[k], cols[g]
        if group and is_upper3(group) and group in self.a["alpha3"]:
            return ("actor", self.a["alpha3"][group])
        if country:
            if not (is_upper3(country) and country in self.a["alpha3"]):
                return ("unmapped", code or country)
            if code == country or cols[t] in self.a["sector_codes"]:
                return ("actor", self.a["alpha3"][country])
            return ("unmapped", code)
        return ("none",) if not code else ("unmapped", code)

    def tie(self, a, b, event):
        if a[0] == "none" or b[0] == "none":
            return ("skipped", "noActor")
        if a[0] != "actor" or b[0] != "actor":
            return ("skipped", "unmapped")
        if a[1] == b[1]:
            return ("skipped", "sameActor")
        event.update(source=a[1], target=b[1])
        return event

    def cameo(self, code):
        return self.m["cameo"].get(code, "unknown") if 2 <= len(code) <= 4 and code.isascii() and code.isdigit() else "unknown"

    def event(self, meaning, date, ident, document, x, url="", sentence=0, span=(0, 1), cue=""):
        t, quad, layer = meaning
        return {"layer": layer, "polarity": "cooperation" if quad in (1, 2) else "tension", "type": self.m["types"][t],
                "window": window_label(date, self.window), "date": f"{date[0]:04d}-{date[1]:02d}-{date[2]:02d}", "id": ident,
                "document": document, "sentence": sentence, "span0": span[0], "span1": span[1], "url": url or None,
                "cue": cue, "strength": strength(x)}

    def gdelt(self, cols, document):
        n = len(cols)
        if n not in (57, 58, 61):
            return ("refused", "columns")
        date = parse_date(cols[1])
        if date is None:
            return ("refused", "date")
        r = self.cameo(cols[26])
        if r == "unknown":
            return ("refused", "code")
        if r is None:
            return ("skipped", "statement")
        t, quad, layer = r
        if cols[29]:
            q = parse_int(cols[29])
            if q not in (1, 2, 3, 4):
                return ("refused", "number")
            quad = q
        x = 0.0
        if cols[30]:
            x = parse_number(cols[30])
            if x is None:
                return ("refused", "number")
        a, b = self.gdelt_actor(cols, 5, 7, 8, 12), self.gdelt_actor(cols, 15, 17, 18, 22)
        url = "" if n == 57 else cols[-1]
        return self.tie(a, b, self.event((t, quad, layer), date, cols[0], document, x, url=url, cue="CAMEO " + cols[26]))

    def icews(self, cols, document):
        if len(cols) != 20:
            return ("refused", "columns")
        date = parse_date(cols[1])
        if date is None:
            return ("refused", "date")
        r = self.cameo(cols[6])
        if r == "unknown":
            return ("refused", "code")
        if r is None:
            return ("skipped", "statement")
        x = 0.0
        if cols[7]:
            x = parse_number(cols[7])
            if x is None:
                return ("refused", "number")
        a = self.resolve(cols[2], cols[4], "", [s.strip() for s in cols[3].split(",")])
        b = self.resolve(cols[8], cols[10], "", [s.strip() for s in cols[9].split(",")])
        s = parse_int(cols[12])
        sentence = max(0, s) if s is not None else 0
        return self.tie(a, b, self.event(r, date, cols[0], document, x, sentence=sentence, cue="CAMEO " + cols[6]))

    def plover_meaning(self, event, mode, contexts, quad):
        name = event.upper()
        if name not in self.m["events"]:
            return None
        base, default_quad = self.m["events"][name]
        t = self.m["modes"].get(name + "|" + mode.lower(), base) if mode else base
        layer = "diplomatic"
        for c in contexts:
            l = self.m["contexts"].get(c.lower())
            if l:
                if l == "security":
                    layer = "security"
                    break
                layer = l
        q = None
        if quad:
            n = parse_int(quad)
            q = n if n in (1, 2, 3, 4) else self.m["quads"].get(fold_quad(quad))
        return (t, q or default_quad, layer)

    def polecat(self, cols, document):
        if len(cols) != 40:
            return ("refused", "columns")
        date = parse_date(cols[1])
        if date is None:
            return ("refused", "date")
        meaning = self.plover_meaning(cols[2], cols[3], split_list(cols[6]), cols[5])
        if meaning is None:
            return ("refused", "code")
        x = 0.0
        if cols[4]:
            x = parse_number(cols[4])
            if x is None:
                return ("refused", "number")
        a = self.resolve(cols[7], cols[8], cols[9], [cols[10]] + split_list(cols[11]))
        b = self.resolve(cols[15], cols[16], cols[17], [cols[18]] + split_list(cols[19]))
        cue = "PLOVER " + cols[2].upper() + (" " + cols[3] if cols[3] else "")
        return self.tie(a, b, self.event(meaning, date, cols[0], document, x, cue=cue))

    def plover(self, line, document):
        try:
            o = json.loads(line)
        except ValueError:
            return ("refused", "record")
        if not isinstance(o, dict):
            return ("refused", "record")

        def text(k):
            v = o.get(k)
            if isinstance(v, bool):
                return "1" if v else "0"
            if isinstance(v, (int, float)):
                return str(v) if not isinstance(v, float) or not v.is_integer() else str(int(v)) if abs(v) < 1e15 else str(v)
            return v if isinstance(v, str) else ""

        def texts(*keys):
            out = []
            for k in keys:
                v = o.get(k)
                out += split_list(v) if isinstance(v, str) else [x for x in v if isinstance(x, str)] if isinstance(v, list) else []
            return out
        if not text("id"):
            return ("refused", "record")
        if not text("event"):
            return ("refused", "record")
        date = parse_date(text("date"))
        if date is None:
            return ("refused", "date")
        meaning = self.plover_meaning(text("event"), text("mode"), texts("context", "contexts"), text("quad"))
        if meaning is None:
            return ("refused", "code")
        x = 0.0
        if "intensity" in o:
            try:
                x = float(text("intensity"))
            except ValueError:
                return ("refused", "number")
            if not math.isfinite(x) or abs(x) > 10:
                return ("refused", "number")
        a = self.resolve(text("actor"), text("actor_country"), "", texts("actor_sector", "actor_sectors"))
        b = self.resolve(text("recipient"), text("recipient_country"), "", texts("recipient_sector", "recipient_sectors"))
        cue = "PLOVER " + text("event").upper() + (" " + text("mode") if text("mode") else "")
        return self.tie(a, b, self.event(meaning, date, text("id"), document, x, url=text("url"), cue=cue))

    def line(self, line, document, first):
        if line.endswith("\r"):
            line = line[:-1]
        if not line:
            return None
        if self.fmt in ("icews", "polecat") and first:
            return None  # the header (checked on the driver)
        if self.fmt == "plover":
            return self.plover(line, document)
        cols = line.split("\t")
        return {"gdelt": self.gdelt, "icews": self.icews, "polecat": self.polecat}[self.fmt](cols, document)


def mention(cols, events, document):
    if len(cols) != 16:
        return ("refused", "columns")
    ident, sentence = parse_int(cols[0]), parse_int(cols[6])
    if ident is None or ident < 0 or sentence is None or sentence < 0:
        return ("refused", "number")
    offsets = [parse_int(c) for c in cols[7:10]]
    if any(o is None or o < -1 for o in offsets):
        return ("refused", "number")
    e = events.get(str(ident))
    if e is None:
        return ("skipped", "unknownEvent")
    valid = [o for o in offsets if o >= 0]
    out = dict(e)
    out.update(document=document, sentence=sentence, span0=min(valid) if valid else 0, span1=max(valid) + 1 if valid else 1, url=cols[5] or None)
    return out


# --- Spark ------------------------------------------------------------------------------------------

def expand(inputs):
    paths = []
    for p in inputs:
        if "://" in p or not os.path.isdir(p):
            paths.append(p)
        else:
            paths += sorted(os.path.join(p, f) for f in os.listdir(p) if not f.startswith(".") and os.path.isfile(os.path.join(p, f)))
    return paths


def document_name(path, folder):
    """As `geograph events` names a document: its path from the output's folder when it lies under
    it (no `..`), else its file name; never an absolute path."""
    if "://" in path:
        return path.rsplit("/", 1)[-1]
    absolute, base = os.path.normpath(os.path.abspath(path)), os.path.normpath(os.path.abspath(folder or "."))
    if absolute.startswith(base.rstrip("/") + "/"):
        return absolute[len(base.rstrip("/")) + 1:]
    return os.path.basename(absolute)


def lines_of(spark, path, document):
    """(document, first, line) for every line of a file; zip entries read with zipfile on an executor."""
    sc = spark.sparkContext
    if path.lower().endswith(".zip"):
        def unzip(pair):
            _, content = pair
            try:
                archive = zipfile.ZipFile(io.BytesIO(content))
            except zipfile.BadZipFile:
                return
            for info in archive.infolist():
                if info.is_dir():
                    continue
                with archive.open(info) as f:
                    for i, raw in enumerate(io.TextIOWrapper(f, encoding="utf-8", errors="replace", newline="\n")):
                        yield (document, i == 0, raw.rstrip("\n"))
        return sc.binaryFiles(path).flatMap(unzip)
    rdd = sc.textFile(path).zipWithIndex()
    return rdd.map(lambda p: (document, p[1] == 0, p[0]))


def run_job(spark, fmt, inputs, prefix, mapping, actors, window, evidence, mention_events):
    from pyspark.sql import Window, functions as F, types as T

    sc = spark.sparkContext
    bm, ba = sc.broadcast(mapping), sc.broadcast(actors)
    paths = expand(inputs)
    names = [document_name(p, os.path.dirname(prefix)) for p in paths]
    base_format = "gdelt" if fmt == "gdelt-mentions" else fmt
    if fmt == "gdelt-mentions":
        ev_rdd = sc.union([lines_of(spark, p, "") for p in expand(mention_events)])

        def keep_events(it):
            rows = Rows("gdelt", bm.value, ba.value, window)
            for _, first, line in it:
                r = rows.line(line, "", first)
                if isinstance(r, dict):
                    yield (r["id"], r)
        events = sc.broadcast(dict(ev_rdd.mapPartitions(keep_events).collect()))

        def parse(it):
            for document, _, line in it:
                line = line[:-1] if line.endswith("\r") else line
                if line:
                    yield mention(line.split("\t"), events.value, document)
    else:
        def parse(it):
            rows = Rows(base_format, bm.value, ba.value, window)
            for document, first, line in it:
                r = rows.line(line, document, first)
                if r is not None:
                    yield r
    rdd = sc.union([lines_of(spark, p, n) for p, n in zip(paths, names)]).mapPartitions(parse).cache()
    outcomes = dict(rdd.filter(lambda r: not isinstance(r, dict)).map(lambda r: (r[0] + " " + r[1], 1)).reduceByKey(lambda a, b: a + b).collect())
    schema = T.StructType([T.StructField(n, t) for n, t in [
        ("source", T.StringType()), ("target", T.StringType()), ("layer", T.StringType()), ("polarity", T.StringType()),
        ("type", T.StringType()), ("window", T.StringType()), ("date", T.StringType()), ("id", T.StringType()),
        ("document", T.StringType()), ("sentence", T.LongType()), ("span0", T.LongType()), ("span1", T.LongType()),
        ("url", T.StringType()), ("cue", T.StringType()), ("strength", T.DoubleType())]])
    events_df = spark.createDataFrame(rdd.filter(lambda r: isinstance(r, dict)).map(lambda r: tuple(r[f.name] for f in schema.fields)), schema)
    key = ["source", "target", "layer", "polarity"]
    per_type = events_df.groupBy(key + ["window", "type"]).agg(F.count("*").alias("n"), F.sum("strength").alias("s"))
    per_window = per_type.groupBy(key + ["window"]).agg(
        F.sum("n").alias("events"), F.sum("s").alias("intensity"),
        F.sort_array(F.collect_list(F.struct("type", "n"))).alias("types"))
    ties = per_window.groupBy(key).agg(
        F.sum("events").alias("reports"), F.sum("intensity").alias("intensity"),
        F.sort_array(F.collect_list(F.struct("window", "events", "intensity", "types"))).alias("windows"))
    mean = F.least(F.lit(1.0), F.greatest(F.lit(0.0), F.col("intensity") / F.col("reports")))
    ties = ties.withColumn("weight", F.lit(CEILING) * mean * (F.lit(1.0) - F.exp(-F.col("reports") / F.lit(SATURATION))))
    order = Window.partitionBy(*key).orderBy("date", "id", "document", "sentence", "span0", F.coalesce(F.col("url"), F.lit("")))
    kept = events_df.withColumn("rank", F.row_number().over(order)).where(F.col("rank") <= evidence)
    evidence_df = kept.groupBy(key).agg(F.sort_array(F.collect_list(F.struct(
        "rank", "document", "sentence", "span0", "span1", "cue", "type", "date", "id", "url"))).alias("evidence"))
    result = ties.join(evidence_df, key, "left").orderBy(*key)
    result = result.withColumn("evidence", F.coalesce(F.col("evidence"), F.array()))
    for f in [prefix + ".parquet"]:
        shutil.rmtree(f, ignore_errors=True)
    result.select(key + ["weight", "reports", "windows", "evidence"]).write.mode("overwrite").parquet(prefix + ".parquet")
    single(result.select(*key, "weight").coalesce(1), prefix + ".tsv", "csv", header=True, sep="\t")
    single(result.select(key + ["weight", "reports", "windows", "evidence"]).coalesce(1), prefix + ".jsonl", "json")
    rdd.unpersist()
    return outcomes


def single(df, target, kind, **options):
    """Writes a one-partition DataFrame to one file at `target` (through a temporary folder and a rename)."""
    folder = tempfile.mkdtemp(prefix=".spark-", dir=os.path.dirname(os.path.abspath(target)) or ".")
    try:
        writer = df.write.mode("overwrite")
        for k, v in options.items():
            writer = writer.option(k, v)
        getattr(writer, kind)(folder + "/out")
        part = [p for p in glob.glob(folder + "/out/part-*") if not p.endswith(".crc")]
        if kind == "csv":
            with open(part[0], encoding="utf-8") as f:
                text = f.read()
            with open(part[0], "w", encoding="utf-8") as f:
                f.write(text.replace('"', ""))
        os.replace(part[0], target)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--format", choices=["gdelt", "gdelt-mentions", "icews", "polecat", "plover"])
    ap.add_argument("--input", action="append", default=[])
    ap.add_argument("--tsv")
    ap.add_argument("--job", nargs=3, action="append", default=[], metavar=("FORMAT", "INPUTS", "PREFIX"))
    ap.add_argument("--events", action="append", default=[], help="for gdelt-mentions: the GDELT 2.0 event files")
    ap.add_argument("--window", choices=["month", "quarter", "year"], default="month")
    ap.add_argument("--evidence", type=int, default=5)
    ap.add_argument("--mapping", default="Graphs/event-types.yaml")
    ap.add_argument("--actor-codes", default="Graphs/event-actors.yaml")
    ap.add_argument("--master", default=None, help="e.g. local[2]; default: what spark-submit gives")
    ap.add_argument("--partitions", type=int, default=None, help="shuffle partitions (default: Spark's)")
    args = ap.parse_args(argv)
    jobs = [(f, i.split(","), p) for f, i, p in args.job]
    if args.format:
        if not args.input or not args.tsv:
            ap.error("--format needs --input and --tsv")
        jobs.append((args.format, args.input, args.tsv[:-4] if args.tsv.endswith(".tsv") else args.tsv))
    if not jobs:
        ap.error("give --format/--input/--tsv or --job")
    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName("geograph-aggregate-events")
    if args.master:
        builder = builder.master(args.master)
    builder = builder.config("spark.sql.shuffle.partitions", str(args.partitions or 4 if args.master and args.master.startswith("local") else args.partitions or 200))
    builder = builder.config("spark.ui.enabled", "false")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    mapping, actors = load_mapping(args.mapping), load_actors(args.actor_codes)
    for fmt, inputs, prefix in jobs:
        outcomes = run_job(spark, fmt, inputs, prefix, mapping, actors, args.window, args.evidence, args.events)
        summary = ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())) or "no row refused or set aside"
        print(f"aggregate_events: {fmt} {','.join(inputs)} -> {prefix}.tsv, {prefix}.parquet, {prefix}.jsonl ({summary})", file=sys.stderr)
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
