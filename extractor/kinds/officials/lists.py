"""Evidence from the shape around a name rather than a post next to it: lines of
a personnel table (副主任：陈宝生　　教育部部长), ·-joined minority names, and
bare names that open a clause with a person's verb, carry 同志 or 等N名, or
stand in a 、-list of such names."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ...grammar import names, words
from ...rules import firstchars, rxcache
from ..list_rows import list_rows
from .foreign import after_a_verb, name_chars, post_pattern
from .foreign_rules import foreign_grammar, run_start
from .grammar import grammar
from .people_rules import dotted_name, shape_grammar
from .reading import HOLDER_JOINERS, Found, Reading, descriptor_before

_HAN = rxcache.compile(r"\p{Han}")
# what closes one name in a list of names: a quoted honour or a note after it (授予张三“…”) …
SLOT_CLOSERS = frozenset("“「(（")
_SLOT_MARKS = SLOT_CLOSERS | frozenset("、”」，,；;。")  # … or any mark of the list


def table_rows(r: Reading) -> Iterator[Found]:
    """Personnel tables: `副主任：陈宝生　　教育部部长`, names padded to align."""
    g = r.g
    if not g.table_padding.search(r.folded, r.start + 1, r.end):
        return  # (from start + 1: the Han character before the padding is the body's)
    for row in _at_line_starts(g.table_row, r.folded, r.start, r.end):
        written = r.text[row.start("name"):row.end("name")]
        name = "".join(written.split())
        desc = row.group("desc")
        if not names.plausible_at(name):
            continue
        if not any(g.segment.match(piece) for piece in desc.split("、")) or not g.post.search(desc):
            continue
        yield Found(name, row.start("name"), row.end("name"), "officials.table_row", row.span("desc"))


def list_row_holders(r: Reading) -> Iterator[Found]:
    """全市优秀共产党员名单（50名） then `王建国　市交通运输局局长`, `李秀英（女）`: a row of a list
    under its heading (kinds/list_rows.py) that opens with a person's name; the descriptor after
    it, where it ends in a post, is the title."""
    for row in list_rows(r.folded, r.start, r.end):
        start, end = row.holder
        name = r.folded[start:end]
        if not (2 <= len(name) <= 4 and names.plausible_at(name) or dotted_name(name)):
            continue
        desc = row.descriptor
        yield r.found(start, end, "officials.list_row", desc if desc and r.g.post.search(r.folded, *desc) else None)


def _at_line_starts(pattern: regex.Pattern[str], text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """`pattern.finditer(text, start, end)` for a pattern that opens with ^ (multiline):
    its matches can begin only where a line does, so it is tried there alone, not at
    every character (5x faster); what a match covers is not tried again."""
    if not (pattern.pattern.startswith("^") and pattern.flags & regex.MULTILINE):
        yield from pattern.finditer(text, start, end)
        return
    line, free = start, start
    while line < end:
        match = pattern.match(text, line, end) if line >= free else None
        if match:
            yield match
            free = match.end()
        newline = text.find("\n", line, end)
        if newline < 0:
            return
        line = newline + 1


def minority_names(r: Reading) -> Iterator[Found]:
    """Names joined by ·, after a descriptor or before a post or a verb."""
    g, folded, run = r.g, r.folded, names.grammar().minority_run
    for match in _runs_at_dots(run, folded, r.start, r.end):
        run_end = folded.index("·", match.start())
        start, title = minority_start(r, match.start(), run_end)
        end = r.names.minority_end(start, r.end) if start is not None else None
        if end is None:
            continue
        post = g.post_after.match(folded, end) or (  # a foreign post after a name of transliteration
            post_pattern().match(folded, end) if all(ch in name_chars() or ch in "·-" for ch in folded[start:end])
            else None)  # characters (谢尔达尔·别尔德穆哈梅多夫|总统; not …·安比亚中央司令部|司令)
        if title is None and post:
            title = post.span()
        if title or g.person_verb.match(folded, end):
            yield r.found(start, end, "officials.minority_name", title)


_RUN_REACH = 60  # characters before a · a run of ·-joined parts may open (a part of 10, hyphened parts)


def _runs_at_dots(run, folded: str, start: int, end: int) -> Iterator:
    """run.finditer(folded, start, end), searched only near each ·: most texts have none."""
    pos = start
    dot = folded.find("·", pos, end)
    while dot >= 0:
        match = run.search(folded, max(pos, dot - _RUN_REACH), end)
        if match is None:
            return
        yield match
        pos = match.end()
        dot = folded.find("·", pos, end)


def minority_start(r: Reading, lo: int, run_end: int) -> tuple[int | None, tuple[int, int] | None]:
    """Where the first part of a ·-name begins: after the post, verb or
    particle that ends the Han run before it."""
    g, folded = r.g, r.folded
    start, title = lo, None
    for post in g.post.finditer(folded, lo, run_end):
        start, title = post.end(), descriptor_before(r, post.end())
    for pos in range(run_end - 1, start - 1, -1):
        if g.opener.search(folded, start, pos) or pos > start and folded[pos - 1] in _JOINING:
            if pos != start:
                # 国家主席习近平向|…·…, …习近平同|…·…: words and a particle or a conjunction after the
                # post, whose title is another's
                start, title = pos, title if folded[pos - 1] == "、" else None
            break
    first = _transliteration_start(folded, start, run_end)
    if first > start and run_end - first >= 2:
        if title is None:
            start = first  # 荷兰人|维姆·杜伊森贝赫, 美国专家|希拉·威曼: the first part is a transliteration
        elif folded[start:first] in words.verb_set() or after_a_verb(folded, first):
            start, title = first, None  # 共和党人提名|迈克·约翰逊, 妻子原名叫|…: the post is the subject's of the verb
    return (start, title) if 1 <= run_end - start <= 6 else (None, None)


_JOINING = HOLDER_JOINERS + "跟"  # (跟 too: a conjunction before a ·-name, no holder's joiner)


def _name_starts(r: Reading) -> list[int]:
    """Positions where a bare name may begin: a surname character that opens a
    clause (found by one scan in C), or a place near a ·-joined name."""
    folded, lo, hi = r.folded, r.start, r.end
    starts = set(r.starts_after(r.g.after_opener_char))
    if lo < hi and folded[lo] in names.grammar().name_firsts:
        starts.add(lo)
    dot = folded.find("·", lo, hi)
    while dot >= 0:  # 荷兰人|维姆·…: a ·-name's first part is a transliteration
        starts.update(range(_transliteration_start(folded, max(lo, dot - 6), dot), dot))
        dot = folded.find("·", dot + 1, hi)
    return sorted(starts)


def bare_names(r: Reading) -> Iterator[Found]:
    """Names without a post: opening a clause with a person's verb (李克强主持
    大会), with 同志 or 等N名, or in a 、-list of such names."""
    g, folded, lo = r.g, r.folded, r.start
    openers, stop_ends, stop_words = g.openers, g.stop_word_ends, g.stop_words
    name_end, limit = r.names.end_or_minority, r.body.end  # (Reading.any_name_end, bound once)
    # Every item of a 、-list is itself a start: each list is read once, and
    # its tail from any item is answered from it (a list of n names would
    # otherwise be read n times over, quadratic in its length).
    lists: dict[int, tuple[_List, int]] = {}
    for pos in _name_starts(r):
        # reading.opens, inlined: this loop visits every surname character of the text
        before = folded[pos - 1] if pos > lo else ""
        if before and before not in openers and not (
                before in stop_ends and folded[max(lo, pos - 6):pos].endswith(stop_words)):
            continue
        if pos not in lists:
            if name_end(pos, limit) is None:
                continue  # most places: no name begins here, so no list does (nor is kept)
            _read_list(r, pos, lists)
        names_list, at = lists[pos]
        if names_list.given or not names_list.ok[at]:
            continue  # a list whose names were all given already by an earlier item
        rule = _bare_rule(r, names_list, at)
        if rule is None:
            continue
        names_list.given = True
        for s, e in names_list.items[at:]:
            yield r.found(s, e, rule)


@dataclass
class _List:
    """Names joined by 、 and, for each item, facts about the list from it on:
    every item plausible and no weak surname (`ok`), ·-names counted."""

    items: list[tuple[int, int]]
    ok: list[bool] = field(default_factory=list)
    minorities: list[int] = field(default_factory=list)
    given: bool = False  # its names were found from an earlier item: the same names again


def _read_list(r: Reading, pos: int, lists: dict[int, tuple[_List, int]]) -> None:
    """Read the 、-list from `pos` and answer for each of its items in `lists`;
    a list with an item that is no name is no list from any item before it."""
    items, complete = name_list(r, pos)
    if not complete or not _evidence_follows(r, items):
        failed = _List([], [False])
        for s, _ in items + [(pos, pos)]:
            lists[s] = (failed, 0)
        return
    read = _List(items, [False] * len(items), [0] * len(items))
    weak, ok, minorities = names.grammar().weak, True, 0
    given = shape_grammar().given_chars
    strong = sum(_plausible_item(r.folded, s, e) and r.folded[s] not in weak for s, e in items)
    # 石泰峰、吴政隆、邵鸿、何报翔、王光谦…参加: in a list of names most of which read as
    # names, an item of a name's shape is a name though its characters are odd (报)
    named_list = strong >= 3 and 2 * strong >= len(items)
    for i in range(len(items) - 1, -1, -1):
        s, e = items[i]
        minority = "·" in r.folded[s:e]
        # in a list of two or more, a common-word surname with two common given-name
        # characters is a name as well (石泰峰、李干杰参加谈话; not 石家庄、邢台 nor 龙卷风、雷暴)
        full = e - s == 3 and len(items) > 1 and all(ch in given for ch in r.folded[s + 1:e])
        shaped = named_list and 2 <= e - s <= 3 and names.surname_len(r.folded, s) == 1
        ok = ok and (shaped or (_plausible_item(r.folded, s, e) and (minority or full or r.folded[s] not in weak)))
        minorities += minority
        read.ok[i], read.minorities[i] = ok, minorities
        lists[s] = (read, i)


def _bare_rule(r: Reading, names_list: _List, at: int) -> str | None:
    """Which evidence makes the listed names (from item `at`) people: what
    follows the last one, matched in place (no copy of the rest), or None."""
    g, folded, end = r.g, r.folded, names_list.items[-1][1]
    if len(names_list.items) - at > 1:
        if g.list_follow.match(folded, end, r.end) or (
                names_list.minorities[at] >= 2 and folded[end:end + 1] in "，。；" and end < r.end):
            return "officials.name_list"
    elif g.person_verb.match(folded, end, r.end):
        return "officials.person_verb"
    return "officials.comrade" if g.comrade.match(folded, end, r.end) else None


def _evidence_follows(r: Reading, items: list[tuple[int, int]]) -> bool:
    """Could _bare_rule find evidence after the list for any of its items? What follows
    the last name, by any of its tests (most lists are one name and no such word): a list
    without it is read no further, its items' facts unasked."""
    g, folded, end = r.g, r.folded, items[-1][1]
    firsts = _evidence_firsts()
    if firsts is not None and folded[end:end + 1] not in firsts:
        return False  # (the cheap test first) no word of them, nor a mark, begins after the list
    return bool(g.list_follow.match(folded, end, r.end) or g.person_verb.match(folded, end, r.end)
                or g.comrade.match(folded, end, r.end)
                or (folded[end:end + 1] in "，。；" and end < r.end and sum("·" in folded[s:e] for s, e in items) >= 2))


