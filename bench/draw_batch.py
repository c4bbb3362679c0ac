"""Draw blind batches from the pool for annotation (bench/heldout/README.md).

    python bench/draw_batch.py SEED NAME... [--exclude FILE ...]

Each NAME is `people-N` (12 items of 300-3000 characters that name a post, an
honorific or a reporter), `awards-N` (12 items of that length — --length MIN MAX changes it — with an honour word:
荣获, 授予, 表彰, 等功, 嘉奖 …) or `numeric-N` (15 items of that length with at least
four figures followed by a unit; --counts N: and N counts with a classifier).
Items of every batch already in bench/heldout/ are never drawn, nor the pool items
listed (one stem per line) in bench/heldout/seen.txt and in the --exclude files: those
whose output a developer has read, in a diff or otherwise (seen.txt is kept in the
checkout, so that a new machine does not lose it; add to it every item a pool diff
shows). Prints one line per batch: its name and its items'
stems.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import REPO  # noqa: E402

POOL = Path(os.environ.get("EXTRACT_SHARED", REPO.parent / "shared")) / "corpus" / "pool"
HELDOUT = Path(__file__).resolve().parent / "heldout"
SEEN = HELDOUT / "seen.txt"  # pool items whose output was read in a diff (# lines are comments)
SIZE = {"people": 12, "awards": 12, "numeric": 15}
# What makes an item worth annotating for each kind (a plain screen, not the extractor).
POST = re.compile(r"书记|市长|县长|区长|省长|主席|总理|部长|主任|局长|厅长|院士|教授|总经理|董事长|记者|同志|总统|首相|"
                  r"大使|院长|校长|社长|经理|代表|委员")
FIGURE = re.compile(r"[\d０-９一二三四五六七八九十百千万亿两]+(?:\.\d+)?\s*"
                    r"(?:%|％|个|家|项|亿|万|元|吨|公里|千米|平方|亩|人|次|倍|辆|座|套|户|名|所|条|件|台|米|公顷|千瓦|度)")


# A count with its classifier (for --counts: batches that measure what counts count, items)
COUNT = re.compile(r"[\d一二三四五六七八九十两百千万]+[多余]?"
                   r"(?:个|家|项|名|座|所|条|件|台|辆|户|批|处|架|艘|列|种|类|位)")
HONOUR = re.compile(r"荣获|授予|追授|表彰|评为|被命名|等功|嘉奖|一等奖|二等奖|金奖|称号|入选")


def fits(kind: str, text: str, length: tuple[int, int] = (300, 3000), counts: int = 0) -> bool:
    if not length[0] <= len(text) <= length[1]:
        return False
    if kind == "numeric":
        return len(FIGURE.findall(text)) >= 4 and len(COUNT.findall(text)) >= counts
    return bool((POST if kind == "people" else HONOUR).search(text))


def draw(seed: int, names: list[str], excluded: set[str],
         length: tuple[int, int] = (300, 3000), counts: int = 0) -> dict[str, list[str]]:
    used = {g.name.removesuffix(".gold.json") for g in HELDOUT.glob("*/*.gold.json")} | excluded
    items = sorted(p.stem for p in POOL.glob("*.txt"))
    random.Random(seed).shuffle(items)
    batches: dict[str, list[str]] = {}
    for name in names:
        kind = name.split("-")[0]
        batch: list[str] = []
        for stem in items:
            if len(batch) == SIZE[kind]:
                break
            text = (POOL / f"{stem}.txt").read_text(encoding="utf-8", errors="replace")
            if stem not in used and fits(kind, text, length, counts):
                batch.append(stem)
                used.add(stem)
        batches[name] = batch
    return batches


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seed", type=int)
    parser.add_argument("names", nargs="+")
    parser.add_argument("--exclude", action="append", default=[], type=Path)
    # Once every item of the usual length with an honour word has been read (2026-12-05:
    # all 471 of them), short briefs are what is left unread.
    parser.add_argument("--length", nargs=2, type=int, default=(300, 3000), metavar=("MIN", "MAX"),
                        help="characters an item may have (default 300 3000)")
    # Numeric batches hold few counts (7 of 75 facts in numeric-50): their item accuracy
    # rests on a handful; --counts draws from the items with at least N counts instead.
    parser.add_argument("--counts", type=int, default=0, metavar="N",
                        help="numeric items need at least N counts with a classifier (default 0)")
    args = parser.parse_args(argv)
    bad = [n for n in args.names if n.split("-")[0] not in SIZE]
    if bad or not POOL.is_dir():
        print(f"draw_batch: {'unknown kind in ' + ', '.join(bad) if bad else f'no pool at {POOL}'}", file=sys.stderr)
        return 2
    lists = args.exclude + ([SEEN] if SEEN.is_file() else [])
    excluded = {line.strip() for f in lists for line in f.read_text().splitlines()
                if line.strip() and not line.startswith("#")}
    for name, batch in draw(args.seed, args.names, excluded, tuple(args.length), args.counts).items():
        print(name, " ".join(batch))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
