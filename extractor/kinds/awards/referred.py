"""Receipts of an honour named before them in their paragraph and not named again (…“金猴奖”揭晓…。
最终，《A》《B》等35部作品获奖; …获得南丁格尔奖。我国有7名优秀护理工作者获此殊荣。他们分别是：…): the
receipt's subject, or the people listed right after it, receive that honour (awards.toml
referring_receipt, listed_receivers). The honour keeps the rule and the mentions it was found by."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from .merge import Merged
from .reading import Found, Reading
from .recipient_items import split_recipients
from .recipients import subject


def referred(r: Reading, merged: dict[str, Merged]) -> Iterable[Found]:
    folded = r.folded
    mentions = sorted((span[1], span[0], title) for title, m in merged.items() for span in m.spans)
    ends = [end for end, _, _ in mentions]
    for m in r.rules.referring_receipt.finditer(folded, r.body.start, r.body.end):
        # (within a reach of the receipt: a paragraph of thousands of receipts is read in linear time)
        lo = max(folded.rfind("\n", max(0, m.start() - _REACH), m.start()) + 1, m.start() - _REACH)
        reach = min(r.body.end, m.end() + _REACH)
        paragraph_end = folded.find("\n", m.end(), reach)
        before = _named_last(mentions, ends, lo, m.start())
        if before is None:
            continue  # (他曾多次获奖: no honour named before it in the paragraph)
        title, (start, end) = before
        receivers = subject(r, m.start()) or _listed_after(r, m.end(), reach if paragraph_end < 0 else paragraph_end)
        if receivers:
            yield Found(title, merged[title].kind, start, end, merged[title].rule, receivers)


_REACH = 400  # characters between a receipt and the honour it refers to, or the list of its receivers


def _named_last(mentions: list[tuple[int, int, str]], ends: list[int], lo: int, hi: int
                ) -> tuple[str, tuple[int, int]] | None:
    """The honour whose mention in [lo, hi) ends last, and that mention (`mentions`: (end, start,
    title) sorted, `ends` their ends)."""
    at = bisect_right(ends, hi) - 1
    while at >= 0 and ends[at] > lo:
        end, start, title = mentions[at]
        if start >= lo:
            return title, (start, end)
        at -= 1
    return None


def _listed_after(r: Reading, at: int, paragraph_end: int) -> list[str]:
    """The people of a list opened by 他们分别是： after `at` in the paragraph (each a person the
    officials found: the list names people, with their posts before them)."""
    opening = r.rules.listed_receivers.search(r.folded, at, paragraph_end)
    if opening is None:
        return []
    stop = r.folded.find("。", opening.end(), paragraph_end)
    items = r.text[opening.end():paragraph_end if stop < 0 else stop].replace("，", "、").replace(",", "、")
    return [x for x in split_recipients(items, r.people_names, r.people_posts) if x in r.people_names]
