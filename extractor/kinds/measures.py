"""Measures: physical quantities with a unit (6万平方米 → 60000 平方米,
2×34万千瓦 → 680000 千瓦)."""
from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from ..grammar.quantities import merge_brackets
from ..output.models import Measure
from ..rules import patterns
from .base import Candidate

NAME = "measures"


class _MeasureRules(patterns.Rules):
    multiplied: bool
    units: list[str]
    digit_only_units: list[str]
    ratio_denominators: list[str]
    not_words: list[str]
    scaled_only_units: list[str]


@lru_cache(maxsize=1)
def _rules() -> _MeasureRules:
    return patterns.load("measures", _MeasureRules)


@lru_cache(maxsize=1)
def unit_pattern() -> str:
    r = _rules()
    unit = (f"(?!{patterns.alternation(r.not_words)})"
            f"(?:{patterns.alternation(r.units)}"
            f"|(?<=\\d)(?:{patterns.alternation(r.digit_only_units)})"
            f"|(?<=[万亿])(?:{patterns.alternation(r.scaled_only_units)}))"
            f"(?:/(?:{patterns.alternation(r.ratio_denominators)}))?(?![A-Za-z])")
    return unit


def units() -> dict[str, str]:
    return {"measure": unit_pattern()}


def extra_numbers() -> list[str]:
    return []


def multiplied() -> bool:
    """2×34万千瓦: a count of identical units times the capacity of each."""
    return _rules().multiplied


def candidates(doc: Doc) -> list[Candidate]:
    return [
        Candidate(NAME, Measure(text=doc.view[m.start:m.end], start=m.start, end=m.end, value=m.value,
                                value_max=m.value_max, unit=m.unit, qualifier=m.qualifier, rule="measures.unit"))
        for m in merge_brackets(doc.quantities.get("measure", []), doc.folded)
        if m.number_text not in ("一", "壹")  # 一亩地, 每一米: generic, not a figure
    ]
