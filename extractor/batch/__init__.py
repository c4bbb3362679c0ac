"""Many documents at once: walk, extract in parallel, stream in order, resume.

    extract DIR [DIR|FILE ...] [--workers N] [--output FILE [--resume]]
                [--format jsonl|json|csv] [--glob PATTERN ...] [--max-bytes SIZE] [--quiet]

`inputs` expands the arguments into one sorted list of paths and reads each
path's bytes within --max-bytes; `record` turns one path (or standard input)
into its `Facts` or an `ErrorRecord` that names what went wrong, the same
read → extract → record step `extract FILE` uses; `formats` renders a record as
a JSON line or CSV rows and `Sink` writes them as whole lines; `resume` decides
from an existing --output FILE which documents are already done; `run` drives
the process pool that calls `record` and `formats` in the workers, yields results
in input order, and reports progress and the summary on stderr. From Python,
`stream.extract_paths` yields the same results one by one in this process, and
`dask_recipe` runs them as a dask.bag on a cluster (Dask imported only there).
"""
from importlib import import_module

# name → the module that defines it, imported on first use: `extract FILE` needs only
# `inputs` and `record`, not the pool, the formats or resume (csv, shlex: ~5–10 ms of a
# cold start).
_WHERE = {
    "CSV_COLUMNS": "formats", "FORMATS": "formats", "Sink": "formats", "facts_to_csv_rows": "formats",
    "format_record": "formats", "DEFAULT_MAX_BYTES": "inputs", "STDIN": "inputs", "UsageError": "inputs",
    "collect_inputs": "inputs", "os_error_kind": "inputs", "parse_size": "inputs", "walk": "inputs",
    "extract_record": "record", "prepare_resume": "resume", "resume_hint": "resume",
    "BatchOptions": "run", "iter_results": "run", "run_batch": "run",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value
