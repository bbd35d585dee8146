#!/usr/bin/env python3
"""Agreement between two annotations of the same texts, scored the way `geograph evaluate` scores.

Each graph file is loaded as GeoGraph loads it: ties with the same key (source, target, layer,
polarity, symmetric; a symmetric tie's ends in either order) merge across documents. Then, exactly as
Sources/GeoGraphExtraction/Evaluation.swift does:
- directed ties: a tie has the key (source, target, layer, polarity), a symmetric tie also the
  reverse; a tie of B is correct when one of its keys is a key of A, a tie of A is found when one
  of its keys is a key of B. Precision = correct / ties of B, recall = found / ties of A;
- pairs: the unordered actor pairs the ties join; actors: the actors at the ends of ties.
B is scored against A; F1 is symmetric (swapping the files swaps precision and recall).

Scores are given overall, per layer (only that layer's ties on both sides), per half and per region
of the development set (the ties citing a document of that half or region, as `evaluate` scores per
document), and sign agreement on the (pair, layer) cells both readings tie: the share where the two
give the same polarities; and, on the (document, pair, layer, polarity) cells both tie, how often
direction, strength and event types agree too. The tables are printed raw and with persons (and agents: Wagner, the
Taliban from 2021-08-15) rolled up to the actor they `represent` on the document's date, followed to the
end (the guide: scores compare at state level; an actor without `represents` stays, a tie that rolls up
into a self-loop is dropped).

Actor ids are the gazetteer's; an actor the gazetteer lacks may have been declared under different
ids by the two readings. ALIASES maps such ids onto one (the id mapped is never a gazetteer id; the
one mapped onto may since have joined the gazetteer; each alias says why).

Usage:
  python3 Scripts/annotation_agreement.py A.yaml B.yaml [--split Graphs/dev-set.tsv] [--diff]
--diff also lists, document by document, the ties only one reading holds (raw ids, after aliases).
Exit status: 0, 1 for a file that cannot be read, 64 for a usage error.
"""
import argparse
import csv
import os
import sys
from collections import defaultdict

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAYERS = ["security", "economic", "diplomatic"]

# Ids the two readings gave to one actor the gazetteer lacks -> the id both are compared under.
ALIASES = {
    # Egypt's president Abdel Fattah el-Sisi (d16): reading a declared `el-sisi`, reading b
    # `abdel-fattah-el-sisi`; same person, same `represents: egypt`. The full-name slug is kept, as
    # for every other declared person in both readings.
    "el-sisi": "abdel-fattah-el-sisi",
    # The European Investment Bank (held-out set, h04): reading a declared `european-investment-bank`,
    # reading b `eib`; same organisation. The full-name id of reading a (and of the gold) is kept.
    "eib": "european-investment-bank",
    # Yemen's Southern Transitional Council (held-out set 7, r08): reading a declared `stc`, reading b
    # `southern-transitional-council`; same movement. The full-name id of reading b (and of the gold)
    # is kept, as for the EIB.
    "stc": "southern-transitional-council",
}


class DataError(Exception):
    """A file that cannot be read as a graph file; the message names the file and what was wrong."""


def fail(message, status):
    print(f"annotation_agreement: {message}", file=sys.stderr)
    sys.exit(status)


def read_yaml(path):
    try:
        with open(path, encoding="utf-8") as f:
            return yaml.safe_load(f)
    except OSError as e:
        raise DataError(f"{path}: cannot read ({e.strerror})")
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise DataError(f"{path}{line}: not YAML ({getattr(e, 'problem', e)})")


