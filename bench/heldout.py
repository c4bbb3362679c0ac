"""Score the held-out batches (bench/heldout/*/): `extract evaluate` on each.

    python bench/heldout.py [BATCH ...] [--errors]

A batch's gold names pool items; the texts are linked from ../shared/corpus/pool
into a temporary folder beside the gold, and `extract evaluate` runs there.
People batches (and awards batches: people batches drawn from the pool items
that contain an honour word) annotate officials, awards and bylines only, numeric batches the
four numeric kinds only: the other rows are not shown. The annotators were told
to start below the headline line (the dev gold does include headline figures), so
numeric facts on the first line are left out of both sides
(`extract evaluate --without-headline`); figures recorded before 2026-12-05
counted the extractor's headline figures as extras in the kinds' F1.

Two other sorts of batch: `reread-*` annotate again, blind, pool items an earlier batch
annotated (drawn by mistake; kept to measure how far two annotators agree), scored as
people batches; `persons-awards-*` annotate the honours only of documents of
../shared/corpus/persons (People's Daily, 1998), whose texts are linked from there.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import REPO  # noqa: E402

HELDOUT = Path(__file__).resolve().parent / "heldout"
CORPUS = Path(os.environ.get("EXTRACT_SHARED", REPO.parent / "shared")) / "corpus"
POOL = CORPUS / "pool"
ROWS = {"people": ("officials", "awards", "bylines"),
        "awards": ("officials", "awards", "bylines"),  # people batches drawn from items with an honour word
        "reread": ("officials", "awards", "bylines"),  # pool items annotated a second time
        "persons": ("awards",),  # honours of the persons corpus's documents
        "numeric": ("counts", "percentages", "money", "measures", "all")}


def _texts_of(name: str) -> Path:
    """Where a batch's texts are: the persons corpus for its awards batches, else the pool."""
    return CORPUS / "persons" if name.startswith("persons-") else POOL


def _link(batch: Path, into: Path) -> None:
    texts = _texts_of(batch.name)
    for gold in sorted(batch.glob("*.gold.json")):
        name = gold.name.removesuffix(".gold.json")
        (into / gold.name).symlink_to(gold)
        (into / f"{name}.txt").symlink_to(texts / f"{name}.txt")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="*")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args(argv)
    if not POOL.is_dir():
        print(f"heldout: the pool is not at {POOL} (set EXTRACT_SHARED)", file=sys.stderr)
        return 2
    names = args.batches or sorted(p.name for p in HELDOUT.iterdir() if p.is_dir())
    for name in names:
        rows = ROWS[name.split("-")[0]]
        with tempfile.TemporaryDirectory() as tmp:
            _link(HELDOUT / name, Path(tmp))
            # the pool batches were annotated from below the headline line
            cmd = [sys.executable, "-m", "extractor.cli", "evaluate", tmp, "--without-headline"] \
                + (["--errors"] if args.errors else [])
            done = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO,
                                  env={**os.environ, "COLUMNS": "160"})
        print(f"== {name}")
        for line in done.stdout.splitlines():
            cells = line.strip("│┃ ").split()
            if args.errors or (cells and cells[0] in rows) or line.startswith(("extract evaluate",)):
                print(line)
        if done.returncode not in (0,):
            print(done.stderr.strip(), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
