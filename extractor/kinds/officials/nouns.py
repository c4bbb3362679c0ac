"""People named right after a noun of what they are that is no post (people.toml kind_nouns):
汉族少女李文秀, 后防线伤了主力森西尼, 战斗英雄张富清. The noun vouches for the name that
follows it — a Chinese name of the surnames' shape, or a transliteration a word that follows
names ends, three characters or more (华侨|华人: a word of two is no name) — and gives it no
title: SPEC.md's title is a post, and 少女 is none."""
from __future__ import annotations

from collections.abc import Iterator

from ...grammar import names
from .people import begins_word, foreign_end, shaped_end
from .people_rules import people_grammar
from .reading import Found, Reading, given_is_verb, inside_transliteration


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
    if end is None or inside_transliteration(folded, start, end) or begins_word(folded, start) \
            or begins_word(folded, end - 1) or given_is_verb(folded, start, end):
        return None
    if folded[start] == folded[start + 1] or not names.plausible(folded[start:end], names.surname_len(folded, start)):
        return None
    return end
