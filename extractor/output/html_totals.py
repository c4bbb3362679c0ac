"""The index of a report over several documents: counts per document, then totals
(money summed by currency and label, people by number of mentions, awards by kind).

Sums are exact (Decimal) and add amounts as stated: a range counts its lower end,
an approximate or bounded figure (约, 超过, 以上) its figure, so a total says how
much the texts name, not how much there is.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from decimal import Decimal
from html import escape

from .html_document import ReportDocument, table
from .show import KINDS

NO_LABEL = "(no label)"
TITLES_SHOWN = 30  # per award kind; the rest are counted


def _grouped(value: Decimal) -> str:
    whole = value == value.to_integral_value()
    return f"{int(value):,}" if whole else f"{value.normalize():,f}"


def _documents_table(documents: Sequence[ReportDocument]) -> str:
    rows, totals = [], Counter()
    for number, document in enumerate(documents, 1):
        counts = {kind: len(document.facts(kind)) for kind in KINDS}
        totals.update(counts)
        info = document.records[0].document
        title = info.title if len(document.records) == 1 and info.title else ""
        link = f'<a href="#d{number}">{escape(document.path)}</a>'
        rows.append([str(number), link, escape(title or ""), *(str(counts[k]) for k in KINDS)])
    rows.append(["", "<strong>total</strong>", "", *(f"<strong>{totals[k]}</strong>" for k in KINDS)])
    numeric = range(3, 3 + len(KINDS))
    return table(["#", "document", "title", *KINDS], rows, numeric)


def _money_table(documents: Sequence[ReportDocument]) -> str:
    sums: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    facts: Counter = Counter()
    where: dict[tuple[str, str], set[int]] = defaultdict(set)
    for number, document in enumerate(documents, 1):
        for fact, _ in document.facts("money"):
            key = (fact.currency, fact.label or NO_LABEL)
            sums[key] += fact.amount
            facts[key] += 1
            where[key].add(number)
    order = sorted(sums, key=lambda key: (key[0], -sums[key], key[1]))
    rows = [[escape(c), escape(label), _grouped(sums[c, label]), str(facts[c, label]), str(len(where[c, label]))]
            for c, label in order]
    return table(["currency", "label", "sum", "facts", "documents"], rows, (2, 3, 4))


def _people_table(documents: Sequence[ReportDocument]) -> str:
    mentions: Counter = Counter()
    where: dict[str, set[int]] = defaultdict(set)
    titles: dict[str, str] = {}
    for number, document in enumerate(documents, 1):
        for person, _ in document.facts("officials"):
            mentions[person.name] += len(person.mentions)
            where[person.name].add(number)
            if person.title and len(person.title) > len(titles.get(person.name, "")):
                titles[person.name] = person.title  # the most complete descriptor, as SPEC.md does per document
    order = sorted(mentions, key=lambda name: (-mentions[name], name))
    rows = [[escape(name), str(mentions[name]), str(len(where[name])), escape(titles.get(name, ""))]
            for name in order]
    return table(["name", "mentions", "documents", "title (longest seen)"], rows, (1, 2))


def _awards_table(documents: Sequence[ReportDocument]) -> str:
    titles: dict[str, Counter] = defaultdict(Counter)
    where: dict[str, set[int]] = defaultdict(set)
    for number, document in enumerate(documents, 1):
        for award, _ in document.facts("awards"):
            titles[award.kind][award.title] += 1
            where[award.kind].add(number)
    rows = []
    for kind in sorted(titles, key=lambda k: -sum(titles[k].values())):
        common = titles[kind].most_common()
        shown = "、".join(escape(t) + (f" ×{n}" if n > 1 else "") for t, n in common[:TITLES_SHOWN])
        more = f" … and {len(common) - TITLES_SHOWN} more" if len(common) > TITLES_SHOWN else ""
        rows.append([escape(kind), str(sum(titles[kind].values())), str(len(where[kind])), shown + more])
    return table(["kind", "awards", "documents", "titles"], rows, (1, 2))


def index(documents: Sequence[ReportDocument]) -> str:
    parts = [("documents", _documents_table), ("money by currency and label", _money_table),
             ("people by number of mentions", _people_table), ("awards by kind", _awards_table)]
    blocks = "".join(f"<details open><summary>{escape(name)}</summary>{render(documents)}</details>"
                     for name, render in parts)
    return f'<section id="index"><h2>Index</h2>{blocks}</section>'
