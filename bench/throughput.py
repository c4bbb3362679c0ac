"""Speed of `extract`: throughput, a regex floor, cold start, import costs, per-extractor time.

    python bench/throughput.py [--corpus DIR] [--mb 5] [--runs 5] [--sample FILE] [--top 15]

Prints, in one run:

1. throughput: `extractor.extract` on the decoded dev corpus (every *.txt,
   decoded once, up front, with `extractor.reading.decoding.decode`) repeated until the
   UTF-8 size is >= --mb megabytes (10**6 bytes), in characters per second; the
   same documents through one `regex.findall(r"\\d+")` pass each as the floor;
   and the ratio floor / extract. A warm-up pass over the corpus (rule loading,
   regex compilation) runs first and is reported, not counted.
2. per-stage breakdown over the same repeated corpus: time in the Doc (mask,
   fold, body), document, the numeric kinds, and each people kind, called as
   extractor/pipeline.py calls them, and what is left of extract() (models,
   sha256): each document's extract() is timed back to back with its stages,
   so outside load weighs on both alike. Then the two readings of issue 8's speed
   bar: extract() with officials and awards against it without them, and the
   officials and awards stages against the numeric stage.
3. cold start: wall time of a fresh `extract SAMPLE` subprocess, median of
   --runs (target < 0.3 s), beside a bare `python -c pass` for scale.
4. import costs: `python -X importtime` of the same command, the modules with
   the largest cumulative and self import time (median over 3 runs).

A benchmark, not a test: it prints figures and exits 0 (1 only if extraction
fails outright). Timings are wall-clock (time.perf_counter) on whatever machine
runs it; rerun rather than quote.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import DEFAULT_CORPUS, REPO  # noqa: E402

DEFAULT_SAMPLE = REPO / "samples" / "shinan-2022-11-28.txt"
COLD_TARGET_S = 0.3


# --- corpus ------------------------------------------------------------------

def load_corpus(folder: Path) -> list[str]:
    from extractor.reading.decoding import decode

    texts = []
    for path in sorted(folder.glob("*.txt")):
        text, _ = decode(path.read_bytes())
        texts.append(text)
    if not texts:
        raise SystemExit(f"bench: no *.txt files in {folder}")
    return texts


def repeat_to(texts: list[str], min_bytes: int) -> list[str]:
    """The corpus repeated (whole passes, then a prefix) until its UTF-8 size reaches min_bytes."""
    out, size = [], 0
    while size < min_bytes:
        for t in texts:
            out.append(t)
            size += len(t.encode("utf-8"))
            if size >= min_bytes:
                break
    return out


# --- throughput ----------------------------------------------------------------

def time_extract(docs: list[str]) -> float:
    from extractor import extract

    t0 = time.perf_counter()
    for t in docs:
        extract(t)
    return time.perf_counter() - t0


def time_floor(docs: list[str], repeats: int = 3) -> float:
    import regex

    pattern = regex.compile(r"\d+")
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        for t in docs:
            pattern.findall(t)
        best = min(best, time.perf_counter() - t0)
    return best


def breakdown(docs: list[str]) -> dict[str, float]:
    """Time each stage of extractor.pipeline.extract, called as the pipeline calls it.

    Mirrors pipeline.extract: the Doc (markup mask, folding, body), the document
    fields, the numeric kinds (shared scan, every kind's candidates, overlap
    resolution), then each kind of the people registry in order. Model building
    and sha256 are left out: they are what 'rest of extract()' shows.
    """
    from extractor import extract, pipeline
    from extractor.doc import Doc
    from extractor.kinds import document

    stages = {"doc": 0.0, "document": 0.0, "numeric": 0.0,
              **{kind.NAME: 0.0 for kind in pipeline.PEOPLE_KINDS}, "extract()": 0.0}
    clock = time.perf_counter
    for text in docs:
        if not text.strip():
            continue
        # the whole extract() of the same document, back to back with its stages, so that
        # load from other processes weighs on both alike and the difference means something
        e0 = clock()
        extract(text)
        stages["extract()"] += clock() - e0
        t0 = clock()
        doc = Doc.of(text)
        t1 = clock()
        doc.facts["document"] = document.extract_document(doc.view, doc.body, doc.folded)
        t2 = clock()
        pipeline._numeric_facts(doc)
        t3 = clock()
        stages["doc"] += t1 - t0
        stages["document"] += t2 - t1
        stages["numeric"] += t3 - t2
        for kind in pipeline.PEOPLE_KINDS:
            k0 = clock()
            doc.facts[kind.NAME] = [c.fact for c in kind.candidates(doc)]
            stages[kind.NAME] += clock() - k0
    return stages


# --- start-up ------------------------------------------------------------------

def extract_command() -> list[str]:
    """The `extract` console script of this interpreter's environment, run by this interpreter."""
    script = Path(sys.executable).with_name("extract")
    if script.is_file():
        return [sys.executable, str(script)]
    found = shutil.which("extract")
    if found:
        return [sys.executable, found]
    return [sys.executable, "-m", "extractor.cli"]


