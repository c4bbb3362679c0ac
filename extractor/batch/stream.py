"""Many documents from Python: `extract_paths` yields one result per document, in input order.

    from extractor import extract_paths
    for result in extract_paths(["releases/", "extra/note.txt"]):
        print(result.model_dump_json())      # the line `extract releases/ extra/note.txt` writes

The arguments are expanded as the command expands them (`inputs.collect_inputs`:
folders walked recursively and sorted, the same default suffixes and --glob
patterns) and every path goes through the same read → extract → record step
(`record.extract_record`), so a result is a `Facts` (one per record of a file of
records) or the `ErrorRecord` the command writes for a file it cannot read. Nothing
is read ahead: each argument is expanded when the stream reaches it and each file
read when its result is asked for, in this process (for many cores or machines,
see `dask_recipe`). Bad arguments raise `ValueError` at the call, before the
stream starts; a bad file never raises, it comes out as its error record.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING

from .inputs import DEFAULT_MAX_BYTES, STDIN, UsageError, collect_inputs, parse_size, read_stdin
from .record import extract_record

if TYPE_CHECKING:
    from ..output.models import ErrorRecord, Facts

PathArg = str | os.PathLike


def extract_paths(paths: PathArg | Iterable[PathArg], *, globs: Iterable[str] = (),
                  max_bytes: int | str = DEFAULT_MAX_BYTES,
                  stderr: IO[str] | None = None) -> Iterator[Facts | ErrorRecord]:
    """Facts (or an error record) for every document under `paths`, lazily, in input order.

    `paths`: files, folders or "-" (standard input), or one of them alone. `globs`
    replace the default suffixes, as --glob does; `max_bytes` is --max-bytes (a
    number of bytes or a size such as "512KB"). A folder holding no file to read is
    told on `stderr` (default: sys.stderr) in the command's words, and yields nothing.
    """
    patterns = [globs] if isinstance(globs, str) else list(globs)
    return _stream(as_arguments(paths), patterns, byte_limit(max_bytes), stderr)


def byte_limit(max_bytes: int | str) -> int:
    """--max-bytes from Python: a number of bytes or a size such as "512KB"; ValueError if neither."""
    try:
        limit = parse_size(max_bytes) if isinstance(max_bytes, str) else int(max_bytes)
    except UsageError as exc:
        raise ValueError(str(exc)) from None
    if limit <= 0:
        raise ValueError(f"max_bytes must be positive, not {max_bytes!r}")
    return limit


def as_arguments(paths: PathArg | Iterable[PathArg]) -> list[str]:
    """One path or many, as the list of arguments `extract` would be given."""
    if isinstance(paths, str | os.PathLike):
        return [os.fspath(paths)]
    return [os.fspath(path) for path in paths]


def _stream(arguments: list[str], globs: list[str], max_bytes: int,
            stderr: IO[str] | None) -> Iterator[Facts | ErrorRecord]:
    from ..output.models import ErrorRecord

    stdin_data: bytes | None = None
    for argument in arguments:
        found, _ = collect_inputs([argument], globs, sys.stderr if stderr is None else stderr)
        for path in found:
            data = None
            if path == STDIN:  # read once, like the command, however often "-" is named
                stdin_data = read_stdin(sys.stdin.buffer, max_bytes) if stdin_data is None else stdin_data
                data = stdin_data
            record = extract_record(path, max_bytes, data)
            if isinstance(record, ErrorRecord):
                yield record
            else:
                yield from record
