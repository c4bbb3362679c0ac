"""People named right after a noun of what they are that is no post (people.toml kind_nouns):
汉族少女李文秀, 后防线伤了主力森西尼, 战斗英雄张富清. The noun vouches for the name that
follows it — a Chinese name of the surnames' shape, or a transliteration a word that follows
names ends, three characters or more (华侨|华人: a word of two is no name) — and gives it no
title: SPEC.md's title is a post, and 少女 is none."""
from __future__ import annotations

from collections.abc import Iterator

from ...grammar import names
from ...grammar.numbers import parse_number
from ...rules import rxcache
from .foreign import name_chars, post_pattern
from .people import CONJUNCTIONS, begins_word, chinese_start, foreign_end, foreign_start, name_after_noun, shaped_end
from .people_rules import people_grammar
from .reading import Found, Reading, given_is_verb


def kind_nouns(r: Reading) -> Iterator[Found]:
    """少女李文秀, 主力森西尼: the name right after a noun of what a person is."""
    folded = r.folded
    for noun in people_grammar().kind_noun.finditer(folded, r.start, r.end):
        start = noun.end()
        if start >= r.end - 1 or r.post_ending_at(start) is not None:
            continue  # (a post ends there: 学生会主席…, the post rules' to read)
        end = foreign_end(r, start) or _chinese_end(r, start)
        if end is not None and end - start >= 3:  # (华侨|华人, 男子|单人滑: a word of two, no name)
            yield r.found(start, end, "officials.kind_noun")


def _chinese_end(r: Reading, start: int) -> int | None:
    """The end of a Chinese name at `start` with what may follow a name after it (李文秀|一家),
    not a word of prose (学生|时代, 英雄|事迹) nor a pet name (乐乐)."""
    folded = r.folded
    end = shaped_end(r, start, weak_ok=True)  # (both given-name characters common ones: not 单人户)
    if end is None or not name_after_noun(folded, start, end) or begins_word(folded, start) \
            or given_is_verb(folded, start, end):
        return None
    return end if names.plausible(folded[start:end], names.surname_len(folded, start)) else None


def counted_posts(r: Reading) -> Iterator[Found]:
    """田华等8位电影艺术家, 郭索帕、布拉索昆、韩春那洛等五位副首相: a 、-list of names before 等, a count
    of people and a post: each name holds the post, its title (a Chinese name of the surnames' shape or
    a transliteration, read back from the 等 and from each list mark); 涅姆佐夫和赫里斯坚科两名副总理:
    a list joined by 和, 与 or 及 and counted whole, no 等, the count its length."""
    grammar = people_grammar()
    for counted in grammar.counted_post.finditer(r.folded, r.start, r.end):
        title = _post_after(r, counted.end())
        if title is not None:  # (等10名同志: no post; the comrade rule's)
            for start, end in _items_before(r, counted.start()):
                yield r.found(start, end, "officials.counted_post", title)
    for counted in grammar.counted_joined.finditer(r.folded, r.start, r.end):
        items = _joined_items(r, counted.start())
        if len(items) < 2 or len(items) != parse_number(counted.group("count")):
            continue  # (中国和美国两名宇航员: no list of names; 和他两位…: not the count of the list)
        title = _post_after(r, counted.end())
        for start, end in items if title is not None else ():
            yield r.found(start, end, "officials.counted_post", title)


def _items_before(r: Reading, end: int) -> list[tuple[int, int]]:
    """The names of a 、-list ending at `end`: the items after a list mark whole, the first read back
    from its end."""
    folded, items = r.folded, []
    while (mark := folded.rfind("、", max(r.start, end - _SLOT_MAX - 1), end)) >= 0:
        if not _a_slot_name(r, mark + 1, end):
            break
        items.append((mark + 1, end))
        end = mark
    start = _listed_name_start(r, end)
    return items + [(start, end)] if start is not None and (end - start) else items


def _joined_items(r: Reading, end: int) -> list[tuple[int, int]]:
    """The names of a list ending at `end` whose last is joined by 和, 与 or 及, or by a 、 (朱杨柱、张志远、
    黎家盈三名航天员: the count tells the list whole)."""
    last = _listed_name_start(r, end)
    if last is None or last - 1 <= r.start:
        return []
    if r.folded[last - 1] == "、":
        return _items_before(r, end)
    before = _items_before(r, last - 1) if r.folded[last - 1] in CONJUNCTIONS else []
    return before + [(last, end)] if before else []


def _post_after(r: Reading, pos: int) -> tuple[int, int] | None:
    """The descriptor from `pos` to the end of the first post word (of officials.toml or a foreign
    one) within a few characters, none of them a mark (等8位|电影艺术家, 等五位|副首相)."""
    folded, limit = r.folded, min(r.end, pos + _POST_REACH)
    ends = [m.end() for m in (r.g.post.search(folded, pos, limit), post_pattern().search(folded, pos, limit)) if m]
    end = min(ends, default=None)
    return (pos, end) if end is not None and _HAN_RUN.fullmatch(folded, pos, end) else None


_POST_REACH = 10  # the longest descriptor read after a count of people
_HAN_RUN = rxcache.compile(r"\p{Han}+")


_SLOT_MAX = 8  # the longest list item read as a name (阿卜杜勒·阿齐兹)


def _a_slot_name(r: Reading, start: int, end: int) -> bool:
    """Is the whole list item [start, end) a name: a Chinese name of the surnames' shape, or a
    transliteration (most of its characters, and its last, transliteration characters: 韶索卡)?"""
    item = r.folded[start:end]
    if not 2 <= len(item) <= _SLOT_MAX or not _HAN_RUN.fullmatch(item.replace("·", "")):
        return False
    chars = name_chars()
    return names.plausible_at(item) or item[-1] in chars and 2 * sum(ch in chars for ch in item) > len(item)


def _listed_name_start(r: Reading, end: int) -> int | None:
    """Where the name of a list item ending at `end` begins: a Chinese name of the surnames' shape
    (the count of people vouches for a common-word surname: 田华等8位…), else a transliteration."""
    start = chinese_start(r, end, weak_ok=True)
    if start is not None and names.plausible_at(r.folded[start:end]):
        # (全国模范|教师: a post's word is no given name)
        return None if r.g.post.fullmatch(r.folded, start + 1, end) else start
    return foreign_start(r, end)
