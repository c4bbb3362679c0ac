"""The standing honours of the state and the national mass organisations
(patterns/awards.toml named_honours), an award wherever a release names one:
第十批全国岗位学雷锋标兵, 慰问47名全国道德模范, 全国五一劳动奖章获得者陈燕芳. Read
after the other rules, only where none of them found an award: a title they read
with its recipients or its year stays theirs."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import regex

from ...grammar.words import verb_set
from ...rules import rxcache
from ..spanset import SpanSet
from .holders import copula_subject
from .merge import Merged
from .reading import Found, Reading, kind_of, not_given
from .rules import rules

_UNQUOTED = rxcache.compile(r"[“”「」]")  # 全国“五一”劳动奖章 → 全国五一劳动奖章


def named(r: Reading, awards: dict[str, Merged]) -> Iterable[Found]:
    rules = r.rules
    if not rules.named_fixed.search(r.folded):
        return  # (the cheap test first: one scan by `re`) no named honour is written here
    taken = SpanSet([span for m in awards.values() for span in m.spans])
    for m in named_honours(r.folded, rules.named_honour, rules.named_fixed, rules.named_fixed_reach):
        s, e = m.span()
        if taken.overlaps(s, e) or not_given(r, s, e):
            continue  # found by a rule that read more of it, or a goal (争当全国劳动模范)
        if _opens_an_event(r, e):
            continue  # 全国三八红旗手巾帼大宣讲示范活动: an event's name
        title = _UNQUOTED.sub("", m.group())
        yield Found(title, kind_of(title, "title"), s, e, "awards.named_honour", _held_by(r, s, e))
        yield from _coordinated(r, title, e)


def _held_by(r: Reading, start: int, end: int) -> list[str]:
    """全国“五一”劳动奖章获得者: whom the holder word after the honour names, the subject of a
    copula before it (郑咏是…全国“五一”劳动奖章获得者; a name after the word is the officials')."""
    end += r.folded.startswith(tuple(r.rules.data.close_quotes), end)
    return copula_subject(r, start) if r.rules.holder.match(r.folded, end) else []


def named_honours(text: str, honour: regex.Pattern[str], fixed: re.Pattern[str], reach: int
                  ) -> Iterator[regex.Match[str]]:
    """`honour.finditer(text)`, the same matches, for a rule each of whose matches holds a match
    of `fixed` beginning at most `reach` characters after its own start: the honour is tried
    only at the places up to `reach` before each fixed run found (one re scan of a plain
    alternation), not over the whole text."""
    pos = 0
    while (run := fixed.search(text, pos)) is not None:
        # no match begins before run.start() - reach: its own fixed run would stand before this one
        for at in range(max(pos, run.start() - reach), run.start() + 1):
            if (match := honour.match(text, at)) is not None:
                yield match
                pos = match.end()
                break
        else:
            pos = run.start() + 1  # no match begins here or before: one may, at a later fixed run


_JOINERS = "和及与、"


def _coordinated(r: Reading, first: str, end: int) -> Iterable[Found]:
    """全国劳动模范和先进工作者, 全国脱贫攻坚先进个人和先进集体: an item joined to a named
    honour that, with the words it shares with it, names another one (全国先进工作者)."""
    folded = r.folded
    while end < len(folded) and folded[end] in _JOINERS:
        start, found = end + 1, None
        for size in range(len(first) - 1, 1, -1):  # the longest shared opening first
            for rest in _rests().get(first[:size], ()):
                if folded.startswith(rest, start):
                    found = (first[:size] + rest, rest)
                    break
            if found:
                break
        if found is None or not_given(r, start, start + len(found[1])):
            return
        title, rest = found
        end = start + len(rest)
        yield Found(title, kind_of(title, "title"), start, end, "awards.named_honour")


@lru_cache(maxsize=1)
def _rests() -> dict[str, tuple[str, ...]]:
    """Each opening of a named honour (全国, 全国脱贫攻坚 …) → the rests that complete one."""
    rests: dict[str, list[str]] = {}
    for name in rules().data.named_honours:
        for size in range(2, len(name) - 1):
            rests.setdefault(name[:size], []).append(name[size:])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in rests.items()}


def _opens_an_event(r: Reading, end: int) -> bool:
    """The honour is followed by an event's head (活动, 宣讲, 大会 …) with no verb
    between them: the words name an event (…红旗手巾帼大宣讲), not people who go to
    one (…劳动模范走进社区宣讲)."""
    event = r.rules.named_event_after.match(r.folded, end, r.structure.clause_end(end))
    if event is None:
        return False
    between = r.folded[end:event.end()]
    verbs = verb_set()
    return not any(between[i:i + n] in verbs for n in (2, 3) for i in range(len(between) - n + 1))