class Reading:
    """One graph file: its actors (gazetteer and declared), document dates, and tie records."""

    def __init__(self, path):
        self.path = path
        g = read_yaml(path)
        if not isinstance(g, dict) or not isinstance(g.get("ties"), list):
            raise DataError(f"{path}: expected a graph file with a `ties:` list")
        self.title = g.get("title", os.path.basename(path))
        self.actors = {}        # id -> actor mapping (gazetteer entries and declared ones)
        self.gazetteer_ids = set()
        gazetteer = g.get("gazetteer")
        if gazetteer:
            gpath = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(path)), gazetteer))
            if os.path.dirname(gpath) != os.path.dirname(os.path.abspath(path)):
                raise DataError(f"{path}: gazetteer `{gazetteer}` reads outside the file's folder")
            for a in (read_yaml(gpath) or {}).get("actors") or []:
                self.actors[a["id"]] = a
                self.gazetteer_ids.add(a["id"])
        for k, a in enumerate(g.get("actors") or []):
            if isinstance(a, dict):
                if "id" not in a:
                    raise DataError(f"{path}: actors[{k}] declares an actor without `id`")
                self.actors[a["id"]] = a
            elif a not in self.actors:
                raise DataError(f"{path}: actors[{k}] `{a}` is neither a gazetteer id nor declared")
        self.dates = {d["file"]: str(d.get("date", "")) for d in g.get("documents") or []}
        self.records = []       # (source, target, layer, polarity, symmetric, doc)
        self.details = []       # (weight, event types) of each record, in step with `records`
        for k, t in enumerate(g["ties"]):
            try:
                s, d, layer, pol = t["source"], t["target"], t["layer"], t["polarity"]
            except (KeyError, TypeError):
                raise DataError(f"{path}: ties[{k}] lacks source, target, layer or polarity")
            for end in (s, d):
                if end not in self.actors:
                    raise DataError(f"{path}: ties[{k}] names `{end}`, not an actor of the file")
            if layer not in LAYERS or pol not in ("cooperation", "tension"):
                raise DataError(f"{path}: ties[{k}] has layer `{layer}` / polarity `{pol}`")
            docs = {e["doc"] for e in t.get("evidence") or []} or {""}
            for doc in sorted(docs):
                self.records.append((s, d, layer, pol, bool(t.get("symmetric")), doc))
                types = {e.get("type") for e in t.get("evidence") or [] if e["doc"] == doc} - {None}
                self.details.append((float(t.get("weight", 0)), frozenset(types)))

    def alias(self, x):
        """The id an actor is compared under: the alias of an id this file declares, else itself."""
        return ALIASES.get(x, x) if x not in self.gazetteer_ids else x

    def rolled(self, x, doc):
        """What an actor acts for on the document's date: its `represents` (a person's state, an agent's
        state, the Taliban's Afghanistan from 2021-08-15), followed to the end; else itself."""
        date = self.dates.get(doc, "")
        seen = {x}
        while True:
            a = self.actors.get(x, {})
            rep = a.get("represents")
            if not rep or not in_term(a.get("term"), date):
                return x
            rep = self.alias(rep)
            if rep in seen:
                return x
            seen.add(rep)
            x = rep

    def ties(self, roll_up):
        """Merged ties: key (source, target, layer, polarity, symmetric) -> documents cited."""
        out = defaultdict(set)
        for s, d, layer, pol, sym, doc in self.records:
            s, d = self.alias(s), self.alias(d)
            if roll_up:
                s, d = self.rolled(s, doc), self.rolled(d, doc)
            if s == d:
                continue
            if sym and d < s:
                s, d = d, s
            out[(s, d, layer, pol, sym)].add(doc)
        return out


def in_term(term, date):
    """Actor.represents(on:): no term or no date, or the date in one of the terms (`[from, until]`, or a
    list of such pairs; a month counts when any of its days does)."""
    if not term or not date:
        return True
    for t in (term if isinstance(term[0], list) else [term]):
        start, end = (str(t[0]) if t[0] else ""), (str(t[1]) if len(t) > 1 and t[1] else "")
        if not ((start and date < start[:len(date)]) or (end and date > end[:len(date)])):
            return True
    return False


def keys(t):
    s, d, layer, pol, sym = t
    k = {(s, d, layer, pol)}
    if sym:
        k.add((d, s, layer, pol))
    return k


def pair(t):
    return tuple(sorted(t[:2]))


class Score:
    def __init__(self, correct, predicted, found, gold):
        self.correct, self.predicted, self.found, self.gold = correct, predicted, found, gold

    @property
    def precision(self):
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self):
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(predicted, gold):
    """Evaluation.score: ties, pairs and actors of `predicted` (B) against `gold` (A)."""
    gold_keys = set().union(*(keys(t) for t in gold)) if gold else set()
    pred_keys = set().union(*(keys(t) for t in predicted)) if predicted else set()
    hits = sum(1 for t in predicted if keys(t) & gold_keys)
    found = sum(1 for t in gold if keys(t) & pred_keys)
    gp, pp = {pair(t) for t in gold}, {pair(t) for t in predicted}
    ga = {x for t in gold for x in t[:2]}
    pa = {x for t in predicted for x in t[:2]}
    return {"ties": Score(hits, len(predicted), found, len(gold)),
            "pairs": Score(len(gp & pp), len(pp), len(gp & pp), len(gp)),
            "actors": Score(len(ga & pa), len(pa), len(ga & pa), len(ga))}


