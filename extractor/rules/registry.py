"""The registry of named rules (patterns/rules.toml).

Every fact names the rule that made it (`rule`, SPEC.md). The names, what each
rule reads and, for the numeric kinds, the priority that settles overlaps are
data; code asks for a rule by name and an unknown name fails at once.
"""
from __future__ import annotations

from functools import lru_cache

from . import patterns


class RuleInfo(patterns.Rules):
    about: str
    priority: int | None = None


class _RuleFile(patterns.Rules):
    """One table per kind of fact; a kind not listed here is a typo."""

    percentages: dict[str, RuleInfo] = {}
    money: dict[str, RuleInfo] = {}
    measures: dict[str, RuleInfo] = {}
    counts: dict[str, RuleInfo] = {}
    officials: dict[str, RuleInfo] = {}
    awards: dict[str, RuleInfo] = {}
    bylines: dict[str, RuleInfo] = {}


class UnknownRule(KeyError):
    """A rule name that patterns/rules.toml does not declare."""


@lru_cache(maxsize=1)
def rules() -> dict[str, RuleInfo]:
    """Every declared rule, by its full name `<kind>.<rule>`."""
    table = patterns.load("rules", _RuleFile)
    return {f"{kind}.{name}": RuleInfo(**info)
            for kind in patterns.fields(_RuleFile) for name, info in getattr(table, kind).items()}


def rule(name: str) -> RuleInfo:
    try:
        return rules()[name]
    except KeyError:
        raise UnknownRule(f"rule {name!r} is not declared in patterns/rules.toml") from None


def priority(name: str) -> int:
    info = rule(name)
    if info.priority is None:
        raise UnknownRule(f"rule {name!r} has no priority in patterns/rules.toml")
    return info.priority
