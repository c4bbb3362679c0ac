"""Throughput of two checkouts side by side, in one run (a refactor's speed check).

    python bench/ab_speed.py OTHER_CHECKOUT [--corpus DIR] [--mb 2] [--rounds 5] [--numeric-only]

Each checkout is timed by its own `.venv/bin/python` (falling back to this
interpreter) in a fresh process: `extractor.extract` over the corpus's files in
order, repeated only if the corpus is smaller than --mb megabytes, after a
warm-up on its first 20. A large corpus (../shared/corpus/pool) gives distinct
documents, so no cache that outlives a document flatters either side. The two alternate for
--rounds rounds, so drift on a shared machine weighs on both alike; each one's
best round is reported, in characters per second, with the ratio this/other.
--numeric-only adds a third contender in the same rounds: this checkout without the
people kinds (officials, awards), the ceiling any speed-up of them could reach.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import DEFAULT_CORPUS, REPO  # noqa: E402

TIMER = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from extractor import extract
if sys.argv[4:] == ["numeric"]:  # the people kinds left out (--numeric-only)
    import extractor.pipeline
    extractor.pipeline.PEOPLE_KINDS = ()
# decoded here, not with the checkout's decoder (its module layout may differ)
texts = [p.read_bytes().decode("utf-8-sig") for p in sorted(Path(sys.argv[2]).glob("*.txt"))]
docs, size, i = [], 0, 0
while size < float(sys.argv[3]) * 1e6:
    docs.append(texts[i % len(texts)]); size += len(docs[-1].encode()); i += 1
for t in texts[:20]:
    extract(t)
failed = 0
t0 = time.perf_counter()
for t in docs:
    try:
        extract(t)
    except Exception:  # an old checkout's crash: timed like any document
        failed += 1
secs = time.perf_counter() - t0
print(json.dumps({"chars": sum(map(len, docs)), "secs": secs, "failed": failed}))
"""


def _python(checkout: Path) -> str:
    venv = checkout / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def _round(checkout: Path, corpus: Path, mb: float, numeric_only: bool = False) -> float:
    done = subprocess.run([_python(checkout), "-c", TIMER, str(checkout), str(corpus), str(mb)]
                          + (["numeric"] if numeric_only else []),
                          capture_output=True, text=True, cwd=checkout)
    if done.returncode != 0:
        raise SystemExit(f"ab_speed: {checkout}: {done.stderr.strip()[-400:]}")
    row = json.loads(done.stdout)
    return row["chars"] / row["secs"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--numeric-only", action="store_true",
                        help="also time this checkout without officials and awards")
    args = parser.parse_args(argv)
    contenders = [("this", REPO, False), ("other", args.other.resolve(), False)]
    contenders += [("this, numeric kinds only", REPO, True)] if args.numeric_only else []
    best = {name: 0.0 for name, _, _ in contenders}
    for n in range(args.rounds):
        for name, checkout, numeric_only in contenders:
            cps = _round(checkout, args.corpus, args.mb, numeric_only)
            best[name] = max(best[name], cps)
            print(f"round {n + 1} {name:<5} {cps:>12,.0f} chars/s", flush=True)
    print(f"best: this {best['this']:,.0f} chars/s ({REPO}), other {best['other']:,.0f} chars/s "
          f"({args.other}); this/other = {best['this'] / best['other']:.3f}")
    if args.numeric_only:
        ceiling = best["this, numeric kinds only"]
        print(f"this without officials and awards: {ceiling:,.0f} chars/s; "
              f"(numeric kinds only)/other = {ceiling / best['other']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
