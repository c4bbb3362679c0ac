"""One document of `extract report`: its text with every fact marked and a table per kind.

A file of several records (JSON Lines, a feed) is one document here: its text once,
every record's facts marked in it (offsets index the whole file), each mark and table
row naming its record.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from html import escape
from typing import Any

from .html_marks import Mark, marked_html
from .models import Facts
from .show import KINDS, cell_text, fact_spans

NUMERIC = ("money", "percentages", "counts", "measures")
_LEAD = {"officials": "name", "awards": "title"}  # the column that names the fact; `text` for the others
_MAX = {"money": "amount_max"}  # a range's upper end, after the value; `value_max` for the other numeric kinds


@dataclass
class ReportDocument:
    path: str  # as given; "-" for standard input
    text: str  # the decoded text every offset indexes
    records: list[Facts]  # one per record of a file of several, else one

    def facts(self, kind: str) -> list[tuple[Any, int | None]]:
        """(fact, record number) of one kind, over every record."""
        return [(fact, facts.source.record) for facts in self.records for fact in getattr(facts, kind)]


def number_text(value: Any) -> str:
    """A value as the JSON output prints it (Decimal 475000000.00 → 475000000), other cells as show.py does."""
    if isinstance(value, Decimal):
        return str(int(value)) if value == value.to_integral_value() else format(value.normalize(), "f")
    return cell_text(value)


def fields(kind: str) -> list[str]:
    """The fields a fact of this kind shows beyond its lead (text, name or title) and rule."""
    columns = [c for c in KINDS[kind][1] if c != _LEAD.get(kind)]
    if kind in NUMERIC:
        columns.insert(1, _MAX.get(kind, "value_max"))
    return columns


def lead(kind: str, fact: Any) -> str:
    return getattr(fact, _LEAD.get(kind, "text"))


def tooltip(kind: str, fact: Any, record: int | None) -> str:
    lines = [f"{kind} · {lead(kind, fact)}"]
    for name in fields(kind):
        value = getattr(fact, name, None)
        if value not in (None, []):
            lines.append(f"{name}: {number_text(value)}")
    lines.append(f"rule: {fact.rule}")
    if record is not None:
        lines.append(f"record: {record}")
    return "\n".join(lines)


def document_marks(document: ReportDocument) -> tuple[list[Mark], dict[int, int]]:
    """Every mark of the document, and for each fact (by id) the index of its first mark."""
    marks: list[Mark] = []
    first: dict[int, int] = {}
    for facts in document.records:
        for start, end, kind, fact in fact_spans(facts, list(KINDS)):
            first.setdefault(id(fact), len(marks))
            marks.append(Mark(start, end, kind, tooltip(kind, fact, facts.source.record), facts.source.record))
    return marks, first


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], numeric: Sequence[int] = ()) -> str:
    """A table of cells already escaped; columns in `numeric` are aligned right."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f'<td class="n">{c}</td>' if i in numeric else f"<td>{c}</td>"
                                    for i, c in enumerate(row)) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _fact_table(document: ReportDocument, kind: str, first: dict[int, int], doc_id: str) -> str:
    rows = document.facts(kind)
    if not rows:
        return ""
    several = len(document.records) > 1
    # a range's upper end only where some fact is a range
    columns = [c for c in fields(kind) if not c.endswith("_max") or any(getattr(f, c) is not None for f, _ in rows)]
    headers = [_LEAD.get(kind, "text"), *columns, "mentions" if kind in _LEAD else "span", "rule"]
    headers += ["record"] if several else []
    cells = []
    for fact, record in rows:
        link = f'<a href="#{doc_id}m{first[id(fact)]}">{escape(lead(kind, fact))}</a>'
        where = (" ".join(f"{s}–{e}" for s, e in fact.mentions) if kind in _LEAD else f"{fact.start}–{fact.end}")
        row = [link, *(escape(number_text(getattr(fact, c, None))) for c in columns), where, escape(fact.rule)]
        cells.append(row + ([str(record)] if several else []))
    return (f'<details open class="facts k-{kind}"><summary>{kind} ({len(rows)})</summary>'
            f"{table(headers, cells)}</details>")


def section(number: int, document: ReportDocument) -> str:
    """One document: heading, warnings, the marked text, then a table per kind."""
    doc_id = f"d{number}"
    marks, first = document_marks(document)
    info = document.records[0].document
    title = info.title if len(document.records) == 1 and info.title else document.path
    meta = [f"<code>{escape(document.path)}</code>", f"{len(document.text)} characters", f"{len(marks)} marks"]
    if len(document.records) > 1:
        meta.append(f"{len(document.records)} records")
    meta += [escape(v) for v in (info.published_at, info.outlet) if v and len(document.records) == 1]
    warnings = sorted({w for facts in document.records for w in facts.warnings})
    notes = "".join(f'<p class="warning">⚠ {escape(w)}</p>' for w in warnings)
    tables = "".join(_fact_table(document, kind, first, doc_id) for kind in KINDS)
    return (f'<section class="doc" id="{doc_id}" data-path="{escape(document.path)}">'
            f'<h2>{escape(title)}</h2><p class="meta">{" · ".join(meta)}</p>{notes}'
            f'<div class="text">{marked_html(document.text, marks, f"{doc_id}m")}</div>{tables}</section>')


def mark_count(document: ReportDocument) -> int:
    return sum(len(fact_spans(facts, list(KINDS))) for facts in document.records)