# A user's `pip install .` has compiled bytecode; a sandbox may set
# PYTHONDONTWRITEBYTECODE, which would make every run recompile the package's
# source. Let the untimed first run write __pycache__ so the timed runs measure
# what a user sees.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def wall(cmd: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO, env=CHILD_ENV)
        times.append(time.perf_counter() - t0)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} exited {done.returncode}: "
                               f"{done.stderr.decode(errors='replace').strip()[-500:]}")
    return times


def import_times(cmd: list[str], runs: int = 3) -> tuple[dict[str, tuple[int, int, int]], list[int]]:
    """name -> (median self us, median cumulative us, nesting depth); plus total per run."""
    per_module: dict[str, list[tuple[int, int, int]]] = {}
    totals = []
    for _ in range(runs):
        done = subprocess.run([cmd[0], "-X", "importtime", *cmd[1:]], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, cwd=REPO, text=True, env=CHILD_ENV)
        total = 0
        for line in done.stderr.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            try:
                self_us, cum_us, name = line[len("import time:"):].split("|")
                self_us, cum_us = int(self_us), int(cum_us)
            except ValueError:
                continue
            depth = (len(name) - len(name.lstrip(" ")) - 1) // 2
            name = name.strip()
            per_module.setdefault(name, []).append((self_us, cum_us, depth))
            if depth == 0:
                total += cum_us
        totals.append(total)
    merged = {
        name: (int(statistics.median(v[0] for v in vals)), int(statistics.median(v[1] for v in vals)),
               vals[0][2])
        for name, vals in per_module.items()
    }
    return merged, totals


FIRST_CALL = r"""
import json, sys, time
t0 = time.perf_counter()
import regex
try:  # time spent compiling regular expressions (every regex.compile/search/... goes through _compile)
    import regex._main as _rm
    _orig, _spent = _rm._compile, [0.0]
    def _timed(*a, **k):
        s = time.perf_counter()
        try:
            return _orig(*a, **k)
        finally:
            _spent[0] += time.perf_counter() - s
    _rm._compile = _timed
except Exception:
    _spent = [float("nan")]
t1 = time.perf_counter()
import extractor
from extractor import pipeline
from extractor.doc import Doc
from extractor.kinds import document
from extractor.reading.decoding import decode
t2 = time.perf_counter()
raw, _ = decode(open(sys.argv[1], "rb").read())
c0 = _spent[0]
s0 = time.perf_counter(); doc = Doc.of(raw)
s1 = time.perf_counter(); doc.facts["document"] = document.extract_document(doc.view, doc.body, doc.folded)
s2 = time.perf_counter(); pipeline._numeric_facts(doc)
s3 = time.perf_counter()
firsts = {"first Doc": s1 - s0, "first document": s2 - s1, "first numeric": s3 - s2}
for kind in pipeline.PEOPLE_KINDS:
    k0 = time.perf_counter()
    doc.facts[kind.NAME] = [c.fact for c in kind.candidates(doc)]
    firsts["first " + kind.NAME] = time.perf_counter() - k0
print(json.dumps({"import regex": t1 - t0, "import extractor (+ stage modules)": t2 - t1, **firsts,
                  "regex compilation inside first call": _spent[0] - c0}))
"""


