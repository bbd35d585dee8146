#!/usr/bin/env python3
"""Computes and checks the evidence pointers of a graph file against the corpus.

The sentence rules are those of Sources/GeoGraphExtraction/SentenceSplitter.swift (kept in step by the
test ReferenceEvidenceTests): a sentence never crosses a newline; it ends after a run of . ! ? …
plus closing quotes/brackets, when white space and then an uppercase letter, a digit or an opening
quote/bracket follow, unless a lone dot closes an abbreviation, an initial or a dotted acronym.
Spans are Unicode code point offsets, end exclusive; indices count every sentence of the file from 0.

Usage:
  locate_evidence.py split FILE                  index, span and the opening words of each sentence
  locate_evidence.py fill GRAPH --corpus DIR     fills sentence/span of evidence that lacks them
  locate_evidence.py check GRAPH --corpus DIR    verifies every span is a sentence holding its cues
Evidence to fill needs `doc` and `cues`; the unique sentence holding every cue is chosen, or the one
given by `sentence`.
"""
import argparse
import os
import sys

import yaml

ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "St", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Sen",
                 "Rep", "Gov", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "vs", "etc", "No", "Jan", "Feb",
                 "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
TERMINAL = set(".!?\u2026")
CLOSING = set("\"'\u201d\u2019)]")
OPENING = set("\"\u201c\u2018'([")


def is_opener(c):
    return c.isupper() or c in "0123456789" or c in OPENING


def is_abbreviation(line, dot):
    k = dot
    while k > 0 and (line[k - 1].isalpha() or line[k - 1] == "."):
        k -= 1
    word = line[k:dot]
    if not word:
        return False
    if word in ABBREVIATIONS or "." in word:
        return True
    return len(word) == 1 and word.isupper()


def split(text):
    spans = []
    offset = 0
    for line in text.split("\n"):
        start, i, n = 0, 0, len(line)
        while i < n:
            if line[i] not in TERMINAL:
                i += 1
                continue
            end = i
            while end < n and line[end] in TERMINAL:
                end += 1
            lone_dot = line[i] == "." and end - i == 1
            while end < n and line[end] in CLOSING:
                end += 1
            nxt = end
            while nxt < n and line[nxt].isspace():
                nxt += 1
            if nxt > end and nxt < n and is_opener(line[nxt]) and not (lone_dot and is_abbreviation(line, i)):
                emit(line, start, end, offset, spans)
                start = nxt
            i = max(end, i + 1)
        emit(line, start, n, offset, spans)
        offset += len(line) + 1
    return spans


def emit(line, a, b, offset, spans):
    while a < b and line[a].isspace():
        a += 1
    while b > a and line[b - 1].isspace():
        b -= 1
    if a < b:
        spans.append((offset + a, offset + b))


def load_corpus(folder, cache={}):
    def get(doc):
        if doc not in cache:
            with open(os.path.join(folder, doc), encoding="utf-8") as f:
                text = f.read()
            cache[doc] = (text, split(text))
        return cache[doc]
    return get


def fill(graph, corpus):
    errors = []
    for tie in graph.get("ties") or []:
        for e in tie.get("evidence") or []:
            text, spans = corpus(e["doc"])
            cues = [c.lower() for c in e.get("cues", [])]
            if "sentence" in e and e["sentence"] is not None:
                idx = e["sentence"]
            else:
                hits = [k for k, (a, b) in enumerate(spans) if all(c in text[a:b].lower() for c in cues)]
                if len(hits) != 1:
                    errors.append(f"{tie['source']}->{tie['target']} {tie['layer']}: cues {e.get('cues')} "
                                  f"match {len(hits)} sentences in {e['doc']} ({hits[:8]})")
                    continue
                idx = hits[0]
            a, b = spans[idx]
            e["sentence"], e["span"] = idx, [a, b]
    return errors


def check(graph, corpus):
    errors = []
    for tie in graph.get("ties") or []:
        for e in tie.get("evidence") or []:
            text, spans = corpus(e["doc"])
            idx = e.get("sentence")
            if idx is None or idx >= len(spans) or list(spans[idx]) != list(e.get("span", [])):
                errors.append(f"{e['doc']}#{idx}: span {e.get('span')} is not that sentence")
                continue
            a, b = spans[idx]
            for c in e.get("cues", []):
                if c.lower() not in text[a:b].lower():
                    errors.append(f"{e['doc']}#{idx}: cue '{c}' not in the sentence")
    return errors


class Dumper(yaml.SafeDumper):
    pass


class Flow(list):
    pass


Dumper.add_representer(Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def ordered(graph):
    """The graph with its keys in the file's order; keys this list does not name are kept, after the named ones."""
    tie_keys = ["source", "target", "layer", "polarity", "weight", "symmetric", "evidence"]
    ev_keys = ["doc", "sentence", "span", "cues", "type", "date", "confidence"]

    def keep(d, keys):
        return [k for k in keys if k in d] + [k for k in d if k not in keys]

    out = {k: graph[k] for k in keep(graph, ["schema", "title", "gazetteer", "documents", "actors", "ties"])}
    if "actors" in out:
        out["actors"] = Flow(out["actors"]) if all(isinstance(a, str) for a in out["actors"]) else out["actors"]
    out["ties"] = []
    for t in graph.get("ties") or []:
        nt = {k: t[k] for k in keep(t, tie_keys) if k != "evidence"}
        nt["evidence"] = [{k: (Flow(e[k]) if k in ("span", "cues") else e[k]) for k in keep(e, ev_keys)}
                          for e in t.get("evidence", [])]
        out["ties"].append(nt)
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("mode", choices=["split", "fill", "check"])
    p.add_argument("path")
    p.add_argument("--corpus", default=os.environ.get("GEOGRAPH_CORPUS", "../shared/corpus"))
    args = p.parse_args()
    if args.mode == "split":
        with open(args.path, encoding="utf-8") as f:
            text = f.read()
        for k, (a, b) in enumerate(split(text)):
            print(f"{k:3d} {a:6d} {b:6d}  {text[a:b][:70]}")
        return 0
    with open(args.path, encoding="utf-8") as f:
        graph = yaml.safe_load(f)
    corpus = load_corpus(args.corpus)
    errors = fill(graph, corpus) if args.mode == "fill" else check(graph, corpus)
    for e in errors:
        print(e, file=sys.stderr)
    if args.mode == "fill" and not errors:
        with open(args.path, "w", encoding="utf-8") as f:
            yaml.dump(ordered(graph), f, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=110)
    print(f"{args.mode}: {len(errors)} problems", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
