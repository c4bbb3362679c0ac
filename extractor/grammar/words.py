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
