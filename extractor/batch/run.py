"""A batch run: a process pool, results streamed in input order, progress and a summary.

`iter_results` hands the paths to a process pool with a bounded window of
in-flight documents (`workers * WINDOW_PER_WORKER * CHUNK`) and yields results in
input order as they complete, so memory stays flat and the output order never
depends on the number of workers. Each worker process loads and compiles the
rules once (`_init_worker` warms the caches) and formats its own output, so the
parent only writes finished lines. `run_batch` ties inputs, resume, the pool and
the sink together and reports on stderr.
"""
from __future__ import annotations

import gc
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import IO

from .formats import FORMATS, Sink, format_record
from .inputs import DEFAULT_MAX_BYTES, STDIN, UsageError, check_output, collect_inputs, read_stdin
from .record import extract_record
from .resume import prepare_resume, resume_hint

WINDOW_PER_WORKER = 4   # chunks in flight per worker
CHUNK = 8               # documents per chunk sent to a worker


@dataclass
class BatchOptions:
    workers: int | None = None
    output: str | None = None
    resume: bool = False
    fmt: str = "jsonl"
    max_bytes: int = DEFAULT_MAX_BYTES
    globs: Sequence[str] = ()
    quiet: bool = False
    argv: Sequence[str] = field(default_factory=list)


# --------------------------------------------------------------------------- worker side

@dataclass
class Result:
    path: str | None
    payload: str            # the document's output, formatted (JSON line or CSV rows), no trailing newline
    error: str | None = None   # the message of a document that failed


_STATE: dict = {}


