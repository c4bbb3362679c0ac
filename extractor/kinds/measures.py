"""Measures: physical quantities with a unit (6万平方米 → 60000 平方米,
2×34万千瓦 → 680000 千瓦)."""
from __future__ import annotations

from functools import lru_cache

from ..doc.body import Body
from ..grammar.quantities import Candidate, merge_brackets
from ..output.models import Measure
from ..rules import patterns

PRIORITY = 2


class _MeasureRules(patterns.Rules):
    units: list[str]
    digit_only_units: list[str]
    ratio_denominators: list[str]
    not_words: list[str]
    scaled_only_units: list[str]


@lru_cache(maxsize=1)
def unit_pattern() -> str:
    r = patterns.load("measures", _MeasureRules)
    unit = (f"(?!{patterns.alternation(r.not_words)})"
            f"(?:{patterns.alternation(r.units)}"
            f"|(?<=\\d)(?:{patterns.alternation(r.digit_only_units)})"
            f"|(?<=[万亿])(?:{patterns.alternation(r.scaled_only_units)}))"
            f"(?:/(?:{patterns.alternation(r.ratio_denominators)}))?(?![A-Za-z])")
    return unit


# 2×34万千瓦: a count of identical units times the capacity of each.
TIMES_UNITS = ("measure",)


def unit_patterns() -> list[tuple[int, str, str]]:
    return [(PRIORITY, "measure", unit_pattern())]


def candidates(text: str, folded: str, body: Body, found: dict) -> list[Candidate]:
    return [
        Candidate("measures", Measure(text=text[m.start:m.end], start=m.start, end=m.end, value=m.value,
                                      value_max=m.value_max, unit=m.unit, qualifier=m.qualifier), PRIORITY)
        for m in merge_brackets(found.get("measure", []), folded)
        if m.number_text not in ("一", "壹")  # 一亩地, 每一米: generic, not a figure
    ]
