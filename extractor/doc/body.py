"""Where the article body ends: facts never come from boilerplate.

Press-release pages end in bylines and editor lines, related-reading lists,
disclaimers and footers. The body runs from the top of the input (so the
headline is in it) to the first end marker found from the first paragraph of
prose on, less any footer lines left at its foot. The rules are data in
patterns/boilerplate.toml.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..reading.textnorm import fold
from ..rules import firstchars, patterns, rxcache


class _BoilerplateRules(patterns.Rules):
    prose_line: str
    prose_punctuation: str
    end_markers: list[str]
    footer_lines: list[str]


@dataclass(frozen=True)
class Body:
    start: int
    end: int

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


@dataclass(frozen=True)
class _Compiled:
    prose_line: regex.Pattern[str]
    prose_punctuation: regex.Pattern[str]
    end_marker: regex.Pattern[str]
    footer_line: regex.Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> _Compiled:
    rules = patterns.load("boilerplate", _BoilerplateRules)

    flags = regex.MULTILINE | regex.IGNORECASE

    def any_of(items: list[str]) -> regex.Pattern[str]:
        return rxcache.compile("|".join(f"(?:{p})" for p in items), flags)

    end_markers = "|".join(f"(?:{p})" for p in rules.end_markers)
    return _Compiled(
        prose_line=rxcache.compile(rules.prose_line, regex.MULTILINE),
        prose_punctuation=rxcache.compile(rules.prose_punctuation),
        # searched through the whole body of every text: by re told where a marker can
        # begin (its alternatives open with an anchor or a bracket: no first character to skip to)
        end_marker=firstchars.gated_scan(end_markers, flags) or any_of(rules.end_markers),
        footer_line=any_of(rules.footer_lines),
    )


def _first_prose(folded: str) -> int:
    """Offset of the first paragraph of prose after the headline line (0 if none)."""
    rules = _rules()
    headline_end = folded.find("\n")
    if headline_end < 0:
        return 0
    for line in rules.prose_line.finditer(folded, headline_end + 1):
        if rules.prose_punctuation.search(line.group()):
            return line.start()
    return headline_end + 1


def _trim_footer(folded: str, end: int) -> int:
    """Move `end` up past trailing blank and footer lines."""
    rules = _rules()
    while True:
        stripped = folded[:end].rstrip()
        line_start = stripped.rfind("\n") + 1
        if line_start == 0 or not rules.footer_line.fullmatch(stripped[line_start:]):
            return end
        end = line_start


def prose_lines(folded: str, start: int):
    """The lines of prose (long, with clause punctuation) from `start` on."""
    rules = _rules()
    return (line for line in rules.prose_line.finditer(folded, start) if rules.prose_punctuation.search(line.group()))


def find_body(text: str) -> Body:
    return find_body_folded(fold(text))


def find_body_folded(folded: str) -> Body:
    """`find_body` of a text already folded (a `Doc` folds once)."""
    match = _rules().end_marker.search(folded, _first_prose(folded))
    end = match.start() if match else len(folded)
    return Body(0, _trim_footer(folded, end))
