"""Which time phrase governs each numeric fact: its `period` (SPEC.md, "label and period").

The phrase of the figure's own sentence, the nearest one before the figure
where there are several; a sentence without one takes the period that opens
its paragraph (the nearest earlier phrase in the paragraph that opens its
sentence: a heading line before it has none); otherwise none.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable

from ..doc import Doc
from ..grammar.periods import find_periods, heading_max, is_event

Span = tuple[int, int]


class PeriodIndex:
    """The time phrases of one document's body, for lookups by position."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.spans = find_periods(doc.folded, doc.body.start, doc.body.end)
        self.starts = [s for s, _ in self.spans]

    def _within(self, start: int, end: int) -> list[Span]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.spans[lo:hi]

    def period_of(self, start: int, end: int) -> Span | None:
        """The period governing the figure at [start, end)."""
        structure = self.doc.structure
        s_start, _ = structure.sentence(start)
        before = [p for p in self._within(s_start, start) if p[1] <= start]
        if before:
            # An event date governs only when no other time phrase does (SPEC.md).
            periods = [p for p in before if not is_event(self.doc.folded[p[0]:p[1]])]
            return (periods or before)[-1]
        return self._paragraph_opening(start, s_start)

    def _paragraph_opening(self, start: int, s_start: int) -> Span | None:
        """The period opening the figure's paragraph: the first one of its first
        sentence (or of its second, after a short heading)."""
        structure = self.doc.structure
        sentence = structure.paragraph(start)[0]
        for _ in range(2):
            if sentence >= s_start:
                return None
            end = structure.sentence_end(sentence)
            found = self._within(sentence, end)
            if found:
                return found[0]
            if end - sentence > heading_max():
                return None
            sentence = end + 1
        return None


def attach_periods(doc: Doc, index: PeriodIndex, facts: Iterable) -> None:
    for fact in facts:
        span = index.period_of(fact.start, fact.end)
        if span and grounded(doc, span):
            fact.period, fact.period_span = doc.text[span[0]:span[1]], span


def grounded(doc: Doc, span: Span) -> bool:
    """The phrase reads the same in the input (not across blanked markup)."""
    return doc.text[span[0]:span[1]] == doc.view[span[0]:span[1]]
