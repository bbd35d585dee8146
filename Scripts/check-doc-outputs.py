#!/usr/bin/env python3
"""Runs the `$ geograph …` commands shown in the README and the DocC articles and compares what they
print with what the documents say they print.

    python3 Scripts/check-doc-outputs.py [--update] [--bin PATH] [--cwd DIR] [FILE…]

A command is a line `$ geograph …` inside a fenced block; its output is the lines under it up to the
next `$ ` line or the end of the block (standard output and standard error together, as a terminal
shows them). A line `…` alone stands for lines left out: what is above it must open the output and
what is below it must close it. Blocks with any command other than `geograph` (benchmarks, `cat`,
scripts) are left alone. The commands run from the repository's root (or --cwd DIR) with the built
binary (or --bin PATH) first on the PATH. When a corpus is found ($GEOGRAPH_CORPUS, else
../shared/corpus) the script first builds /tmp/ca.json from it, as the README's first command does,
for the commands that read that file. --update rewrites the outputs in place. Exit status 1 when an
output differs.
"""
import os
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_FILES = ["README.md"] + sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("Sources/*/*.docc/*.md"))


def blocks(lines):
    """(start, end) line indices of each fenced block's body."""
    start = None
    for i, line in enumerate(lines):
        if line.startswith("```"):
            if start is None:
                start = i + 1
            else:
                yield start, i
                start = None


def commands(lines, start, end):
    """(command, first output line, end of output) for each `$ ` line of a block."""
    marks = [i for i in range(start, end) if lines[i].startswith("$ ")]
    for n, i in enumerate(marks):
        yield lines[i][2:], i + 1, marks[n + 1] if n + 1 < len(marks) else end


def run(command, env, cwd):
    result = subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True)
    return (result.stdout + result.stderr).splitlines()


def matches(expected, actual):
    if "…" not in expected:
        return expected == actual
    cut = expected.index("…")
    head, tail = expected[:cut], expected[cut + 1:]
    return actual[:len(head)] == head and (not tail or actual[-len(tail):] == tail) and len(actual) >= len(head) + len(tail)


def main(argv):
    update = "--update" in argv
    argv = [a for a in argv if a != "--update"]
    binary = None
    if "--bin" in argv:
        i = argv.index("--bin")
        binary = argv[i + 1]
        del argv[i:i + 2]
    cwd = ROOT
    if "--cwd" in argv:
        i = argv.index("--cwd")
        cwd = pathlib.Path(argv[i + 1])
        del argv[i:i + 2]
    files = argv or DEFAULT_FILES
    if binary is None:
        subprocess.run(["swift", "build", "--product", "geograph"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        binary = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True, capture_output=True,
                                text=True).stdout.strip() + "/geograph"
    env = dict(os.environ)
    env["PATH"] = str(pathlib.Path(binary).resolve().parent) + ":" + env["PATH"]
    for name in ("GEOGRAPH_GRAPH", "GEOGRAPH_CORPUS"):
        env.pop(name, None)
    corpus = os.environ.get("GEOGRAPH_CORPUS") or str(ROOT / "../shared/corpus")
    if pathlib.Path(corpus).is_dir():
        subprocess.run(["geograph", "build", corpus, "-o", "/tmp/ca.json"], cwd=ROOT, env=env, check=True,
                       capture_output=True)
    failures = 0
    checked = 0
    for name in files:
        path = ROOT / name
        lines = path.read_text(encoding="utf-8").split("\n")
        replacements = []
        for start, end in blocks(lines):
            found = list(commands(lines, start, end))
            if not found or any(not re.match(r"(\S+=\S+ )*geograph ", c) for c, _, _ in found):
                continue
            for command, first, last in found:
                expected = lines[first:last]
                blank = 0  # blank lines that separate one command's output from the next `$ `
                while blank < len(expected) and expected[len(expected) - 1 - blank] == "":
                    blank += 1
                expected = expected[:len(expected) - blank]
                actual = run(command, env, cwd)
                checked += 1
                if matches(expected, actual):
                    continue
                failures += 1
                print(f"{name}:{first}: `{command}` prints something else", file=sys.stderr)
                if not update:
                    for line in actual[:40]:
                        print(f"    | {line}", file=sys.stderr)
                elif "…" not in expected:
                    replacements.append((first, last, actual + [""] * blank))
        if update and replacements:
            for first, last, actual in reversed(replacements):
                lines[first:last] = actual
            path.write_text("\n".join(lines), encoding="utf-8")
    print(f"check-doc-outputs: {checked} commands, {failures} differ{' (updated)' if update and failures else ''}")
    return 1 if failures and not update else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
