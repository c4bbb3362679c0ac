"""More than one machine: extraction as a `dask.bag`, written as partitioned JSON Lines.

    from dask.distributed import Client
    from extractor.batch.dask_recipe import extract_to_jsonl

    with Client("tcp://scheduler:8786"):          # or Client(LocalCluster(...)) on one machine
        parts = extract_to_jsonl(["/data/releases"], "/data/facts")
    # /data/facts/part-00000.jsonl, part-00001.jsonl …: `cat` them in name order and you
    # have, byte for byte, what `extract /data/releases -o facts.jsonl` writes.

The client expands the arguments exactly as `extract` does (`inputs.collect_inputs`)
and cuts the sorted path list into partitions; each worker runs `extract_partition`
on its partition (the same read → extract → record step as the command, through
`stream.extract_paths`) and writes its part file. Workers read the paths and write
`out_dir` themselves, so both must be visible to every worker under the same name (a
shared file system, or any fsspec URL for `out_dir`). `extract_partition` needs no
Dask: it is the function Spark's `rdd.mapPartitions` takes as it is.

Dask is an optional extra (`pip install '.[dask]'` in the checkout) imported only when a bag
is built; without it the call raises ImportError saying what to install.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import IO

from .formats import format_record
from .inputs import DEFAULT_MAX_BYTES, STDIN, collect_inputs
from .stream import PathArg, as_arguments, byte_limit, extract_paths

DEFAULT_PARTITION_SIZE = 500   # documents per task and per part file: ~2 s of work, a few MB of JSONL
PART_NAME = "part-*.jsonl"


def extract_partition(paths: Iterable[str], max_bytes: int | str = DEFAULT_MAX_BYTES) -> Iterator[str]:
    """One JSON line per document of `paths` (files), in order: the lines `extract` writes for them.

    A file that cannot be read gives its error record's line; nothing raises.
    """
    for result in extract_paths(list(paths), max_bytes=max_bytes):
        yield format_record(result, "jsonl")


def _partition_lines(paths: list[str], max_bytes: int | str) -> list[str]:
    # A list, not a generator: a partition may travel between workers, and only a list pickles.
    return list(extract_partition(paths, max_bytes))


def _import_bag():
    try:
        import dask.bag
    except ImportError as exc:
        raise ImportError("the Dask recipe needs Dask: pip install '.[dask]' in the extract checkout "
                          f"(or pip install 'dask[distributed]'); importing it failed: {exc}") from None
    return dask.bag


def input_paths(paths: PathArg | Iterable[PathArg], globs: Sequence[str] = (),
                stderr: IO[str] | None = None) -> list[str]:
    """The files `extract` would read for these arguments, in its order (folders walked and sorted)."""
    arguments = as_arguments(paths)
    if STDIN in arguments:
        raise ValueError("standard input (-) cannot be read by Dask workers: name files or folders")
    found, _ = collect_inputs(arguments, list(globs), sys.stderr if stderr is None else stderr)
    if not found:
        raise ValueError(f"no files to read in {', '.join(arguments)}")
    return found


def extraction_bag(paths: PathArg | Iterable[PathArg], *, globs: Sequence[str] = (),
                   max_bytes: int | str = DEFAULT_MAX_BYTES, partition_size: int = DEFAULT_PARTITION_SIZE):
    """A lazy `dask.bag` of JSON lines, one per document, partitions in input order."""
    bag = _import_bag()
    limit = byte_limit(max_bytes)  # checked here: a bad value must not fail in every task
    if partition_size < 1:
        raise ValueError(f"partition_size must be at least 1, not {partition_size!r}")
    files = input_paths(paths, globs)
    return bag.from_sequence(files, partition_size=partition_size).map_partitions(_partition_lines, limit)


def part_name(index: int) -> str:
    """Zero-padded, so the part files sort by name in partition order."""
    return f"{index:05d}"


def extract_to_jsonl(paths: PathArg | Iterable[PathArg], out_dir: str, *, globs: Sequence[str] = (),
                     max_bytes: int | str = DEFAULT_MAX_BYTES, partition_size: int = DEFAULT_PARTITION_SIZE,
                     storage_options: dict | None = None) -> list[str]:
    """Extract every document under `paths` on the current Dask scheduler (the active
    `distributed.Client`, if any) into out_dir/part-NNNNN.jsonl; returns the part files' paths.

    `out_dir` (a folder or an fsspec URL) must be new or empty: a part file left by an
    earlier, longer run would otherwise be read as part of this one.
    """
    lines = extraction_bag(paths, globs=globs, max_bytes=max_bytes, partition_size=partition_size)
    _check_empty(out_dir, storage_options)
    target = out_dir.rstrip("/") + "/" + PART_NAME
    return lines.to_textfiles(target, name_function=part_name, encoding="utf-8", last_endline=True,
                              storage_options=storage_options)


def _check_empty(out_dir: str, storage_options: dict | None) -> None:
    from fsspec.core import url_to_fs  # a dependency of dask

    fs, root = url_to_fs(out_dir, **(storage_options or {}))
    if fs.exists(root) and (not fs.isdir(root) or fs.ls(root)):
        raise FileExistsError(f"{out_dir}: must be a new or empty folder (it holds files, or is a file)")
