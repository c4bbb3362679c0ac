"""Markup masking: read HTML and XML inputs without losing the offset contract.

Tags, comments, scripts and entities are overwritten with spaces (a block tag
with a newline), one character for one character, so every offset found in
the masked view is an offset into the decoded input: facts are grounded in
the file as it is, and nothing is taken from inside the markup.
"""
from __future__ import annotations

import regex

from ..rules import rxcache

_LOOKS_LIKE_MARKUP = rxcache.compile(r"^\s*(?:<\?xml|<!DOCTYPE|<html|<feed|<rss|<\w+[^>]*>)", regex.IGNORECASE)
_HIDDEN = rxcache.compile(r"<(script|style|head|noscript)\b.*?</\1\s*>|<!--.*?-->|<!\[CDATA\[|\]\]>",
                        regex.IGNORECASE | regex.DOTALL)
_TAG = rxcache.compile(r"</?[A-Za-z!?][^<>]*>")
_BLOCK = rxcache.compile(
    r"</?(?:p|div|br|li|tr|td|th|h[1-6]|title|section|article|table|ul|ol|entry|summary|content)\b",
                       regex.IGNORECASE)
_ENTITY = rxcache.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")


def is_markup(text: str) -> bool:
    return bool(_LOOKS_LIKE_MARKUP.match(text[:2000])) and "</" in text


def _blank(match: regex.Match) -> str:
    chunk = match.group()
    # Keep line structure: a block tag ends a line, so headlines and paragraphs stay apart.
    first = "\n" if _BLOCK.match(chunk) or "\n" in chunk else " "
    return first + "".join("\n" if c == "\n" else " " for c in chunk[1:])


def mask_markup(text: str) -> str:
    """A same-length view of `text` with markup blanked; `text` itself if it is not markup."""
    if not is_markup(text):
        return text
    view = _HIDDEN.sub(_blank, text)
    view = _TAG.sub(_blank, view)
    view = _ENTITY.sub(lambda m: " " * len(m.group()), view)
    assert len(view) == len(text)
    return view


_HEADLINE = rxcache.compile(r"<(h1|title)\b[^>]*>(.*?)</\1\s*>", regex.IGNORECASE | regex.DOTALL)


def markup_title(text: str) -> str | None:
    """The page's own headline (first <h1>, else <title>), for HTML/XML inputs."""
    if not is_markup(text):
        return None
    found = {m.group(1).lower(): m.group(2) for m in reversed(list(_HEADLINE.finditer(text)))}
    for tag in ("h1", "title"):
        if tag in found:
            title = " ".join(_TAG.sub(" ", _ENTITY.sub(" ", found[tag])).split())
            if title:
                return title
    return None
