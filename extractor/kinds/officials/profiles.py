"""A person's profile line, as appointment and pre-appointment notices write it (任前公示,
干部任职公示): the name opening a line or a clause after a colon, then the sex (王晓红，女，
汉族，1978年5月出生，…，现任县委常委、组织部部长). The sex written right after a name makes it
a person; the post after 现任 in the same sentence is the title, written in apposition
(SPEC.md, officials: "or in an apposition right after it")."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from ...grammar import names
from ...rules import rxcache
from .people_rules import people_grammar
from .reading import Found, Reading

RULE = "officials.profile"


@lru_cache(maxsize=1)
def _sex() -> regex.Pattern[str]:
    # (found first: a cheap scan for the sex, then the name before it)
    return rxcache.compile(people_grammar().rules.profile_sex)


@lru_cache(maxsize=1)
def _current_post() -> regex.Pattern[str]:
    return rxcache.compile(people_grammar().rules.profile_post)


_PADDING = " \t　"


def profiles(r: Reading) -> Iterator[Found]:
    folded, openers = r.folded, people_grammar().rules.profile_openers  # (a line's start or a colon)
    for m in _sex().finditer(folded, r.start, r.end):
        end = m.start()
        start = next((s for s in range(end - 2, max(r.start, end - 4) - 1, -1)
                      if s == 0 or folded[s - 1] in openers or folded[s - 1] in _PADDING), None)
        if start is None or not names.plausible_at(folded[start:end]) or folded[start:end].strip() != folded[start:end]:
            continue
        post = _current_post().search(folded, end, r.structure.sentence_end(end))
        title = post.span("post") if post and r.post_ending_at(post.end("post")) is not None else None
        yield r.found(start, end, RULE, title)
