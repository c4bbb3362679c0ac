"""Measures: physical quantities with a unit (6万平方米 → 60000 平方米,
2×34万千瓦 → 680000 千瓦)."""
from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from ..grammar.quantities import merge_brackets
from ..grammar.words import verb_set
from ..output.models import Measure
from ..rules import patterns, rxcache
from .base import Candidate

NAME = "measures"
_BELOW_ZERO = "零下"
_BELOW_ZERO_UNITS = ("℃", "摄氏度")


class _MeasureRules(patterns.Rules):
    multiplied: bool
    units: list[str]
    digit_only_units: list[str]
    ratio_denominators: list[str]
    not_words: list[str]
    scaled_only_units: list[str]
    class_marks: list[str]
    class_units: list[str]
    programme_heads: list[str]
    event_before: list[str]
    event_after: list[str]


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
    return [_measure(doc, m) for m in merge_brackets(doc.quantities.get("measure", []), doc.folded)
            if _is_measure(m, doc.folded)]


def _measure(doc: Doc, m) -> Candidate:
    start, value, value_max = m.start, m.value, m.value_max
    if m.unit in _BELOW_ZERO_UNITS and doc.folded[max(0, start - 2):start] == _BELOW_ZERO:
        # 零下10℃: below zero (a range 零下5℃至零下10℃ keeps its own signs)
        start, value = start - 2, -value
        value_max = -value_max if value_max is not None else None
    return Candidate(NAME, Measure(text=doc.view[start:m.end], start=start, end=m.end, value=value,
                                   value_max=value_max, unit=m.unit, qualifier=m.qualifier, rule="measures.unit"))


def _is_measure(m, folded: str) -> bool:
    r = _rules()
    number = m.number_text
    if number in ("一", "壹"):
        return False  # 一亩地, 每一米: generic, not a figure
    if folded.startswith(tuple(r.class_marks), m.end) or _names_a_class(m, folded, r):
        return False  # 30万吨级航道, 500千伏变电站: a class of ships, works or lines
    if _in_programme_name(m, folded, r):
        return False  # 千亿斤粮食产能提升行动: a number inside a programme's name
    if folded[max(0, m.start - 2):m.start] in r.event_before and m.unit in ("米", "公里", "千米"):
        return False  # 男子1500米: a race
    return not (m.unit in ("米", "公里", "千米") and folded.startswith(tuple(r.event_after), m.end)
                and _raced(folded, m))


def _names_a_class(m, folded: str, r: _MeasureRules) -> bool:
    """500千伏变电站: a voltage before a noun (not before a verb: 从500千伏提升到…)."""
    return m.unit in r.class_units and bool(_HAN.match(folded, m.end)) and folded[m.end:m.end + 2] not in verb_set()


def _in_programme_name(m, folded: str, r: _MeasureRules) -> bool:
    """A round magnitude (千, 万, 千亿 … no digits) before the name of a programme."""
    if not m.number_text or any(c not in "十百千万亿" for c in m.number_text):
        return False
    run = _HAN_RUN.match(folded, m.end, m.end + _PROGRAMME_REACH)
    return bool(run) and any(head in run.group() for head in r.programme_heads)


_HAN = rxcache.compile(r"\p{Han}")
_HAN_RUN = rxcache.compile(r"\p{Han}+")
_PROGRAMME_REACH = 12


def _raced(folded: str, m) -> bool:
    """100米、200米、500米三项冠军, 10公里跑步比赛: distances named with their race; a
    list of plain lengths (3米、5米) is measured unless a race word ends it."""
    if not folded.startswith("、", m.end):
        return True
    tail = folded[m.end:m.end + 40]
    cut = next((i for i, c in enumerate(tail) if c in "，。；"), len(tail))
    return any(word in tail[:cut] for word in _rules().event_after if word != "、")