def _die_with_parent(parent: int) -> None:
    """Linux: a worker whose parent is killed (SIGKILL, SIGPIPE from `| head`) exits too."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _init_worker(fmt: str, max_bytes: int, in_process: bool = False, parent: int | None = None,
                 packs=None) -> None:
    """Per process, once: remember the options, take the parent's pattern packs (a worker
    that is not forked starts without them) and load/compile every rule file."""
    gc.enable()
    if packs is not None:
        from ..rules import packs as pattern_packs

        pattern_packs.set_default(packs)
    if not in_process:
        # Ctrl-C goes to the whole process group; the parent decides what to do.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if parent is not None and sys.platform.startswith("linux"):
            _die_with_parent(parent)
    _STATE.update(fmt=fmt, max_bytes=max_bytes)
    try:  # fill the per-process rule caches now, so no document pays for them
        from ..pipeline import extract

        extract("前三季度，新注册项目85个，投资4.75亿元，同比增长39.43%。")
    except Exception:  # a broken rule file is reported per document, as an error record
        pass
    from ..rules import rxcache

    rxcache.save()  # pool workers end without atexit handlers


def process_task(task: tuple[str, bytes | None]) -> Result:
    """Read, extract and format one document (path, stdin bytes or None). Never raises for a bad file."""
    from ..output.models import ErrorRecord

    path, data = task
    record = extract_record(path, _STATE["max_bytes"], data)
    if isinstance(record, ErrorRecord):
        return Result(record.source.path, format_record(record, _STATE["fmt"]), record.error.message)
    # a file of records: one line (or CSV rows) per record, written together
    payload = "\n".join(text for facts in record if (text := format_record(facts, _STATE["fmt"])))
    return Result(record[0].source.path, payload)


def process_chunk(tasks: list[tuple]) -> list[Result]:
    """Several documents per round trip: the pool's per-task cost (pickling, queues,
    futures) is paid once per chunk, which keeps the parent from becoming the
    bottleneck when documents take a few milliseconds each."""
    return [process_task(task) for task in tasks]


# --------------------------------------------------------------------------- parent side

def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def iter_results(tasks: Iterable[tuple], workers: int, fmt: str, max_bytes: int,
                 on_start=None) -> Iterator[Result]:
    """Results in task order; at most workers * WINDOW_PER_WORKER * CHUNK documents in flight."""
    if workers <= 1:
        if on_start:
            on_start()
        _init_worker(fmt, max_bytes, in_process=True)
        for task in tasks:
            yield process_task(task)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork: workers start in milliseconds and share the parent's imported code.
    # The pool is started before any thread of ours (rich's refresh thread) exists.
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    gc.freeze()  # the parent's objects stay shared with the forked workers: gc never writes to them
    from ..rules.packs import default_packs

    executor = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker,
                                   initargs=(fmt, max_bytes, False, os.getpid(), default_packs()))
    try:
        pending = iter(tasks)
        window: deque = deque()
        for _ in range(workers * WINDOW_PER_WORKER):
            chunk = list(islice(pending, CHUNK))
            if not chunk:
                break
            window.append(executor.submit(process_chunk, chunk))
        if on_start:
            on_start()
        while window:
            results = window.popleft().result()
            chunk = list(islice(pending, CHUNK))
            if chunk:
                window.append(executor.submit(process_chunk, chunk))
            yield from results
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()


class _Progress:
    """rich progress bar on a terminal stderr; otherwise plain lines. Errors always printed."""

    def __init__(self, stderr: IO[str], total: int, enabled: bool, already: int = 0):
        self.stderr, self.total = stderr, total
        self.bar = None
        self.started = time.monotonic()
        self.done = self.errors = 0
        if enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.console = Console(file=stderr, stderr=True)
            self.bar = Progress(TextColumn("extract"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[rate]} docs/s"), TextColumn("{task.fields[errors]} errors"),
                                TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                                console=self.console, transient=True, refresh_per_second=4)
            self.task = self.bar.add_task("extract", total=total, completed=already, rate="0.0", errors=0)

    def start(self) -> None:
        self.started = time.monotonic()
        if self.bar is not None:
            self.bar.start()

    def error(self, line: str) -> None:
        if self.bar is not None:
            self.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            print(line, file=self.stderr, flush=True)

    def advance(self, failed: bool) -> None:
        self.done += 1
        self.errors += failed
        if self.bar is not None:
            elapsed = max(time.monotonic() - self.started, 1e-9)
            self.bar.update(self.task, advance=1, rate=f"{self.done / elapsed:.1f}", errors=self.errors)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


@dataclass
class _Counts:
    """Documents of a run: inputs, those already in a resumed FILE, and those written now."""

    total: int
    skipped: int
    failed_before: int    # error records already in a resumed FILE
    written: int = 0
    errors: int = 0


def check_options(opts: BatchOptions) -> None:
    """Raise UsageError for a combination of options that cannot run."""
    if opts.fmt not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}")
    if opts.resume and not opts.output:
        raise UsageError("--resume needs --output FILE (the file to continue)")
    if opts.resume and opts.fmt != "jsonl":
        raise UsageError("--resume works with --format jsonl only")
    if opts.workers is not None and opts.workers < 1:
        raise UsageError("--workers must be at least 1")
    if opts.output:
        check_output(opts.output)


def run_batch(args: Sequence[str], opts: BatchOptions, stdout: IO[str], stderr: IO[str],
              stdin: IO[bytes]) -> int:
    """Process every input; return 0 (all fine), 1 (some failed) or 130 (interrupted)."""
    gc.enable()  # `extract` starts with the cyclic collector off; a long run needs it
    check_options(opts)
    paths, no_files = collect_inputs(args, opts.globs, stderr, opts.output)
    stdin_data = read_stdin(stdin, opts.max_bytes) if STDIN in paths else None
    done, failed_before = prepare_resume(opts.output, paths) if opts.resume else ({}, 0)
    counts = _Counts(total=len(paths), skipped=sum(1 for p in paths if p in done), failed_before=failed_before)
    workers = min(opts.workers or default_workers(), max(counts.total - counts.skipped, 1))
    tasks = ((p, stdin_data if p == STDIN else None) for p in paths if p not in done)
    progress = _Progress(stderr, counts.total, not opts.quiet and _isatty(stderr), already=counts.skipped)
    try:
        sink = Sink(opts.fmt, stream=stdout, path=opts.output, append=opts.resume)
    except OSError as exc:  # permission denied, a read-only disk: said in one line, before any work
        raise UsageError(f"--output {opts.output}: cannot write: {exc.strerror or exc}") from None
    try:
        for result in iter_results(tasks, workers, opts.fmt, opts.max_bytes, on_start=progress.start):
            if result.error is not None:
                counts.errors += 1
                progress.error(f"extract: {result.path or STDIN}: {result.error}")
            sink.write(result.payload)
            counts.written += 1
            progress.advance(result.error is not None)
    except BaseException as exc:  # Ctrl-C or a bug: leave whole lines behind either way
        progress.stop()
        sink.close(complete=False)
        if not isinstance(exc, KeyboardInterrupt):
            raise
        print(_interrupted(opts, counts), file=stderr)
        return 130
    progress.stop()
    sink.close()
    if not opts.quiet:
        print(_summary(opts, counts, time.monotonic() - progress.started), file=stderr)
    return 1 if (counts.errors or no_files or failed_before) else 0


def _interrupted(opts: BatchOptions, counts: _Counts) -> str:
    if opts.output:
        hint = f"resume with: {resume_hint(opts.argv)}"
    else:
        hint = "to be able to resume, write to a file: --output FILE, then add --resume"
    return f"extract: interrupted after {counts.written + counts.skipped} of {counts.total} documents; {hint}"


def _summary(opts: BatchOptions, counts: _Counts, seconds: float) -> str:
    elapsed = max(seconds, 1e-9)
    extracted = counts.written - counts.errors
    parts = [f"{counts.total} documents", f"{extracted} extracted", f"{counts.errors + counts.failed_before} failed"]
    if opts.resume:
        parts.append(f"{counts.skipped} already in {opts.output}")
    where = f" → {opts.output}" if opts.output else ""
    return f"extract: {', '.join(parts)} in {elapsed:.1f} s ({extracted / elapsed:.1f} docs/s){where}"


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
