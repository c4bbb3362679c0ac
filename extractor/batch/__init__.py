"""Many documents at once: walk, extract in parallel, stream in order, resume.

    extract DIR [DIR|FILE ...] [--workers N] [--output FILE [--resume]]
                [--format jsonl|json|csv] [--glob PATTERN ...] [--max-bytes SIZE] [--quiet]

Design, in the order a document travels:

* `collect_inputs` expands the arguments into one sorted list of paths (the only
  thing held for the whole run: a few MB for 100,000 files). Folders are walked
  recursively; hidden files and folders are skipped; symlinked folders are
  followed once (a folder already visited, by device and inode, is skipped, so a
  symlink loop ends the branch).
* `iter_results` hands the paths to a process pool with a bounded window of
  in-flight documents (`workers * WINDOW_PER_WORKER * CHUNK`) and yields results in input
  order as they complete, so memory stays flat and the output order never
  depends on the number of workers. Each worker process loads and compiles the
  rules once (`_init_worker` warms the caches) and serialises its own output, so
  the parent only writes finished lines.
* `Sink` writes whole lines. For `--output FILE` every document is one write
  followed by a flush, and the file is fsync'd at checkpoints (every few
  seconds) and at the end, so a killed run leaves complete lines (and at worst a
  trailing partial line, which `--resume` cuts off).
* `prepare_resume` reads FILE, truncates a trailing partial line, and keeps the
  records whose path is still an input and whose `source.sha256` equals the
  sha256 of the file's current bytes; stale or duplicate records are dropped
  (the file is rewritten atomically when that happens) and those documents are
  processed again.
"""
from __future__ import annotations

import csv
import fnmatch
import gc
import hashlib
import io
import json
import os
import shlex
import signal
import stat
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import IO

DEFAULT_SUFFIXES = (".txt", ".text", ".htm", ".html", ".shtml", ".xhtml", ".xml", ".md")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
FORMATS = ("jsonl", "json", "csv")
WINDOW_PER_WORKER = 4   # chunks in flight per worker
CHUNK = 8               # documents per chunk sent to a worker
FSYNC_EVERY_SECONDS = 2.0
STDIN = "-"

# CSV: one row per fact of counts, percentages, money and measures, plus one row
# per document that failed (kind "error"). Money puts its amount in value/value_max
# and its ISO 4217 code in unit.
CSV_COLUMNS = ("path", "sha256", "kind", "text", "start", "end", "value", "value_max", "unit",
               "qualifier", "item", "direction", "basis", "currency_explicit", "error")
_CSV_KINDS = (("counts", "count"), ("percentages", "percentage"), ("money", "money"), ("measures", "measure"))


class UsageError(Exception):
    """Bad combination of options; the CLI turns it into exit status 2."""


# --------------------------------------------------------------------------- inputs

def parse_size(text: str) -> int:
    """'20MB', '512k', '1048576' → bytes."""
    raw = text.strip().lower().replace(" ", "")
    units = {"": 1, "b": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 1024 ** 2, "mb": 1024 ** 2,
             "mib": 1024 ** 2, "g": 1024 ** 3, "gb": 1024 ** 3, "gib": 1024 ** 3}
    number = raw.rstrip("kmgib")
    suffix = raw[len(number):]
    try:
        value = float(number)
    except ValueError:
        raise UsageError(f"--max-bytes: not a size: {text!r} (try 20MB)") from None
    if suffix not in units or value <= 0:
        raise UsageError(f"--max-bytes: not a size: {text!r} (try 20MB)")
    return int(value * units[suffix])


def _wanted(rel: str, name: str, globs: Sequence[str]) -> bool:
    if not globs:
        return os.path.splitext(name)[1].lower() in DEFAULT_SUFFIXES
    for pattern in globs:
        target = rel if "/" in pattern else name
        if pattern.startswith("**/"):
            if fnmatch.fnmatch(rel, pattern[3:]) or fnmatch.fnmatch(rel, pattern):
                return True
        elif fnmatch.fnmatch(target, pattern):
            return True
    return False


