"""People whose name alone tells who they are: the well-known (patterns/known_people.toml),
named in news with no post beside them (焦裕禄、孔繁森那样为国为民, 恩格斯论文艺复兴,
克林顿决定…). A listed name is a person wherever it stands whole — not inside a longer
name or word, and not naming a thing after the person: a school, a prize, a place, a
doctrine (孔子学院, 鲁迅文学奖, 雷锋纪念馆, 马克思主义; SPEC.md: names of places and projects
that contain a name are no officials)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ...grammar import names
from ...rules import patterns, rxcache
from . import foreign, people
from .foreign_rules import foreign_grammar
from .people_rules import shape_grammar
from .reading import Found, Reading


class KnownPeople(patterns.Rules):
    """patterns/known_people.toml."""

    chinese_leaders: list[str]
    chinese_models: list[str]
    chinese_culture: list[str]
    foreign_leaders: list[str]
    foreign_culture: list[str]
    not_before: list[str]
    not_after: list[str]


@dataclass(frozen=True)
class KnownGrammar:
    name: re.Pattern[str]          # any listed name, the longest first
    not_before: tuple[str, ...]    # what names a thing or a place after the person, right after the name
    not_after: tuple[str, ...]     # what makes the name part of a movement's or a thing's, right before


@lru_cache(maxsize=1)
def known_grammar() -> KnownGrammar:
    rules = patterns.load("known_people", KnownPeople)
    listed = (rules.chinese_leaders + rules.chinese_models + rules.chinese_culture
              + rules.foreign_leaders + rules.foreign_culture)
    return KnownGrammar(
        # plain literals: one scan by `re`, whose prefix test skips every place no name opens
        name=rxcache.compile_plain(patterns.alternation(listed)),
        not_before=tuple(rules.not_before) + tuple(foreign_grammar().dotted_not_before),
        not_after=tuple(rules.not_after),
    )


def known_names(r: Reading) -> Iterator[Found]:
    """克林顿决定…, 像焦裕禄、孔繁森那样: a well-known person's name, standing whole."""
    kg, folded = known_grammar(), r.folded
    for m in kg.name.finditer(folded, r.start, r.end):
        start, end = m.span()
        if _names_a_thing(r, end) or folded[max(r.start, start - 2):start].endswith(kg.not_after):
            continue  # 孔子学院, 雷锋纪念馆, 马克思主义; 学雷锋: named after the person
        if _inside_longer_name(r, start, end) or _a_label(folded, start, end) or _part_of_a_longer_form(r, m.group()):
            continue
        yield r.found(start, end, "officials.known_name")


def _names_a_thing(r: Reading, end: int) -> bool:
    """Does a word of a thing named after the person follow the name (孔子学院, 托尔斯泰居民点)?
    A one-character word (市, 区) only where no post opens there (李强市长)."""
    word = next((w for w in known_grammar().not_before if r.folded.startswith(w, end)), None)
    return word is not None and (len(word) > 1 or r.g.post.match(r.folded, end, r.end) is None)


def _a_label(folded: str, start: int, end: int) -> bool:
    """“艾森豪威尔”号, “图灵对话”, 《孟子》: a name opening a short quote, or set alone in a
    title's brackets, names a ship, a unit, a programme or a work."""
    if folded[start - 1:start] == "“":
        close = folded.find("”", end, end + 7)
        return close >= 0 and not any(mark in folded[end:close] for mark in "，。、；：")
    return (folded[start - 1:start], folded[end:end + 1]) in (("《", "》"), ('"', '"'))


def _part_of_a_longer_form(r: Reading, name: str) -> bool:
    """乌赫那·呼日勒苏赫, 查韦斯-德雷默: where the text writes the name as a part of a longer one
    (·, -), the dotted rule reads the whole name, and the short form is that person's."""
    return any(r.folded.find(name + mark, r.start, r.end) >= 0 or r.folded.find(mark + name, r.start, r.end) >= 0
               for mark in "·-")


def _inside_longer_name(r: Reading, start: int, end: int) -> bool:
    """Is the name the head or the tail of a longer name or word: a transliteration run going on
    (彼得罗|巴甫洛夫|卡), a given-name character after a Chinese name of two (郑和|平), a place
    or a word of prose across its edge (浙江|青年), a surname character right before it (a
    name of three ending in it)?"""
    folded, name_chars = r.folded, foreign.name_chars()
    after, before = folded[end:end + 1], folded[start - 1:start] if start > r.start else ""
    if (after in name_chars and not foreign.ends_name(r, end)) or (before in name_chars and before not in
                                                                   foreign_grammar().before_name):
        return True  # 彼得罗|巴甫洛夫|卡, 俄克拉|荷马, 比利时国|王菲|利普: a transliteration's run goes on
    pg = shape_grammar()
    if end - start == 2 and r.name_end(start) == end + 1:
        return True  # 郑和|平, 王蒙|徽: a name of three
    places = foreign.not_names()
    if (folded[start - 1:start + 1] in pg.shape_word_ends or folded[start - 2:start + 1] in places
            or folded[start - 1:start + 1] in places or people.begins_word(folded, end - 1)):
        return True  # 浙江|青年, 中韩|正式: a place or a word of prose across the name's edge
    # 李|德仁: a name of three ending in a listed name of two
    return end - start == 2 and before in names.grammar().surname_firsts and r.name_end(start - 1) == end
