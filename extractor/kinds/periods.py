"""Which time phrase governs each numeric fact: its `period` (SPEC.md, "label and period").

The phrase of the figure's own sentence, the nearest one before the figure
where there are several (an event's date giving way to any other phrase); a
sentence without one takes the period that opens its paragraph (the first
phrase of its first sentence, or of its second after a short heading);
otherwise none.
"""
from __future__ import annotations

from collections.abc import Iterable

from ..doc import Doc
from ..grammar.periods import find_periods, governs_verb, heading_max, is_attributive, is_event

Span = tuple[int, int]
_VERB_TIME_MARKS = ("于",)


class PeriodIndex:
    """The time phrases of one document, found sentence by sentence as figures
    ask for them: only the sentences that hold a figure (and the openings of
    their paragraphs) are ever scanned."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        # sentence start -> the periods found in it so far, and where the scan stopped
        self._by_sentence: dict[int, tuple[list[Span], int]] = {}

    def sentence_periods(self, pos: int, upto: int | None = None) -> tuple[int, list[Span]]:
        """The start of the sentence around `pos` and the periods written in it
        (those starting before `upto` at least: the rest is scanned when asked for)."""
        start, end = self.doc.structure.sentence(pos)
        body = self.doc.body
        found, resume = self._by_sentence.get(start, ([], max(start, body.start)))
        hi = min(end, body.end)
        limit = hi if upto is None else min(hi, upto)
        if resume < limit:
            more, resume = find_periods(self.doc.folded, resume, hi, stop=limit)
            found = found + more
        self._by_sentence[start] = (found, resume)
        return start, found

    def within(self, start: int, end: int) -> list[Span]:
        """The periods starting in [start, end), a stretch of one sentence."""
        return [p for p in self.sentence_periods(start, end)[1] if start <= p[0] < end]

    def period_of(self, start: int) -> Span | None:
        """The period governing the figure that starts at `start`."""
        s_start, found = self.sentence_periods(start, start)
        clause = self.doc.structure.clause_start(start)
        before = [p for p in found if p[1] <= start and (p[0] >= clause or not self._verb_time(p))]
        if before:
            # An event date governs only when no other time phrase does (SPEC.md);
            # so does a year naming a thing (收购2023年秋粮).
            folded = self.doc.folded
            periods = [p for p in before if not is_event(folded[p[0]:p[1]]) and not is_attributive(folded, *p)]
            return (periods or before)[-1]
        clause_end = self.doc.structure.clause_end(start)
        after = [p for p in self.sentence_periods(start, clause_end)[1]
                 if start <= p[0] < clause_end and governs_verb(self.doc.folded, p[1])]
        if after:  # 四部门近日联合印发: the clause's time, written after its figure
            return after[0]
        return self._paragraph_opening(start, s_start)

    def _verb_time(self, span: Span) -> bool:
        """于2010年顺利完成: a time phrase after 于 dates its own verb, not a later clause."""
        return self.doc.folded[span[0] - 1:span[0]] in _VERB_TIME_MARKS

    def _paragraph_opening(self, start: int, s_start: int) -> Span | None:
        """The period opening the figure's paragraph: the first one of its first
        sentence (or of its second, after a short heading)."""
        structure = self.doc.structure
        sentence = structure.paragraph(start)[0]
        for _ in range(2):
            if sentence >= s_start:
                return None
            end = structure.sentence_end(sentence)
            found = self.sentence_periods(sentence)[1]
            if found:
                # 今天发布数据显示，截至9月底，…: the event's day gives way here too
                folded = self.doc.folded
                return next((p for p in found if not is_event(folded[p[0]:p[1]])), found[0])
            if end - sentence > heading_max():
                return None
            sentence = end + 1
        return None


def attach_periods(doc: Doc, index: PeriodIndex, facts: Iterable) -> None:
    for fact in facts:
        span = index.period_of(fact.start)
        if span and grounded(doc, span):
            fact.period, fact.period_span = doc.text[span[0]:span[1]], span


def grounded(doc: Doc, span: Span) -> bool:
    """The phrase reads the same in the input (not across blanked markup)."""
    return doc.text[span[0]:span[1]] == doc.view[span[0]:span[1]]
