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
from . import budget
from .formats import CSV_COLUMNS, FORMATS, Sink, facts_to_csv_rows, format_record
from .inputs import DEFAULT_MAX_BYTES, STDIN, UsageError, collect_inputs, os_error_kind, parse_size, walk
from .record import extract_record
from .resume import prepare_resume, resume_hint
from .run import BatchOptions, iter_results, run_batch

__all__ = [
    "CSV_COLUMNS", "DEFAULT_MAX_BYTES", "budget", "FORMATS", "STDIN", "BatchOptions", "Sink", "UsageError",
    "collect_inputs", "extract_record", "facts_to_csv_rows", "format_record", "iter_results",
    "os_error_kind", "parse_size", "prepare_resume", "resume_hint", "run_batch", "walk",
]
