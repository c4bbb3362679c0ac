"""The shape of patterns/officials_foreign.toml (its keys and their types), apart from
foreign_rules.py, which compiles it: the descriptor grammar (grammar.py) reads its
countries too, and foreign_rules reads grammar's word scans."""
from __future__ import annotations

from ...reading.textnorm import fold
from ...rules import patterns


class ForeignRules(patterns.Rules):
    """patterns/officials_foreign.toml."""

    countries: list[str]
    posts: list[str]
    name_chars: str
    before_name: str
    first_part_chars: str
    before_name_words: list[str]
    name_ends: str
    name_end_words: list[str]
    regnal: str
    org_gap: int
    topic_words: list[str]
    short_form_bodies: list[str]
    clause_marks: str
    clause_mark_words: list[str]
    org_suffixes: list[str]
    not_names: list[str]
    dotted_not_before: list[str]
    post_tails: str
    han_named: dict[str, str]


def folded_countries(rules: ForeignRules) -> list[str]:
    """The countries as the folded text writes them (刚果（金） is read as 刚果(金)): every reader of the list
    matches it against the folded text."""
    return [fold(country) for country in rules.countries]
