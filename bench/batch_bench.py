"""Batch benchmark: throughput per worker count, peak memory, kill-and-resume. Prints figures.

    .venv/bin/python bench/batch_bench.py [--docs 10000] [--rss 1000,20000] [--workers 1,2]
                                          [--corpus ../shared/corpus] [--keep DIR]

What it does (nothing here is a test; it reports numbers for the issue's bars):

1. Snapshots extractor/ and patterns/ into a temp dir and runs that copy, so
   edits made in the checkout during the run cannot change the output midway.
2. Builds folders of N documents by repeating corpus/dev/*.txt and corpus/raw/*.txt
   under distinct names (hard links when possible), 100 per sub-folder.
3. Throughput: `extract DIR --workers W --output FILE -q` on the --docs folder for
   each W; docs/s = documents / wall time (start-up included); speed-up vs 1 worker.
4. Memory: the same command (default workers) on each --rss folder. A sampler reads
   /proc every 50 ms and records the peak over the whole process tree (the CLI and
   its workers) of the summed RSS and of the summed PSS (shared pages split between
   processes, so the sum is what the tree really occupies), and the sum of each
   process's VmHWM (its own peak, so short spikes between samples are not missed;
   an upper bound on the tree's peak). wait4's ru_maxrss is not used: Linux carries
   the spawning process's high-water mark across exec, so it measures the bench.
5. Kill and resume: the 2-worker run again, SIGKILL to the main process at a random
   point, then `--resume`; the final file must equal the uninterrupted run's bytes.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NL = b"\n"


def snapshot(dest: Path) -> Path:
    shutil.copytree(ROOT / "extractor", dest / "extractor", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "patterns", dest / "patterns")
    return dest


def build_folder(dest: Path, sources: list[Path], n: int) -> Path:
    dest.mkdir(parents=True)
    for i in range(n):
        src = sources[i % len(sources)]
        sub = dest / f"part{i // 100:04d}"
        if i % 100 == 0:
            sub.mkdir()
        target = sub / f"{i:06d}-{src.name}"
        try:
            os.link(src, target)
        except OSError:
            shutil.copyfile(src, target)
    return dest


def _tree(pid: int) -> list[int]:
    """pid and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read().rsplit(b")", 1)[1].split()
            children.setdefault(int(stat[1]), []).append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    out, stack = [], [pid]
    while stack:
        p = stack.pop()
        out.append(p)
        stack.extend(children.get(p, []))
    return out


def _kb(path: str, key: str) -> int:
    try:
        with open(path) as handle:
            for line in handle:
                if line.startswith(key):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class Sampler(threading.Thread):
    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.stop = pid, threading.Event()
        self.peak_rss = self.peak_pss = self.peak_procs = 0
        self.hwm: dict[int, int] = {}

    def run(self) -> None:
        while not self.stop.is_set():
            pids = _tree(self.pid)
            rss = sum(_kb(f"/proc/{p}/status", "VmRSS:") for p in pids)
            pss = sum(_kb(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids)
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            self.peak_procs = max(self.peak_procs, len(pids))
            for p in pids:  # VmHWM: each process's own high-water mark, caught even between samples
                self.hwm[p] = max(self.hwm.get(p, 0), _kb(f"/proc/{p}/status", "VmHWM:"))
            self.stop.wait(0.05)


def run_cli(snap: Path, args: list[str], kill_after: float | None = None) -> dict:
    env = dict(os.environ, PYTHONPATH=str(snap))
    env.pop("EXTRACT_DEBUG", None)
    start = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "extractor.cli", *args], cwd=snap, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    sampler = Sampler(proc.pid)
    sampler.start()
    killer = None
    if kill_after is not None:
        killer = threading.Timer(kill_after, lambda: os.kill(proc.pid, signal.SIGKILL))
        killer.start()
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if killer:
        killer.cancel()
    sampler.stop.set()
    sampler.join()
    time.sleep(0.3)
    orphans = [p for p in _tree_of_group(proc.pid)]
    if orphans:  # clean up whatever survived (should be nothing: workers die with their parent)
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
    return {"wall": wall, "code": proc.returncode, "stderr": stderr.decode("utf-8", "replace").strip(),
            "peak_rss_mb": sampler.peak_rss / 1024, "peak_pss_mb": sampler.peak_pss / 1024,
            "hwm_sum_mb": sum(sampler.hwm.values()) / 1024, "procs": sampler.peak_procs, "orphans": len(orphans)}


