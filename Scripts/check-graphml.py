#!/usr/bin/env python3
"""Checks that `geograph export --format graphml` loads in NetworkX with the counts `geograph info` reports.

Usage: python3 Scripts/check-graphml.py [GRAPH]   (needs a built geograph: swift build)
Exit 0 when node and edge counts match, 1 otherwise; skips (exit 0) without networkx.
"""
import json
import os
import subprocess
import sys
import tempfile

try:
    import networkx as nx
except ImportError:
    print("check-graphml: networkx not installed; skipped")
    sys.exit(0)

graph = sys.argv[1] if len(sys.argv) > 1 else "Graphs/central-asia.yaml"
binary = os.environ.get("GEOGRAPH_BIN", ".build/debug/geograph")

info = json.loads(subprocess.run([binary, "info", "--graph", graph, "--format", "json"],
                                 check=True, capture_output=True, text=True).stdout)
with tempfile.TemporaryDirectory() as folder:
    out = os.path.join(folder, "g.graphml")
    subprocess.run([binary, "export", "--graph", graph, "--format", "graphml", "-o", out], check=True)
    g = nx.read_graphml(out)

layers = sorted({d["layer"] for _, _, d in g.edges(data=True)})
print(f"networkx: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges ({type(g).__name__}, layers {layers})")
print(f"geograph info: {info['actors']} actors, {info['ties']} ties")
ok = g.number_of_nodes() == info["actors"] and g.number_of_edges() == info["ties"]
print("check-graphml: " + ("counts match" if ok else "COUNTS DIFFER"))
sys.exit(0 if ok else 1)
