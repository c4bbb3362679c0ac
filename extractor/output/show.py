"""`extract show FILE`: the document with every fact marked in place, then one table
per kind (value, unit, qualifier, label, period, rule), so a reader can check which
words became which fact, and why.

Marks are colours by kind with a legend; where colour is off (NO_COLOR, a pipe, a
file) each fact is written as ⟦kind:text⟧ instead, so the plain output still shows
every span. Offsets come from the facts themselves: `text[start:end]` is what is
marked, as SPEC.md guarantees.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import IO, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .models import Facts

# kind → (style, the columns of its table beyond text and rule)
KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "money": ("bold green", ("amount", "currency", "qualifier", "label", "period")),
    "percentages": ("bold cyan", ("value", "unit", "direction", "basis", "label", "period")),
    "counts": ("bold yellow", ("value", "unit", "item", "qualifier", "period")),
    "measures": ("bold blue", ("value", "unit", "qualifier", "label", "period")),
    "officials": ("bold magenta", ("name", "title", "organization")),
    "awards": ("bold red", ("title", "kind", "recipients")),
}


def fact_spans(facts: Facts, kinds: Sequence[str]) -> list[tuple[int, int, str, Any]]:
    """(start, end, kind, fact) of every numeric fact and every mention of an official
    or award, kind by kind, overlaps included (`extract report` marks them all)."""
    found: list[tuple[int, int, str, Any]] = []
    for kind in kinds:
        for fact in getattr(facts, kind):
            if kind in ("officials", "awards"):
                found.extend((s, e, kind, fact) for s, e in fact.mentions)
            else:
                found.append((fact.start, fact.end, kind, fact))
    return found


def spans(facts: Facts, kinds: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every fact and mention to mark, in text order; where
    spans overlap, the one that starts first (then the longer) is kept."""
    found = [(s, e, kind) for s, e, kind, _ in fact_spans(facts, kinds)]
    found.sort(key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int, str]] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def marked_text(text: str, marks: Iterable[tuple[int, int, str]], color: bool) -> Text:
    """The text with each span styled by kind (or bracketed as ⟦kind:text⟧)."""
    out, pos = Text(), 0
    for start, end, kind in marks:
        out.append(text[pos:start])
        if color:
            out.append(text[start:end], style=KINDS[kind][0])
        else:
            out.append(f"⟦{kind}:{text[start:end]}⟧")
        pos = end
    out.append(text[pos:])
    return out


def cell_text(value) -> str:
    """A table cell: empty for null, a list joined with 、."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return str(value)


def fact_table(facts: Facts, kind: str) -> Table | None:
    rows = getattr(facts, kind)
    if not rows:
        return None
    columns = KINDS[kind][1]
    table = Table(title=f"{kind} ({len(rows)})", title_justify="left", show_lines=False)
    first = "name" if kind == "officials" else "title" if kind == "awards" else "text"
    table.add_column(first if first not in columns else "where")
    for column in columns:
        table.add_column(column)
    table.add_column("rule")
    for fact in rows:
        lead = f"{fact.mentions[0][0]}" if first in columns else fact.text
        table.add_row(lead, *(cell_text(getattr(fact, c, None)) for c in columns), fact.rule or "")
    return table


def use_color(stream: IO[str]) -> bool:
    return "NO_COLOR" not in os.environ and hasattr(stream, "isatty") and stream.isatty()


def show(text: str, facts: Facts, stream: IO[str], kinds: Sequence[str] | None = None,
         page: bool = True) -> None:
    """Print the marked document and the fact tables to `stream`."""
    kinds = [k for k in (kinds or KINDS) if k in KINDS]
    color = use_color(stream)
    console = Console(file=stream, highlight=False, color_system="auto" if color else None,
                      no_color=not color, width=None if color else 160, soft_wrap=not color)
    legend = Text("  ").join(Text(kind, style=KINDS[kind][0] if color else "") for kind in kinds)
    heading = Text("facts: ") + legend + Text("" if color else "  (each marked ⟦kind:text⟧)")

    def body() -> None:
        console.print(heading)
        console.print(marked_text(text, spans(facts, kinds), color))
        for kind in kinds:
            table = fact_table(facts, kind)
            if table is not None:
                console.print(table)

    if page and color and text.count("\n") > (console.size.height or 40):
        with console.pager(styles=True):
            body()
    else:
        body()
