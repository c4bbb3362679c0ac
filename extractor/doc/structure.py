"""Paragraphs, sentences and clauses of a text, found once and looked up by position.

Chinese releases mark their units with punctuation: a sentence ends at 。！？
(or a line break), a clause at ，；： as well, and a paragraph at a line break or
at the two ideographic spaces that indent a new one (　　). The boundaries are
found in one pass over the folded text; every lookup after that is a bisect,
so a rule that asks "where does this sentence start" pays O(log n), never a
scan of the text.
"""
from __future__ import annotations

import bisect
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

SENTENCE_ENDS = "。！？!?\n"
CLAUSE_ENDS = SENTENCE_ENDS + "；;，,：:"
# Scans back from a figure stop at these by default (quantities and their kinds).
CLAUSE_STOPS = "。；;！？!?\n，,：:"

# Plain character classes: the standard `re` engine scans these several times
# faster than `regex` does, and every document pays for the scan.
_CLAUSE_MARK = re.compile("[" + re.escape(CLAUSE_ENDS) + "]")
# A paragraph starts after a line break, or at a run of ideographic (folded:
# plain) spaces that indents a paragraph run into the previous line. The rule opens
# with the class of its first character, consumed (a lookahead gives `re` no class to
# skip with: it was tried at every place), and the sentence end before a run of spaces
# is looked for behind its first one (half the time again).
_PARAGRAPH_BREAK = re.compile(r"[\n \t\u3000](?:(?<=\n)\n*|(?<=[。！？!?”][ \t\u3000])[ \t\u3000]+(?=\S))")
# An enumeration: two or more items joined by 、, 和 or 及 (社会消费品零售总额、固定资产投资).
_JOINER = re.compile("[、和及]")
_ENUMERATION = re.compile(r"[^、和及，,；;。！？!?：:\n（）()“”]+(?:[、和及][^、和及，,；;。！？!?：:\n（）()“”]+)+")


@dataclass
class Structure:
    """Boundary positions of one text (each list sorted), found in one scan;
    paragraphs only when first asked for."""

    text: str
    sentence_marks: list[int] = field(default_factory=list)
    clause_marks: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, folded: str) -> Structure:
        clauses = [m.start() for m in _CLAUSE_MARK.finditer(folded)]
        return cls(folded, [i for i in clauses if folded[i] in SENTENCE_ENDS], clauses)

    @property
    def length(self) -> int:
        return len(self.text)

    @cached_property
    def paragraph_starts(self) -> list[int]:
        n = len(self.text)
        return [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(self.text) if m.end() < n]

    # The lookups below run several times per figure: each is one bisect written out,
    # not a chain of helper calls (a sentence's or a clause's two ends share theirs).
    def sentence_start(self, pos: int) -> int:
        """Just after the last sentence mark before `pos` (0 if none)."""
        i = bisect_left(self.sentence_marks, pos)
        return self.sentence_marks[i - 1] + 1 if i else 0

    def sentence_end(self, pos: int) -> int:
        """The first sentence mark at or after `pos` (the text's length if none)."""
        marks = self.sentence_marks
        i = bisect_left(marks, pos)
        return marks[i] if i < len(marks) else len(self.text)

    def clause_start(self, pos: int) -> int:
        i = bisect_left(self.clause_marks, pos)
        return self.clause_marks[i - 1] + 1 if i else 0

    def clause_end(self, pos: int) -> int:
        marks = self.clause_marks
        i = bisect_left(marks, pos)
        return marks[i] if i < len(marks) else len(self.text)

    def sentence(self, pos: int) -> tuple[int, int]:
        return _around(self.sentence_marks, pos, len(self.text))

    def clause(self, pos: int) -> tuple[int, int]:
        return _around(self.clause_marks, pos, len(self.text))

    def paragraph(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.paragraph_starts, pos) - 1
        start = self.paragraph_starts[max(i, 0)]
        end = self.paragraph_starts[i + 1] if i + 1 < len(self.paragraph_starts) else self.length
        return start, end

    def clauses(self, start: int, end: int) -> list[tuple[int, int]]:
        """The clauses of the stretch [start, end), in order (a sentence's clause chain)."""
        lo = bisect.bisect_left(self.clause_marks, start)
        hi = bisect.bisect_left(self.clause_marks, end)
        cuts = [start] + [m + 1 for m in self.clause_marks[lo:hi]] + [end]
        return [(a, b if b == end else b - 1) for a, b in zip(cuts, cuts[1:], strict=False) if a < b]


def _around(marks: list[int], pos: int, length: int) -> tuple[int, int]:
    """Just after the last mark before `pos` (0 if none), and the first mark at or after it (`length` if none)."""
    i = bisect_left(marks, pos)
    return (marks[i - 1] + 1 if i else 0), (marks[i] if i < len(marks) else length)


def enumerations(folded: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    """Lists of items joined by 、, 和 or 及 within [start, end): each a list of item spans."""
    out = []
    for m in _ENUMERATION.finditer(folded, start, end):
        items, pos = [], m.start()
        for piece in _JOINER.split(m.group()):
            items.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        out.append(items)
    return out


def clause_before(folded: str, start: int, limit: int = 40, stops: str = CLAUSE_STOPS) -> tuple[int, str]:
    """The text from the last clause boundary up to `start` (at most `limit` chars)."""
    lo = max(0, start - limit)
    last = _last_stop(stops).search(folded, lo, start)
    begin = last.start() + 1 if last else lo
    return begin, folded[begin:start]


@lru_cache(maxsize=32)
def _last_stop(stops: str) -> re.Pattern[str]:
    """The last of `stops` in a stretch: one scan in C (an rfind per stop was half the
    time of every count's and percentage's look back)."""
    marks = re.escape(stops)
    return re.compile(f"[{marks}][^{marks}]*\\Z")
