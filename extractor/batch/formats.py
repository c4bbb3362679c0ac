"""How records are written: jsonl, json (one streamed array) or csv (one row per fact).

`format_record` turns one document's record into its finished text (a JSON line
or CSV rows, no trailing newline); batch workers call it, so the parent only
writes. `Sink` writes whole lines. For `--output FILE` every document is one
write followed by a flush, and the file is fsync'd at checkpoints (every few
seconds) and at the end, so a killed run leaves complete lines (and at worst a
trailing partial line, which `--resume` cuts off).
"""
from __future__ import annotations

import csv
import io
import os
import time
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from ..output.models import ErrorRecord, Facts

FORMATS = ("jsonl", "json", "csv")
FSYNC_EVERY_SECONDS = 2.0

# CSV: one row per fact of counts, percentages, money and measures, plus one row
# per document that failed (kind "error"). Money puts its amount in value/value_max
# and its ISO 4217 code in unit. `rule` (the rule that made the fact) came last, so
# the columns before it keep the positions spreadsheets and scripts knew.
CSV_COLUMNS = ("path", "sha256", "kind", "text", "start", "end", "value", "value_max", "unit",
               "qualifier", "item", "direction", "basis", "currency_explicit", "error", "rule")
_CSV_KINDS = (("counts", "count"), ("percentages", "percentage"), ("money", "money"), ("measures", "measure"))


def format_record(record: Facts | ErrorRecord, fmt: str) -> str:
    """One document's output in `fmt`, without a trailing newline (empty: a CSV document without facts)."""
    from ..output.models import ErrorRecord

    if fmt != "csv":
        return record.model_dump_json()
    if isinstance(record, ErrorRecord):
        return csv_text([error_csv_row(record)])
    return csv_text(facts_to_csv_rows(record))


def csv_text(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writerows(rows)
    return buffer.getvalue().rstrip("\n")


def error_csv_row(record: ErrorRecord) -> dict:
    """A failed document as one row: kind "error", error "Type: message"."""
    row = dict.fromkeys(CSV_COLUMNS, "")
    row.update(path=record.source.path or "", sha256=record.source.sha256 or "", kind="error",
               error=f"{record.error.type}: {record.error.message}")
    return row


def facts_to_csv_rows(facts: Facts) -> list[dict]:
    """One dict per fact of counts, percentages, money and measures, in that order."""
    data = facts.model_dump(mode="json")
    rows = []
    for field_name, kind in _CSV_KINDS:
        for fact in data[field_name]:
            row = dict.fromkeys(CSV_COLUMNS, "")
            row.update(path=data["source"]["path"] or "", sha256=data["source"]["sha256"] or "", kind=kind,
                       text=fact["text"], start=fact["start"], end=fact["end"], rule=fact["rule"])
            if kind == "money":
                row.update(value=fact["amount"], value_max=fact.get("amount_max"), unit=fact["currency"],
                           currency_explicit=str(fact["currency_explicit"]).lower())
            else:
                row.update(value=fact["value"], value_max=fact.get("value_max"), unit=fact["unit"])
            for name in ("qualifier", "item", "direction", "basis"):
                row[name] = fact.get(name)
            rows.append({k: ("" if v is None else v) for k, v in row.items()})
    return rows


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
            self._write(csv_text([dict(zip(CSV_COLUMNS, CSV_COLUMNS, strict=False))]) + "\n")

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
