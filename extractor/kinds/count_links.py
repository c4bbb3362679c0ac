"""A count that names no noun of its own counting what a count just before it counts:
some of those things (20个项目中有5个, 约30起林火，其中6起…), the figure a change
reaches (从310家增加到520家), the same quantity per day (…，日均超2.05亿人次)."""
from __future__ import annotations

from ..doc import Doc
from ..output.models import Count
from ..rules import rxcache

Span = tuple[int, int]
# what stands between a count of things and a count of some of them (项目|中有|5个)
_PARTITIVE = rxcache.compile(r"[\p{Han}“”《》，,]{0,12}?(?:中有?|里有)[的，,]?")
_CHANGED_TO = rxcache.compile(r"\p{Han}{0,6}?(?:到|至)\p{Han}{0,5}?")
# 流动量超6.16亿人次，日均超2.05亿人次: the same quantity again, per day or on average
_PER_SPAN = rxcache.compile(r"[，,]\s*(?:日均|月均|年均|平均|每天|每日|其中)(?:超过?|达到?|约|近|逾|突破|为)?")


def part_of(doc: Doc, whole: Count | None, part: Count) -> Span | None:
    """20个项目中有5个: a count of some of the things counted just before takes their item."""
    if whole is None or whole.item_span is None:
        return None
    between = doc.folded[whole.end:part.start]
    if between.rstrip("，, ").endswith("其中"):
        return None  # …2.1万个，其中80个: a new count, not some of the earlier ones
    if between.endswith("的有") and whole.unit == part.unit and len(between) <= 40 and "。" not in between:
        return tuple(whole.item_span)  # 82种工业产品中，产量增长的有45种: those of them that …
    return tuple(whole.item_span) if _PARTITIVE.fullmatch(between) else None


def changed_to(doc: Doc, before: Count | None, after: Count) -> Span | None:
    """从310家增加到520家: the figure a change reaches counts what its start counts; so
    does the same quantity per day (流动量超6.16亿人次，日均超2.05亿人次)."""
    if before is None or before.item_span is None or before.unit != after.unit:
        return None
    between = doc.folded[before.end:after.start]
    # 约30起林火，其中6起仍未扑灭: some of the things just counted, their noun written after them
    named_after = before.item_span[0] == before.end and before.item_span[1] < after.start
    same = (_CHANGED_TO.fullmatch(between) or _PER_SPAN.fullmatch(between)
            or (named_after and _PER_SPAN.fullmatch(doc.folded, before.item_span[1], after.start)))
    return tuple(before.item_span) if same else None
