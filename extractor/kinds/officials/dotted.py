"""Names of parts joined by · written with transliteration characters (迈克尔·托马肖,
比尔·盖茨): a person's wherever they stand, unless a body's or a place's word follows
them (乔治·梅森大学, 万科·城市花园). The vocabularies are officials_foreign.toml's."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ...grammar import words
from ...rules import rxcache
from .foreign import ends_name, leader_descriptor, post_ending_at
from .foreign_rules import foreign_grammar, run_start
from .reading import Found, Reading

_HAN = rxcache.compile(r"\p{Han}")


def dotted_names(r: Reading) -> Iterator[Found]:
    """迈克尔·托马肖及其同事, 对比尔·盖茨和微软: a name of two or more parts joined by ·,
    every character a transliteration character, is a person's wherever it stands,
    unless a body's or a place's word follows it (乔治·梅森大学, 万科·城市花园)."""
    fg, folded = foreign_grammar(), r.folded
    dot = folded.find("·", r.start, r.end)
    while dot >= 0:
        start = run_start(folded, max(r.start, dot - 8), dot, fg.first_part_chars)  # (让-保罗·萨特)
        post = _post_before(r, dot) if start == dot or not _dotted_start(r, start) else None
        if post is not None:
            start = post.end()  # 总统|亚历山大·卢卡申科: a first part of other characters
        end = dot + 1
        while end < r.end and (folded[end] in fg.name_chars or (folded[end] == "·" and end > dot + 1)):
            end += 1
        while end - dot > 2 and not ends_name(r, end):
            end -= 1  # the last part may have run into a word of name characters
        name = folded[start:end]
        if (dot - start >= 1 and end - dot >= 3 and ends_name(r, end) and not name.endswith("·")
                and not folded.startswith(fg.dotted_not_before, end) and not name.endswith(fg.dotted_not_before)
                and name not in fg.not_names
                and _dotted_start(r, start) and not (folded[start - 1:start] == "“" and folded[end:end + 1] == "”")):
            title, org = (leader_descriptor(r, post.start(), post.end()) if post else None) or (None, None)
            yield r.found(start, end, "officials.dotted_name", title, org=org)
        dot = folded.find("·", max(end, dot + 1), r.end)


def _post_before(r: Reading, dot: int) -> re.Match[str] | None:
    """The foreign post right before a ·-name's first part (白俄罗斯总统|亚历山大·…, 柬埔寨国王|
    诺罗敦·…), which tells where the part opens: its characters need not all be transliteration
    ones. None where no post ends within a first part's reach of the dot."""
    for post in foreign_grammar().post.finditer(r.folded, max(r.start, dot - 8), dot):
        part = r.folded[post.end():dot]
        if 1 <= len(part) <= 5 and part[0] not in foreign_grammar().post_tails and all(_HAN.match(ch) for ch in part):
            return post  # (not a post word's last character: 副司令|官马克思·…)
    return None


def _dotted_start(r: Reading, start: int) -> bool:
    """Does a ·-name begin at `start`: no Chinese character before it, or one that ends
    what may stand before a name (a mark, a conjunction, 的, a post, a verb, a noun of a
    person in apposition: 男子|乔治·弗洛伊德): a first
    part cut short by a character outside the transliteration set (朱|利叶斯·…) is not."""
    before = r.folded[start - 1:start]
    return (start <= r.start or not _HAN.match(before) or before in foreign_grammar().before_name
            or before in _BEFORE_DOTTED or r.post_ending_at(start) is not None
            or post_ending_at(r, start) is not None
            or r.folded[start - 2:start] in words.verb_set()
            or r.folded.endswith(foreign_grammar().before_name_words, r.start, start))


_BEFORE_DOTTED = frozenset("的对将被由向给是为在与和及同跟把让请")  # function words before a name


def dotted_not_before() -> tuple[str, ...]:
    """Words that make a ·-name before them (or ending it) a body's, a place's or a thing's."""
    return foreign_grammar().dotted_not_before

