#!/usr/bin/env python3
"""Writes a synthetic news corpus for the extraction benchmark, from our own sentence templates and
the gazetteer's names (Graphs/actors.yaml). No sentence of the real corpus is used.

Usage: Scripts/bench_corpus.py FOLDER [MB] [--seed N]

The corpus looks like a folder of scraped articles: a `manifest.tsv` (date, outlet, title), about
one file in ten as HTML, articles of 2-16 KB with a headline, page debris (share and subscribe lines,
a timestamp, a copyright line, sometimes a "Read also" list of headlines), blank lines between
paragraphs, curly quotes and apostrophes, abbreviations and non-ASCII names. As in real reporting,
most sentences name no actor or one actor; about a quarter name two or more with a relation cue,
and follow-ups refer back with "the two countries", "He" or "the region".
"""
import os
import random
import sys

import yaml

TOPICS = ["energy", "water", "wheat exports", "migration", "visa rules", "the railway project", "hydropower",
          "border crossings", "the currency", "fertiliser prices", "labour migrants", "the copper mine",
          "drone imports", "the grain corridor", "debt relief", "the new airport", "cotton", "uranium mining",
          "the budget", "electricity tariffs", "refugees", "the fishing quota", "rare earths", "the gas field"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OUTLETS = ["The Steppe Herald", "Caspian Wire", "Eurasia Ledger", "Silk Route Post", "Meridian Daily",
           "Highland Observer", "The Oasis Review", "Northern Dispatch"]
ROLES = ["foreign minister", "defence minister", "spokesman", "ambassador", "envoy", "deputy prime minister"]

# No actor: background, figures, quotes, procedure. Some carry cue words ("trade", "investment").
NONE = [
    "Prices for {topic} rose by {n} percent in {month}, the statistics office said.",
    "The ministry did not respond to a request for comment on {topic}.",
    "Analysts said the decision on {topic} could take months.",
    "Turnout was {n} percent, according to the election commission.",
    "\u201cWe are ready for dialogue on {topic},\u201d the {role} told reporters.",
    "The figures do not include informal trade across the mountain passes.",
    "Officials have promised a new investment law by the end of the year.",
    "The project, first announced in {year}, has been delayed several times.",
    "Critics say the plan ignores the needs of farmers in the south.",
    "It was not immediately clear who would pay for {topic}.",
    "The talks lasted nearly {n} hours, two people familiar with them said.",
    "Inflation slowed to {n}.{d} percent in {month}, down from {m} percent a year earlier.",
    "Mr. Karimov, a local official, said the road would reopen on {day}.",
    "The government\u2019s critics were quick to respond... but the vote went ahead.",
    "Some {n},000 people live in the valley, most of them herders.",
    "The deal is worth about ${n}.{d} billion over {m} years (roughly a tenth of output).",
    "Experts warned that the pipeline would need repairs before the winter.",
    "The report, published on {day}, ran to more than {n}0 pages.",
    "Asked about {topic}, the {role} said only that \u201call options remain open.\u201d",
    "Shares in the state oil company fell {n} percent on the news.",
]
# One actor.
ONE = [
    "{A} reported a budget deficit of ${n}.{d} billion for {year}.",
    "Officials in {S} declined to comment on {topic}.",
    "The {D} government announced new tariffs on imported cars on {day}.",
    "{P} said the economy would grow by {n} percent this year.",
    "Protests broke out in {S} on {day} over {topic}.",
    "{A}\u2019s central bank raised its key rate to {n} percent.",
    "{A} has spent heavily on {topic} since {year}.",
    "{P} is expected to travel abroad next month, his office said.",
    "In {S}, officials insisted that {topic} was an internal matter.",
    "{A}'s parliament approved the law by {n}0 votes to {m}.",
    "{D} farmers have complained about {topic} for years.",
    "The {O} said it was monitoring the situation closely.",
    "A spokesman for {P} said the {role} would attend.",
    "{R} has seen record temperatures this summer.",
    "Across {R}, governments are rethinking {topic}.",
]
# Two or more actors with a relation cue.
TWO = [
    "{A} and {B} held joint military exercises near the border last week.",
    "{A} signed a strategic partnership with {B} during a state visit.",
    "Officials in {S} said {A} had threatened {B} over the pipeline dispute.",
    "{A} will not recognise the annexation, the foreign ministry of {B} said.",
    "Trade between {A} and {B} grew by {n} percent, according to customs data.",
    "The loan from {A} to {B} was criticised by opposition leaders in {S}.",
    "Analysts expect {A} to expand investment in {B} despite the sanctions.",
    "{P} met {Q} in {S} on {day} to discuss {topic}.",
    "{SA} accused {B} of meddling in its affairs.",
    "{B} was criticised by {A} for its handling of {topic}.",
    "{A} allegedly supplied weapons to {B} last year, the report said.",
    "{A}\u2019s investments in {B} have doubled since {year}.",
    "{P} visited {B} for the first time since {year}.",
    "{A} imposed sanctions on {B} after the vote.",
    "The {D} army deployed troops to {B} in {month}.",
    "{A} did not support {B} in the vote at the {O}.",
    "Talks between {A} and {B} ended without agreement on {topic}.",
    "{A} reportedly offered {B} a credit line for {topic}.",
    "{A}, {B} and {C} signed a declaration on {topic}.",
    "{A} joined the {O} in {year}, a move that angered {B}.",
    "{A} and {B} agreed to coordinate on {topic}, officials said.",
    "{A} condemned the attack on {B}, calling it \u201cunacceptable\u201d.",
    "Relations with {B} have cooled, {P} said in {S}.",
    "{A} may open a military base in {B}, according to people familiar with the plan.",
]
FOLLOW = [
    "The two countries also signed an agreement on {topic}.",
    "He said the talks had been \u201cfrank and constructive\u201d.",
    "She added that {topic} would be discussed at the next summit.",
    "Both sides said they hoped to double trade by {year}.",
    "The region depends on the route for most of its exports.",
    "The two countries have not held such talks since {year}.",
]
HEADLINES = [
    "{A} and {B} agree on {topic}",
    "Why {topic} matters for {A}",
    "{P} visits {S}",
    "{A} tightens rules on {topic}",
    "What the {O} summit means for {R}",
]
DEBRIS_TOP = ["Subscribe to our newsletter", "Share this article", "Share on Telegram", "Translate this page",
              "Follow us on social media"]


# News names a few powers far more often than the rest: these are drawn 20 times as often.
PROMINENT = {"russia", "china", "usa", "kazakhstan", "uzbekistan", "kyrgyzstan", "tajikistan", "turkmenistan",
             "turkey", "iran", "india", "ukraine", "afghanistan", "pakistan", "germany", "france", "uk", "japan",
             "azerbaijan", "belarus", "eu", "nato", "csto", "sco", "central-asia"}


def load_names(path):
    """The surface forms to draw from, by slot, each list with its weights."""
    actors = yaml.safe_load(open(path))["actors"]
    by_id = {a["id"]: a for a in actors}
    states = [a for a in actors if a["kind"] == "state"]

    def weighted(pairs):
        pairs = list(pairs)
        return [p[0] for p in pairs], [20 if p[1] in PROMINENT else 1 for p in pairs]
    return {
        "A": weighted((a["name"], a["id"]) for a in states),
        "S": weighted((s, a["id"]) for a in states for s in a.get("seats", [])),
        "D": weighted((d, a["id"]) for a in states for d in a.get("demonyms", [])[:1]),
        "P": weighted((a["name"], a["represents"]) for a in actors if a["kind"] == "person"
                      and a.get("represents") in by_id and set(a.get("tags", [])) & {"leader", "official"}),
        "O": weighted((a["name"], a["id"]) for a in actors if a["kind"] == "organisation"),
        "R": weighted((a["name"], a["id"]) for a in actors if a["kind"] == "region"),
    }


def fill(rng, names, template):
    def pick(slot):
        forms, weights = names[slot]
        return rng.choices(forms, weights)[0]
    values = {
        "A": pick("A"), "B": pick("A"), "C": pick("A"), "S": pick("S"), "SA": pick("S"), "D": pick("D"),
        "P": pick("P"), "Q": pick("P"), "O": pick("O"), "R": pick("R"),
        "topic": rng.choice(TOPICS), "role": rng.choice(ROLES), "month": rng.choice(MONTHS),
        "day": rng.choice(DAYS), "year": rng.randint(1995, 2024),
        "n": rng.randint(2, 95), "m": rng.randint(2, 30), "d": rng.randint(0, 9),
    }
    text = template.format(**values)
    return text if text[0].isupper() or text[0] in "\u201c$" else text[0].upper() + text[1:]


def sentence(rng, names, previous_two):
    r = rng.random()
    if previous_two and r < 0.25:
        return fill(rng, names, rng.choice(FOLLOW)), False
    if r < 0.40:
        return fill(rng, names, rng.choice(NONE)), False
    if r < 0.75:
        return fill(rng, names, rng.choice(ONE)), False
    return fill(rng, names, rng.choice(TWO)), True


def article(rng, names, size):
    lines = []
    if rng.random() < 0.6:
        lines.append(rng.choice(DEBRIS_TOP))
    headline = fill(rng, names, rng.choice(HEADLINES))
    lines += [headline, f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2015, 2024)} - "
                        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", ""]
    length = 0
    while length < size:
        sentences, previous_two = [], False
        for _ in range(rng.randint(1, 5)):
            text, previous_two = sentence(rng, names, previous_two)
            sentences.append(text)
        paragraph = " ".join(sentences)
        lines += [paragraph, ""]
        length += len(paragraph.encode()) + 2
    lines.append(f"\u00a9 {rng.randint(2015, 2024)} {rng.choice(OUTLETS)}. All rights reserved.")
    if rng.random() < 0.4:
        lines.append("Read also")
        lines += [fill(rng, names, rng.choice(HEADLINES)) for _ in range(rng.randint(3, 6))]
    return headline, lines


