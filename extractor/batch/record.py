"""One document: read → extract → record, shared by `extract FILE` and the batch workers.

A path (or the bytes read from standard input) becomes either the document's
`Facts` or an `ErrorRecord` whose `error.type` names what went wrong. Nothing
here raises for a bad file (only EXTRACT_DEBUG=1 lets a bug through, with its
traceback), so one place decides how every failure is named.
"""
from __future__ import annotations

import hashlib
import os
from typing import TYPE_CHECKING

from . import budget
from .inputs import STDIN, DocumentError, check_size, read_file

# The models (pydantic) and the pipeline are imported when a document is read, not
# with the package: `extract --help` and a usage error stay quick.
if TYPE_CHECKING:
    from ..output.models import ErrorRecord, Facts


def extract_record(path: str, max_bytes: int, data: bytes | None = None,
                   hash_too_large: bool = True) -> list[Facts] | ErrorRecord:
    """Facts for one input (one per record of a file of records or feed entries),
    or the error record that stands in for it.

    `path` is a file, or STDIN with `data` the bytes read from standard input
    (`inputs.read_stdin`). Records of standard input have no path.
    """
    shown = None if path == STDIN else path
    sha = None
    try:
        if data is None:
            data = read_file(path, max_bytes, hash_too_large)
        else:
            check_size(data, max_bytes)
        sha = hashlib.sha256(data).hexdigest()
        return _extract(data, shown)
    except DocumentError as failure:
        return error_record(shown, failure.sha256 or sha, failure.kind, failure.message)


def error_record(path: str | None, sha256: str | None, kind: str, message: str) -> ErrorRecord:
    from ..output.models import ErrorInfo, ErrorRecord, Source

    return ErrorRecord(source=Source(path=path, sha256=sha256), error=ErrorInfo(type=kind, message=message))


def _extract(data: bytes, path: str | None) -> list[Facts]:
    """Decode and extract, or raise DocumentError (undecodable, or a bug that must not stop a run)."""
    from ..pipeline import extract_documents
    from ..reading.decoding import DecodeError

    allowed = budget.seconds_for(len(data))
    try:
        with budget.within(allowed):
            return extract_documents(data, path=path)
    except budget.TimeBudgetExceeded:
        raise DocumentError("TimeBudgetExceeded", f"stopped after {allowed:.3g} s, its time budget "
                            f"(--time-budget or {budget.ENV}: seconds, 0 for none)") from None
    except DecodeError as exc:
        raise DocumentError("DecodeError", str(exc)) from None
    except RecursionError:
        raise DocumentError("InternalError", "input too deeply nested to process") from None
    except Exception as exc:  # a bug must not stop a batch or print a traceback
        if os.environ.get("EXTRACT_DEBUG"):
            raise
        raise DocumentError("InternalError", internal_error_message(exc)) from None


def internal_error_message(exc: Exception) -> str:
    """A bug, told in one line (the traceback only on request)."""
    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else ""  # an error record is one line
    return f"internal error ({type(exc).__name__}: {first_line}); set EXTRACT_DEBUG=1 for a traceback"
