"""Which time phrase governs each numeric fact: its `period` (SPEC.md, "label and period").

The phrase of the figure's own sentence, the nearest one before the figure
where there are several (an event's date giving way to any other phrase); a
sentence without one takes the period that opens its paragraph (the first
phrase of its first sentence, or of its second after a short heading);
otherwise none.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..doc import Doc
from ..grammar.periods import find_periods, governs_verb, heading_max, is_attributive, is_event

Span = tuple[int, int]
_VERB_TIME_MARKS = ("于",)


@dataclass
class _SentenceKinds:
    """The indices, in one sentence's list of periods, of the plain ones, of those that
    date no verb of their own, and of those that are both; `read`: how many were sorted."""

    plain: list[int] = field(default_factory=list)
    free: list[int] = field(default_factory=list)
    free_plain: list[int] = field(default_factory=list)
    read: int = 0


class PeriodIndex:
    """The time phrases of one document, found sentence by sentence as figures
    ask for them: only the sentences that hold a figure (and the openings of
    their paragraphs) are ever scanned."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        # sentence start -> the periods found in it so far, and where the scan stopped
        self._by_sentence: dict[int, tuple[list[Span], int]] = {}
        self._kinds_cache: dict[int, _SentenceKinds] = {}
        # the sentence asked about last (start, end, end within the body): the figures of
        # one sentence ask in a row, and every place in [start, end] has that sentence
        self._sentence: tuple[int, int, int] = (1, 0, 0)
        self._paragraph: tuple[int, int] = (1, 0)  # the paragraph asked about last, likewise
        # paragraph start -> what its first sentences give, read as far as asked for
        # (_opening_step): a paragraph's every sentence with no period of its own asks
        self._opening_steps: dict[int, list[tuple[Span | None, int | None]]] = {}

    def sentence_periods(self, pos: int, upto: int | None = None) -> tuple[int, list[Span]]:
        """The start of the sentence around `pos` and the periods written in it
        (those starting before `upto` at least: the rest is scanned when asked for)."""
        sentence = self._sentence
        if not sentence[0] <= pos <= sentence[1]:
            doc = self.doc
            start, end = doc.structure.sentence(pos)
            sentence = self._sentence = (start, end, min(end, doc.body.end))
        start, _, hi = sentence
        limit = hi if upto is None or upto > hi else upto
        scanned = self._by_sentence.get(start)
        if scanned is None:
            found, resume = [], max(start, self.doc.body.start)
        else:
            found, resume = scanned
            if resume >= limit:
                return start, found  # scanned far enough already
        if resume < limit:
            more, resume = find_periods(self.doc.folded, resume, hi, stop=limit)
            found.extend(more)  # in place: a long sentence's list is never copied
        self._by_sentence[start] = (found, resume)
        return start, found

    def within(self, start: int, end: int) -> list[Span]:
        """The periods starting in [start, end), a stretch of one sentence."""
        found = self.sentence_periods(start, end)[1]  # (answered in place when scanned that far)
        if not found:
            return []  # (most sentences have none: no bisect)
        return found[bisect_left(found, (start,)):bisect_left(found, (end,))]

    def period_of(self, start: int) -> Span | None:
        """The period governing the figure that starts at `start`: the last one before it
        in its sentence, an event date (SPEC.md) or a year naming a thing (收购2023年秋粮)
        only when no other phrase is there; one dating its own verb (于2010年完成) only
        in the figure's clause."""
        s_start, found = self.sentence_periods(start, start)
        best = self._best_before(start, s_start, found) if found else -1  # (most sentences have none)
        if best >= 0:
            return found[best]
        clause_end = self.doc.structure.clause_end(start)
        after = [p for p in self.within(start, clause_end) if governs_verb(self.doc.folded, p[1])]
        if after:  # 四部门近日联合印发: the clause's time, written after its figure
            return after[0]
        return self._paragraph_opening(start, s_start)

    def _best_before(self, start: int, s_start: int, found: list[Span]) -> int:
        """The index of the phrase before `start` in its sentence that governs it, or -1."""
        clause = self.doc.structure.clause_start(start)
        kinds = self._kinds(s_start, found)
        last = bisect_right(found, (start, start)) - 1  # phrases are sorted and do not overlap
        while last >= 0 and found[last][1] > start:
            last -= 1
        in_clause = bisect_left(found, (clause,))  # the first phrase of the figure's own clause
        # a phrase of the figure's own clause counts whatever verb it dates
        best = max(_in_clause(_last_at_most(kinds.plain, last), in_clause), _last_at_most(kinds.free_plain, last))
        if best < 0:  # only event dates or years naming a thing: the last of those
            best = max(_in_clause(last, in_clause), _last_at_most(kinds.free, last))
        return best

    def _kinds(self, s_start: int, found: list[Span]) -> _SentenceKinds:
        """Which periods of one sentence are plain (no event date, no year naming a thing)
        and which date no verb of their own, extended as the sentence's scan goes on."""
        kinds = self._kinds_cache.get(s_start)
        if kinds is None:  # (not setdefault: it would build one per call)
            kinds = self._kinds_cache[s_start] = _SentenceKinds()
        folded = self.doc.folded
        for i in range(kinds.read, len(found)):
            p = found[i]
            plain = not is_event(folded[p[0]:p[1]]) and not is_attributive(folded, *p)
            free = not self._verb_time(p)
            if plain:
                kinds.plain.append(i)
            if free:
                kinds.free.append(i)
                if plain:
                    kinds.free_plain.append(i)
        kinds.read = len(found)
        return kinds

    def _verb_time(self, span: Span) -> bool:
        """于2010年顺利完成: a time phrase after 于 dates its own verb, not a later clause."""
        return self.doc.folded[span[0] - 1:span[0]] in _VERB_TIME_MARKS

    def _paragraph_opening(self, start: int, s_start: int) -> Span | None:
        """The period opening the figure's paragraph: the first one of its first
        sentence (or of its second, after a short heading)."""
        paragraph = self._paragraph
        if not paragraph[0] <= start < paragraph[1]:
            paragraph = self._paragraph = self.doc.structure.paragraph(start)
        return self._opening_period(paragraph[0], s_start)  # (its steps are kept per paragraph)

    def _opening_period(self, paragraph: int, s_start: int) -> Span | None:
        steps = self._opening_steps.get(paragraph)
        if steps is None:
            steps = self._opening_steps[paragraph] = []
        sentence: int | None = paragraph
        for i in range(2):
            if sentence is None or sentence >= s_start:
                return None
            if i == len(steps):
                steps.append(self._opening_step(sentence))
            period, sentence = steps[i]
            if period:
                return period
        return None

    def _opening_step(self, sentence: int) -> tuple[Span | None, int | None]:
        """The period of the paragraph's sentence at `sentence` (its first one, an event's day
        giving way), or none and where the next sentence starts after a short heading (None
        after a longer sentence): read once per paragraph, its sentences being read whole."""
        end = self.doc.structure.sentence_end(sentence)
        found = self.sentence_periods(sentence)[1]
        if found:
            # 今天发布数据显示，截至9月底，…: the event's day gives way here too
            folded = self.doc.folded
            return next((p for p in found if not is_event(folded[p[0]:p[1]])), found[0]), None
        return None, (end + 1 if end - sentence <= heading_max() else None)


def _in_clause(index: int, clause_first: int) -> int:
    return index if index >= clause_first else -1


def _last_at_most(indices: list[int], last: int) -> int:
    """The greatest index in the sorted `indices` that is at most `last`, or -1."""
    at = bisect_right(indices, last)
    return indices[at - 1] if at else -1


def attach_periods(doc: Doc, index: PeriodIndex, facts: Iterable) -> None:
    for fact in facts:
        span = index.period_of(fact.start)
        if span and grounded(doc, span):
            fact.period, fact.period_span = doc.text[span[0]:span[1]], span


def grounded(doc: Doc, span: Span) -> bool:
    """The phrase reads the same in the input (not across blanked markup)."""
    return doc.text[span[0]:span[1]] == doc.view[span[0]:span[1]]
