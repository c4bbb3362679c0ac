"""Warnings a user needs about how a document was read: not Chinese, most of it
dropped as boilerplate, the body stopped early, the headline capped.

Each looks at the `Doc` already built (its view and body), never at the facts.
The thresholds are data in patterns/warnings.toml.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..rules import patterns, rxcache
from . import body as body_rules
from .doc import Doc


class _WarningRules(patterns.Rules):
    min_chinese_share: float
    min_letters: int
    max_dropped_share: float
    min_prose_after: int
    headline_max_chars: int


@lru_cache(maxsize=1)
def rules() -> _WarningRules:
    return patterns.load("warnings", _WarningRules)


# Runs, not characters: counting the characters of each run is the same count,
# found with one match per run rather than one per character (4x faster).
_LETTERS = rxcache.compile(r"\p{L}+")
_HAN = rxcache.compile(r"\p{Han}+")
_VISIBLE = rxcache.compile(r"\S+")
_SAMPLE = 200_000


def _count(runs: regex.Pattern[str], text: str, start: int = 0, end: int | None = None) -> int:
    """How many characters of text[start:end] the one-character class of `runs` matches."""
    return sum(map(len, runs.findall(text, start, len(text) if end is None else end)))


def reading_warnings(doc: Doc) -> list[str]:
    return [w for w in (_not_chinese(doc), *_cut_short(doc)) if w]


def _not_chinese(doc: Doc) -> str | None:
    sample = doc.view[:_SAMPLE]
    needed = rules().min_chinese_share * len(sample)
    # (a Chinese text is Chinese enough by its first half: the second is counted only if not)
    half = len(sample) // 2
    han = _count(_HAN, sample, 0, half)
    if han < needed:
        han += _count(_HAN, sample, half)
    if han >= needed:
        return None  # Chinese enough of all its characters, so of its letters: no letter count needed
    letters = _count(_LETTERS, sample)
    if letters < rules().min_letters:
        return None
    share = han / letters
    if share >= rules().min_chinese_share:
        return None
    return (f"not Chinese: {share:.0%} of its letters are Chinese characters; the rules read Chinese "
            "press releases, so expect few facts")


def _cut_short(doc: Doc) -> list[str]:
    """Most of the file after the body's end, and prose after it, each said."""
    end = doc.body.end
    if end >= len(doc.view):
        return []
    found = []
    after = _count(_VISIBLE, doc.view, end)
    total = after + _count(_VISIBLE, doc.view, 0, end)
    if total and after / total > rules().max_dropped_share:
        found.append(f"most of the file was dropped as boilerplate: {after} of its {total} visible characters "
                     f"come after the body's end (character {end})")
    # more prose after the end than in the body (not a disclaimer under a whole article)
    prose = [_count(_VISIBLE, line.group()) for line in body_rules.prose_lines(doc.folded, end)]
    if len(prose) >= rules().min_prose_after and sum(prose) > total - after:
        found.append(f"the body stopped early: it ends at character {end}, and {len(prose)} paragraphs of prose "
                     f"({sum(prose)} characters, more than the body has) after it were not read")
    return found


def capped_title(title: str | None) -> tuple[str | None, str | None]:
    """(title, warning): a title longer than a headline can be is cut to one."""
    limit = rules().headline_max_chars
    if title is None or len(title) <= limit:
        return title, None
    return title[:limit], f"title capped at {limit} characters (its line is {len(title)} characters long)"


__all__ = ["capped_title", "reading_warnings"]
