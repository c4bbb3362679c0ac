"""Money: amounts with a currency (4.75亿美元 → 475000000 USD), bare 亿元/万元
bounds (亿元以上 → 100000000), and amounts that are money only by context
(50亿大项目, 投资3亿: CNY with currency_explicit false)."""
from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from ..doc.structure import clause_before
from ..grammar.quantities import QuantityGrammar, merge_brackets
from ..output.models import Money
from ..rules import patterns, rxcache
from .base import Candidate

NAME = "money"


class _Implicit(patterns.Rules):
    cues_before: list[str]
    cues_after: list[str]
    window: int


class _MoneyRules(patterns.Rules):
    extra_numbers: list[str]
    suffix_not_before: list[str]
    suffix_currencies: dict[str, str]
    prefix_currencies: dict[str, str]
    implicit: _Implicit


class _Grammars:
    def __init__(self) -> None:
        rules = patterns.load("money", _MoneyRules)
        self.rules = rules
        suffix = patterns.alternation(rules.suffix_currencies)
        prefix = patterns.alternation(rules.prefix_currencies)
        # Not part of a longer word (元旦).
        self.unit = f"(?:{suffix})(?!{patterns.alternation(rules.suffix_not_before)})"
        self.suffix, self.prefix = suffix, prefix
        self.prefix_words = list(rules.prefix_currencies)
        self.cues_before = rxcache.compile(patterns.alternation(rules.implicit.cues_before))
        self.cues_after = rxcache.compile(patterns.alternation(rules.implicit.cues_after))


@lru_cache(maxsize=1)
def grammars() -> _Grammars:
    return _Grammars()


def units() -> dict[str, str]:
    """A currency word, or nothing at all after 50亿 (tried last: money by context)."""
    return {"currency": grammars().unit, "bare": r"(?<=[万亿])"}


def extra_numbers() -> list[str]:
    return list(grammars().rules.extra_numbers)


def multiplied() -> bool:
    return False


@lru_cache(maxsize=1)
def _prefixed() -> QuantityGrammar:
    g = grammars()
    return QuantityGrammar(f"(?:{g.suffix})?", prefix=g.prefix)


def currency_of(unit: str, prefix: str) -> str:
    rules = grammars().rules
    if prefix:
        return rules.prefix_currencies[prefix]
    unit = unit.strip()
    return rules.suffix_currencies.get(unit, "CNY")


def _money(text: str, m, currency: str, explicit: bool, rule: str) -> Candidate:
    return Candidate(NAME, Money(text=text[m.start:m.end], start=m.start, end=m.end, amount=m.value,
                                 amount_max=m.value_max, currency=currency, currency_explicit=explicit,
                                 qualifier=m.qualifier, rule=rule))


def _is_money_by_context(folded: str, m, window: int) -> bool:
    g = grammars()
    _, before = clause_before(folded, m.start, limit=window)
    if g.cues_before.search(before):
        return True
    return bool(g.cues_after.match(folded, m.end))


def candidates(doc: Doc) -> list[Candidate]:
    g = grammars()
    text, folded = doc.view, doc.folded
    out: list[Candidate] = []
    for m in merge_brackets(doc.quantities.get("currency", []), folded):
        if m.qualifier is None and m.number_text.strip("万亿") == "":
            continue  # 单位：亿元 labels a table; 亿元以上 is a bound, so a bare unit needs its qualifier
        out.append(_money(text, m, currency_of(m.unit, ""), True, "money.suffix_currency"))
    # $20, 人民币3亿元: compiled only for texts that carry a currency sign or word first.
    if any(word in folded for word in g.prefix_words):
        for m in _prefixed().finditer(folded, doc.body):
            out.append(_money(text, m, currency_of(m.unit, m.prefix), True, "money.prefix_currency"))
    for m in doc.quantities.get("bare", []):
        if _is_money_by_context(folded, m, g.rules.implicit.window):
            out.append(_money(text, m, "CNY", False, "money.by_context"))
    return out
