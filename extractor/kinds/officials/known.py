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
from .grammar import grammar, scan_words, word_starts
from .people_rules import people_grammar, shape_grammar
from .reading import Found, Reading, descriptor_before


class KnownPeople(patterns.Rules):
    """patterns/known_people.toml."""

    chinese_leaders: list[str]
    chinese_models: list[str]
    chinese_culture: list[str]
    foreign_leaders: list[str]
    foreign_culture: list[str]
    chinese_officials: list[str]
    chinese_athletes_artists: list[str]
    chinese_history: list[str]
    foreign_officials: list[str]
    foreign_athletes_artists: list[str]
    not_before: list[str]
    not_after: list[str]


@dataclass(frozen=True)
class KnownGrammar:
    starts: re.Pattern[str]                  # where a listed name may begin (its first two characters)
    by_opening: dict[str, tuple[str, ...]]   # a name's first two characters → the names, the longest first
    not_before: tuple[str, ...]    # what names a thing or a place after the person, right after the name
    not_after: tuple[str, ...]     # what makes the name part of a movement's or a thing's, right before
    set_off_only: frozenset[str]   # names of two characters read only where set off as a name
    honorifics: tuple[str, ...]    # names.toml honorifics (同志, 先生 …), which no listed name runs into


@lru_cache(maxsize=1)
def known_grammar() -> KnownGrammar:
    rules = patterns.load("known_people", KnownPeople)
    # (the lists written in bulk, checked against no text: their names of two characters are read only
    # where set off as a name, _set_off)
    bulk = (rules.chinese_officials + rules.chinese_athletes_artists + rules.chinese_history
            + rules.foreign_officials + rules.foreign_athletes_artists)
    listed = (rules.chinese_leaders + rules.chinese_models + rules.chinese_culture
              + rules.foreign_leaders + rules.foreign_culture + bulk)
    by_opening: dict[str, list[str]] = {}
    for name in set(listed):
        by_opening.setdefault(name[:2], []).append(name)
    return KnownGrammar(
        # a scan for the openings, then a lookup: several times faster than one alternation of all
        starts=word_starts(listed),
        # (each opening's few names sorted as patterns.longest_first sorts, not all 8,700 at once: a cold
        # start builds this)
        by_opening={opening: tuple(sorted(names_, key=lambda w: (-len(w), w)) if len(names_) > 1 else names_)
                    for opening, names_ in by_opening.items()},
        not_before=tuple(rules.not_before) + tuple(foreign_grammar().dotted_not_before),
        not_after=tuple(rules.not_after),
        set_off_only=frozenset(name for name in bulk if len(name) == 2),
        honorifics=tuple(names.honorifics()),
    )


