"""A web page's own metadata: headline, publication date, from its markup.

Read with Python's standard `html.parser`: it is maintained with CPython, reads
broken real-world markup without failing, decodes entities and attributes as a
browser does, and needs nothing installed. lxml or selectolax would build a
tree we do not need (the visible text keeps its offsets through
markup.mask_markup); this module only needs the <h1>, <title>, <meta> and
metadata-table cells, in order. The labels are data in patterns/pages.toml.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser

import regex

from ..rules import patterns


class _PageRules(patterns.Rules):
    title_labels: list[str]
    published_labels: list[str]
    published_meta: list[str]


@lru_cache(maxsize=1)
def _rules() -> _PageRules:
    return patterns.load("pages", _PageRules)


@dataclass
class PageMeta:
    title: str | None = None
    published: str | None = None  # as written; the caller reads the date in it


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def _label(text: str) -> str:
    return regex.sub(r"\s+", "", text).rstrip(":：")


class _Reader(HTMLParser):
    """Collects the text of <h1>, <title> and table cells, and <meta> name/content pairs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.h1: list[str] = []
        self.title: list[str] = []
        self.cells: list[str] = []
        self.meta: dict[str, str] = {}
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            found = {k.lower(): (v or "") for k, v in attrs}
            name = (found.get("name") or found.get("property") or found.get("itemprop") or "").lower()
            if name and found.get("content"):
                self.meta.setdefault(name, found["content"])
        elif tag in ("h1", "title", "td", "th"):
            self._open.append(tag)
            (self.h1 if tag == "h1" else self.title if tag == "title" else self.cells).append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._open:
            while self._open and self._open.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self._open:
            tag = self._open[-1]
            target = self.h1 if tag == "h1" else self.title if tag == "title" else self.cells
            target[-1] += data


def _labelled(cells: list[str], labels: list[str]) -> str | None:
    """The cell after the first cell labelled with one of `labels` (in the order given)."""
    keyed = [_label(cell) for cell in cells]
    for label in labels:
        for index, key in enumerate(keyed[:-1]):
            if key == label and _squeeze(cells[index + 1]):
                return _squeeze(cells[index + 1])
    return None


def page_meta(text: str) -> PageMeta:
    """The headline (first <h1>, the metadata table's 标题, then <title>) and the
    publication date as written (<meta>, then the metadata table)."""
    reader = _Reader()
    try:
        reader.feed(text)
        reader.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken declarations
        pass
    rules = _rules()
    titles = [_squeeze(t) for t in reader.h1[:1]]
    titles.append(_labelled(reader.cells, rules.title_labels) or "")
    titles += [_squeeze(t) for t in reader.title[:1]]
    published = next((reader.meta[name] for name in rules.published_meta if reader.meta.get(name)), None)
    return PageMeta(title=next((t for t in titles if t), None),
                    published=published or _labelled(reader.cells, rules.published_labels))
