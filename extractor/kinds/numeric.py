"""The numeric kinds' shared scan, and the settling of overlaps between kinds.

Counts, percentages, money and measures all read `[qualifier] number [unit]`;
one grammar built from every kind's unit vocabulary finds those figures in a
single pass (the number rule is compiled once, not once per kind), and each
match says which vocabulary its unit came from. The units are tried in the
order patterns/quantities.toml gives. The kinds are handed in by the pipeline,
so this module depends on none of them.

After every kind has proposed its facts, `resolve` keeps one fact per stretch
of text: the rule with the lower priority (patterns/rules.toml), then the
longer span.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Protocol

from ..doc import Doc
from ..grammar.quantities import QuantityGrammar, QuantityMatch, shared
from ..rules import patterns
from .base import Candidate, Kind


class NumericKind(Kind, Protocol):
    """A kind read from the shared quantity scan."""

    def units(self) -> dict[str, str]:
        """Unit vocabularies by name (a regex each), for the shared grammar."""
        ...

    def extra_numbers(self) -> list[str]:
        """Number forms only this kind has (money: a bare 亿 before 元)."""
        ...

    def multiplied(self) -> bool:
        """Whether `2×34万千瓦` (a count times each one's size) applies to its units."""
        ...


@lru_cache(maxsize=4)
def _grammar(kinds: tuple[NumericKind, ...]) -> QuantityGrammar:
    order = shared().unit_order
    units: dict[str, str] = {}
    for kind in kinds:
        units.update(kind.units())
    unknown = sorted(set(units) - set(order))
    if unknown:
        raise patterns.PatternError(f"patterns/quantities.toml [unit_order]: no place for {', '.join(unknown)}")
    ordered = {name: units[name] for name in order if name in units}
    numbers = ["{number}"] + [n for kind in kinds for n in kind.extra_numbers()] + ["{bound_myriad}"]
    multiplied = tuple(name for kind in kinds if kind.multiplied() for name in kind.units())
    return QuantityGrammar(ordered, number="|".join(numbers), times=bool(multiplied), times_kinds=multiplied)


def scan(doc: Doc, kinds: Sequence[NumericKind]) -> dict[str, list[QuantityMatch]]:
    """Every figure with a unit in the body, grouped by the unit vocabulary that matched."""
    found: dict[str, list[QuantityMatch]] = {}
    for m in _grammar(tuple(kinds)).finditer(doc.folded, doc.body):
        found.setdefault(m.unit_kind, []).append(m)
    return found


def resolve(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep one fact per stretch of text: rule priority first, then longer spans."""
    chosen: list[Candidate] = []
    starts: list[int] = []  # the kept spans, disjoint and sorted: an overlap test is two neighbours
    ends: list[int] = []
    for c in sorted(candidates, key=lambda c: (c.priority, -(c.end - c.start), c.start)):
        start, end = c.start, c.end  # (read once: each is a property reading the fact)
        i = bisect.bisect_right(starts, start)
        if (i > 0 and ends[i - 1] > start) or (i < len(starts) and starts[i] < end):
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)
