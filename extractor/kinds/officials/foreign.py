"""Foreign leaders (patterns/officials_foreign.toml): a transliterated name after
a country and its post (赞比亚总统希奇莱马), or right before a foreign post
(同特朗普总统4次通话). Their names have no Chinese surname, so the name grammar
cannot start them; they are written only with transliteration characters."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from ...grammar import words
from ...rules import patterns, rxcache
from .reading import Found, Reading


class _ForeignRules(patterns.Rules):
    countries: list[str]
    posts: list[str]
    name_chars: str
    before_name: str
    name_ends: str
    name_end_words: list[str]


_HAN = rxcache.compile(r"\p{Han}")


@dataclass(frozen=True)
class _ForeignGrammar:
    post_name: regex.Pattern[str]  # a foreign post and the transliterated name after it
    post: regex.Pattern[str]       # a foreign post alone (a name may stand before it)
    country: regex.Pattern[str]    # a country ending at a position (matched right to left)
    countries: frozenset[str]
    name_chars: frozenset[str]     # transliteration characters
    before_name: frozenset[str]    # what may stand right before a name
    name_ends: frozenset[str]      # what may stand right after one
    name_end_words: tuple[str, ...]


@lru_cache(maxsize=1)
def _grammar() -> _ForeignGrammar:
    """The post is searched first and the country read right to left from it: a
    200-name alternation scanned over every position of the text costs more."""
    rules = patterns.load("officials_foreign", _ForeignRules)
    chars = frozenset(regex.sub(r"\s", "", rules.name_chars))
    cls = "".join(sorted(chars))
    posts = patterns.alternation(rules.posts)
    return _ForeignGrammar(
        post_name=rxcache.compile(f"(?:{posts})(?P<name>[{cls}]{{2,8}}(?:·[{cls}]{{1,8}})*)"),
        post=rxcache.compile(posts),
        country=rxcache.compile(patterns.alternation(rules.countries), regex.REVERSE),
        countries=frozenset(rules.countries),
        name_chars=chars,
        before_name=frozenset(rules.before_name),
        name_ends=frozenset(rules.name_ends),
        name_end_words=tuple(rules.name_end_words),
    )


def foreign_leader(r: Reading) -> Iterator[Found]:
    """赞比亚总统希奇莱马: a transliterated name right after a country and its post,
    ending where a follow word, a list mark or punctuation does."""
    fg, folded = _grammar(), r.folded
    for m in fg.post_name.finditer(folded, r.start, r.end):
        org = fg.country.match(folded, max(r.start, m.start() - 12), m.start())
        if org is None:
            continue
        # 印度尼西亚共和国总统: a country's long form is the country and 共和国 (read again leftwards)
        longer = fg.country.match(folded, max(r.start, org.start() - 12), org.start())
        org_start = longer.start() if longer else org.start()
        org_text = folded[org_start:org.end()]
        start, end = m.start("name"), m.end("name")
        if end < r.end and folded[end] not in fg.name_chars and _after_name(r, end):
            yield r.found(start, end, "officials.foreign_leader", (org_start, start), org=org_text)
            continue  # the transliteration ends where its characters do, before a verb
        # the name may have run into a follow word made of name characters (…马会见)
        while end - start >= 2 and not _name_ends(r, end, fg):
            end -= 1
        if end - start >= 2 and _name_ends(r, end, fg):
            yield r.found(start, end, "officials.foreign_leader", (org_start, start), org=org_text)


def foreign_name_before_post(r: Reading) -> Iterator[Found]:
    """同特朗普总统4次通话: a transliterated name right before a foreign post, after a
    list mark, a conjunction or punctuation (never a country: 同伊朗总统)."""
    fg, folded = _grammar(), r.folded
    for m in fg.post.finditer(folded, r.start, r.end):
        start = m.start()
        while start > r.start and m.start() - start < 8 and folded[start - 1] in fg.name_chars:
            start -= 1
        name = folded[start:m.start()]
        if (len(name) >= 2 and name not in fg.countries
                and (start == r.start or folded[start - 1] in fg.before_name)):
            yield r.found(start, m.start(), "officials.foreign_name_before_post", m.span())


def is_country(name: str) -> bool:
    """A country (黎巴嫩 starts with the surname 黎, but is no person)."""
    return name in _grammar().countries


def _after_name(r: Reading, end: int) -> bool:
    """What follows a whole name: no Chinese character (punctuation, a bracket) or a
    verb of the general lexicon (谴责, 表示 …); an unknown character may still be
    part of the name, so it is no evidence that the name ended."""
    nxt = r.folded[end]
    fg = _grammar()
    return (not _HAN.match(nxt) or nxt in fg.name_ends or r.folded.startswith(fg.name_end_words, end)
            or r.folded.startswith(words.verbs(), end) or bool(r.g.after_name.match(r.folded, end, r.end)))


def _name_ends(r: Reading, end: int, fg: _ForeignGrammar) -> bool:
    return end >= r.end or r.folded[end] in fg.name_ends or bool(r.g.after_name.match(r.folded, end, r.end))
