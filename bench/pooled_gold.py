"""Officials, awards and bylines of a pool-wide output, scored against the gold of every people batch.

    extract ../shared/corpus/pool -j 2 > POOL.jsonl
    python bench/pooled_gold.py POOL.jsonl [--errors officials|awards|bylines]

Pools the gold of all the people, awards and reread batches of bench/heldout/ (thousands of items) and
scores the output's facts for those items as `extract evaluate` does (SPEC.md: officials paired by name,
with title and organisation accuracy; awards by title, recipients as set F1). These are no first reads:
the rules have been written with these batches' misses in view. The figure shows what a change does over
all of them at once, in seconds rather than the minutes bench/heldout.py takes; the blind figure is each
batch's first read (README). `--errors` prints every miss, extra and wrong attribute of one kind as JSON.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import REPO  # noqa: E402, F401  (puts the checkout on sys.path)

from extractor.output.evaluate import Report, load_json, score_document  # noqa: E402

HELDOUT = Path(__file__).resolve().parent / "heldout"
PEOPLE_BATCHES = ("people-", "awards-", "reread-")
KINDS = ("officials", "awards", "bylines")  # what those batches annotate (the others' gold is empty there)


def score(output: dict[str, dict]) -> Report:
    """`extract evaluate`'s scoring (evaluate.score_document) of `output` over every people batch's gold."""
    report = Report()
    for gold_path in sorted(HELDOUT.glob("*/*.gold.json")):
        if gold_path.parent.name.startswith(PEOPLE_BATCHES):
            stem = gold_path.name.removesuffix(".gold.json")
            score_document(load_json(gold_path.read_text(encoding="utf-8")), output.get(stem, {}),
                           f"{gold_path.parent.name}/{stem}", report)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", help="JSON Lines of `extract` over ../shared/corpus/pool")
    parser.add_argument("--errors", choices=KINDS)
    args = parser.parse_args(argv)
    with open(args.output, encoding="utf-8") as handle:
        records = (json.loads(line) for line in handle if line.strip())
        output = {Path((r.get("source") or {}).get("path") or "").stem: load_json(json.dumps(r)) for r in records}
    kinds = score(output).kinds
    for kind in KINDS:
        s = kinds[kind]
        attributes = "  ".join(f"{name} {value:.4f}" for name, value in s.attributes().items())
        print(f"{kind:10} gold {s.gold:5}  found {s.predicted:5}  right {s.correct:5}  "
              f"P {s.precision:.4f}  R {s.recall:.4f}  F1 {s.f1:.4f}  {attributes}")
    for error in kinds[args.errors].errors if args.errors else ():
        print(json.dumps(error, ensure_ascii=False, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
