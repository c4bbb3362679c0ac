"""Percentages, percentage points, per mille and multiples, with the direction
(增长/下降) and basis (同比/环比) that govern them."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import regex

from ..doc import Doc
from ..doc.structure import clause_before
from ..grammar import numbers
from ..grammar.quantities import QuantityGrammar, merge_brackets, qualifier_of, shared
from ..output.models import Percentage
from ..rules import patterns, rxcache
from .base import Candidate

NAME = "percentages"


class _Direction(patterns.Rules):
    up: list[str]
    down: list[str]
    not_verbs: list[str]
    share_nouns: list[str]
    up_after: list[str]
    down_after: list[str]
    up_adjacent: list[str]
    down_adjacent: list[str]


class _Basis(patterns.Rules):
    yoy: list[str]
    mom: list[str]
    yoy_openers: list[str]
    other_bases: list[str]
    comparison_words: list[str]


class _PercentRules(patterns.Rules):
    tenths_number: str
    tenths_not_before: str
    suffix_units: dict[str, str]
    unit_scales: dict[str, str]
    prefix_units: dict[str, str]
    words: dict[str, list[str]]
    direction: _Direction
    basis: _Basis


class _Grammars:
    def __init__(self) -> None:
        r = patterns.load("percentages", _PercentRules)
        self.rules = r
        f = shared().fragments
        self.suffix = patterns.alternation(r.suffix_units)
        # 三成, 9成: a tenth, but only for a small number and not in words like 成为/成本.
        self.tenth = "成"  # (a text without it has no tenths: the grammar is not run over it)
        self.tenths = QuantityGrammar(f"{self.tenth}(?![{regex.escape(r.tenths_not_before)}])", number=r.tenths_number)
        self.prefix = patterns.alternation(r.prefix_units)
        self.words = rxcache.compile(patterns.expand(
            r"(?P<pre>{pre_qualifier})?(?P<word>" + patterns.alternation(r.words) + r")(?P<post>{post_qualifier})?", f))
        # the words alone: a text with none of them has no such share (the whole pattern,
        # its qualifier optional, is tried at every character)
        self.any_word = rxcache.compile(patterns.alternation(r.words))
        d = r.direction
        # a noun like 增加值 is matched whole, so its verb never counts
        self.verbs = rxcache.compile("(?:" + patterns.alternation(d.not_verbs + d.up + d.down) + ")")
        self.not_verbs = set(d.not_verbs)
        self.share_nouns = tuple(d.share_nouns)
        self.after = {**{w: "up" for w in d.up_after}, **{w: "down" for w in d.down_after}}
        self.up_set = set(d.up)
        self.adjacent = {**{w: "up" for w in d.up_adjacent}, **{w: "down" for w in d.down_adjacent}}
        # every ending an adjacent word gives a clause, with its 了: one test for most clauses, which have none
        self.adjacent_ends = tuple(self.adjacent) + tuple(w + "了" for w in self.adjacent)
        self.yoy = rxcache.compile(patterns.alternation(r.basis.yoy))
        self.mom = rxcache.compile(patterns.alternation(r.basis.mom))
        # 比2019年同期, 较“十三五”末, 比去年全年, 比一季度: another base, so no yoy
        self.other_base = rxcache.compile("|".join(r.basis.other_bases))
        self.yoy_opener = rxcache.compile(patterns.alternation(r.basis.yoy_openers))
        self.any_comparison = rxcache.compile(patterns.alternation(r.basis.comparison_words))


@lru_cache(maxsize=1)
def grammars() -> _Grammars:
    return _Grammars()


@lru_cache(maxsize=1)
def _fractions() -> regex.Pattern[str]:
    """百分之三十五点五, 千分之五, 三分之一: compiled only for texts that contain 分之."""
    f, prefix = shared().fragments, grammars().prefix
    return rxcache.compile(patterns.expand(
        r"(?P<pre>{pre_qualifier})?(?:(?P<unit>" + prefix + r")(?P<pnum>{number})"
        r"(?:{range_sep}(?:" + prefix + r")?(?P<num2>{number}))?"
        r"|(?P<den>{arabic}|{cn_body})分之(?P<num>{arabic}|{cn_body}))(?P<post>{post_qualifier})?", f))


def units() -> dict[str, str]:
    """Units for the shared grammar: %, 个百分点, ‰, 倍."""
    return {"percent": grammars().suffix}


def extra_numbers() -> list[str]:
    return []


def multiplied() -> bool:
    return False


def direction_and_basis(folded: str, start: int, end: int | None = None) -> tuple[str | None, str | None]:
    """Direction from the nearest verb before the figure in its clause (or a
    的正增长 right after it); basis only with a direction."""
    g = grammars()
    # A bracket opens a clause of its own: （2016年同期增速分别为3.3%） is not 同比.
    begin, clause = clause_before(folded, start, limit=60, stops="。；;！？!?\n，,(（")
    direction = None
    tail = clause.rstrip()
    for word, value in g.adjacent.items() if tail.endswith(g.adjacent_ends) else ():
        if tail.endswith(word) or tail.endswith(word + "了"):
            direction = value
    if direction is None:
        last = None
        for m in g.verbs.finditer(clause):
            last = None if m.group() in g.not_verbs else m
        # 对经济增长的贡献率为57%, 对工业增长贡献率达42.5%: a verb that only modifies a
        # noun (a share's) does not govern the figure.
        after_verb = clause[last.end():] if last is not None else ""
        if last is not None and "的" not in after_verb and not any(n in after_verb for n in g.share_nouns):
            direction = "up" if last.group() in g.up_set else "down"
    if direction is None and end is not None:
        direction = next((d for w, d in g.after.items() if folded.startswith(w, end)), None)
    if direction is None:
        return None, None
    basis = None
    # A comparison with another base (比2019年同期, 较“十三五”末) has no yoy basis.
    if g.mom.search(clause):
        basis = "mom"
    elif g.yoy.search(clause) and not g.other_base.search(clause):
        basis = "yoy"
    elif _continues_yoy(folded, begin, clause):
        basis = "yoy"
    return direction, basis


def _continues_yoy(folded: str, begin: int, clause: str) -> bool:
    """较去年同期投资量增加121亿元，投资完成率提高13.7个百分点: a clause with no base of
    its own continues the comparison that opened the clause before it (never a
    其中 clause, never one that names another base)."""
    g = grammars()
    if begin < 2 or folded[begin - 1] not in "，," or clause.lstrip().startswith("其中"):
        return False
    if g.any_comparison.search(clause):
        return False
    _, previous = clause_before(folded, begin - 1, limit=60, stops="。；;！？!?\n，,(（")
    opener = g.yoy_opener.match(previous.lstrip())
    return opener is not None and not g.other_base.search(previous)


def _fact(doc: Doc, rule: str, start: int, end: int, value: Decimal, unit: str,
          qualifier: str | None, value_max: Decimal | None = None, negative: bool = False) -> Candidate:
    direction, basis = direction_and_basis(doc.folded, start, end)
    if negative:
        value, value_max = -value, (-value_max if value_max is not None else None)
    return Candidate(NAME, Percentage(
        text=doc.view[start:end], start=start, end=end, value=value, value_max=value_max, unit=unit,
        qualifier=qualifier, direction=direction, basis=basis, rule=f"{NAME}.{rule}"))


_LISTED = rxcache.compile(r"(?<![\d.%])\d+(?:\.\d+)?、$")


def _listed_before(folded: str, start: int, floor: int) -> list[tuple[int, int, Decimal]]:
    """Bare numbers joined by 、 right before a figure with a unit (0.9、5.9个百分点)."""
    out = []
    # (one ends with its 、 right before the figure: where none stands there, none is looked for)
    while start > floor and folded.find("、", max(0, start - 2), start) >= 0:
        m = _LISTED.search(folded, max(floor, start - 16), start)
        if not m:
            break
        out.append((m.start(), m.end() - 1, Decimal(m.group()[:-1])))
        start = m.start()
    return out


def _qual(m, s) -> str | None:
    return qualifier_of(m.group("pre"), s.pre) or qualifier_of(m.group("post"), s.post)


def candidates(doc: Doc) -> list[Candidate]:
    return [*_suffixed(doc), *_tenths(doc), *_fractions_and_prefixed(doc), *_words(doc)]


def _suffixed(doc: Doc) -> list[Candidate]:
    """39.43%, 0.8个百分点, 近8倍, and bare numbers listed before one (0.9、5.9个百分点)."""
    units = grammars().rules.suffix_units
    folded = doc.folded
    out: list[Candidate] = []
    for m in merge_brackets(doc.quantities.get("percent", []), folded):
        for lo, hi, value in _listed_before(folded, m.start, doc.body.start):
            out.append(_fact(doc, "listed_before", lo, hi, value, units[m.unit], None))
        negative = m.number_start > 0 and folded[m.number_start - 1] == "-" and (
            m.number_start < 2 or not folded[m.number_start - 2].isdigit())
        start = m.start - 1 if negative and m.start == m.number_start else m.start
        scale = Decimal(grammars().rules.unit_scales.get(m.unit, "1"))  # 25个基点 → 0.25
        value, value_max = _scaled(m.value, scale), _scaled(m.value_max, scale)
        out.append(_fact(doc, "suffix_unit", start, m.end, value, units[m.unit], m.qualifier, value_max,
                         negative))
    return out


def _scaled(value: Decimal | None, scale: Decimal) -> Decimal | None:
    return value if value is None or scale == 1 else (value * scale).normalize()


def _tenths(doc: Doc) -> list[Candidate]:
    g = grammars()
    if doc.folded.find(g.tenth, doc.body.start, doc.body.end) < 0:
        return []  # (the grammar's optional qualifier has it tried at every character: 23 us a text)
    return [_fact(doc, "tenths", m.start, m.end, m.value * 10, "percent", m.qualifier)
            for m in g.tenths.finditer(doc.folded, doc.body)]


def _fractions_and_prefixed(doc: Doc) -> list[Candidate]:
    """百分之三十五点五, 千分之八, 三分之一: looked for only in texts that contain 分之."""
    if "分之" not in doc.folded:
        return []
    g, s = grammars(), shared()
    out: list[Candidate] = []
    for m in _fractions().finditer(doc.folded, doc.body.start, doc.body.end):
        if m.group("unit"):
            value = numbers.parse_number(m.group("pnum"))
            if value is None:
                continue
            upper = numbers.parse_number(m.group("num2")) if m.group("num2") else None
            qualifier = "range" if upper is not None else _qual(m, s)
            out.append(_fact(doc, "prefix_unit", m.start(), m.end(), value,
                             g.rules.prefix_units[m.group("unit")], qualifier, upper))
            continue
        den, num = numbers.parse_number(m.group("den")), numbers.parse_number(m.group("num"))
        if not den or num is None or num > den:
            continue
        value = (num * 100 / den).quantize(Decimal("1.000000")).normalize()
        out.append(_fact(doc, "fraction", m.start(), m.end(), value, "percent", _qual(m, s)))
    return out


_TIME_UNITS = frozenset("年月天日个小")


def _words(doc: Doc) -> list[Candidate]:
    g, s = grammars(), shared()
    out: list[Candidate] = []
    if not g.any_word.search(doc.folded, doc.body.start, doc.body.end):
        return out
    for m in g.words.finditer(doc.folded, doc.body.start, doc.body.end):
        if doc.folded[m.end():m.end() + 1] in _TIME_UNITS:
            continue  # 超过半年: a duration, no share
        value, unit, *own = g.rules.words[m.group("word")]
        qualifier = _qual(m, s) or (own[0] if own else None)
        out.append(_fact(doc, "word", m.start(), m.end(), Decimal(value), unit, qualifier))
    return out
