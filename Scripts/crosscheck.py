#!/usr/bin/env python3
"""Regenerates the cross-check data: inputs and NetworkX's answers, stored under
Tests/GeoGraphTests/Fixtures/crosscheck/ so the Swift tests can compare without Python.

Graphs: the Central Asia reference graph (read from Graphs/central-asia.yaml; not copied), Zachary's
karate club, Padgett's Florentine families (marriage and business as two layers), Les Misérables, and
a random directed weighted graph with dangling nodes, no self-loops and several components.

Every graph is taken as GeoGraph takes it: a directed graph whose edge (u, v) weighs the sum of the
weights of the ties from u to v over all layers (a symmetric tie counts both ways). Undirected data
sets are stored with both directions. Usage: python3 Scripts/crosscheck.py
"""
import json
import math
import os
import random

import networkx as nx
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "GeoGraphTests", "Fixtures", "crosscheck")
TOL = 1e-10

# Padgett's Florentine business ties (UCINET PADGB, 15 undirected ties among 16 families).
FLORENTINE_BUSINESS = [("Barbadori", "Castellani"), ("Barbadori", "Ginori"), ("Barbadori", "Medici"),
                       ("Barbadori", "Peruzzi"), ("Bischeri", "Guadagni"), ("Bischeri", "Lamberteschi"),
                       ("Bischeri", "Peruzzi"), ("Castellani", "Lamberteschi"), ("Castellani", "Peruzzi"),
                       ("Ginori", "Medici"), ("Guadagni", "Lamberteschi"), ("Lamberteschi", "Peruzzi"),
                       ("Medici", "Pazzi"), ("Medici", "Salviati"), ("Medici", "Tornabuoni")]


def slug(name):
    out = "".join(c.lower() if c.isalnum() else "-" for c in str(name))
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-") or "n"


def rows_undirected(graph, layer, weight_of):
    rows = []
    for u, v, d in graph.edges(data=True):
        w = weight_of(d)
        rows.append((slug(u), slug(v), layer, "+", w))
        rows.append((slug(v), slug(u), layer, "+", w))
    return rows


def build(rows):
    """The combined digraph: edge weights summed over rows, nodes in order of first appearance."""
    g = nx.DiGraph()
    for u, v, _, _, w in rows:
        for x in (u, v):
            if x is not None and x not in g:
                g.add_node(x)
        if v is None:
            continue
        if g.has_edge(u, v):
            g[u][v]["weight"] += w
        else:
            g.add_edge(u, v, weight=w)
    for u, v, d in g.edges(data=True):
        d["length"] = 1.0 / d["weight"]
    return g


def widest(g, s, t):
    best = {s: math.inf}
    done = set()
    while True:
        cand = [(b, n) for n, b in best.items() if n not in done]
        if not cand:
            return None
        b, n = max(cand, key=lambda x: (x[0], [-ord(c) for c in x[1]]))
        if n == t:
            return b
        done.add(n)
        for m in g.successors(n):
            nb = min(b, g[n][m]["weight"])
            if nb > best.get(m, -1):
                best[m] = nb


def measures(g):
    n = g.number_of_nodes()
    eig_alpha = None
    try:
        lam = max(abs(x) for x in nx.adjacency_spectrum(g, weight=None))
        katz_alpha = min(0.1, 0.5 / lam) if lam > 0 else 0.1
    except Exception:
        katz_alpha = 0.1
    out = {
        "in-degree": nx.in_degree_centrality(g),
        "out-degree": nx.out_degree_centrality(g),
        "in-strength": dict(g.in_degree(weight="weight")),
        "out-strength": dict(g.out_degree(weight="weight")),
        "pagerank": nx.pagerank(g, tol=TOL, max_iter=10000),
        "betweenness": nx.betweenness_centrality(g),
        "betweenness-weighted": nx.betweenness_centrality(g, weight="length"),
        "closeness": nx.closeness_centrality(g),
        "closeness-weighted": nx.closeness_centrality(g, distance="length"),
        "harmonic": nx.harmonic_centrality(g),
        "harmonic-weighted": nx.harmonic_centrality(g, distance="length"),
        "katz": nx.katz_centrality(g, alpha=katz_alpha, tol=TOL, max_iter=100000),
    }
    try:
        out["eigenvector"] = nx.eigenvector_centrality(g, tol=TOL, max_iter=100000)
    except nx.PowerIterationFailedConvergence:
        pass
    hubs, auth = nx.hits(g, tol=1e-12, max_iter=100000)
    out["hubs"], out["authorities"] = hubs, auth
    return {k: {str(a): float(b) for a, b in v.items()} for k, v in out.items()}, katz_alpha


