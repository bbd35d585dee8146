#!/usr/bin/env python3
"""Times `geograph events` against DuckDB (threads = 1) doing the same aggregation from the same file,
in the same run, on one core (taskset -c 0), and reports rows a second and peak memory of each.

Usage: Scripts/bench_events.py [gdelt|icews] [ROWS]     (default: gdelt 10000000)
  The synthetic file is made once by Scripts/gen_synthetic_events.py under $GEOGRAPH_BENCH_DIR
  (default /tmp/geograph-bench); geograph is the release build (swift build -c release).
  Not run in CI: it needs a few GB of disk and minutes of one core.

The same aggregation: map each row's event code (the resolved CAMEO table of Graphs/event-types.yaml)
and its two actors (Graphs/event-actors.yaml: known group, else country when the actor is the
country or a state sector), drop rows without two different mapped actors, count events and sum
strength per (source, target, layer, polarity, month, type), and keep each tie's first 5 events by
(date, id). Both write their result to a file.
"""
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Scripts", "spark"))
from aggregate_events import load_actors, load_mapping  # noqa: E402


def timed(command, env=None):
    """Runs a command under /usr/bin/time on core 0; returns (wall seconds, CPU seconds, peak MB)."""
    pin = ["taskset", "-c", "0"] if os.path.exists("/usr/bin/taskset") else []
    out = tempfile.NamedTemporaryFile(delete=False)
    subprocess.run(pin + ["/usr/bin/time", "-f", "%e %U %S %M", "-o", out.name] + command, check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall, user, system, kb = open(out.name).read().split()[-4:]
    os.unlink(out.name)
    return float(wall), float(user) + float(system), int(kb) / 1024


DUCKDB_GDELT = """
import duckdb, sys, json
con = duckdb.connect()
con.execute("SET threads = 1")
tables = json.load(open(sys.argv[2]))
con.execute("CREATE TABLE cameo(code VARCHAR, type VARCHAR, quad INTEGER, layer VARCHAR)")
con.executemany("INSERT INTO cameo VALUES (?, ?, ?, ?)", tables["cameo"])
con.execute("CREATE TABLE alpha3(code VARCHAR, id VARCHAR)")
con.executemany("INSERT INTO alpha3 VALUES (?, ?)", tables["alpha3"])
columns = "{" + ", ".join(f"'c{i}': 'VARCHAR'" for i in range(61)) + "}"
con.execute(f'''
CREATE TABLE ev AS
SELECT a.source, a.target, a.layer,
       CASE WHEN a.quad <= 2 THEN 'cooperation' ELSE 'tension' END AS polarity,
       a.type, a.d, a.id, a.url, (LEAST(10, ABS(a.g)) + 1) / 11 AS strength
FROM (
  SELECT COALESCE(g1.id, CASE WHEN c5 = c7 OR c12 IN ('GOV', 'MIL', 'COP', 'SPY') THEN k1.id END) AS source,
         COALESCE(g2.id, CASE WHEN c15 = c17 OR c22 IN ('GOV', 'MIL', 'COP', 'SPY') THEN k2.id END) AS target,
         m.layer, m.type, COALESCE(TRY_CAST(c29 AS INTEGER), m.quad) AS quad, COALESCE(TRY_CAST(c30 AS DOUBLE), 0) AS g,
         strptime(c1, '%Y%m%d') AS d, c0 AS id, c60 AS url
  FROM read_csv('{sys.argv[1]}', delim = '\\t', header = false, quote = '', escape = '', auto_detect = false, columns = {columns})
  JOIN cameo m ON m.code = c26
  LEFT JOIN alpha3 g1 ON g1.code = c8 LEFT JOIN alpha3 k1 ON k1.code = c7
  LEFT JOIN alpha3 g2 ON g2.code = c18 LEFT JOIN alpha3 k2 ON k2.code = c17
  WHERE m.type IS NOT NULL
) a
WHERE a.source IS NOT NULL AND a.target IS NOT NULL AND a.source <> a.target
''')
con.execute(f'''COPY (SELECT source, target, layer, polarity, strftime(d, '%Y-%m') AS window, type, count(*) AS events, sum(strength) AS intensity
    FROM ev GROUP BY ALL) TO '{sys.argv[3]}.windows.csv' ''')
con.execute(f'''COPY (SELECT source, target, layer, polarity, d, id, url FROM ev
    QUALIFY row_number() OVER (PARTITION BY source, target, layer, polarity ORDER BY d, id) <= 5) TO '{sys.argv[3]}.evidence.csv' ''')
"""

DUCKDB_ICEWS = """
import duckdb, sys, json
con = duckdb.connect()
con.execute("SET threads = 1")
tables = json.load(open(sys.argv[2]))
con.execute("CREATE TABLE cameo(code VARCHAR, type VARCHAR, quad INTEGER, layer VARCHAR)")
con.executemany("INSERT INTO cameo VALUES (?, ?, ?, ?)", tables["cameo"])
con.execute("CREATE TABLE names(name VARCHAR, id VARCHAR, state BOOLEAN)")
con.executemany("INSERT INTO names VALUES (?, ?, ?)", tables["names"])
con.execute("CREATE TABLE sectors(word VARCHAR)")
con.executemany("INSERT INTO sectors VALUES (?)", [[w] for w in tables["sectors"]])
names = ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity",
         "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
         "Province", "Country", "Latitude", "Longitude"]
columns = "{" + ", ".join(f"'c{i}': 'VARCHAR'" for i in range(20)) + "}"
con.execute(f'''
CREATE TABLE ev AS
SELECT a.source, a.target, a.layer, CASE WHEN a.quad <= 2 THEN 'cooperation' ELSE 'tension' END AS polarity, a.type, a.d, a.id,
       (LEAST(10, ABS(a.g)) + 1) / 11 AS strength
FROM (
  SELECT COALESCE(n1.id, CASE WHEN c3 = '' OR EXISTS (SELECT 1 FROM sectors s WHERE list_contains(string_split(lower(c3), ','), s.word)) THEN k1.id END) AS source,
         COALESCE(n2.id, CASE WHEN c9 = '' OR EXISTS (SELECT 1 FROM sectors s WHERE list_contains(string_split(lower(c9), ','), s.word)) THEN k2.id END) AS target,
         m.layer, m.type, m.quad, COALESCE(TRY_CAST(c7 AS DOUBLE), 0) AS g, CAST(c1 AS DATE) AS d, c0 AS id
  FROM read_csv('{sys.argv[1]}', delim = '\\t', header = true, quote = '', escape = '', auto_detect = false, columns = {columns})
  JOIN cameo m ON m.code = c6
  LEFT JOIN names n1 ON n1.name = lower(c2) LEFT JOIN names k1 ON k1.name = lower(c4) AND k1.state
  LEFT JOIN names n2 ON n2.name = lower(c8) LEFT JOIN names k2 ON k2.name = lower(c10) AND k2.state
  WHERE m.type IS NOT NULL
) a
WHERE a.source IS NOT NULL AND a.target IS NOT NULL AND a.source <> a.target
''')
con.execute(f'''COPY (SELECT source, target, layer, polarity, strftime(d, '%Y-%m') AS window, type, count(*) AS events, sum(strength) AS intensity
    FROM ev GROUP BY ALL) TO '{sys.argv[3]}.windows.csv' ''')
con.execute(f'''COPY (SELECT source, target, layer, polarity, d, id FROM ev
    QUALIFY row_number() OVER (PARTITION BY source, target, layer, polarity ORDER BY d, id) <= 5) TO '{sys.argv[3]}.evidence.csv' ''')
"""


def main():
    try:
        import duckdb  # noqa: F401
    except ImportError:
        sys.exit("bench_events: the peer is DuckDB from PyPI: pip install duckdb")
    kind = sys.argv[1] if len(sys.argv) > 1 else "gdelt"
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000_000
    folder = os.environ.get("GEOGRAPH_BENCH_DIR", "/tmp/geograph-bench")
    os.makedirs(folder, exist_ok=True)
    name = f"{'gdelt2' if kind == 'gdelt' else 'icews'}-{rows // 1_000_000}m" if rows >= 1_000_000 else f"{kind}-{rows}"
    data = os.path.join(folder, name + (".CSV" if kind == "gdelt" else ".tab"))
    if not os.path.exists(data):
        subprocess.run([sys.executable, os.path.join(ROOT, "Scripts", "gen_synthetic_events.py"), kind, str(rows), data], check=True)
    binary = os.environ.get("GEOGRAPH_BINARY", os.path.join(ROOT, ".build", "release", "geograph"))
    if not os.path.exists(binary):
        sys.exit("bench_events: build the release binary first (swift build -c release --product geograph) or set GEOGRAPH_BINARY")
    mapping = load_mapping(os.path.join(ROOT, "Graphs", "event-types.yaml"))
    actors = load_actors(os.path.join(ROOT, "Graphs", "event-actors.yaml"))
    tables = {
        "cameo": [[c, None if r is None else mapping["types"][r[0]], None if r is None else r[1], None if r is None else r[2]] for c, r in mapping["cameo"].items()],
        "alpha3": [[c, i] for c, i in actors["alpha3"].items()],
        "names": [[n, i, actors["kinds"].get(i) == "state"] for n, i in actors["names"].items()],
        "sectors": sorted(actors["sector_words"]),
    }
    table_file = os.path.join(folder, "tables.json")
    import json
    json.dump(tables, open(table_file, "w"))
    script = os.path.join(folder, f"duckdb_{kind}.py")
    open(script, "w").write(DUCKDB_GDELT if kind == "gdelt" else DUCKDB_ICEWS)
    subprocess.run(["cat", data], stdout=subprocess.DEVNULL, check=True)  # warm the page cache for both
    out = os.path.join(folder, "out")
    g_wall, g_seconds, g_mb = timed([binary, "events", kind, data, "-o", out + ".json", "--unmapped", out + ".unmapped.tsv"])
    d_wall, d_seconds, d_mb = timed([sys.executable, script, data, table_file, out + ".duckdb"])
    print(f"{kind} {rows:,} rows ({os.path.getsize(data) / 1e9:.2f} GB), one core (taskset -c 0), same run:")
    print("  (rows/s per CPU second: user + system time, so that other load on the machine does not count; wall time beside it)")
    print(f"  geograph events  CPU {g_seconds:7.1f} s  wall {g_wall:7.1f} s  {rows / g_seconds / 1e6:5.2f} M rows/s  peak {g_mb:6.0f} MB")
    print(f"  duckdb threads=1 CPU {d_seconds:7.1f} s  wall {d_wall:7.1f} s  {rows / d_seconds / 1e6:5.2f} M rows/s  peak {d_mb:6.0f} MB")
    print(f"  geograph / duckdb CPU time: {g_seconds / d_seconds:.2f}")


if __name__ == "__main__":
    main()