def _tree_of_group(pgid: int) -> list[int]:
    """Live (not zombie) processes of the run's process group."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as handle:
                    fields = handle.read().rsplit(b")", 1)[1].split()
                if int(fields[2]) == pgid and fields[0] != b"Z":
                    found.append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument("--rss", default="1000,20000", help="document counts for the memory runs")
    parser.add_argument("--workers", default="1,2", help="worker counts for the throughput runs ('' skips them)")
    parser.add_argument("--corpus", default=str(Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"))
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--skip-kill", action="store_true")
    parser.add_argument("--rounds", type=int, default=2, help="alternating runs per worker count (best kept)")
    parser.add_argument("--keep", help="build the folders here and keep them")
    opts = parser.parse_args()

    corpus = Path(opts.corpus)
    sources = sorted((corpus / "dev").glob("*.txt")) + sorted((corpus / "raw").glob("*.txt"))
    if not sources:
        print(f"no corpus texts under {corpus}/dev and {corpus}/raw", file=sys.stderr)
        return 1
    work = Path(opts.keep) if opts.keep else Path(tempfile.mkdtemp(prefix="batch-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(opts.seed)
    print(f"python {sys.version.split()[0]}, cpus {os.cpu_count()}, corpus texts {len(sources)}, work {work}")
    try:
        snap = snapshot(work / "snap")
        sizes = sorted({opts.docs, *(int(x) for x in opts.rss.split(",") if x)})
        folders = {n: build_folder(work / f"docs{n}", sources, n) for n in sizes}
        print(f"built folders: {', '.join(str(n) for n in sizes)} documents")

        rates = {}
        reference = None
        if opts.workers:
            print(f"\n== throughput: {opts.docs} documents ==")
        counts = [int(x) for x in opts.workers.split(",") if x]
        # A shared machine's speed drifts over a minute: the worker counts take
        # turns (1, 2, 1, 2 …) and each keeps its best run, so drift hits all alike.
        best_run: dict[int, dict] = {}
        for _ in range(opts.rounds):
            for w in counts:
                out = work / f"out-w{w}.jsonl"
                r = run_cli(snap, [str(folders[opts.docs]), "--workers", str(w), "--output", str(out), "-q"])
                if w not in best_run or r["wall"] < best_run[w]["wall"]:
                    best_run[w] = r
        for w in counts:
            out = work / f"out-w{w}.jsonl"
            r = best_run[w]
            rates[w] = opts.docs / r["wall"]
            lines = out.read_bytes().count(NL)
            print(f"workers={w}: {r['wall']:.1f} s, {rates[w]:.1f} docs/s, exit {r['code']}, {lines} lines, "
                  f"peak tree RSS {r['peak_rss_mb']:.0f} MB / PSS {r['peak_pss_mb']:.0f} MB")
            if r["stderr"]:
                print(f"  stderr: {r['stderr'][:300]}")
            if reference is None:
                reference = out.read_bytes()
            else:
                print(f"  output identical to workers={min(rates)}: {out.read_bytes() == reference}")
        if 1 in rates and len(rates) > 1:
            best = max(w for w in rates if w != 1)
            print(f"speed-up {best} workers vs 1: {rates[best] / rates[1]:.2f}x (bar >= 1.8x)")

        print("\n== memory: default workers ==")
        mem = {}
        for n in sorted(int(x) for x in opts.rss.split(",") if x):
            out = work / f"out-rss{n}.jsonl"
            r = run_cli(snap, [str(folders[n]), "--output", str(out), "-q"])
            mem[n] = r
            print(f"{n} docs: {r['wall']:.1f} s, peak tree PSS {r['peak_pss_mb']:.1f} MB, "
                  f"peak tree RSS {r['peak_rss_mb']:.1f} MB, sum of per-process VmHWM {r['hwm_sum_mb']:.1f} MB, "
                  f"{r['procs']} processes, exit {r['code']}")
        if len(mem) >= 2:
            lo, hi = min(mem), max(mem)
            for key in ("peak_rss_mb", "hwm_sum_mb", "peak_pss_mb"):
                a, b = mem[lo][key], mem[hi][key]
                print(f"{key}: {lo} docs {a:.1f} MB vs {hi} docs {b:.1f} MB: {100 * (b - a) / a:+.1f}% "
                      f"(bar within 10%, <= 150 MB)")

        if not opts.skip_kill:
            print(f"\n== SIGKILL and --resume: {opts.docs} documents, 2 workers ==")
            ref_path = work / "out-w2.jsonl"
            ref_secs = None
            if not ref_path.exists():
                t0 = time.perf_counter()
                run_cli(snap, [str(folders[opts.docs]), "--workers", "2", "--output", str(ref_path), "-q"])
                ref_secs = time.perf_counter() - t0
            expected = ref_path.read_bytes()
            # kill somewhere inside the run: its length from this run's own timing
            est = opts.docs / rates.get(2, rates[max(rates)]) if rates else (ref_secs or opts.docs / 100)
            at = rng.uniform(0.1, 0.9) * est
            out = work / "out-killed.jsonl"
            args = [str(folders[opts.docs]), "--workers", "2", "--output", str(out), "-q"]
            r = run_cli(snap, args, kill_after=at)
            before = out.read_bytes()
            complete, partial = before.count(NL), bool(before) and not before.endswith(NL)
            print(f"killed after {at:.1f} s: exit {r['code']}, {complete} complete lines, "
                  f"trailing partial line: {partial}, surviving workers: {r['orphans']}")
            r = run_cli(snap, args + ["--resume"])
            print(f"--resume: {r['wall']:.1f} s, exit {r['code']}: {r['stderr']}")
            after = out.read_bytes()
            print(f"final output equals the uninterrupted run: {after == expected} "
                  f"({after.count(NL)} vs {expected.count(NL)} lines)")
    finally:
        if not opts.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
