"""Writes random neato graphs with curved ties for Scripts/stress-routing.sh: DIR SEED COUNT."""
import random
import sys

SHAPES = ["ellipse", "box", "note", "hexagon", "star", "circle", "doublecircle", "record", "Mrecord",
          "plaintext", "diamond", "trapezium", "egg", "triangle", "octagon", "cylinder", "point", "none",
          "underline", "house", "invhouse", "tab", "folder", "box3d", "component"]
MARGINS = ['"+8"', '"+0"', '"0.3"', '"+20,4"', '""', '"-5"', '"abc"', '"+1e9"', '"nan"']
ARROWS = ["dir=both, arrowtail=dot", "arrowhead=none", "arrowhead=crowodiamond", "arrowhead=tee"]


def graph(seed):
    r = random.Random(seed)
    n = r.randint(2, 40)
    lines = [f'digraph g {{ graph [layout=neato, splines=true, overlap={r.choice(["false", "false", "true", "scale"])}, '
             f'esep={r.choice(MARGINS)}, sep={r.choice(MARGINS)}];']
    for i in range(n):
        attrs = [f'shape="{r.choice(SHAPES)}"']
        if r.random() < 0.2:
            attrs.append(f'sides={r.randint(3, 12)}, skew={r.uniform(-1, 1):.2f}, '
                         f'distortion={r.uniform(-1, 1):.2f}, peripheries={r.randint(0, 3)}')
        if r.random() < 0.3:
            attrs.append(f'width={r.uniform(0.01, 3):.2f}, height={r.uniform(0.01, 2):.2f}')
        if r.random() < 0.2:
            attrs.append(f'pos="{r.uniform(0, 5):.2f},{r.uniform(0, 5):.2f}!"')
        if r.random() < 0.1:
            attrs.append("fixedsize=true")
        attrs.append(f'label="{"x" * r.randint(0, 20)}"')
        lines.append(f'n{i} [{", ".join(attrs)}];')
    for _ in range(r.randint(0, 3 * n)):
        extra = r.choice(ARROWS) if r.random() < 0.15 else ""
        lines.append(f"n{r.randrange(n)} -> n{r.randrange(n)} [{extra}];")
    lines.append("}")
    return "\n".join(lines)


folder, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for s in range(seed, seed + count):
    with open(f"{folder}/g{s}.dot", "w") as out:
        out.write(graph(s))
