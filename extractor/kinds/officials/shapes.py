"""People read from the shape of their name where it stands, with no post,
verb or honorific that vouches for it: a surname that is no common word and
two characters common in given names (people.toml given_chars), none of them
opening a word of prose, set off on
both sides: something that may stand before a name on the left (a clause
opening, 的, 和, a preposition: people.toml shape_before) and something that
may follow a name on the right (names.toml follow) — shaped_names; or opening a
clause, followed by no name character — shaped_openings. Both rule out the same words
of prose (prose_of_a_name_shape). A name read here is then found at every mention
(merge)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ...grammar import names
from ...rules import rxcache
from . import foreign, people
from .people_rules import shape_grammar
from .reading import Found, Reading, given_is_verb, opens

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
    before = pg.shape_before
    for m in _strong_surname_start().finditer(folded, r.start, r.end):
        pos = m.start()
        if pos >= r.end - 3:
            break  # a name of three and a character after it no longer fit
        # the left boundary first: it rules out most places, and costs least
        if not (folded[pos - 1] in before or opens(r, pos) or folded[pos - 2:pos] in verbs):
            continue
        second, third = folded[pos + 1], folded[pos + 2]
        if second not in given and second in transliteration or third not in given and third in transliteration:
            continue  # 赫尔松: a transliteration (a place, a foreign word), not a given name
        if names.surname_len(folded, pos) != 1 or not names.plausible(folded[pos:pos + 3], 1):
            continue
        if prose_of_a_name_shape(r, pos, pos + 3) or not _ends_name(r, pos + 3):
            continue  # no name's end after the third character
        if names.goes_with_what_follows(folded, pos + 2) and names.plausible(folded[pos:pos + 2], 1):
            continue  # 李强|向…, 李强|同…: a name of two and the character that goes with what follows
        if any(people.begins_word(folded, at) for at in (pos, pos + 1, pos + 2)) \
                or folded.startswith(pg.shaped_not_before, pos + 3):
            continue  # 张贴…, 李|明确: a word of prose; 杨树苗|被: a thing as often
        yield r.found(pos, pos + 3, "officials.shaped_name")


def _ends_name(r: Reading, end: int) -> bool:
    """Does a three-character name starting 3 before `end` end there: what may follow
    a name follows, a word of prose starts (黄卫平|新著 is not, 王俊生|坚持 is), or no Han."""
    folded = r.folded
    return (r.name_end(end - 3) == end or end >= r.end or not _HAN.match(folded[end])
            or people.begins_word(folded, end))


def shaped_openings(r: Reading) -> Iterator[Found]:
    """袁步兵本人…, 宋芳蓉心里…: a clause opening with a name of the common shape,
    a surname that is no common word and two given-name characters that are
    common ones (people.toml given_chars), followed by no name character."""
    g, pg, folded = r.g, shape_grammar(), r.folded
    given = pg.given_chars
    for pos in r.starts_after(g.after_opener_char):
        if folded[pos + 1:pos + 2] not in given or folded[pos + 2:pos + 3] not in given:
            continue  # (the cheap test first) a surname and two common given-name characters, or none
        end = people.shaped_end(r, pos) or _weak_sentence_subject(r, pos)
        if end is None or end - pos != 3 or not opens(r, pos) or prose_of_a_name_shape(r, pos, end):
            continue
        if given_is_verb(folded, pos, end) and folded[pos - 1:pos] not in pg.rules.name_before_verb_given:
            continue  # 对马|进行, 以黎|达成: a country's one-character form after a preposition, then a verb
        stop = names.grammar().stop_names
        if folded[pos:pos + 2] in stop or folded[pos + 1:end] in stop or "·" in folded[end:end + 3]:
            continue  # a word of prose in it (韩国, 惠民生); 费利克|斯·…: a ·-name's part
        if end < r.end and folded[end] in pg.given_chars and r.name_end(pos) != end:
            continue  # the run goes on with name characters: a word or a longer name
        if r.name_end(pos) not in (None, end) or people.begins_word(folded, end - 1):
            continue  # 李强|先后, 卓有|成效: a shorter name, or the last character opens a word
        yield r.found(pos, end, "officials.shaped_opening")


def prose_of_a_name_shape(r: Reading, pos: int, end: int) -> bool:
    """What both rules reading a name from its shape (shaped_openings, shaped_names) rule
    out of a three-character run [pos, end): the surname's character ending a word (过程|中融合),
    no name's last character (shaped_not_last), a country or a place's or a body's name (卢旺达,
    浦东新|区), a word of prose (欧中|立法, 陆军|军医) or what is named after a person (马克思|主义)."""
    pg, folded = shape_grammar(), r.folded
    return (folded[pos - 1:pos + 1] in pg.shape_word_ends or folded[end - 1] in pg.rules.shaped_not_last
            or folded.startswith(pg.shape_words, pos) or folded.startswith(pg.named_after, end)
            or people.names_a_place(folded, pos, end) or people.opens_a_body_word(r, end))


_SENTENCE_OPENERS = "。！？；\n 　"  # what stands before a sentence's (or a paragraph's) first word


def _weak_sentence_subject(r: Reading, pos: int) -> int | None:
    """江宏伟重视写生, 周德明表示: a common-word surname with two common given-name
    characters opening a sentence, right before a verb of the lexicon: the sentence's
    subject is a person (not after a comma, where 江|中游… and 金|融合… open clauses)."""
    folded = r.folded
    if pos > r.start and folded[pos - 1] not in _SENTENCE_OPENERS:
        return None
    end = people.shaped_end(r, pos, weak_ok=True)
    if end is None or end - pos != 3 or folded[pos] not in names.grammar().weak:
        return None
    if folded[end:end + 2] in people.verbs() or folded[end:end + 3] in people.verbs():
        return end
    copula = next((c for c in shape_grammar().rules.copulas if folded.startswith(c, end)), None)
    return end if copula is not None and r.clause_ends_in_post(end + len(copula)) else None