def first_call_split(sample: Path, runs: int) -> dict[str, float]:
    """In fresh processes: import time, then each stage's first call (rule loading + regex compilation)."""
    import json

    rows: dict[str, list[float]] = {}
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", FIRST_CALL, str(sample)], capture_output=True, env=CHILD_ENV,
                              text=True, cwd=REPO)
        if done.returncode != 0:
            raise RuntimeError(done.stderr.strip()[-500:])
        for k, v in json.loads(done.stdout).items():
            rows.setdefault(k, []).append(v)
    return {k: statistics.median(v) for k, v in rows.items()}


# --- report --------------------------------------------------------------------

def _mb(n: int) -> str:
    return f"{n / 1e6:.2f} MB"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench/throughput.py", description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of *.txt (default: dev corpus)")
    ap.add_argument("--mb", type=float, default=5.0, help="repeat the corpus to at least this many MB (UTF-8)")
    ap.add_argument("--runs", type=int, default=5, help="cold-start runs (median reported)")
    ap.add_argument("--sample", type=Path, default=DEFAULT_SAMPLE, help="file for the cold-start run")
    ap.add_argument("--top", type=int, default=15, help="modules to list in the import summary")
    ap.add_argument("--skip-startup", action="store_true", help="only the in-process figures")
    args = ap.parse_args(argv)

    print(f"python {sys.version.split()[0]} ({sys.executable}); {os.cpu_count()} CPUs; "
          f"load average {', '.join(f'{x:.2f}' for x in os.getloadavg())} (timings are wall-clock)")
    texts = load_corpus(args.corpus)
    docs = repeat_to(texts, int(args.mb * 1e6))
    chars = sum(len(t) for t in docs)
    size = sum(len(t.encode("utf-8")) for t in docs)
    corpus_chars = sum(len(t) for t in texts)
    print(f"corpus: {args.corpus}: {len(texts)} documents, {corpus_chars:,} chars; "
          f"repeated to {len(docs)} documents, {chars:,} chars, {_mb(size)} UTF-8")

    # 1. throughput
    print("\n== throughput ==")
    t_warm = time_extract(texts)
    print(f"warm-up (first pass over {len(texts)} documents, rules load + compile): {t_warm:.3f} s")
    t_extract = time_extract(docs)
    t_floor = time_floor(docs)
    cps, floor_cps = chars / t_extract, chars / t_floor
    print(f"extract            {t_extract:9.3f} s  {cps:>14,.0f} chars/s  "
          f"({size / t_extract / 1e6:.3f} MB/s, {len(docs) / t_extract:,.1f} docs/s)")
    print(f"floor \\d+ findall  {t_floor:9.3f} s  {floor_cps:>14,.0f} chars/s  (best of 3)")
    print(f"ratio floor/extract: {floor_cps / cps:,.0f}x  (extract runs at {cps / floor_cps:.3%} of the floor)")

    # 2. per-extractor breakdown
    print("\n== per-extractor breakdown (same repeated corpus) ==")
    stages = breakdown(docs)
    whole = stages.pop("extract()")
    staged = sum(stages.values())
    rest = whole - staged
    stages["rest of extract()"] = max(rest, 0.0)
    print(f"  (each document's extract() timed back to back with its stages: {whole:.3f} s in all)")
    for name, secs in stages.items():
        share = secs / whole if whole else 0.0
        stage_cps = chars / secs if secs else float("inf")
        print(f"  {name:<18} {secs:8.3f} s  {share:6.1%}  {stage_cps:>14,.0f} chars/s alone")
    print("  rest of extract() = extract() less the stages: models, sha256, grounding filter"
          + ("" if rest > 0.02 * whole else " (within timing noise)"))
    # Issue 3's bar: what officials and awards cost on top of the rest, from this one run.
    names = [n for n in stages if n.startswith(("officials", "awards"))]
    people = sum(stages[n] for n in names)
    if names and whole > people:
        print(f"  without {' and '.join(names)}: {chars / (whole - people):,.0f} chars/s; "
              f"with them {chars / whole:,.0f} chars/s: {whole / (whole - people):.2f}x the time")
        # Issue 8's wording, read literally: the people and awards stages against the numeric stage.
        if stages.get("numeric"):
            print(f"  {' and '.join(names)} stages / numeric stage: {people:.3f} s / {stages['numeric']:.3f} s"
                  f" = {people / stages['numeric']:.2f}x")

    # 2b. one long body: time must grow linearly with length (no quadratic rule)
    print("\n== one long document (the corpus joined into a single body) ==")
    joined = "\n".join(docs[: len(docs) // 4 or 1])
    import extractor.doc.body as body_module
    from extractor.doc.body import Body
    for scale in (1, 4):
        long_text = joined * scale
        original = body_module.find_body_folded
        body_module.find_body_folded = lambda text: Body(0, len(text))  # no boilerplate cut-off
        try:
            secs = time_extract([long_text])
        finally:
            body_module.find_body_folded = original
        print(f"  {len(long_text):>10,} chars in one body: {secs:7.2f} s  {len(long_text) / secs:>12,.0f} chars/s")

    if args.skip_startup:
        return 0

    # 3. cold start
    print(f"\n== cold start == (load average now {os.getloadavg()[0]:.2f})")
    cmd = extract_command()
    sample = args.sample.resolve()
    shown = " ".join(Path(c).name if i == 0 else c for i, c in enumerate(cmd))
    wall(cmd + [str(sample)], 1)  # one untimed run: page cache, .pyc files
    cold = wall(cmd + [str(sample)], args.runs)
    bare = wall([sys.executable, "-c", "pass"], args.runs)
    imp = wall([sys.executable, "-c", "import extractor"], args.runs)
    med = statistics.median(cold)
    verdict = "OK" if med < COLD_TARGET_S else "OVER TARGET"
    print(f"{shown} {sample.name}: median {med:.3f} s over {args.runs} runs "
          f"(min {min(cold):.3f}, max {max(cold):.3f}); target < {COLD_TARGET_S} s: {verdict}")
    print(f"python -c pass:             median {statistics.median(bare):.3f} s  (interpreter start-up alone)")
    print(f"python -c 'import extractor': median {statistics.median(imp):.3f} s")

    print(f"where the time goes in a fresh process (median of {args.runs}; first calls load rules "
          "and compile patterns):")
    try:
        for name, secs in first_call_split(sample, args.runs).items():
            print(f"  {name:<38} {secs:7.3f} s")
    except Exception as exc:  # a stage's signature changed mid-edit, say: report, carry on
        print(f"  (could not split the first call: {exc})")

    # 4. import costs
    print("\n== import time (python -X importtime, same command, median of 3) ==")
    modules, totals = import_times(cmd + [str(sample)])
    print(f"total of top-level imports: median {statistics.median(totals) / 1e3:.1f} ms")
    print(f"top {args.top} by cumulative (depth = nesting level; a parent includes its children):")
    print(f"  {'cumul ms':>9} {'self ms':>8} depth  module")
    for name, (self_us, cum_us, depth) in sorted(modules.items(), key=lambda kv: -kv[1][1])[: args.top]:
        print(f"  {cum_us / 1e3:9.1f} {self_us / 1e3:8.1f} {depth:5d}  {name}")
    print(f"top {min(args.top, 10)} by self time:")
    for name, (self_us, _cum, _depth) in sorted(modules.items(), key=lambda kv: -kv[1][0])[: min(args.top, 10)]:
        print(f"  {self_us / 1e3:9.1f} ms  {name}")
    groups: dict[str, int] = {}
    for name, (self_us, _, _) in modules.items():
        root = name.split(".")[0]
        groups[root] = groups.get(root, 0) + self_us
    print("self time by top-level package:")
    for root, us in sorted(groups.items(), key=lambda kv: -kv[1])[:10]:
        print(f"  {us / 1e3:9.1f} ms  {root}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
