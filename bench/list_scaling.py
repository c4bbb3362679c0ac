"""How the time of a long 、-list of names grows with its size (issue 10).

    python bench/list_scaling.py [--kb 25 50 100 200] [--unit 张三、李四、]

For each size, a document whose body is `--unit` repeated to that many
kilobytes (UTF-8) is read once as `extract` reads it; prints the seconds of
the officials kind alone and of the whole `extractor.extract`, and the
seconds per 100 kB of each, so a linear path shows a flat last column pair.
A benchmark, not a test: it prints figures and exits 0.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _paths  # noqa: E402,F401  (puts the checkout on sys.path)

from extractor import pipeline  # noqa: E402
from extractor.doc import Doc  # noqa: E402
from extractor.kinds import officials  # noqa: E402


def _document(unit: str, kb: int) -> str:
    repeat = kb * 1000 // len(unit.encode("utf-8")) + 1
    return "标题\n\n" + unit * repeat + "\n"


def _seconds(call) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, nargs="+", default=[25, 50, 100, 200])
    parser.add_argument("--unit", default="张三、李四、")
    args = parser.parse_args()
    pipeline.extract("标题\n\n张三说。\n")  # warm-up: rules loaded, regexes compiled
    print(f"{'kB':>6} {'officials s':>12} {'extract s':>10} {'officials s/100kB':>18} {'extract s/100kB':>16}")
    for kb in args.kb:
        text = _document(args.unit, kb)
        doc = Doc.of(text)
        kind = _seconds(lambda: officials.extract(doc))  # noqa: B023
        whole = _seconds(lambda: pipeline.extract(text))  # noqa: B023
        print(f"{kb:>6} {kind:>12.3f} {whole:>10.3f} {kind * 100 / kb:>18.3f} {whole * 100 / kb:>16.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
