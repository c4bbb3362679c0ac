"""Spans, asked in log time whether one of them overlaps or holds a stretch.

A long document names thousands of people and honours: a rule that compared each of
its findings with every span found before grew with the square of the document."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate


class SpanSet:
    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach = list(accumulate((b for _, b in spans), max))  # the furthest end so far

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect_left(self.starts, e)  # the spans starting before e …
        return i > 0 and self.reach[i - 1] > s  # … one of which ends after s

    def covers(self, s: int, e: int) -> bool:
        i = bisect_right(self.starts, s)  # the spans starting at s or before …
        return i > 0 and self.reach[i - 1] >= e  # … one of which ends at e or after
