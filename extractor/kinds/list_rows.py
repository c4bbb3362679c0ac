"""The rows of a list printed under its heading, as commendation decisions append them
(全市优秀共产党员名单（50名）, then one holder a line: 王建国　市交通运输局局长, 李秀英（女）　东山镇
党委书记, 市第一人民医院党委). Each row opens with its holder, a bracketed note after a person
(（女）, （回族）) no part of the name; what follows a blank is the holder's descriptor. Read by
officials (a row opening with a name is a person, the descriptor the title) and by awards (the
rows under an honour's list are its recipients). A list ends at an empty line followed by
anything that is no row, at another heading, or at a line of prose (a sentence's marks, or
longer than a row)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..grammar import names
from ..rules import patterns, rxcache


class ListRules(patterns.Rules):
    """patterns/lists.toml."""

    heading: str
    row: str
    section: str
    item: str
    person_item: str
    row_max: int


@dataclass(frozen=True)
class _Lists:
    heading: regex.Pattern[str]
    row: regex.Pattern[str]
    section: regex.Pattern[str]
    item: regex.Pattern[str]
    person_item: regex.Pattern[str]
    row_max: int


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    """patterns/lists.toml, compiled once."""
    data = patterns.load("lists", ListRules)
    return _Lists(*(rxcache.compile(p) for p in (data.heading, data.row, data.section, data.item, data.person_item)),
                  data.row_max)


@dataclass(frozen=True)
class ListRow:
    heading: str  # the list's name, less 名单 and its count note (全市优秀共产党员), or its section's
    holder: tuple[int, int]  # the holder as written, less a bracketed note
    descriptor: tuple[int, int] | None  # what follows the blank after the holder


def list_rows(folded: str, start: int, end: int) -> list[ListRow]:
    """Every row of every list under a heading ending in 名单 within folded[start:end] (a row of
    winners under its prize, 一等奖：王建国、李红, is a prize's label: awards.prize_rows reads it)."""
    lists = _lists()  # (before the cheap test: the rule file is loaded for every document)
    if "名单" not in folded:
        return []
    rows: list[ListRow] = []
    for heading in _headings(folded, start, end):
        line, listed = heading.end() + 1, heading.group("name") or ""  # (名单如下：: the rows name their prizes)
        while line < end:
            stop = folded.find("\n", line, end)
            stop = end if stop < 0 else stop
            if stop == line or not folded[line:stop].strip():  # an empty line: the list may go on after it
                line = stop + 1
                continue
            if stop - line > lists.row_max or "名单" in folded[line:stop]:
                break
            section = lists.section.fullmatch(folded, line, stop)
            if section:  # 二、先进个人（20名）: the rows after it are that honour's
                listed, line = section.group("name"), stop + 1
                continue
            people = _names_row(folded, line, stop)
            row = None if people else lists.row.fullmatch(folded, line, stop)
            if not people and row is None:
                break
            if people:  # 王建国、李秀英（女）, 市发改委：王建国　李秀英: people, no descriptor
                rows.extend(ListRow(listed, span, None) for span in people)
            else:
                desc = row.span("desc") if row.group("desc") else None
                rows.append(ListRow(listed, row.span("holder"), desc))
            line = stop + 1
    return rows


def _names_row(folded: str, line: int, stop: int) -> list[tuple[int, int]]:
    """A row of names, each a person's (a run of two to four Han characters, or parts joined
    by ·, a note after it), joined by 、 or blanks, after an optional unit and a colon
    (市发改委：王建国　李秀英（女）); [] for any other row. Two names or more, or a unit
    before one: a single short holder alone is a row of the other shape (县实验小学)."""
    colon = max(folded.rfind("：", line, stop), folded.rfind(":", line, stop))
    lists = _lists()
    items = list(lists.item.finditer(folded, colon + 1 if colon >= 0 else line, stop))

    def a_person(item: regex.Match[str]) -> bool:
        name = item["name"]
        return bool(lists.person_item.fullmatch(item.group())) and ("·" in name or names.plausible_at(name))

    if not items or (len(items) < 2 and colon < 0) or not all(a_person(i) for i in items):
        return []
    return [i.span("name") for i in items]


def _headings(folded: str, start: int, end: int) -> list[regex.Match[str]]:
    """The heading lines: each line holding 名单 is tried whole (no scan of every position)."""
    found, at = [], folded.find("名单", start, end)
    while at >= 0:
        line_start = folded.rfind("\n", start, at) + 1 or start
        line_end = folded.find("\n", at, end)
        line_end = end if line_end < 0 else line_end
        heading = _lists().heading.fullmatch(folded, max(line_start, start), line_end)
        if heading:
            found.append(heading)
        at = folded.find("名单", line_end, end)
    return found