@lru_cache(maxsize=1)
def _evidence_firsts() -> frozenset[str] | None:
    """What _evidence_follows may find after a list begins with: a first character of the
    follow words, the person verbs or 同志 (firstchars.first_chars), or a mark that ends a
    list of ·-names; None where a rule's first characters cannot be told."""
    g = grammar()
    firsts = [firstchars.first_chars(rule) for rule in (g.list_follow, g.person_verb, g.comrade)]
    return None if None in firsts else frozenset().union(*firsts) | frozenset("，。；")


def _plausible_item(folded: str, start: int, end: int) -> bool:
    return ("·" in folded[start:end] or names.plausible(folded[start:end], names.surname_len(folded, start))
            or names.grammar().tibetan_name.fullmatch(folded, start, end) is not None)  # 洛桑江村: no surname


def name_list(r: Reading, pos: int) -> tuple[list[tuple[int, int]], bool]:
    """Names separated by 、 from `pos`; the last one ends where `follow` fits.
    False with the names read so far when an item after a 、 is no name."""
    items = []
    while True:
        end = r.any_name_end(pos) or _slot_before_mark(r, pos)
        if end is None:
            return items, False
        end = _whole_slot(r, pos, end)
        items.append((pos, end))
        if end < r.end and r.folded[end] == "、":
            pos = end + 1
            continue
        return items, True


