"""Where the article body ends: facts never come from boilerplate.

Press-release pages end in bylines, related-reading lists, disclaimers and
footers. The body is the text before the first such marker line.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex
from pydantic import BaseModel, ConfigDict

from . import patterns


class _BoilerplateRules(BaseModel):
    model_config = ConfigDict(extra="forbid")
    end_markers: list[str]


@dataclass(frozen=True)
class Body:
    start: int
    end: int

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


@lru_cache(maxsize=1)
def _end_marker() -> "regex.Pattern[str]":
    rules = patterns.load("boilerplate", _BoilerplateRules)
    return regex.compile("|".join(f"(?:{m})" for m in rules.end_markers), regex.MULTILINE)


def find_body(text: str) -> Body:
    match = _end_marker().search(text)
    return Body(0, match.start() if match else len(text))
