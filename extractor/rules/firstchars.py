"""What a rule's matches can begin with, and scans that use it.

`first_chars` reads a pattern's parse (by `re`'s own parser, after rxcache has spelt
\\p{Han} as ranges) for the characters its matches begin with. A place whose character
is not among them holds no match, so a hot `match` is ruled out there by one set lookup,
and a scan can jump from one such character to the next (`FirstCharScan`).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from re import _parser as _sre_parse

import regex

from . import rxcache

# More first characters than this (a \p{Han} range) make no useful guard: the reading stops
# there and tells nothing (a wide class costs ~70 ms to spell out, on every cold start).
_FIRST_CHARS_MAX = 3000


def char_class(chars: frozenset[str] | set[str]) -> str:
    """A character class of `chars`, in a fixed order (the same text for the same set)."""
    return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"


def word_start_class(words: list[str], also: frozenset[str] = frozenset()) -> str:
    """Where one of `words` may begin, as a pattern's text: its first character with one of
    the words' second characters after it, or the whole of a word of one character (or a
    character of `also`: what the rest of a rule opens with). A class scan in C that skips
    most of a text, where a scan for the words tries their many alternatives at every place
    a common first character (总, 主, 副) stands."""
    singles = frozenset(w for w in words if len(w) == 1) | also
    longer = [w for w in words if len(w) > 1]
    if not longer:
        return char_class(singles)
    pair = f"(?={char_class(frozenset(w[1] for w in longer))})"
    if not singles:
        return char_class(frozenset(w[0] for w in longer)) + pair
    # one class first (re skips ahead to it), then which of the two it stands for
    return f"{char_class(frozenset(w[0] for w in longer) | singles)}(?:(?<={char_class(singles)})|{pair})"


def first_chars(pattern: re.Pattern[str] | regex.Pattern[str] | str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of `pattern` can begin with, read from `re`'s parse of it
    (anchors and lookarounds consume nothing: the first characters are what follows
    them); None where they cannot be told that way (a match that may be empty, a
    category such as \\d or \\s, a negated set, case folding, what `re` cannot parse).
    A place whose character is not among them holds no match: a hot `match` is ruled
    out there by one set lookup instead of trying every alternative, and a scan can
    jump from one such character to the next."""
    if not isinstance(pattern, str):
        pattern, flags = pattern.pattern, pattern.flags
    if flags & (re.IGNORECASE | re.VERBOSE):
        return None
    # kept in the rule cache: re's parser reads a long alternation in milliseconds, every cold start
    found = rxcache.cached_value(("firsts", pattern, int(flags)), lambda: _read_first_chars(pattern, flags))
    return frozenset(found) if found is not None else None


