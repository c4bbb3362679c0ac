"""`python -m extractor.bench [throughput|peers] [ARGS]`: run the checkout's benchmark scripts.

The benchmarks live in bench/ at the top of the checkout (bench/throughput.py,
bench/peers.py; see bench/README.md); this module only finds and runs them, so
it works from a source checkout or an editable install, not from a built wheel.
With no script name it runs throughput; the remaining arguments go to the script.
"""
from __future__ import annotations

import runpy
import sys
from pathlib import Path

SCRIPTS = ("throughput", "peers")
BENCH_DIR = Path(__file__).resolve().parent.parent / "bench"


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    name = args.pop(0) if args and args[0] in SCRIPTS else "throughput"
    script = BENCH_DIR / f"{name}.py"
    if not script.is_file():
        print(f"extractor.bench: {script} not found: the benchmarks ship with the source "
              "checkout (bench/), not with the installed package", file=sys.stderr)
        return 2
    module = runpy.run_path(str(script), run_name="extractor_bench")
    return int(module["main"](args) or 0)


if __name__ == "__main__":
    sys.exit(main())
