"""patterns/officials_foreign.toml, loaded and compiled once: the countries, foreign posts and
transliteration characters that foreign.py and dotted.py read, and that the descriptor reading
(reading.py) asks of a country's name."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from ...grammar import names, words
from ...rules import patterns, rxcache
from .foreign_shape import ForeignRules, folded_countries
from .grammar import word_starts

# the surnames a country's people are named with, by the kind officials_foreign.toml gives
# and the longest given name read after them (鸠山由纪夫, 尹锡悦); after the post of a body of a
# country naming people in Chinese characters every surname list is read, the rare ones too
# (朝鲜国防相强纯男): no word of prose stands there
_SURNAMES = {"japanese": (lambda: names.grammar().japanese_alt, 3),
             "chinese": (lambda: patterns.alternation(sorted(names.grammar().any_surname)), 2)}


@dataclass(frozen=True)
class ForeignGrammar:
    post_name: re.Pattern[str]     # a foreign post and the transliterated name after it
    post: re.Pattern[str]          # a foreign post alone (a name may stand before it)
    post_start: re.Pattern[str]    # where one may begin (grammar.word_starts): both scanned from there
    country: regex.Pattern[str]    # a country ending at a position (matched right to left)
    countries: frozenset[str]
    longest_country: int           # no run longer than this opens with a country as a whole
    name_chars: frozenset[str]     # transliteration characters
    regnal_before: re.Pattern[str]  # a regnal number ending where searched to (费利佩六世|国王)
    first_part_chars: frozenset[str]  # … and with them those read only before a · (乔治·)
    before_name: frozenset[str]    # what may stand right before a name
    before_name_words: tuple[str, ...]  # nouns of a person before a ·-name in apposition
    name_ends: frozenset[str]      # what may stand right after one
    name_end_words: tuple[str, ...]
    long_end_words: tuple[str, ...]  # those of two characters or more
    org_gap: int                   # longest ministry or agency between a country and its post
    topic_words: tuple[str, ...]   # after a country: the post's subject, not its state (也门问题特使)
    short_form_bodies: tuple[str, ...]  # bodies a one-character country form may stand before
    clause_marks: str              # characters that make the words before a post a clause
    clause_mark_words: tuple[str, ...]  # words holding one that make none (已故)
    org_suffixes: tuple[str, ...]  # what ends the name of a body (外交部, 情报总局)
    not_names: frozenset[str]  # words of name characters after a post that name no one (…部长特别会议)
    dotted_not_before: tuple[str, ...]  # words after a ·-name that make it a body's or a place's
    post_tails: frozenset[str]     # characters ending a post word longer than a listed post (司令|官)
    han_surname_firsts: frozenset[str]  # the characters any of their surnames opens with
    clause_verbs: regex.Pattern[str]  # a verb of the lexicon or 给: between a country and a post, a clause
    han_named: dict[str, tuple[regex.Pattern[str], int]]  # countries naming people in Chinese characters:
    #                                                      their surnames, the longest given name
    han_named_kinds: dict[str, str]  # … and which surnames they read (japanese, chinese)

    def countries_holding(self, part: str) -> list[str]:
        """The countries whose names hold `part` and are longer (圣多美和普林西比 for 普林西比)."""
        return _countries_holding(self.countries, part)


@lru_cache(maxsize=1)
def foreign_grammar() -> ForeignGrammar:
    """The post is searched first and the country read right to left from it: a
    200-name alternation scanned over every position of the text costs more.
    The two patterns scanned over the whole body are plain alternations of literal
    words and a class of Han characters, which the standard `re` engine finds the
    same way 3-5x faster (it skips to the characters a post can begin with)."""
    rules = patterns.load("officials_foreign", ForeignRules)
    countries = folded_countries(rules)
    chars = frozenset(regex.sub(r"\s", "", rules.name_chars))
    cls = "".join(sorted(chars))
    posts = patterns.alternation(rules.posts)
    return ForeignGrammar(
        # parts joined by · or a hyphen (迪亚斯-卡内尔, 让-保罗·萨特: a first part of one character
        # only before one), a regnal number after the last or the first (卡尔十六世·古斯塔夫)
        post_name=rxcache.compile_plain(f"(?:{posts})(?P<name>(?:[{cls}][\\-－])?[{cls}]{{2,8}}(?:{rules.regnal}(?=·))?"
                                        f"(?:[·\\-－][{cls}]{{1,8}})*(?:{rules.regnal})?)"),
        post=rxcache.compile_plain(posts),
        post_start=word_starts(rules.posts),
        country=rxcache.compile(patterns.alternation(countries), regex.REVERSE),
        countries=frozenset(countries),
        longest_country=max(map(len, countries), default=0),
        name_chars=chars,
        regnal_before=rxcache.compile_plain(f"(?:{rules.regnal})$"),
        first_part_chars=chars | frozenset(rules.first_part_chars),
        before_name=frozenset(rules.before_name),
        before_name_words=tuple(rules.before_name_words),
        name_ends=frozenset(rules.name_ends),
        name_end_words=tuple(rules.name_end_words),
        long_end_words=tuple(w for w in rules.name_end_words if len(w) > 1),
        org_gap=rules.org_gap,
        topic_words=tuple(rules.topic_words),
        short_form_bodies=tuple(rules.short_form_bodies),
        clause_marks=rules.clause_marks,
        clause_mark_words=tuple(rules.clause_mark_words),
        org_suffixes=tuple(rules.org_suffixes),
        not_names=frozenset(rules.not_names),
        dotted_not_before=tuple(rules.dotted_not_before),
        post_tails=frozenset(rules.post_tails),
        han_surname_firsts=frozenset(w[0] for w in names.grammar().any_surname) | names.grammar().japanese_firsts,
        # 日本外务省递交写给|首相: a verb between the country and the post makes a clause
        clause_verbs=rxcache.compile(patterns.alternation([v for v in words.verbs() if len(v) > 1] + ["给"])),
        han_named={country: (rxcache.compile(_SURNAMES[kind][0]()), _SURNAMES[kind][1])
                   for country, kind in rules.han_named.items()},
        han_named_kinds=dict(rules.han_named),
    )


@lru_cache(maxsize=1 << 12)
def _countries_holding(countries: frozenset[str], part: str) -> list[str]:
    return [c for c in countries if len(c) > len(part) and part in c]


def run_start(folded: str, lo: int, end: int, chars: frozenset[str]) -> int:
    """Where the run of `chars` ending at `end` begins (not before `lo`), across a hyphen between
    two of them (让-保罗: the folded text writes every hyphen as -)."""
    start = end
    while start > lo and (folded[start - 1] in chars or (
            folded[start - 1] == "-" and start < end and start - 2 >= lo and folded[start - 2] in chars)):
        start -= 1
    return start


def country_before_post(text: str, post: re.Pattern[str] | regex.Pattern[str]) -> str | None:
    """The country `text` is a country (two characters or more) and a post of, by `post`
    (老挝|总理, 卡塔尔|埃米尔), the longest such country; None if it is none."""
    countries = foreign_grammar().countries
    return next((text[:k] for k in range(len(text) - 1, 1, -1) if text[:k] in countries and post.fullmatch(text, k)),
                None)


def opens_with_country(run: str, shortest: int = 2) -> bool:
    """Does `run` open with a country of at least `shortest` characters (韩国前, 苏丹政…)?"""
    fg = foreign_grammar()
    # (a loop, no generator: asked of every name read from its shape and every descriptor's piece)
    for k in range(shortest, min(len(run), fg.longest_country) + 1):
        if run[:k] in fg.countries:
            return True
    return False
