"""Continuing a run: what an existing --output FILE already holds, and what is left to do.

`prepare_resume` reads FILE, truncates a trailing partial line, and keeps the
records whose path is still an input and whose `source.sha256` equals the
sha256 of the file's current bytes; stale or duplicate records are dropped
(the file is rewritten atomically when that happens) and those documents are
processed again.
"""
from __future__ import annotations

import json
import os
import shlex
from collections.abc import Sequence

from .inputs import hash_file

_UNREADABLE = (ValueError, KeyError, TypeError, AttributeError)


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
    cut_partial_line(output)
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
        _rewrite_kept(output, inputs, done)
    return done, failed


def cut_partial_line(output: str) -> None:
    """Truncate FILE after its last newline (a run killed mid-write)."""
    with open(output, "rb+") as handle:
        data_end = handle.seek(0, os.SEEK_END)
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


def _source_of(line: bytes) -> tuple[dict, str | None, str | None]:
    """(record, path, sha256) of one line of FILE; raises one of _UNREADABLE for a line that is not a record."""
    record = json.loads(line)
    source = record["source"]
    return record, source.get("path"), source.get("sha256")


def _resume_decision(line: bytes, inputs: set, done: dict, current: dict) -> tuple[str, str | None, bool]:
    """("done" | "keep" | "drop", path, is an error record) for one line of FILE."""
    try:
        record, path, sha = _source_of(line)
    except _UNREADABLE:
        return "drop", None, False
    is_error = "error" in record
    if path not in inputs:
        return "keep", path, is_error
    if record["source"].get("record", 1) > 1 and sha is not None and done.get(path) == sha:
        return "keep", path, is_error  # a later record of a file of records already done
    if path in done or sha is None:
        return "drop", path, is_error
    if path not in current:
        current[path] = hash_file(path)
    if current[path] == sha:
        return "done", path, is_error
    return "drop", path, is_error


def _rewrite_kept(output: str, inputs: set, done: dict[str, str]) -> None:
    """Rewrite FILE atomically with only the records kept: each done document once, other paths as they were."""
    tmp = f"{output}.resume-tmp"
    seen: set[tuple[str, int | None]] = set()
    with open(output, "rb") as src, open(tmp, "wb") as dst:
        for line in src:
            try:
                record, path, sha = _source_of(line)
            except _UNREADABLE:
                continue
            if path in inputs:
                key = (path, record["source"].get("record"))  # files of records: one line per record
                if key in seen or done.get(path) != sha or sha is None:
                    continue
                seen.add(key)
            dst.write(line)
        dst.flush()
        os.fsync(dst.fileno())
    os.replace(tmp, output)


def resume_hint(argv: Sequence[str]) -> str:
    """The command that continues an interrupted run."""
    args = list(argv)
    if "--resume" not in args:
        args.append("--resume")
    return "extract " + shlex.join(args)