def signs(a, b):
    """Sign agreement on the (pair, layer) cells both readings tie."""
    def cells(ties):
        out = defaultdict(set)
        for t in ties:
            out[(pair(t), t[2])].add(t[3])
        return out
    ca, cb = cells(a), cells(b)
    both = set(ca) & set(cb)
    same = sum(1 for c in both if ca[c] == cb[c])
    opposite = sum(1 for c in both if not ca[c] & cb[c])
    return len(both), same, opposite


def load_split(path):
    regions, halves = defaultdict(set), defaultdict(set)
    try:
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
    except OSError as e:
        raise DataError(f"{path}: cannot read ({e.strerror})")
    for n, row in enumerate(rows, start=2):
        if not row.get("file") or not row.get("region") or not row.get("half"):
            raise DataError(f"{path}:{n}: expected the columns file, region, half")
        regions[row["region"]].add(row["file"])
        halves[row["half"]].add(row["file"])
    order = []
    for row in rows:
        if row["region"] not in order:
            order.append(row["region"])
    return [(r, regions[r]) for r in order], sorted(halves.items())


def f2(x):
    return f"{x:.2f}"


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|"]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def report(a, b, roll_up, regions, halves):
    ta, tb = a.ties(roll_up), b.ties(roll_up)
    la, lb = list(ta), list(tb)
    out = []
    rows = []

    def add(scope, s, what):
        x = s[what]
        rows.append([scope, what, f2(x.precision), f2(x.recall), f2(x.f1), x.gold, x.predicted])

    overall = score(lb, la)
    for what in ("ties", "pairs", "actors"):
        add("all", overall, what)
    for layer in LAYERS:
        s = score([t for t in lb if t[2] == layer], [t for t in la if t[2] == layer])
        for what in ("ties", "pairs", "actors"):
            add(layer, s, what)
    out.append(table(["scope", "what", "precision", "recall", "F1", "A", "B"], rows))

    rows = []
    for name, files in halves + regions:
        s = score([t for t in lb if tb[t] & files], [t for t in la if ta[t] & files])
        rows.append([name, f2(s["ties"].f1), s["ties"].gold, s["ties"].predicted, f2(s["pairs"].f1),
                     s["pairs"].gold, s["pairs"].predicted])
    out.append(table(["half / region", "tie F1", "ties A", "ties B", "pair F1", "pairs A", "pairs B"], rows))

    rows = []
    for scope, xa, xb in [("all", la, lb)] + [(l, [t for t in la if t[2] == l], [t for t in lb if t[2] == l]) for l in LAYERS]:
        n, same, opposite = signs(xa, xb)
        rows.append([scope, n, same, f2(same / n) if n else "-", opposite])
    out.append(table(["layer", "(pair, layer) cells both tie", "same signs", "share", "opposite signs"], rows))
    return "\n\n".join(out)


def summary(a, b):
    """One row per scope: tie, pair and actor F1 and sign agreement, raw and rolled up."""
    rows = []
    views = [(list(a.ties(r)), list(b.ties(r))) for r in (False, True)]
    for scope in ["all"] + LAYERS:
        cells = []
        for what in ("ties", "pairs", "actors"):
            for la, lb in views:
                pick = (lambda ts: ts) if scope == "all" else (lambda ts: [t for t in ts if t[2] == scope])
                cells.append(f2(score(pick(lb), pick(la))[what].f1))
        for la, lb in views:
            pick = (lambda ts: ts) if scope == "all" else (lambda ts: [t for t in ts if t[2] == scope])
            n, same, _ = signs(pick(la), pick(lb))
            cells.append(f2(same / n) if n else "-")
        counts = []
        for la, lb in views:
            pick = (lambda ts: ts) if scope == "all" else (lambda ts: [t for t in ts if t[2] == scope])
            counts.append(f"{len(pick(la))} / {len(pick(lb))}")
        rows.append([scope] + [f"{cells[i]} / {cells[i + 1]}" for i in range(0, len(cells), 2)] + counts)
    return table(["scope", "tie F1", "pair F1", "actor F1", "same sign", "ties A / B (raw)", "ties A / B (rolled up)"], rows)


