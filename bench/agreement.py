"""How far two blind annotators agree: the gold of every pool item annotated in two or more batches.

    python bench/agreement.py [--show]

Some pool items were annotated twice, blind, each time by an annotator who never saw
the other's gold: drawn again by mistake (the `reread-*` batches, bench/heldout/README.md)
or by draws whose list of read items had been lost. For each pair of gold files of one
item in the people, awards and reread batches, and each kind, this counts what the two
agree on and what only one of them has, as F1 of one against the other (symmetric):
officials paired by name, awards by title (as SPEC.md scores them), bylines by name;
and, with --show, each awards disagreement (item, the titles only one side has). It is the
ceiling a rule set can be measured against on such items: where two readers of SPEC.md
differ, no extractor agrees with both.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HELDOUT = Path(__file__).resolve().parent / "heldout"
KINDS = {"officials": lambda g: {o["name"] for o in g.get("officials", [])},
         "awards": lambda g: {a["title"] for a in g.get("awards", [])},
         "bylines": lambda g: {b["name"] for b in (g.get("document") or {}).get("bylines", [])}}


PEOPLE_BATCHES = ("people", "awards", "reread")


def annotated_twice() -> dict[str, list[Path]]:
    """Each pool item with gold in two or more people, awards or reread batches: its gold files."""
    by_item: dict[str, list[Path]] = {}
    for gold in sorted(HELDOUT.glob("*/*.gold.json")):
        if gold.parent.name.split("-")[0] in PEOPLE_BATCHES:
            by_item.setdefault(gold.name.removesuffix(".gold.json"), []).append(gold)
    return {item: golds for item, golds in by_item.items() if len(golds) >= 2}


def compare(items: dict[str, list[Path]], show: bool) -> dict[str, list[int]]:
    counts = {kind: [0, 0, 0] for kind in KINDS}  # both, the first only, the second only
    for item, golds in items.items():
        read = [json.loads(g.read_text(encoding="utf-8")) for g in golds]
        for i in range(len(golds)):
            for j in range(i + 1, len(golds)):
                for kind, of in KINDS.items():
                    first, second = of(read[i]), of(read[j])
                    count = counts[kind]
                    count[0] += len(first & second)
                    count[1] += len(first - second)
                    count[2] += len(second - first)
                    if show and kind == "awards" and first != second:
                        print(f"  {item} {golds[i].parent.name} only {sorted(first - second)}, "
                              f"{golds[j].parent.name} only {sorted(second - first)}")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each awards disagreement")
    args = parser.parse_args(argv)
    items = annotated_twice()
    if not items:
        print("agreement: no pool item is annotated twice in bench/heldout", file=sys.stderr)
        return 2
    pairs = sum(len(g) * (len(g) - 1) // 2 for g in items.values())
    print(f"{len(items)} items annotated twice or more ({pairs} pairs of gold files)")
    for kind, (both, first, second) in compare(items, args.show).items():
        f1 = 2 * both / (2 * both + first + second) if both + first + second else 1.0
        print(f"{kind:10} both {both:4}  one only {first + second:4}  agreement F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
