"""Where a label's words end, and words that name no quantity at all: adverbs and
field work left before a figure (投资继续|下降, 500亩茶叶|采收), the last word that opens
a clause inside the run of words (投产后预计实现|年销售收入), and names that are only a
verb, an adverb, a unit left over from a figure or the whole of a share (在总装机中)."""
from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from ..output.models import Percentage
from ..rules import firstchars, rxcache
from ..rules.firstchars import may_end
from .count_grammar import grammars
from .label_grammar import label_grammar as _compiled

# 在总装机中占比达到25%: the whole a share is taken of, not the part
_WHOLE_OF_A_SHARE = rxcache.compile(r"^在\p{Han}{1,12}[中里内]$")
_WHOLE_FIRSTS = firstchars.first_chars(_WHOLE_OF_A_SHARE) or firstchars.ANY
_LIST_MARKS = "、，,"


def names_nothing(name: str) -> bool:
    """引进, 给予, 进一步, 万亩: a verb of change or of granting, an adverb or a figure's
    leftover unit alone names no quantity (出口, 销售 do)."""
    c = _compiled()
    linked = name and (name[-1] in c.linking_last or name[-1].isspace())  # (else no linking word ends it)
    first = name[:1]  # (the rules read from the name's start are tried only where one may open)
    return (name in c.verb_only or name in c.grants or name in c.trailing_adverb_set
            or first in c.leftover_unit_firsts and c.leftover_unit.match(name) is not None
            or (linked and c.linking.fullmatch(name) is not None)
            or first in _WHOLE_FIRSTS and _WHOLE_OF_A_SHARE.match(name) is not None)


def without_trailing_adverbs(folded: str, start: int, end: int) -> int:
    """The end of a name before the adverbs left at its end (投资继续|, 纯度能|)."""
    c = _compiled()
    span = c.trailing_span.search(folded, start + 2, end) if may_end(folded, end, c.trailing_span_lasts) else None
    end = span.start() if span else end  # 粮食产量已连续两年|突破
    while end - start > 2:
        # an adverb ending the name with two characters or more left before it: most names
        # end in none, which one tuple test tells; then the longest that does is found
        if not folded.endswith(c.trailing_adverbs, start + 2, end) \
                or folded.endswith(c.trailing_adverb_words, start, end):
            return end
        end -= len(next(a for a in c.trailing_adverbs if folded.endswith(a, start + 2, end)))
    return end


def past_field_work(folded: str, start: int, end: int) -> int:
    """The end of a name before the field work done written at its end (500亩茶叶|采收,
    小麦已播种|40万亩): the trailing action, searched only where one can end."""
    c = _compiled()
    if not may_end(folded, end, c.trailing_action_lasts):
        return end
    action = c.trailing_action.search(folded, start + 2, end)
    return action.start() if action else end


def before_shares_and_bases(folded: str, lo: int, start: int) -> int:
    """Where a quantity's name may end before a figure at `start`: before a share word,
    a base the quantity recovers to (客流量恢复至2019年同期的92%), where a change starts
    (从过去的54%) or a linking word."""
    c = _compiled()
    hi = start
    if c.share.search(folded, lo, start):  # (most stretches have none: a search is cheaper than a finditer)
        for share in c.share.finditer(folded, lo, start):
            hi = share.start()  # the last share word
    for cut, guard in ((c.recovered, c.recovered_guard), (c.origin, c.origin_guard)):
        found = cut.search(folded, lo, hi) if guard.search(folded, lo, hi) else None
        hi = found.start() if found else hi
    # (linking words are searched for backwards from the end only when one could end there)
    if hi > lo and (folded[hi - 1] in c.linking_last or folded[hi - 1].isspace()):
        n = len(folded)  # (c.linking.search(folded, lo, hi), read forwards in the text reversed)
        found = c.linking_reversed.match(reversed_text(folded), n - hi, n - lo)
        hi = n - found.end() if found else hi
    return hi


