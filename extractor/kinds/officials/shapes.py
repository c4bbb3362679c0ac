"""People read from the shape of their name where it stands, with no post,
verb or honorific that vouches for it: a surname that is no common word and
two characters common in given names (people.toml given_chars), set off on
both sides: something that may stand before a name on the left (a clause
opening, 的, 和, a preposition: people.toml shape_before) and something that
may follow a name on the right (names.toml follow). A name read here is then
found at every mention (merge)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ...grammar import names
from . import people
from .reading import Found, Reading, opens


@lru_cache(maxsize=1)
def _strong_surname_start() -> re.Pattern[str]:
    """A single-character surname that is no common word (names.toml weak): one scan."""
    g = names.grammar()
    chars = sorted(ch for ch in g.surname_firsts if ch not in g.weak)
    return re.compile("[" + "".join(re.escape(ch) for ch in chars) + "]")


def shaped_names(r: Reading) -> Iterator[Found]:
    """...会上，刘正学和吴方军…, 的宋芳蓉: a three-character name of the common
    shape between a name's left and right boundaries."""
    pg, folded = people.shape_grammar(), r.folded
    given = pg.given_chars
    for m in _strong_surname_start().finditer(folded, r.start, r.end - 3):
        pos = m.start()
        if folded[pos + 1] not in given and folded[pos + 2] not in given:
            continue  # most places: no given name of the common shape
        if names.surname_len(folded, pos) != 1 or not names.plausible(folded[pos:pos + 3], 1):
            continue
        if not (opens(r, pos) or folded[pos - 1] in pg.shape_before or folded[pos - 2:pos] in people.verbs()):
            continue  # the surname character ends a word before it (方|向明…)
        if r.name_end(pos) != pos + 3 or folded[pos + 2] in pg.rules.shaped_not_last:
            continue  # no name's end after the third character
        if people.begins_word(folded, pos) or people.begins_word(folded, pos + 1) or folded.startswith(
                pg.named_after, pos + 3) or folded.startswith(pg.shape_words, pos):
            continue  # 张贴…, 李|明确: a word of prose; 中山路 names a street
        yield r.found(pos, pos + 3, "officials.shaped_name")
