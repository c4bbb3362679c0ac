"""Every occurrence of many literal strings (names, titles) in a stretch of text.

`str.find` once per string is the fastest way for a handful of strings, but a
long document names thousands of people, and scanning all of it once per name
grows with the square of its length. Past a few dozen strings the text is read
once instead: one C-level scan for the places where a string may begin (its first
character, and its second after it), then a walk down a trie of the strings from
each such place. Both ways give the same
positions: for each string, its non-overlapping occurrences from the left, as a
loop of `str.find` resuming at the end of the last one finds them.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..rules import firstchars

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
    trie = _trie(needles)
    # where a string may begin: one of their first characters, and one of their second
    # characters after it (or a string of one), found by one re scan
    firsts = firstchars.word_start_class(needles)
    found: dict[str, list[int]] = {n: [] for n in needles}
    free_from = dict.fromkeys(needles, start)  # where the next occurrence of each may begin
    for match in re.compile(firsts).finditer(text, start, end):
        at = match.start()
        # walk the trie along the text: every string that begins here, and only those
        node, i = trie, at
        while node is not None:
            needle = node.get(_WHOLE)
            if needle is not None and at >= free_from[needle]:
                found[needle].append(at)
                free_from[needle] = at + len(needle)
            if i >= end:
                break
            node = node.get(text[i])
            i += 1
    return found


_WHOLE = ""  # the key of a trie node that marks a whole string (no character is "")


def _trie(needles: list[str]) -> dict:
    """Nested dicts, one level per character; a string ends where its node has _WHOLE."""
    root: dict = {}
    for needle in needles:
        node = root
        for ch in needle:
            node = node.setdefault(ch, {})
        node[_WHOLE] = needle
    return root
