"""Time per character of one long document against a short one, both cut from the pool.

    python bench/scaling.py [--small 100000] [--large 5000000] [--runs 3] [--corpus DIR]

The pool's items are joined (one blank line apart) into one text; its first
--small and first --large characters are each extracted as one document, best of
--runs (the large one once: it takes seconds). Prints seconds, characters per
second and the ratio of time per character large / small (1.0 is linear; the bar
of issue 10 is 1.2). A benchmark: it prints and exits 0.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import REPO  # noqa: E402

POOL = Path(os.environ.get("EXTRACT_SHARED", REPO.parent / "shared")) / "corpus" / "pool"


def seconds(text: str, runs: int) -> float:
    from extractor import extract

    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        extract(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench/scaling.py", description=__doc__.split("\n\n")[0])
    ap.add_argument("--small", type=int, default=100_000)
    ap.add_argument("--large", type=int, default=5_000_000)
    ap.add_argument("--runs", type=int, default=3, help="runs of the small document (best kept)")
    ap.add_argument("--corpus", type=Path, default=POOL, help="folder of *.txt joined into one text")
    args = ap.parse_args(argv)
    from extractor import extract

    paths = sorted(args.corpus.glob("*.txt"))
    if not paths:
        print(f"scaling: no *.txt in {args.corpus}", file=sys.stderr)
        return 1
    joined = "\n\n".join(p.read_text(encoding="utf-8", errors="replace") for p in paths)
    if len(joined) < args.large:
        print(f"scaling: the corpus has {len(joined):,} characters, fewer than --large", file=sys.stderr)
        return 1
    extract(joined[:2000])  # rules loaded and compiled before timing
    small = seconds(joined[:args.small], args.runs)
    large = seconds(joined[:args.large], 1)
    for size, secs in ((args.small, small), (args.large, large)):
        print(f"{size:>11,} chars in one document: {secs:8.2f} s  {size / secs:>11,.0f} chars/s")
    print(f"time per character, large / small: {(large / args.large) / (small / args.small):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
