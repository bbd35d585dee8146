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
given by `sentence`. `fill` rewrites the file keeping every field (an evidence record's `type`, `date`
...) in its order; only `sentence` and `span` are added or replaced.
"""
import argparse
import os
import stat
import sys
import tempfile

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
                if not isinstance(idx, int) or not 0 <= idx < len(spans):
                    errors.append(f"{tie['source']}->{tie['target']} {tie['layer']}: sentence {idx} is not a "
                                  f"sentence of {e['doc']} (0..{len(spans) - 1})")
                    continue
            else:
                hits = [k for k, (a, b) in enumerate(spans) if all(c in text[a:b].lower() for c in cues)]
                if len(hits) != 1:
                    errors.append(f"{tie['source']}->{tie['target']} {tie['layer']}: cues {e.get('cues')} "
                                  f"match {len(hits)} sentences in {e['doc']} ({hits[:8]})")
                    continue
                idx = hits[0]
            a, b = spans[idx]
            set_pointer(e, idx, [a, b])
    return errors


def set_pointer(e, sentence, span):
    """Sets an evidence record's `sentence` and `span` in place, every other field kept where it is.

    A record that lacked them gets them where the schema writes them: `sentence` before an existing
    `span`, else right after `doc`; `span` right after `sentence`.
    """
    keys = list(e)
    if "sentence" not in keys:
        keys.insert(keys.index("span") if "span" in keys else keys.index("doc") + 1 if "doc" in keys else 0,
                    "sentence")
    if "span" not in keys:
        keys.insert(keys.index("sentence") + 1, "span")
    values = dict(e, sentence=sentence, span=span)
    e.clear()
    e.update((k, values[k]) for k in keys)


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
    """The graph as loaded, every field kept in its order, for writing back after `fill`.

    Only `sentence` and `span` change (``set_pointer`` places them); every other field of the file,
    of a tie and of an evidence record (`type`, `date`, anything a later schema adds) is kept as it
    was, where it was. Spans and cues are written in flow style, and a list of actor ids on one line,
    as before.
    """
    out = dict(graph)
    actors = out.get("actors")
    if isinstance(actors, list) and all(isinstance(a, str) for a in actors):
        out["actors"] = Flow(actors)
    if "ties" in out:
        out["ties"] = [dict(t, evidence=[evidence_record(e) for e in t["evidence"]])
                       if isinstance(t.get("evidence"), list) else dict(t) for t in graph.get("ties") or []]
    return out


def evidence_record(e):
    """One evidence record, its fields in their order, spans and cues in flow style."""
    return {k: (Flow(v) if k in ("span", "cues") and isinstance(v, list) else v) for k, v in e.items()}


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
        # Through a temporary file in the same folder and a rename: a failed write leaves the input whole.
        folder = os.path.dirname(os.path.abspath(args.path))
        fd, tmp = tempfile.mkstemp(prefix=".fill-", suffix=".yaml", dir=folder)
        try:
            os.chmod(tmp, stat.S_IMODE(os.stat(args.path).st_mode))
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                yaml.dump(ordered(graph), f, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=110)
            os.replace(tmp, args.path)
        except BaseException:
            os.unlink(tmp)
            raise
    print(f"{args.mode}: {len(errors)} problems", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