@lru_cache(maxsize=4)
def reversed_text(text: str) -> str:
    """`text` backwards, made once for a document's figures."""
    return text[::-1]


def leading_words(folded: str, lo: int, hi: int):
    """The scope words and leading verbs (全市, 累计, 共) opening the run [lo, hi), if any."""
    c = _compiled()
    lead = folded[lo:lo + 1]  # (most runs open with no scope word, verb or space: no match tried)
    return c.front.match(folded, lo, hi) if lead in c.front_firsts or lead.isspace() else None


def after_last_boundary(folded: str, lo: int, hi: int) -> int:
    """Past the last word that opens a clause inside the name's run (投产后预计实现|年销售收入),
    not one standing inside a word (人均可支配收入), nor a holder's word ending the run."""
    c = _compiled()
    cuts = list(c.boundary.finditer(folded, lo, hi)) if c.boundary_guard.search(folded, lo, hi) else []
    if cuts:  # (most runs have none: the words around are looked for only then)
        words = [w.span() for w in c.boundary_inside.finditer(folded, max(0, lo - 3), hi + 3)]
        cuts = [m for m in cuts if not any(s <= m.start() and m.end() <= e for s, e in words)]
    if cuts and cuts[-1].end() == hi and cuts[-1].group() in c.subjects:
        cuts.pop()  # 其中援建项目25个: a holder's word ending the name is the name
    return cuts[-1].end() if cuts else lo


def past_leading_unit(folded: str, start: int, end: int) -> int:
    """500米|服务半径覆盖率达到90%: the unit of a figure the words open with is no part of
    the name (a figure modifying the name's first noun)."""
    if not folded[start - 1:start].isdigit():
        return start
    unit = _compiled().unit_first.match(folded, start, end)
    return unit.end() if unit and end - unit.end() >= 2 else start


def rate_end(folded: str, end: int) -> int:
    """87.5%的森林|覆盖率: a verb and 率 right after the noun make the rate a percentage is."""
    verb = grammars().stops.match(folded, end)
    rate = verb.end() if verb and len(verb.group()) > 1 else -1
    return rate + 1 if folded.startswith(_compiled().rate_suffix, rate) else end


def paced(doc: Doc, fact, before: tuple[int, int] | None) -> tuple[int, int] | None:
    """注册护士数量以年均8%左右的幅度增加: a percentage that is the pace of a change
    takes the name before 以, not the word after it."""
    folded = doc.folded
    if before is None or not isinstance(fact, Percentage) or not folded.startswith("的", fact.end) \
            or not folded.startswith(_compiled().pace_words, fact.end + 1) or folded[before[1] - 1] != "以":
        return None
    end = without_trailing_adverbs(folded, before[0], before[1] - 1)  # …岗位要|以
    return (before[0], end) if end - before[0] >= 2 else None


def settled(folded: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A label's last reading: a share written as the part in the whole takes the part
    (SPEC.md: shares take the part); a list mark left at the end belongs to what
    follows (120万亩良田、|…)."""
    if span is None:
        return None
    start, end = span
    c = _compiled()
    # (the whole's mark is looked for first: most labels have none)
    part = c.part_in_whole.fullmatch(folded, start, end) if folded.find(c.in_whole, start + 2, end) >= 0 else None
    end = part.end(1) if part else end
    while end > start and folded[end - 1] in _LIST_MARKS:
        end -= 1
    end = without_trailing_modal(folded, start, end)
    return (start, end) if end - start >= 2 else None


def without_trailing_modal(folded: str, start: int, end: int) -> int:
    """货船可|装载, 中型矿山要|达到: a modal at a name's end belongs to the verb after it."""
    c = _compiled()
    if folded.endswith(c.modal_words, start, end) or not folded.endswith(c.trailing_modals, start, end):
        return end  # (the second: one test for the names that end in no modal, most)
    modal = next((m for m in c.trailing_modals if folded.endswith(m, start, end)), None)
    return end - len(modal) if modal and end - len(modal) - start >= 2 else end