def _listed(kg: KnownGrammar, folded: str, pos: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the listed names in folded[pos:end], left to right, none inside another."""
    free, by_opening = pos, kg.by_opening
    for place in kg.starts.finditer(folded, pos, end):
        at = place.start()
        # (the scan's class pair is loose: most places open no listed name, a lookup tells)
        if at < free or (listed := by_opening.get(folded[at:at + 2])) is None:
            continue
        # (陈希|同志, not 陈希同|志: a longer name whose last character opens an honorific after it)
        name = next((n for n in listed if folded.startswith(n, at)
                     and not folded.startswith(kg.honorifics, at + len(n) - 1)), None)
        if name is not None and at + len(name) <= end:
            free = at + len(name)
            yield at, free


def known_names(r: Reading) -> Iterator[Found]:
    """克林顿决定…, 像焦裕禄、孔繁森那样: a well-known person's name, standing whole."""
    kg, folded = known_grammar(), r.folded
    longer: dict[str, bool] = {}  # per name, not per mention: the test scans the whole text
    for start, end in _listed(kg, folded, r.start, r.end):
        if _names_a_thing(r, end) or folded[max(r.start, start - 2):start].endswith(kg.not_after):
            continue  # 孔子学院, 雷锋纪念馆, 马克思主义; 学雷锋: named after the person
        name = folded[start:end]
        if name not in longer:
            longer[name] = _part_of_a_longer_form(r, name)
        if longer[name] or _inside_longer_name(r, start, end) or _a_label(folded, start, end) \
                or name in kg.set_off_only and not _set_off(r, start, end):
            continue
        title, org = _post_before(r, start)
        yield r.found(start, end, "officials.known_name", title, **org)


def _post_before(r: Reading, start: int) -> tuple[tuple[int, int] | None, dict]:
    """The title of a listed name written right after a post (蒙古国总统|呼日勒苏赫预祝…): the
    country's leader's descriptor after a foreign post, the descriptor before it after another;
    (None, {}) after no post."""
    foreign_post = foreign.post_ending_at(r, start)
    if foreign_post is not None:
        leader = foreign.leader_descriptor(r, foreign_post.start(), start)
        if leader is not None:
            return leader[0], {"org": leader[1]}
    if r.post_ending_at(start) is not None and not r.acts_for(start):
        return descriptor_before(r, start), {}
    return None, {}


def _names_a_thing(r: Reading, end: int) -> bool:
    """Does a word of a thing named after the person follow the name (孔子学院, 托尔斯泰居民点)?
    A one-character word (市, 区) only where no post opens there (李强市长)."""
    not_before = known_grammar().not_before
    if not r.folded.startswith(not_before, end):
        # 法赫德国王|国际机场: a thing named after the holder of a post, the post written after the name
        post = foreign_grammar().post.match(r.folded, end, r.end)
        return post is not None and r.folded.startswith(not_before, post.end())
    word = next(w for w in not_before if r.folded.startswith(w, end))
    return len(word) > 1 or r.g.post.match(r.folded, end, r.end) is None


def _set_off(r: Reading, start: int, end: int) -> bool:
    """A listed name of two characters is read only where it is set off as a name: after a clause
    mark, a word that stands before names (people.toml shape_before: 和, 的, 对 …), a post or a noun of
    a person, and before a mark or what follows a name (常园|在…, 男友|亨特|，);
    two characters are too often a word's part across its edge (航|班超|100条, 崇|德尚|艺, 仓|库里)."""
    folded = r.folded
    before_ok = (start <= r.start or folded[start - 1] in _before_a_short_name()
                 or r.post_ending_at(start) is not None
                 or folded.endswith(_kind_nouns(), max(r.start, start - 4), start))
    if not before_ok:
        return False
    if end >= r.end or not _HAN.match(folded, end):
        return True
    return r.name_end(start) == end if names.surname_len(folded, start) else foreign.ends_name(r, end)


@lru_cache(maxsize=1)
def _before_a_short_name() -> frozenset[str]:
    """What may stand right before a listed name of two: a clause mark (officials.toml openers), a word
    that stands before names (people.toml shape_before) and the slash of a doubles pair (葛菲／顾俊: the
    folded text writes ／ as /)."""
    return grammar().openers | shape_grammar().shape_before | frozenset("/")


@lru_cache(maxsize=1)
def _kind_nouns() -> tuple[str, ...]:
    """people.toml kind_nouns (男友, 少女 …): a noun of what a person is, right before a name."""
    return tuple(people_grammar().rules.kind_nouns)


_HAN = rxcache.compile(r"\p{Han}")


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
    if (after in name_chars and not foreign.ends_name(r, end)) or (
            before in name_chars and before not in foreign_grammar().before_name
            and not foreign.after_a_verb(folded, start)):  # (转达|查尔斯三世: a verb ends there)
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


def authors(r: Reading) -> Iterator[Found]:
    """毛泽东思想, 邓小平理论, 习近平新时代中国特色社会主义思想, 《邓小平文选》: a doctrine
    or a work named after its author names the author, a surname and a two-character
    given name right before it (马克思主义 names a school, not a person: 主义 is not
    among people.toml `authored`)."""
    pg, folded = people_grammar(), r.folded
    for m in scan_words(pg.authored, pg.authored_start, folded, r.start, r.end):
        start, end = m.start() - 3, m.start()
        if start < r.start or names.surname_len(folded, start) != 1 or folded[start] in names.grammar().weak:
            continue
        name = folded[start:end]
        if people.begins_word(folded, start) or people.begins_word(folded, start + 1):
            continue  # 学习|贯彻…思想, 许多|…: a word of prose, no name
        # the doctrine vouches for the name: common given-name characters suffice (邓小平, 毛泽东)
        if names.plausible(name, 1) or all(ch in pg.given_chars for ch in name[1:]):
            yield r.found(start, end, "officials.author")
