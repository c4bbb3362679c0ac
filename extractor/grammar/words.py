"""Shared word lists of the language, as data (patterns/verbs.toml)."""
from __future__ import annotations

from functools import lru_cache

from ..rules import patterns


class _Verbs(patterns.Rules):
    verbs: list[str]


@lru_cache(maxsize=1)
def verbs() -> tuple[str, ...]:
    """Common verbs of news text: where a noun phrase ends."""
    return tuple(patterns.load("verbs", _Verbs).verbs)


@lru_cache(maxsize=1)
def verb_set() -> frozenset[str]:
    """The same verbs, for membership tests."""
    return frozenset(verbs())


def after_last_verb(text: str, stem: int) -> int:
    """Where what follows the last verb of the lexicon that ends before `stem` starts (实现|汽车出口, 新增|大连),
    reading left to right, the longest verb at each place; 0 where none does. A verb ending at `stem` is left to
    what follows (城镇新增|就业297万人: part of the quantity)."""
    verbs, start, i = verb_set(), 0, 0
    while i < stem:
        n = next((n for n in (4, 3, 2) if i + n < stem and text[i:i + n] in verbs), 0)
        if n:
            start = i + n
        i += n or 1
    return start