def walk(root: str, globs: Sequence[str] = ()) -> list[str]:
    """Every wanted file under `root`, sorted; hidden entries skipped; symlink loops harmless."""
    found: list[str] = []
    seen_dirs: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
        except OSError:
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:  # a symlink loop, or a second way into a folder already walked
            continue
        seen_dirs.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        subdirs = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()  # follows symlinks
                is_file = not is_dir and entry.is_file()
            except OSError:
                continue
            if is_dir:
                subdirs.append(entry.path)
            elif is_file:
                rel = os.path.relpath(entry.path, root).replace(os.sep, "/")
                if _wanted(rel, entry.name, globs):
                    found.append(entry.path)
        stack.extend(reversed(subdirs))
    found.sort()
    return found


def collect_inputs(args: Sequence[str], globs: Sequence[str], stderr: IO[str]) -> tuple[list[str], bool]:
    """Expand arguments in the order given (folders walked and sorted). Returns (paths, any_failed)."""
    paths: list[str] = []
    failed = False
    for arg in args:
        if arg != STDIN and os.path.isdir(arg):
            found = walk(arg, globs)
            if not found:
                print(f"extract: {arg}: no text files in this directory", file=stderr)
                failed = True
            paths.extend(found)
        else:
            paths.append(arg)
    return paths, failed


# --------------------------------------------------------------------------- worker side

@dataclass
class Result:
    path: str | None
    payload: str            # the document's output, formatted (JSON line or CSV rows), no trailing newline
    error: tuple[str, str] | None = None   # (type, message)


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


def _init_worker(fmt: str, max_bytes: int, in_process: bool = False, parent: int | None = None) -> None:
    """Per process, once: remember the options and load/compile every rule file."""
    gc.enable()
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


def _hash_stream(path: str) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def os_error_kind(exc: OSError) -> tuple[str, str]:
    """(error type, message) for a file that cannot be read, as error records name them."""
    if isinstance(exc, FileNotFoundError):
        return "FileNotFound", "no such file"
    if isinstance(exc, IsADirectoryError):
        return "IsADirectory", "is a directory"
    if isinstance(exc, PermissionError):
        return "PermissionDenied", "permission denied"
    return "ReadError", exc.strerror or str(exc)


def _read(path: str, max_bytes: int) -> tuple[bytes | None, str | None, tuple[str, str] | None]:
    """(data, sha256, error)."""
    try:
        st = os.stat(path)
    except OSError as exc:
        return None, None, os_error_kind(exc)
    if stat.S_ISDIR(st.st_mode):
        return None, None, ("IsADirectory", "is a directory")
    if stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
        return None, _hash_stream(path), ("TooLarge", f"{st.st_size} bytes is over --max-bytes {max_bytes}")
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        return None, None, os_error_kind(exc)
    if len(data) > max_bytes:
        return None, None, ("TooLarge", f"over --max-bytes {max_bytes}")
    return data, hashlib.sha256(data).hexdigest(), None


def _error_payload(fmt: str, path: str | None, sha: str | None, kind: str, message: str) -> str:
    from ..output.models import ErrorInfo, ErrorRecord, Source

    if fmt == "csv":
        row = dict.fromkeys(CSV_COLUMNS, "")
        row.update(path=path or "", sha256=sha or "", kind="error", error=f"{kind}: {message}")
        return _csv_text([row])
    record = ErrorRecord(source=Source(path=path, sha256=sha), error=ErrorInfo(type=kind, message=message))
    return record.model_dump_json()