def _slot_before_mark(r: Reading, pos: int) -> int | None:
    """何报翔、, 何报翔出席: a slot of a surname and one or two characters closed by 、 or
    by what follows a list of names is an item of the list (a name of odd characters);
    whether it is a name, the list decides."""
    folded = r.folded
    for n in (3, 2):
        closed = pos + n < r.end and (folded[pos + n] == "、" or r.g.list_follow.match(folded, pos + n, r.end))
        if closed and names.surname_len(folded, pos) == 1 and all(_HAN.match(ch) for ch in folded[pos:pos + n]):
            return pos + n
    return None


def _whole_slot(r: Reading, start: int, end: int) -> int:
    """黄大年、张晋藩: in a list a slot is one name; a surname and two given
    characters filling the slot up to its mark are read whole, even when the last
    one seldom ends a name elsewhere (年, 元); never a function character."""
    folded, g = r.folded, names.grammar()
    slen = names.surname_len(folded, start)
    if end != start + slen + 1 or end + 1 > r.end or not _HAN.match(folded[end]) or folded[end] in g.function_chars:
        return end
    return end + 1 if folded[end + 1:end + 2] in _SLOT_MARKS or end + 1 == r.end else end


def _transliteration_start(folded: str, lo: int, end: int) -> int:
    """Where the run of transliteration characters ending at `end` (a ·) begins, not before
    `lo`: those of a first part before a · too (阿依古丽·…, 乔治·…; officials_foreign.toml
    first_part_chars)."""
    return run_start(folded, lo, end, foreign_grammar().first_part_chars)
