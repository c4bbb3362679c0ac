"""Every occurrence of many literal strings (names, titles) in a stretch of text.

`str.find` once per string is the fastest way for a handful of strings, but a
long document names thousands of people, and scanning all of it once per name
grows with the square of its length. Past a few dozen strings the text is read
once instead: one C-level scan for the characters that begin a string, then a
dictionary of the strings by their first characters. Both ways give the same
positions: for each string, its non-overlapping occurrences from the left, as a
loop of `str.find` resuming at the end of the last one finds them.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

# Below this many distinct strings, one str.find loop each is faster than one pass.
_ONE_PASS_FROM = 48


def occurrences(text: str, needles: Iterable[str], start: int, end: int) -> dict[str, list[int]]:
    """For each distinct non-empty needle, the starts of its non-overlapping
    occurrences within text[start:end], left to right."""
    wanted = [n for n in dict.fromkeys(needles) if n]
    if len(wanted) < _ONE_PASS_FROM:
        return {n: _find_all(text, n, start, end) for n in wanted}
    return _one_pass(text, wanted, start, end)


def _find_all(text: str, needle: str, start: int, end: int) -> list[int]:
    out, at = [], text.find(needle, start, end)
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + len(needle), end)
    return out


def _one_pass(text: str, needles: list[str], start: int, end: int) -> dict[str, list[int]]:
    key_len = min(2, min(map(len, needles)))  # the strings are grouped by this many first characters
    by_key: dict[str, list[str]] = {}
    for needle in needles:
        by_key.setdefault(needle[:key_len], []).append(needle)
    firsts = re.compile("[" + "".join(re.escape(c) for c in sorted({n[0] for n in needles})) + "]")
    found: dict[str, list[int]] = {n: [] for n in needles}
    free_from = dict.fromkeys(needles, start)  # where the next occurrence of each may begin
    for match in firsts.finditer(text, start, end):
        at = match.start()
        group = by_key.get(text[at:at + key_len])
        if group is None:
            continue
        for needle in group:
            if at >= free_from[needle] and text.startswith(needle, at, end):
                found[needle].append(at)
                free_from[needle] = at + len(needle)
    return found