def _csv_text(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writerows(rows)
    return buffer.getvalue().rstrip("\n")


def facts_to_csv_rows(facts) -> list[dict]:
    """One dict per fact of counts, percentages, money and measures, in that order."""
    data = facts.model_dump(mode="json")
    rows = []
    for field_name, kind in _CSV_KINDS:
        for fact in data[field_name]:
            row = dict.fromkeys(CSV_COLUMNS, "")
            row.update(path=data["source"]["path"] or "", sha256=data["source"]["sha256"] or "", kind=kind,
                       text=fact["text"], start=fact["start"], end=fact["end"])
            if kind == "money":
                row.update(value=fact["amount"], value_max=fact.get("amount_max"), unit=fact["currency"],
                           currency_explicit=str(fact["currency_explicit"]).lower())
            else:
                row.update(value=fact["value"], value_max=fact.get("value_max"), unit=fact["unit"])
            for name in ("qualifier", "item", "direction", "basis"):
                row[name] = fact.get(name)
            rows.append({k: ("" if v is None else v) for k, v in row.items()})
    return rows


def process_task(task: tuple[str, bytes | None]) -> Result:
    """Read, hash, decode, extract and format one document. Never raises for a bad file."""
    path, data = task
    fmt, max_bytes = _STATE["fmt"], _STATE["max_bytes"]
    shown = None if path == STDIN else path
    if data is None:
        data, sha, error = _read(path, max_bytes)
    else:
        sha, error = hashlib.sha256(data).hexdigest(), None
        if len(data) > max_bytes:
            data, error = None, ("TooLarge", f"{len(data)} bytes is over --max-bytes {max_bytes}")
    if error is not None:
        return Result(shown, _error_payload(fmt, shown, sha, *error), error)
    from ..pipeline import extract_bytes
    from ..reading.decoding import DecodeError

    try:
        facts = extract_bytes(data, path=shown)
    except DecodeError as exc:
        error = ("DecodeError", str(exc))
    except RecursionError:
        error = ("InternalError", "input too deeply nested to process")
    except Exception as exc:  # a bug must not stop a batch
        if os.environ.get("EXTRACT_DEBUG"):
            raise
        error = ("InternalError",
                 f"internal error ({type(exc).__name__}: {exc}); set EXTRACT_DEBUG=1 for a traceback")
    if error is not None:
        return Result(shown, _error_payload(fmt, shown, sha, *error), error)
    if fmt == "csv":
        return Result(shown, _csv_text(facts_to_csv_rows(facts)))
    return Result(shown, facts.model_dump_json())


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
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                   initializer=_init_worker, initargs=(fmt, max_bytes, False, os.getpid()))
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


def _fsync(handle) -> None:
    try:
        os.fsync(handle.fileno())
    except OSError:  # /dev/null, a pipe: nothing to make durable
        pass


class Sink:
    """Writes each document's output as whole lines; for a file: flush per document, fsync at checkpoints."""

    def __init__(self, fmt: str, stream: IO[str] | None = None, path: str | None = None, append: bool = False):
        self.fmt, self.stream, self.path = fmt, stream, path
        self.handle = open(path, "ab" if append else "wb") if path else None
        self.count = 0
        self.last_sync = time.monotonic()
        if fmt == "csv" and not (append and self.handle and self.handle.tell() > 0):
            self._write(_csv_text([dict(zip(CSV_COLUMNS, CSV_COLUMNS, strict=False))]) + "\n")

    def _write(self, text: str) -> None:
        if self.handle is not None:
            self.handle.write(text.encode("utf-8"))
            self.handle.flush()
            now = time.monotonic()
            if now - self.last_sync >= FSYNC_EVERY_SECONDS:
                _fsync(self.handle)
                self.last_sync = now
        else:
            self.stream.write(text)
            self.stream.flush()

    def write(self, payload: str) -> None:
        if self.fmt == "json":
            text = ("[\n" if self.count == 0 else ",\n") + payload
        else:
            text = payload + "\n" if payload else ""
        self.count += 1
        if text:
            self._write(text)

    def close(self, complete: bool = True) -> None:
        if complete and self.fmt == "json":
            self._write("[]\n" if self.count == 0 else "\n]\n")
        if self.handle is not None:
            self.handle.flush()
            _fsync(self.handle)
            self.handle.close()
            self.handle = None


def prepare_resume(output: str, paths: Sequence[str]) -> tuple[dict[str, str], int]:
    """Clean FILE for appending; return ({path: sha256} of documents already done, failed among them).

    A trailing partial line is cut off. A record counts as done when its path is
    an input and its sha256 is the sha256 of that file's bytes now. Records of
    changed files, unreadable files (no sha256) and repeated paths are dropped, the
    file rewritten atomically, and those documents processed again. Records of
    paths that are no longer inputs are kept as they are.
    """
    if not os.path.exists(output):
        return {}, 0
    inputs = set(paths)
    with open(output, "rb+") as handle:
        data_end = handle.seek(0, os.SEEK_END)
        # cut a trailing partial line (a run killed mid-write)
        pos = data_end
        while pos > 0:
            step = min(65536, pos)
            handle.seek(pos - step)
            chunk = handle.read(step)
            cut = chunk.rfind(b"\n")
            if cut >= 0:
                pos = pos - step + cut + 1
                break
            pos -= step
        if pos != data_end:
            handle.truncate(pos)
    done: dict[str, str] = {}
    dropped = failed = 0
    current: dict[str, str | None] = {}
    with open(output, "rb") as handle:
        for line in handle:
            keep, path, is_error = _resume_decision(line, inputs, done, current)
            if keep == "done":
                done[path] = current[path]
                failed += is_error
            elif keep == "drop":
                dropped += 1
    if dropped:
        tmp = f"{output}.resume-tmp"
        seen: set[str] = set()
        with open(output, "rb") as src, open(tmp, "wb") as dst:
            for line in src:
                try:
                    source = json.loads(line)["source"]
                    path, sha = source.get("path"), source.get("sha256")
                except (ValueError, KeyError, TypeError, AttributeError):
                    continue
                if path in inputs:
                    if path in seen or done.get(path) != sha or sha is None:
                        continue
                    seen.add(path)
                dst.write(line)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, output)
    return done, failed


