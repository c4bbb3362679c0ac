"""People read from the shape of their name where it stands, with no post,
verb or honorific that vouches for it: a surname that is no common word and
two characters common in given names (people.toml given_chars), none of them
opening a word of prose, set off on
both sides: something that may stand before a name on the left (a clause
opening, 的, 和, a preposition: people.toml shape_before) and something that
may follow a name on the right (names.toml follow). A name read here is then
found at every mention (merge)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ...grammar import names
from ...rules import rxcache
from . import foreign, people
from .people_rules import shape_grammar
from .reading import Found, Reading, opens

_HAN = rxcache.compile(r"\p{Han}")


@lru_cache(maxsize=1)
def _strong_surname_start() -> re.Pattern[str]:
    """A single-character surname that is no common word (names.toml weak) with a
    common given-name character one or two places after it: one scan in C."""
    g = names.grammar()
    chars = sorted(ch for ch in g.surname_firsts if ch not in g.weak)
    given = "".join(re.escape(ch) for ch in sorted(shape_grammar().given_chars))
    return rxcache.compile_plain("[" + "".join(re.escape(ch) for ch in chars) + f"](?=[{given}]|.[{given}])", re.S)


def shaped_names(r: Reading) -> Iterator[Found]:
    """...会上，刘正学和吴方军…, 的宋芳蓉: a three-character name of the common
    shape between a name's left and right boundaries."""
    pg, folded = shape_grammar(), r.folded
    # (bound once: the loop visits every strong surname's place of the text)
    given, transliteration, verbs = pg.given_chars, foreign.name_chars(), people.verbs()
    word_ends, before, not_last = pg.shape_word_ends, pg.shape_before, pg.rules.shaped_not_last
    for m in _strong_surname_start().finditer(folded, r.start, r.end):
        pos = m.start()
        if pos >= r.end - 3:
            break  # a name of three and a character after it no longer fit
        # the left boundary first: it rules out most places, and costs least
        if folded[pos - 1:pos + 1] in word_ends or not (
                folded[pos - 1] in before or opens(r, pos) or folded[pos - 2:pos] in verbs):
            continue  # the surname character ends a word before it (方|向明…)
        second, third = folded[pos + 1], folded[pos + 2]
        if second not in given and second in transliteration or third not in given and third in transliteration:
            continue  # 赫尔松: a transliteration (a place, a foreign word), not a given name
        if third in not_last or names.surname_len(folded, pos) != 1 or not names.plausible(folded[pos:pos + 3], 1):
            continue  # (shaped_not_last: no name's end after the third character)
        if people.names_a_place(folded, pos, pos + 3) or people.opens_a_body_word(r, pos + 3):
            continue  # 卢旺达: a country of a name's shape; 浦东新|区: a place's name
        if not _ends_name(r, pos + 3):
            continue  # no name's end after the third character
        if names.goes_with_what_follows(folded, pos + 2) and names.plausible(folded[pos:pos + 2], 1):
            continue  # 李强|向…, 李强|同…: a name of two and the character that goes with what follows
        if any(people.begins_word(folded, at) for at in (pos, pos + 1, pos + 2)) or folded.startswith(
                pg.named_after, pos + 3) or folded.startswith(pg.shape_words, pos) \
                or folded.startswith(pg.shaped_not_before, pos + 3):
            continue  # 张贴…, 李|明确: a word of prose; 中山路 names a street; 杨树苗|被: a thing as often
        yield r.found(pos, pos + 3, "officials.shaped_name")


def _ends_name(r: Reading, end: int) -> bool:
    """Does a three-character name starting 3 before `end` end there: what may follow
    a name follows, a word of prose starts (黄卫平|新著 is not, 王俊生|坚持 is), or no Han."""
    folded = r.folded
    return (r.name_end(end - 3) == end or end >= r.end or not _HAN.match(folded[end])
            or people.begins_word(folded, end))
