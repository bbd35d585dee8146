#!/usr/bin/env python3
"""Times python-igraph and networkit on a GeoGraph TSV edge list, single-threaded, the way
Scripts/bench-centrality.sh compares them with geograph. Prints one line of JSON:
{"load": seconds, "compute": seconds} for the library and measure given.

The graph is taken as GeoGraph takes it: directed, parallel rows summed into one weight.
Usage: bench_peers.py igraph|networkit pagerank|betweenness|closeness FILE [TOL]
PageRank stops as NetworkX (and geograph) do: when the L1 change falls below n × TOL.
"""
import json
import sys
import time

lib, measure, path = sys.argv[1:4]
tol = float(sys.argv[4]) if len(sys.argv) > 4 else 1e-6
t0 = time.perf_counter()
weights = {}
ids = {}
with open(path) as f:
    next(f)
    for line in f:
        s, t, _, _, w = line.rstrip("\n").split("\t")
        a = ids.setdefault(s, len(ids))
        b = ids.setdefault(t, len(ids))
        weights[(a, b)] = weights.get((a, b), 0.0) + float(w)
edges = list(weights.keys())
ws = [weights[e] for e in edges]
n = len(ids)

if lib == "igraph":
    import igraph as ig
    ig.set_random_number_generator(None) if False else None
    g = ig.Graph(n=n, edges=edges, directed=True)
    g.es["weight"] = ws
    g.es["length"] = [1.0 / w for w in ws]
    t1 = time.perf_counter()
    if measure == "pagerank":
        g.pagerank(weights="weight", damping=0.85)
    elif measure == "betweenness":
        g.betweenness(weights="length", directed=True)
    elif measure == "closeness":
        g.closeness(weights="length", mode="in")
else:
    import networkit as nk
    nk.setNumberOfThreads(1)
    g = nk.Graph(n, weighted=True, directed=True)
    for (a, b), w in zip(edges, ws):
        g.addEdge(a, b, w)
    t1 = time.perf_counter()
    if measure == "pagerank":
        pr = nk.centrality.PageRank(g, damp=0.85, tol=n * tol, distributeSinks=nk.centrality.SinkHandling.DistributeSinks)
        pr.norm = nk.centrality.Norm.L1_NORM
        pr.run()
        print(json.dumps({"iterations": pr.numberOfIterations()}), file=sys.stderr)
    elif measure == "betweenness":
        h = nk.Graph(n, weighted=True, directed=True)
        for (a, b), w in zip(edges, ws):
            h.addEdge(a, b, 1.0 / w)
        t1 = time.perf_counter()
        nk.centrality.Betweenness(h, normalized=True).run()
    elif measure == "closeness":
        nk.centrality.Closeness(g, True, nk.centrality.ClosenessVariant.GENERALIZED).run()
t2 = time.perf_counter()
print(json.dumps({"load": t1 - t0, "compute": t2 - t1}))
