#!/usr/bin/env python3
"""Writes a synthetic GDELT 2.0 events file (61 tab-separated columns, no header) or an ICEWS file
(20 columns under a header) for benchmarks, with fixed parameters: 250 actors (204 CAMEO country or
known-group codes that Graphs/event-actors.yaml maps and 46 that it does not), 5 years (2019-2023),
ordered dyads drawn from a Zipf-like distribution (rank r has weight r^-1.1, ranks shuffled with a fixed
seed), actor types (none 45 %, GOV 30 %, MIL 10 %, BUS 8 %, MED 7 %), and 20 CAMEO codes with their quad
class and Goldstein score. Rows are in date order, as GDELT's daily files are.

Usage: Scripts/gen_synthetic_events.py gdelt|icews ROWS OUT   (e.g. gdelt 10000000 /tmp/geograph-bench/gdelt2-10m.CSV)
"""
import os
import sys

import numpy as np
import yaml

SEED = 20260601
ACTORS = 250
YEARS = (2019, 2023)
ZIPF = 1.1
CODES = [("010", 1, 0.0), ("020", 1, 3.0), ("036", 1, 4.0), ("040", 1, 1.0), ("042", 1, 1.9), ("043", 1, 2.8), ("046", 1, 7.0),
         ("051", 1, 3.4), ("057", 1, 8.0), ("061", 2, 6.4), ("062", 2, 7.4), ("071", 2, 7.4), ("0311", 1, 5.2), ("111", 3, -2.0),
         ("112", 3, -2.0), ("130", 3, -4.4), ("138", 3, -7.0), ("163", 4, -8.0), ("173", 4, -5.0), ("190", 4, -10.0)]
CODE_P = np.array([8, 6, 4, 10, 8, 6, 4, 5, 2, 4, 3, 3, 4, 7, 6, 3, 2, 3, 4, 3], dtype=float)
TYPES = ["", "GOV", "MIL", "BUS", "MED"]
TYPE_P = np.array([45, 30, 10, 8, 7], dtype=float)
UNMAPPED = ["AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR",
            "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST", "WSB", "GZS", "BAG", "ABW", "AIA", "ASM", "BMU", "COK", "CYM",
            "FLK", "FRO", "GIB", "GLP", "GUM", "HKG", "IMN", "MAC", "MSR", "NCL", "NIU", "PRI"]


def actors(root):
    data = yaml.safe_load(open(os.path.join(root, "Graphs", "event-actors.yaml"), encoding="utf-8"))
    countries = [(s["cameo"], s["names"][0]) for s in data["states"]]
    groups = [(g["cameo"][0], g["names"][0]) for g in data["groups"] if "cameo" in g]
    mapped = countries[: 204 - len(groups)]
    chosen = [(c, n, "") for c, n in mapped] + [("", n, c) for c, n in groups] + [(c, c, "") for c in UNMAPPED]
    assert len(chosen) == ACTORS, len(chosen)
    return chosen


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("gdelt", "icews"):
        print(__doc__, file=sys.stderr)
        return 64
    kind, rows, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    table = actors(root)
    rng = np.random.default_rng(SEED)
    pairs = np.array([(a, b) for a in range(ACTORS) for b in range(ACTORS) if a != b], dtype=np.int32)
    rng.shuffle(pairs)
    weights = 1.0 / np.arange(1, len(pairs) + 1) ** ZIPF
    dyads = rng.choice(len(pairs), size=rows, p=weights / weights.sum())
    codes = rng.choice(len(CODES), size=rows, p=CODE_P / CODE_P.sum())
    types1 = rng.choice(len(TYPES), size=rows, p=TYPE_P / TYPE_P.sum())
    types2 = rng.choice(len(TYPES), size=rows, p=TYPE_P / TYPE_P.sum())
    start = np.datetime64(f"{YEARS[0]}-01-01")
    days = int((np.datetime64(f"{YEARS[1] + 1}-01-01") - start).astype(int))
    dates = np.sort(rng.integers(0, days, size=rows))
    date_text = np.datetime_as_string(start + dates.astype("timedelta64[D]"), unit="D")
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    chunk = 200_000
    with open(out + ".tmp", "w", encoding="utf-8", newline="\n") as f:
        if kind == "icews":
            f.write("Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\t"
                    "Target Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\n")
        sector_word = {"": "", "GOV": "Government", "MIL": "Military", "BUS": "Business", "MED": "Media"}
        for lo in range(0, rows, chunk):
            lines = []
            for i in range(lo, min(rows, lo + chunk)):
                a, b = pairs[dyads[i]]
                (ca, na, ga), (cb, nb, gb) = table[a], table[b]
                code, quad, goldstein = CODES[codes[i]]
                t1, t2 = TYPES[types1[i]], TYPES[types2[i]]
                d = date_text[i]
                if kind == "gdelt":
                    ymd = d[0:4] + d[5:7] + d[8:10]
                    a1 = ("IGO" + ga) if ga else ca + t1
                    a2 = ("IGO" + gb) if gb else cb + t2
                    lines.append(f"{1_000_000_000 + i}\t{ymd}\t{ymd[:6]}\t{ymd[:4]}\t{ymd[:4]}.5000\t{a1}\t{na.upper()}\t{ca}\t{ga}\t\t\t\t"
                                 f"{'IGO' if ga else t1}\t\t\t{a2}\t{nb.upper()}\t{cb}\t{gb}\t\t\t\t{'IGO' if gb else t2}\t\t\t1\t{code}\t{code[:3]}\t{code[:2]}\t"
                                 f"{quad}\t{goldstein}\t6\t1\t6\t-2.35\t4\t{na}\t{ca[:2]}\t{ca[:2]}00\t\t41.9\t12.5\t-123456\t4\t{nb}\t{cb[:2]}\t{cb[:2]}00\t\t"
                                 f"48.8\t2.3\t-654321\t4\t{na}\t{ca[:2]}\t{ca[:2]}00\t\t41.9\t12.5\t-123456\t{ymd}120000\t"
                                 f"https://news.example.com/{ymd[:4]}/{ymd[4:6]}/{ymd[6:]}/world/story-{i:09d}.html\n")
                else:
                    src = na if not t1 else f"{sector_word[t1]} ({na})"
                    dst = nb if not t2 else f"{sector_word[t2]} ({nb})"
                    lines.append(f"{20_000_000 + i}\t{d}\t{src}\t{sector_word[t1]}\t{na if not ga else ''}\tEvent\t{code}\t{goldstein}\t"
                                 f"{dst}\t{sector_word[t2]}\t{nb if not gb else ''}\t{30_000_000 + i}\t{1 + i % 9}\tExample Wire\tCity\t\tProvince\t{nb}\t41.9\t12.5\n")
            f.write("".join(lines))
    os.replace(out + ".tmp", out)
    print(f"wrote {rows} {kind} rows to {out} ({os.path.getsize(out) / 1e9:.2f} GB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