def paths(g, pairs):
    maxw = max(d["weight"] for _, _, d in g.edges(data=True))
    for u, v, d in g.edges(data=True):
        d["cost"] = -math.log(d["weight"] / maxw)
    result = []
    for s, t in pairs:
        entry = {"source": s, "target": t}
        try:
            entry["hops"] = nx.shortest_path_length(g, s, t)
            entry["strongest"] = math.exp(-nx.shortest_path_length(g, s, t, weight="cost"))
            ks = []
            for p in nx.shortest_simple_paths(g, s, t, weight="cost"):
                ks.append(math.exp(-sum(g[a][b]["cost"] for a, b in zip(p, p[1:]))))
                if len(ks) == 3:
                    break
            entry["k3"] = ks
            entry["widest"] = widest(g, s, t)
            entry["simple_paths_4"] = sum(1 for _ in nx.all_simple_paths(g, s, t, cutoff=4))
        except nx.NetworkXNoPath:
            entry["hops"] = None
        result.append(entry)
    return result


def write(name, rows, pair_count=6, seed=7, tsv=True):
    g = build(rows)
    values, katz_alpha = measures(g)
    rng = random.Random(seed)
    nodes = list(g.nodes)
    pairs = []
    while len(pairs) < pair_count:
        s = rng.choice(nodes)
        reach = sorted(nx.descendants(g, s))
        # mostly reachable pairs, and one that is not, so "no path" is checked too
        if len(pairs) == pair_count - 1:
            others = [t for t in nodes if t not in reach and t != s]
            if others:
                pairs.append((s, rng.choice(others)))
                continue
        if reach:
            pairs.append((s, rng.choice(reach)))
    data = {"name": name, "nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "katz_alpha": katz_alpha,
            "tolerance": TOL, "measures": values, "paths": paths(g, pairs)}
    if tsv:
        with open(os.path.join(OUT, name + ".tsv"), "w") as f:
            f.write("source\ttarget\tlayer\tpolarity\tweight\n")
            for u, v, layer, pol, w in rows:
                f.write(f"{u}\t{v}\t{layer}\t{pol}\t{w!r}\n")
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)
    print(f"{name}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")


def central_asia_rows():
    with open(os.path.join(ROOT, "Graphs", "central-asia.yaml")) as f:
        graph = yaml.safe_load(f)
    rows = [(a, None, None, None, None) for a in graph["actors"]]  # every actor is a node, tied or not
    for t in graph["ties"]:
        rows.append((t["source"], t["target"], t["layer"], "+" if t["polarity"] == "cooperation" else "-", t["weight"]))
        if t.get("symmetric"):
            rows.append((t["target"], t["source"], t["layer"], "+" if t["polarity"] == "cooperation" else "-", t["weight"]))
    return rows


def random_rows(seed=11):
    rng = random.Random(seed)
    rows = []
    # three components of 40, 25 and 10 nodes; a tenth of the nodes have no out-edges
    for base, size, edges in [(0, 40, 160), (40, 25, 80), (65, 10, 20)]:
        nodes = [f"r{base + i}" for i in range(size)]
        sinks = set(rng.sample(nodes, max(1, size // 10)))
        made = set()
        while len(made) < edges:
            u, v = rng.sample(nodes, 2)
            if u in sinks or (u, v) in made:
                continue
            made.add((u, v))
            rows.append((u, v, rng.choice(["security", "economic", "diplomatic"]), rng.choice("+-"),
                         round(rng.uniform(0.05, 1.0), 3)))
    return rows


def main():
    os.makedirs(OUT, exist_ok=True)
    ca = central_asia_rows()
    g = build(ca)
    data_pairs = [("china", "kyrgyzstan"), ("russia", "tajikistan"), ("usa", "kazakhstan"), ("eu", "china"),
                  ("turkey", "uzbekistan"), ("kazakhstan", "india")]
    values, katz_alpha = measures(g)
    data = {"name": "central-asia", "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
            "katz_alpha": katz_alpha, "tolerance": TOL, "measures": values, "paths": paths(g, data_pairs)}
    with open(os.path.join(OUT, "central-asia.json"), "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)
    print(f"central-asia: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
    write("karate", rows_undirected(nx.karate_club_graph(), "security", lambda d: d.get("weight", 1) / 7.0))
    fam = nx.florentine_families_graph()
    business = nx.Graph(FLORENTINE_BUSINESS)
    write("florentine", rows_undirected(fam, "diplomatic", lambda d: 1.0) + rows_undirected(business, "economic", lambda d: 0.5))
    write("lesmis", rows_undirected(nx.les_miserables_graph(), "diplomatic", lambda d: d["weight"] / 31.0))
    write("random", random_rows())


if __name__ == "__main__":
    main()