def _resume_decision(line: bytes, inputs: set, done: dict, current: dict) -> tuple[str, str | None, bool]:
    """("done" | "keep" | "drop", path, is an error record) for one line of FILE."""
    try:
        record = json.loads(line)
        source = record["source"]
        path, sha = source.get("path"), source.get("sha256")
    except (ValueError, KeyError, TypeError, AttributeError):
        return "drop", None, False
    is_error = "error" in record
    if path not in inputs:
        return "keep", path, is_error
    if path in done or sha is None:
        return "drop", path, is_error
    if path not in current:
        current[path] = _hash_stream(path)
    if current[path] == sha:
        return "done", path, is_error
    return "drop", path, is_error


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


def resume_hint(argv: Sequence[str]) -> str:
    args = list(argv)
    if "--resume" not in args:
        args.append("--resume")
    return "extract " + shlex.join(args)


def run_batch(args: Sequence[str], opts: BatchOptions, stdout: IO[str], stderr: IO[str],
              stdin: IO[bytes]) -> int:
    """Process every input; return 0 (all fine), 1 (some failed) or 130 (interrupted)."""
    gc.enable()  # `extract` starts with the cyclic collector off; a long run needs it
    if opts.fmt not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}")
    if opts.resume and not opts.output:
        raise UsageError("--resume needs --output FILE (the file to continue)")
    if opts.resume and opts.fmt != "jsonl":
        raise UsageError("--resume works with --format jsonl only")
    if opts.workers is not None and opts.workers < 1:
        raise UsageError("--workers must be at least 1")
    paths, failed = collect_inputs(args, opts.globs, stderr)
    stdin_data = stdin.read() if STDIN in paths else None

    done: dict[str, str] = {}
    failed_before = 0
    if opts.resume:
        done, failed_before = prepare_resume(opts.output, paths)
    total = len(paths)
    skipped = sum(1 for p in paths if p in done)
    workers = min(opts.workers or default_workers(), max(total - skipped, 1))
    tasks = ((p, stdin_data if p == STDIN else None) for p in paths if p not in done)
    show_bar = not opts.quiet and _isatty(stderr)
    progress = _Progress(stderr, total, show_bar, already=skipped)
    sink = Sink(opts.fmt, stream=stdout, path=opts.output, append=opts.resume)
    written = errors = 0
    try:
        for result in iter_results(tasks, workers, opts.fmt, opts.max_bytes, on_start=progress.start):
            if result.error is not None:
                errors += 1
                progress.error(f"extract: {result.path or STDIN}: {result.error[1]}")
            sink.write(result.payload)
            written += 1
            progress.advance(result.error is not None)
    except KeyboardInterrupt:
        progress.stop()
        sink.close(complete=False)
        if opts.output:
            hint = f"resume with: {resume_hint(opts.argv)}"
        else:
            hint = "to be able to resume, write to a file: --output FILE, then add --resume"
        print(f"extract: interrupted after {written + skipped} of {total} documents; {hint}", file=stderr)
        return 130
    except BaseException:
        progress.stop()
        sink.close(complete=False)
        raise
    progress.stop()
    sink.close()
    if not opts.quiet:
        elapsed = max(time.monotonic() - progress.started, 1e-9)
        parts = [f"{total} documents", f"{written - errors} extracted", f"{errors + failed_before} failed"]
        if opts.resume:
            parts.append(f"{skipped} already in {opts.output}")
        where = f" → {opts.output}" if opts.output else ""
        print(f"extract: {', '.join(parts)} in {elapsed:.1f} s ({(written - errors) / elapsed:.1f} docs/s){where}",
              file=stderr)
    return 1 if (errors or failed or failed_before) else 0


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
