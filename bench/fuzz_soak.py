"""Fuzz soak: many mutated inputs, every one checked and timed.

    python bench/fuzz_soak.py [--count 100000] [--workers 2] [--seed 0] [--bytes-share 5]

The inputs are the property test's (tests/test_fuzz.py: real sentences with one to
six edits — numerals, units, 、 lists, quotes, brackets, surnames, ·, mixed scripts,
control characters, runs of up to 3,000 of one character, a stretch repeated up to 200
times, deletions), drawn from a seeded random.Random instead of hypothesis, so a run
is repeatable and never stops at the first failure. One input in --bytes-share goes
in as bytes (UTF-8, GB18030, UTF-16, UTF-16 with a lone surrogate), as in the test.

Prints: inputs run, crashes (an exception other than a DecodeError for bytes) and
ungrounded outputs (an offset that does not point at its text, or output that does
not validate), with the first few of each, and the time per character against
ordinary release text (the dev releases, each extracted as its own document):
the worst and the 99.9th percentile over inputs of at least --min-chars characters
(below that the fixed cost per document dominates), and the slowest input.
A benchmark: it prints and exits 0.
"""
from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import DEFAULT_CORPUS, REPO  # noqa: E402

sys.path.insert(0, str(REPO / "tests"))


def _run_share(args: tuple[int, int, int, int, int]) -> dict:
    """Inputs number `first`, first + step, … below `count`, each from its own seed."""
    first, step, count, bytes_share, seed = args
    from test_fuzz import ENCODINGS, RandomChoices, as_bytes, assert_grounded, mutate

    from extractor import extract, extract_bytes
    from extractor.reading.decoding import DecodeError, decode

    extract("前三季度实际利用外资4.75亿美元，同比增长39.43%。")  # rules loaded before timing
    out = {"run": 0, "crashes": [], "ungrounded": [], "times": []}
    for number in range(first, count, step):
        rng = random.Random(f"{seed}:{number}")
        text = mutate(RandomChoices(rng))
        data = as_bytes(text, rng.choice(ENCODINGS)) if number % bytes_share == 0 else None
        started = time.perf_counter()
        try:
            if data is None:
                facts, read = extract(text), text
            else:
                facts, read = extract_bytes(data), decode(data)[0]
        except DecodeError:
            facts = None
        except Exception as exc:  # a crash: note it and go on
            out["crashes"].append((number, f"{type(exc).__name__}: {str(exc)[:100]}"))
            continue
        seconds = time.perf_counter() - started
        out["run"] += 1
        if facts is None:
            continue
        out["times"].append((seconds, len(read), number))
        try:
            assert_grounded(read, facts)
        except AssertionError as exc:
            out["ungrounded"].append((number, str(exc)[:100]))
    return out


def _prose_seconds_per_char() -> float:
    from extractor import extract

    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(DEFAULT_CORPUS.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"fuzz_soak: no *.txt in {DEFAULT_CORPUS} (set EXTRACT_DEV_CORPUS)")
    extract(texts[0])
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for text in texts:
            extract(text)
        best = min(best, time.perf_counter() - started)
    return best / sum(len(t) for t in texts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=100_000, help="mutated inputs to run")
    ap.add_argument("--workers", type=int, default=2, help="processes")
    ap.add_argument("--seed", type=int, default=0, help="the run's seed (input N uses seed:N)")
    ap.add_argument("--bytes-share", type=int, default=5, help="one input in this many goes in as bytes")
    ap.add_argument("--min-chars", type=int, default=2000, help="shortest input whose time per character counts")
    args = ap.parse_args()
    prose = _prose_seconds_per_char()
    started = time.perf_counter()
    shares = [(w, args.workers, args.count, args.bytes_share, args.seed) for w in range(args.workers)]
    with multiprocessing.get_context("spawn").Pool(args.workers) as pool:
        results = pool.map(_run_share, shares)
    wall = time.perf_counter() - started
    crashes = sorted(c for r in results for c in r["crashes"])
    ungrounded = sorted(u for r in results for u in r["ungrounded"])
    times = [t for r in results for t in r["times"]]
    run = sum(r["run"] for r in results)
    print(f"inputs: {args.count} (seed {args.seed}), run {run}, {len(times)} extracted, "
          f"{wall:.0f} s on {args.workers} processes")
    print(f"characters: {sum(n for _, n, _ in times):,} in all, longest input {max(n for _, n, _ in times):,}")
    print(f"crashes: {len(crashes)}   ungrounded: {len(ungrounded)}")
    for number, message in (crashes + ungrounded)[:10]:
        print(f"  input {number}: {message}")
    print(f"prose: {prose * 1e6:.2f} µs per character")
    long_enough = sorted((s / n / prose, s, n, i) for s, n, i in times if n >= args.min_chars)
    if long_enough:
        worst, p999 = long_enough[-1], long_enough[int(len(long_enough) * 0.999)]
        print(f"inputs of >= {args.min_chars} characters: {len(long_enough)}; time per character vs prose: "
              f"worst {worst[0]:.1f}x (input {worst[3]}, {worst[2]} characters, {worst[1]:.3f} s), "
              f"99.9th percentile {p999[0]:.1f}x, median {long_enough[len(long_enough) // 2][0]:.1f}x")
    slowest = max(times)
    print(f"slowest input: {slowest[2]}, {slowest[1]} characters, {slowest[0]:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
