"""Terminal rendering of evaluation scores (rich tables)."""
from __future__ import annotations

import json
from typing import IO

from rich.console import Console
from rich.table import Table

from .evaluate import DOCUMENT_FIELDS, Report


def _console(stream: IO[str]) -> Console:
    # piped output gets a fixed, roomy width, so the table never wraps in a log file
    tty = hasattr(stream, "isatty") and stream.isatty()
    return Console(file=stream, highlight=False, soft_wrap=True, width=None if tty else 132)


def print_report(report: Report, stream: IO[str]) -> None:
    console = _console(stream)
    table = Table(title=f"extract evaluate: {report.documents} documents (SPEC.md scoring)")
    for col in ("kind", "gold", "pred", "correct", "P", "R", "F1", "attributes"):
        table.add_column(col, justify="left" if col in ("kind", "attributes") else "right")
    for kind, score in report.kinds.items():
        attrs = "  ".join(f"{k} {v:.2f}" for k, v in score.attributes().items())
        table.add_row(kind, str(score.gold), str(score.predicted), str(score.correct),
                      f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}", attrs)
    console.print(table)
    phrases = report.phrases()
    if phrases:
        rows = Table(title="label, period, item over paired facts (exact / head)")
        for col in ("kind field", "pairs", "exact", "head"):
            rows.add_column(col, justify="left" if col == "kind field" else "right")
        for name, row in phrases.items():
            rows.add_row(name, str(row["pairs"]), f"{row['exact']:.2f}", f"{row['head']:.2f}")
        console.print(rows)
    fields = "  ".join(f"{f} {report.document_right[f] / report.documents:.2f}" for f in DOCUMENT_FIELDS)
    console.print(f"document accuracy: {fields}")


def _brief(fact: dict | None) -> str:
    if fact is None:
        return "-"
    if not isinstance(fact, dict):
        return json.dumps(fact, ensure_ascii=False)
    skip = {"mentions"}
    return json.dumps({k: v for k, v in fact.items() if k not in skip}, ensure_ascii=False)


def print_errors(report: Report, stream: IO[str]) -> None:
    for err in report.errors():
        line = f"{err['doc']}\t{err['kind']}\t{err['error']}"
        if "gold" in err:
            line += f"\tgold={_brief(err['gold'])}"
        if "predicted" in err:
            line += f"\tpred={_brief(err['predicted'])}"
        stream.write(line + "\n")
