"""Money: amounts with a currency (4.75亿美元 → 475000000 USD), bare 亿元/万元
bounds (亿元以上 → 100000000), and amounts that are money only by context
(50亿大项目, 投资3亿: CNY with currency_explicit false)."""
from __future__ import annotations

from functools import lru_cache

from ..doc.body import Body
from ..grammar.quantities import Candidate, QuantityGrammar, clause_before, merge_brackets
from ..output.models import Money
from ..rules import patterns, rxcache

PRIORITY_EXPLICIT, PRIORITY_IMPLICIT = 1, 4


class _Implicit(patterns.Rules):
    cues_before: list[str]
    cues_after: list[str]
    window: int


class _MoneyRules(patterns.Rules):
    suffix_currencies: dict[str, str]
    prefix_currencies: dict[str, str]
    implicit: _Implicit


class _Grammars:
    def __init__(self) -> None:
        rules = patterns.load("money", _MoneyRules)
        self.rules = rules
        suffix = patterns.alternation(rules.suffix_currencies)
        prefix = patterns.alternation(rules.prefix_currencies)
        # Not the 万元 of a ratio unit (吨标准煤/万元), not part of a longer word (元旦).
        self.unit = f"(?:{suffix})(?!旦|素|件|器|宵|首|老|气|月|年)"
        self.suffix, self.prefix = suffix, prefix
        self.prefix_words = list(rules.prefix_currencies)
        self.cues_before = rxcache.compile(patterns.alternation(rules.implicit.cues_before))
        self.cues_after = rxcache.compile(patterns.alternation(rules.implicit.cues_after))


@lru_cache(maxsize=1)
def grammars() -> _Grammars:
    return _Grammars()


# Numbers only money has: a bare 万元 / 亿元 means one of that unit (亿元以上内资项目),
# and scraped text sometimes splits a number from its multiplier (200 万元).
EXTRA_NUMBERS = (
    r"{arabic}[ \t]+[万亿]+(?=元)",
    r"(?<![\d/零一二两三四五六七八九十百千万亿\s])[万亿]+(?=元)",
)


def unit_patterns() -> list[tuple[int, str, str]]:
    """Units for the shared grammar: a currency word, or nothing after 50亿 (tried last)."""
    return [(PRIORITY_EXPLICIT, "currency", grammars().unit), (9, "bare", r"(?<=[万亿])")]


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


def _money(text: str, m, currency: str, explicit: bool) -> Money:
    return Money(text=text[m.start:m.end], start=m.start, end=m.end, amount=m.value,
                 amount_max=m.value_max, currency=currency, currency_explicit=explicit,
                 qualifier=m.qualifier)


def _is_money_by_context(folded: str, m, window: int) -> bool:
    g = grammars()
    _, before = clause_before(folded, m.start, limit=window)
    if g.cues_before.search(before):
        return True
    return bool(g.cues_after.match(folded, m.end))


def candidates(text: str, folded: str, body: Body, found: dict) -> list[Candidate]:
    g = grammars()
    out: list[Candidate] = []
    for m in merge_brackets(found.get("currency", []), folded):
        if m.qualifier is None and m.number_text.strip("万亿") == "":
            continue  # 单位：亿元 labels a table; 亿元以上 is a bound, so a bare unit needs its qualifier
        out.append(Candidate("money", _money(text, m, currency_of(m.unit, ""), True), PRIORITY_EXPLICIT))
    # $20, 人民币3亿元: compiled only for texts that carry a currency sign or word first.
    if any(word in folded for word in g.prefix_words):
        for m in _prefixed().finditer(folded, body):
            out.append(Candidate("money", _money(text, m, currency_of(m.unit, m.prefix), True),
                                 PRIORITY_EXPLICIT))
    for m in found.get("bare", []):
        if _is_money_by_context(folded, m, g.rules.implicit.window):
            out.append(Candidate("money", _money(text, m, "CNY", False), PRIORITY_IMPLICIT))
    return out
