"""The standing honours of the state and the national mass organisations
(patterns/awards.toml named_honours), an award wherever a release names one:
第十批全国岗位学雷锋标兵, 慰问47名全国道德模范, 全国五一劳动奖章获得者陈燕芳. Read
after the other rules, only where none of them found an award: a title they read
with its recipients or its year stays theirs."""
from __future__ import annotations

from collections.abc import Iterable

from ...grammar.words import verb_set
from ...rules import rxcache
from .merge import Merged
from .reading import Found, Reading, kind_of, not_given

_UNQUOTED = rxcache.compile(r"[“”「」]")  # 全国“五一”劳动奖章 → 全国五一劳动奖章


def named(r: Reading, awards: dict[str, Merged]) -> Iterable[Found]:
    rules = r.rules
    taken = [span for m in awards.values() for span in m.spans]
    for m in rules.named_honour.finditer(r.folded):
        s, e = m.span()
        if any(a < e and s < b for a, b in taken) or not_given(r, s, e):
            continue  # found by a rule that read more of it, or a goal (争当全国劳动模范)
        if _opens_an_event(r, e):
            continue  # 全国三八红旗手巾帼大宣讲示范活动: an event's name
        title = _UNQUOTED.sub("", m.group())
        yield Found(title, kind_of(title, "title"), s, e, "awards.named_honour")


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
