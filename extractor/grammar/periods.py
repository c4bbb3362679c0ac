"""Time phrases (patterns/periods.toml): where in a text a period is written.

A period is the time a figure refers to, as written (前三季度, 1—10月, 截至4月14日);
the bases of a comparison (同比, 去年同期, 比上年) are not periods. This module
only finds the phrases; which one governs a figure is decided in
extractor/kinds/periods.py.
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from ..rules import patterns, rxcache
from .words import verb_set

_HAN = regex.compile(r"\p{Han}")
_NUMBERED_YEAR = regex.compile(r"(?:(?:19|20)\d{2}|[一二][〇零一二三四五六七八九]{3})年$")
_MAX_DIGITS = 4  # the most digits a phrase opens with (2023年): {num}, {year}
_YEAR_MARKS = "在于从到至自是为和与及、今去明"  # 在2023年, 从2020年到…: the year is a time


class _Periods(patterns.Rules):
    phrase: str
    first_chars: str
    digit_ends: str
    second_chars: dict[str, str] = {}
    event: str
    heading_max: int
    not_after: list[str]
    base_before: list[str]
    opening_clause: str
    opening_ends: list[str]
    adverbs_after_time: list[str]


class _PeriodRules(patterns.Rules):
    fragments: dict[str, str]
    periods: _Periods


class _Compiled:
    def __init__(self) -> None:
        rules = patterns.load("periods", _PeriodRules)
        self.phrase = rxcache.compile(patterns.expand(rules.periods.phrase, rules.fragments))
        self.first = _first_places(rules.periods.first_chars, rules.periods.digit_ends)
        self.first_chars = frozenset(rules.periods.first_chars)  # (one character tested in place)
        self.second_chars = {ch: frozenset(after) for ch, after in rules.periods.second_chars.items()}
        self.not_after = rxcache.compile(patterns.alternation(rules.periods.not_after))
        self.base_before = tuple(rules.periods.base_before)
        self.heading_max = rules.periods.heading_max
        self.event = rxcache.compile(rules.periods.event)
        self.opening_ends = tuple(rules.periods.opening_ends)
        # any of them in a stretch, looked for in place (no slice of the stretch)
        self.opening_end = re.compile("|".join(map(re.escape, self.opening_ends)))
        self.adverbs_after_time = tuple(rules.periods.adverbs_after_time)
        self.opening = rxcache.compile(
            f"{rules.periods.opening_clause}(?:{patterns.alternation(rules.periods.opening_ends)})(?=[，,])")


def _first_places(first_chars: str, digit_ends: str) -> re.Pattern[str]:
    """Where a phrase can start: one of `first_chars`, a digit only where the digits
    from it, at most `_MAX_DIGITS`, are followed by one of `digit_ends` (a figure's
    digits, 63.8亿元, are passed)."""
    others = re.escape("".join(ch for ch in first_chars if ch not in "0123456789"))
    # one class first, whatever follows: `re` then skips to the next such character in C
    return re.compile(f"[{re.escape(first_chars)}](?:(?<=[{others}])|\\d{{0,{_MAX_DIGITS - 1}}}"
                      f"(?=[{re.escape(digit_ends)}]))")


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    return _Compiled()


def find_periods(folded: str, start: int, end: int, stop: int | None = None) -> tuple[list[tuple[int, int]], int]:
    """Spans of the time phrases in folded[start:end], in order, bases left out, and
    where to go on: with `stop`, no phrase starting at or after it is looked for."""
    c = _compiled()
    matches, resume = scan(folded, start, end, stop)
    spans = [m.span() for m in matches if not _is_base(folded, m, c)]
    if not c.opening_end.search(folded, start, resume):
        return spans, resume  # found left to right, not overlapping: already in order
    for m in c.opening.finditer(folded, start, resume):  # 展会期间，: a clause that says when
        inside = [(s, e) for s, e in spans if m.start() <= s and e <= m.end()]
        if not any(s < m.end() and m.start() < e for s, e in spans if (s, e) not in inside):
            # 今年春灌期间，: the whole clause, not the year in it
            spans = [sp for sp in spans if sp not in inside] + [m.span()]
    return sorted(spans), resume


def scan(folded: str, start: int, end: int, stop: int | None = None) -> tuple[list[regex.Match[str]], int]:
    """The phrases in folded[start:end], left to right, not overlapping (the same as
    the phrase's finditer, trying it only where a phrase can start), up to the
    first one starting at or after `stop`; and the place to resume from."""
    c, out, pos = _compiled(), [], start
    stop = end if stop is None else stop
    first, phrase, seconds = c.first.search, c.phrase.match, c.second_chars  # bound once: the loop runs per candidate
    # (searched a little past `stop`: a digit's test looks past its digits)
    reach = min(end, stop + _MAX_DIGITS)
    while (place := first(folded, pos, reach)) is not None and place.start() < stop:
        at = place.start()
        after = seconds.get(folded[at])  # (what may follow it, when that is told: one set lookup)
        m = phrase(folded, at, end) if after is None or folded[at + 1:at + 2] in after else None
        if m and m.end() > at:
            out.append(m)
            pos = m.end()
        else:
            pos = at + 1
    return out, max(pos, stop)


def starts_at(folded: str, pos: int) -> bool:
    """Whether a time phrase starts at `pos` (大病|明年有望: where a noun ends)."""
    c = _compiled()
    if folded[pos:pos + 1] not in c.first_chars:
        return False
    m = c.phrase.match(folded, pos)
    return bool(m and m.end() > pos)


def is_event(phrase: str) -> bool:
    """A day, with or without its hour (3月25日, 8日下午): an event's date rather than a period."""
    return bool(_compiled().event.search(phrase))


def governs_verb(folded: str, end: int) -> bool:
    """Whether the time phrase ending at `end` stands before a verb (近日到位, 日前联合印发)
    or a mark, as an adverb of time, rather than before a noun it names (全年任务)."""
    pos = end
    for adverb in _compiled().adverbs_after_time:
        if folded.startswith(adverb, pos):
            if len(adverb) > 1:
                return True  # 明年有望获…, 日前已经…: an adverb of two characters is a verb's
            pos += len(adverb)
            break
    if pos >= len(folded) or not _HAN.match(folded, pos):
        return True
    verbs = verb_set()
    return any(folded[pos:pos + n] in verbs for n in (2, 1, 3, 4))


def heading_max() -> int:
    return _compiled().heading_max


def is_attributive(folded: str, start: int, end: int) -> bool:
    """收购2023年秋粮: a year written between words, naming the thing more than the
    time; like an event date, it gives way to any other time phrase before the figure."""
    before, after = folded[start - 1:start] if start else "", folded[end:end + 1]
    return (_NUMBERED_YEAR.match(folded, start, end) is not None and bool(before) and _HAN.match(before) is not None
            and before not in _YEAR_MARKS and _HAN.match(after or " ") is not None)


def _is_base(folded: str, m: regex.Match[str], c: _Compiled) -> bool:
    if c.not_after.match(folded, m.end()):
        return True
    return folded[max(0, m.start() - 2):m.start()].endswith(c.base_before)
