"""Cold start of `extract FILE`, this checkout beside another, in one run.

    python bench/cold_start.py [--other /work/main] [--runs 21] [--sample FILE]

Runs, interleaved round by round so that machine load weighs on all alike: a bare
`python -c pass`, `python -c "import pydantic"` (this venv), and `extract SAMPLE` of
this checkout's venv and, if given, of another checkout's venv (--other DIR, its
.venv/bin/extract, or, for a bare source tree without one, its package run by this
venv). Prints the median and quartiles of each in seconds, after one
untimed round (bytecode and the compiled-rule cache written). Then the modules
each extract imports (`python -X importtime`, one run): the total, and the
top-level packages by self time. A benchmark: it prints and exits 0.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import REPO  # noqa: E402

SAMPLE = REPO / "samples" / "shinan-2022-11-28.txt"
# A user's install has compiled bytecode; a sandbox may set PYTHONDONTWRITEBYTECODE,
# which would make every run compile the package's source again.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def commands(other: Path | None, sample: Path) -> dict[str, list[str]]:
    python = str(REPO / ".venv" / "bin" / "python")
    cmds = {
        "python -c pass": [python, "-c", "pass"],
        "python -c 'import pydantic'": [python, "-c", "import pydantic"],
        f"extract ({REPO.name})": [python, str(REPO / ".venv" / "bin" / "extract"), str(sample)],
    }
    if other is not None:
        script = other / ".venv" / "bin" / "extract"
        if script.is_file():
            cmds[f"extract ({other.name})"] = [str(other / ".venv" / "bin" / "python"), str(script), str(sample)]
        else:  # a bare source tree (git archive of a commit): its package run by this venv
            entry = f"import sys; sys.path.insert(0, {str(other)!r}); from extractor.cli import entry; entry()"
            cmds[f"extract ({other.name}, this venv)"] = [python, "-c", entry, str(sample)]
    return cmds


# Each checkout keeps its compiled rules in a folder of its own: the cache keeps one rule
# version per folder, so two checkouts with different rules sharing one would throw each
# other's away and every run would compile afresh (~1.3 s instead of ~0.35).
_CACHE_ROOT = Path(tempfile.mkdtemp(prefix="extract-cold-"))


def _env(cmd: list[str]) -> dict[str, str]:
    folder = _CACHE_ROOT / hashlib.sha256(" ".join(cmd).encode()).hexdigest()[:12]
    return {**CHILD_ENV, "EXTRACT_CACHE_DIR": str(folder)}


def once(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False, env=_env(cmd))
    took = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"cold_start: {' '.join(cmd)} exited {done.returncode}: {done.stderr.decode()[-400:]}")
    return took


def import_profile(cmd: list[str]) -> tuple[float, dict[str, float]]:
    """Total import self time and self time by top-level package, in seconds (one run)."""
    done = subprocess.run([cmd[0], "-X", "importtime", *cmd[1:]], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, check=False,
                          env=_env(cmd))
    packages: dict[str, float] = {}
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, _, name = line[len("import time:"):].split("|")
        top = name.strip().split(".")[0]
        packages[top] = packages.get(top, 0.0) + int(self_us) / 1e6
    return sum(packages.values()), packages


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--other", type=Path, help="another checkout with its own .venv (e.g. /work/main)")
    ap.add_argument("--runs", type=int, default=21)
    ap.add_argument("--sample", type=Path, default=SAMPLE)
    args = ap.parse_args()
    cmds = commands(args.other, args.sample)
    for cmd in cmds.values():
        once(cmd)  # untimed: bytecode, rule cache
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(args.runs):
        for name, cmd in cmds.items():
            times[name].append(once(cmd))
    print(f"cold start, {args.runs} interleaved rounds (seconds: median [q1 q3])")
    for name, found in times.items():
        q1, median, q3 = statistics.quantiles(found, n=4)
        print(f"  {name:36s} {median:6.3f}  [{q1:.3f} {q3:.3f}]")
    for name, cmd in cmds.items():
        if name.startswith("extract"):
            total, packages = import_profile(cmd)
            top = sorted(packages.items(), key=lambda p: -p[1])[:8]
            print(f"imports of {name}: {total:.3f} s self time in all; "
                  + ", ".join(f"{p} {s * 1000:.0f} ms" for p, s in top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
