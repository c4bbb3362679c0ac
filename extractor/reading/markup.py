"""Markup masking: read HTML and XML inputs without losing the offset contract.

Tags, comments and scripts are overwritten with spaces (a block tag with a
newline), an entity with the character it names and spaces, one character for
one character, so every offset found in the masked view is an offset into the
decoded input; an inline tag inside a sentence is only spaces, which the rules
read through (4000.5<span>亿元</span>): facts are grounded in
the file as it is, and nothing is taken from inside the markup.
"""
from __future__ import annotations

import html

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


def _entity(match: regex.Match) -> str:
    """An entity reads as the character it names (&nbsp; a space, &amp; an ampersand), padded."""
    chunk = match.group()
    char = html.unescape(chunk)
    if len(char) != 1 or char == chunk or not char.isprintable() and char not in "\n\t":
        char = " "
    return char + " " * (len(chunk) - 1)


def mask_markup(text: str) -> str:
    """A same-length view of `text` with markup blanked; `text` itself if it is not markup."""
    if not is_markup(text):
        return text
    return blank_markup(text)


def blank_markup(text: str) -> str:
    """`text` with its tags, hidden elements and entities blanked 1:1, whatever it looks like."""
    view = _HIDDEN.sub(_blank, text)
    view = _TAG.sub(_blank, view)
    view = _ENTITY.sub(_entity, view)
    assert len(view) == len(text)
    return view