def last_chars(pattern: re.Pattern[str] | regex.Pattern[str] | str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of `pattern` can end with, read as `first_chars` reads
    the first ones (None where they cannot be told): for a rule anchored at the end
    ($), a stretch whose last character is not among them (nor a line break, before
    which $ matches too) holds no match."""
    if not isinstance(pattern, str):
        pattern, flags = pattern.pattern, pattern.flags
    if flags & (re.IGNORECASE | re.VERBOSE):
        return None
    found = rxcache.cached_value(("lasts", pattern, int(flags)), lambda: _read_first_chars(pattern, flags, True))
    return frozenset(found) if found is not None else None


def _read_first_chars(pattern: str, flags: int, last: bool = False) -> str | None:
    translated = rxcache.translate_han(pattern)
    if translated is None:
        return None
    try:
        parsed = _sre_parse.parse(translated, int(flags) & ~int(regex.VERSION0))
    except (re.error, ValueError, OverflowError, RecursionError):
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None  # (?i) written inside the pattern
    found = _sequence_firsts(list(parsed), last)
    return "".join(sorted(found[0])) if found is not None and not found[1] else None


def _sequence_firsts(items: list, last: bool = False, categories: bool = False) -> tuple[set[str], bool] | None:
    """(first characters, may match nothing) of a parsed sequence: its first item's, and
    the next one's too while the items before may match nothing (`last`: read from the
    end, the last characters; `categories`: \\d and \\s kept as members, written so)."""
    chars: set[str] = set()
    for item in reversed(items) if last else items:
        found = _item_firsts(item, last, categories)
        if found is None:
            return None
        chars |= found[0]
        if len(chars) > _FIRST_CHARS_MAX:
            return None
        if not found[1]:
            return chars, False
    return chars, True


def _item_firsts(item: tuple, last: bool = False, categories: bool = False) -> tuple[set[str], bool] | None:
    op, av = item
    name = str(op)
    if name == "LITERAL":
        return {chr(av)}, False
    if name == "IN":
        chars: set[str] = set()
        for kind, value in av:
            kind = str(kind)
            if kind == "LITERAL":
                chars.add(chr(value))
            elif kind == "RANGE" and value[1] - value[0] < _FIRST_CHARS_MAX - len(chars):
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            elif kind == "CATEGORY" and categories and str(value) in _CATEGORY_ESCAPES:
                chars.add(_CATEGORY_ESCAPES[str(value)])
            else:
                return None  # NEGATE, a category (\\d, \\s: the two engines' differ), a huge range
        return chars, False
    if name == "BRANCH":
        union: set[str] = set()
        empty = False
        for branch in av[1]:
            found = _sequence_firsts(list(branch), last, categories)
            if found is None:
                return None
            union |= found[0]
            if len(union) > _FIRST_CHARS_MAX:
                return None
            empty = empty or found[1]
        return union, empty
    if name == "SUBPATTERN":
        return _sequence_firsts(list(av[3]), last, categories) if not av[1] and not av[2] else None  # no inline flags
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        found = _sequence_firsts(list(av[2]), last, categories)
        return None if found is None else (found[0], found[1] or av[0] == 0)
    if name == "ATOMIC_GROUP":
        return _sequence_firsts(list(av), last, categories)
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return set(), True  # an anchor or a lookaround consumes nothing: what follows begins the match
    return None  # ANY, GROUPREF, a category outside a set …




# the class escapes a set of first characters may keep as written (`categories`)
_CATEGORY_ESCAPES = {"CATEGORY_DIGIT": "\\d", "CATEGORY_SPACE": "\\s"}


def gated_scan(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """`pattern` for `re`'s finditer and search, read as `regex` reads it
    (rxcache.compile_exact) and opened by a lookahead of the characters its matches begin
    with (\\d and \\s among them, read as regex reads them too; under the rule's own
    flags, so a case-blind rule's lookahead is case-blind too). A rule opening with
    optional words (a qualifier before a number) or with alternatives (an anchor, a
    bracket) gives `re` no first character to skip to, so it tries the whole rule at
    every place; with the lookahead a place without one fails in a step of C (and where
    one stands, `re` matches the quantity grammar twice as fast as `regex` does). None
    where the first characters cannot be told."""
    firsts = first_class(pattern, flags=flags)
    return rxcache.compile_exact(f"(?=[{firsts}])(?:{pattern})", flags) if firsts else None


def first_class(pattern: str, last: bool = False, flags: int = 0) -> str | None:
    """The characters a match of `pattern` can begin with (`last`: end with) as the text
    of a set, \\d and \\s kept as written; None as for first_chars. For a set in a rule
    of `re`'s reading them as `regex` does (rxcache.compile_exact) under the same `flags`
    (IGNORECASE among them: the characters are read as written, the set matches them
    as the rule does)."""
    key = ("first class", pattern, last, int(flags))
    found = rxcache.cached_value(key, lambda: _read_first_class(pattern, last, int(flags)))
    return found if isinstance(found, str) and found else None


def _read_first_class(pattern: str, last: bool, flags: int) -> str | None:
    translated = rxcache.translate_han(pattern)
    try:
        parsed = _sre_parse.parse(translated or "(", flags & ~int(regex.VERSION0))
    except (re.error, ValueError, OverflowError, RecursionError):
        return None
    found = _sequence_firsts(list(parsed), last, categories=True)
    if found is None or found[1] or (parsed.state.flags & ~flags & re.IGNORECASE):
        return None  # (a (?i) written inside: a set read without it would not fold case)
    return "".join(member if len(member) > 1 else re.escape(member) for member in sorted(found[0]))


class _Any:
    """Every character: what a rule whose first characters cannot be told may open with."""

    def __contains__(self, ch: object) -> bool:
        return True


ANY = _Any()


def guard(pattern: re.Pattern[str] | regex.Pattern[str]) -> re.Pattern[str]:
    """A character-class search that finds nothing in a stretch holding no match of
    `pattern`: what a match begins with, else what it ends with (a match lies inside
    the stretch searched, so both characters do); one that always finds where neither
    can be told. A hot search over short stretches, which most of the time hold
    none, is ruled out there in C, at the cost of one class search."""
    chars = first_chars(pattern)
    chars = last_chars(pattern) if chars is None else chars
    return re.compile(char_class(chars) if chars else "")


def end_lasts(pattern: re.Pattern[str] | regex.Pattern[str]) -> frozenset[str] | None:
    """`last_chars` of a rule whose every alternative is anchored at the end ($), None
    for any other rule: what `may_end` reads."""
    found = rxcache.cached_value(("end lasts", pattern.pattern, int(pattern.flags)),
                                 lambda: _read_end_lasts(pattern.pattern, pattern.flags))
    return frozenset(found) if found is not None else None


def _read_end_lasts(pattern: str, flags: int) -> str | None:
    try:
        parsed = _sre_parse.parse(rxcache.translate_han(pattern) or "(", int(flags) & ~int(regex.VERSION0))
    except (re.error, ValueError, OverflowError, RecursionError):
        return None
    return _read_first_chars(pattern, flags, True) if _anchored_at_end(list(parsed)) else None


def _anchored_at_end(items: list) -> bool:
    if not items:
        return False
    op, av = items[-1]
    if str(op) == "AT":
        return str(av) == "AT_END"
    if str(op) == "BRANCH":
        return all(_anchored_at_end(list(branch)) for branch in av[1])
    return str(op) == "SUBPATTERN" and not av[1] and not av[2] and _anchored_at_end(list(av[3]))


def may_end(text: str, end: int, lasts: frozenset[str] | None) -> bool:
    """Whether a rule anchored at the end (end_lasts: `lasts`, None where not told) may
    match a stretch ending at `end` ($ matches before a final line break too)."""
    return lasts is None or text[end - 1:end] in lasts or text[end - 1:end] == "\n"


class FirstCharScan:
    """`pattern.finditer` over text[pos:endpos], the same matches in the same order,
    found by jumping from one character a match can begin with (first_chars) to the next
    and matching there: for a rule whose first characters are few, a character-class
    search in C passes over most of the text much faster than the pattern is tried at
    every place. Falls back to the pattern's own finditer where they cannot be told."""

    __slots__ = ("pattern", "firsts", "_jump")

    def __init__(self, pattern: re.Pattern[str] | regex.Pattern[str]) -> None:
        self.pattern = pattern
        self.firsts = first_chars(pattern)
        self._jump = None
        if self.firsts is not None:
            self._jump = re.compile(char_class(self.firsts))

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator:
        if self._jump is None:
            yield from self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)
            return
        end = len(text) if endpos is None else endpos
        jump, match = self._jump.search, self.pattern.match
        while (at := jump(text, pos, end)) is not None:
            found = match(text, at.start(), end)
            if found is None:
                pos = at.start() + 1
                continue
            yield found
            pos = found.end()  # never empty: a match begins with one of the first characters