def attributes(a, b):
    """On the (document, pair, layer, polarity) cells both readings tie: how often they also agree
    on the direction (which ends, symmetric or not), the strength (strongest weight) and the event
    types (the set of `type:` values of the cell's evidence)."""
    def cells(r):
        out = defaultdict(lambda: [set(), 0.0, set()])
        for (s, d, layer, pol, sym, doc), (w, types) in zip(r.records, r.details):
            s, d = r.alias(s), r.alias(d)
            if sym and d < s:
                s, d = d, s
            c = out[(doc, tuple(sorted((s, d))), layer, pol)]
            c[0].add((s, d, sym))
            c[1] = max(c[1], w)
            c[2] |= types
        return out
    ca, cb = cells(a), cells(b)
    both = sorted(set(ca) & set(cb))
    n = len(both)
    rows = [["cells both tie", n, ""]]
    for i, what in enumerate(("same direction / symmetry", "same strength", "same event types")):
        k = sum(1 for c in both if ca[c][i] == cb[c][i])
        rows.append([what, k, f2(k / n) if n else "-"])
    return table(["(document, pair, layer, polarity) cells", "n", "share"], rows)


def diff(a, b):
    """Per document, the (source, target, layer, polarity, symmetric) ties only one reading holds."""
    def per_doc(r):
        out = defaultdict(set)
        for s, d, layer, pol, sym, doc in r.records:
            s, d = r.alias(s), r.alias(d)
            if sym and d < s:
                s, d = d, s
            out[doc].add((s, d, layer, pol, sym))
        return out
    da, db = per_doc(a), per_doc(b)
    lines = []
    for doc in sorted(set(da) | set(db)):
        xa, xb = da[doc], db[doc]
        ka = set().union(*(keys(t) for t in xa)) if xa else set()
        kb = set().union(*(keys(t) for t in xb)) if xb else set()
        only_a = sorted(t for t in xa if not keys(t) & kb)
        only_b = sorted(t for t in xb if not keys(t) & ka)
        s = score(list(xb), list(xa))["ties"]
        lines.append(f"{doc}: A {len(xa)}, B {len(xb)}, tie F1 {f2(s.f1)}")
        for tag, ts in (("A only", only_a), ("B only", only_b)):
            for t in ts:
                lines.append(f"  {tag}: {t[0]} {'<->' if t[4] else '->'} {t[1]} {t[2]} {t[3]}")
    return "\n".join(lines)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("a", help="reading A (the reference side)")
    p.add_argument("b", help="reading B (scored against A)")
    p.add_argument("--split", default=os.path.join(ROOT, "Graphs", "dev-set.tsv"),
                   help="file/region/half table (default Graphs/dev-set.tsv)")
    p.add_argument("--diff", action="store_true", help="also list the ties only one reading holds, per document")
    try:
        args = p.parse_args()
    except SystemExit as e:
        sys.exit(64 if e.code else 0)
    try:
        a, b = Reading(args.a), Reading(args.b)
        regions, halves = load_split(args.split)
    except DataError as e:
        fail(str(e), 1)
    for r in (a, b):
        for alias, target in ALIASES.items():
            if alias in r.gazetteer_ids:
                fail(f"{r.path}: alias {alias} -> {target}: {alias} is a gazetteer id; only declared ids may be aliased", 1)
    used = {x for r in (a, b) for rec in r.records for x in rec[:2]}
    print(f"A = {a.path} ({a.title}); B = {b.path} ({b.title}); B scored against A.")
    print("Aliases applied: " + (", ".join(f"{k} -> {v}" for k, v in ALIASES.items() if k in used) or "none"))
    print("\n## summary: F1 of B against A (raw / persons rolled up)\n")
    print(summary(a, b))
    print("\n## agreement beyond the key, raw ids\n")
    print(attributes(a, b))
    for roll_up, name in ((False, "raw"), (True, "persons rolled up to what they represent")):
        print(f"\n## {name}\n")
        print(report(a, b, roll_up, regions, halves))
    if args.diff:
        print("\n## ties only one reading holds (raw)\n")
        print(diff(a, b))
    return 0


if __name__ == "__main__":
    sys.exit(main())