def html(title, lines):
    def escape(text):
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\u2019", "&rsquo;")
    body = "\n".join(f"<p>{escape(line)}</p>" for line in lines if line)
    return (f"<!DOCTYPE html>\n<html><head><title>{escape(title)}</title>\n"
            "<script>window.dataLayer = window.dataLayer || [];</script>\n"
            "<style>p { margin: 0 0 1em; }</style></head>\n"
            f"<body><article><h1>{escape(title)}</h1>\n{body}\n</article></body></html>\n")


def main():
    args = sys.argv[1:]
    seed = 7
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    folder, mb = args[0], int(args[1]) if len(args) > 1 else 50
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    names = load_names(os.path.join(root, "Graphs", "actors.yaml"))
    rng = random.Random(seed)
    os.makedirs(folder, exist_ok=True)
    target, written, rows = mb * 1024 * 1024, 0, []
    while written < target:
        n = len(rows)
        title, lines = article(rng, names, rng.randint(2_000, 16_000))
        is_html = rng.random() < 0.1
        name = f"{n:05d}.html" if is_html else f"{n:05d}.txt"
        text = html(title, lines) if is_html else "\n".join(lines) + "\n"
        data = text.encode()
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
        written += len(data)
        date = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}" + (f"-{rng.randint(1, 28):02d}" if rng.random() < 0.8 else "")
        rows.append(f"{name}\t{date}\t{rng.choice(OUTLETS)}\t{title}")
    with open(os.path.join(folder, "manifest.tsv"), "w") as f:
        f.write("file\tdate\toutlet\ttitle\n" + "\n".join(rows) + "\n")
    print(f"corpus: {written / 1048576:.1f} MB in {len(rows)} files", file=sys.stderr)


if __name__ == "__main__":
    main()
