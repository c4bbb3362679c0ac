"""Markdown read as a reader sees it, one character for one.

Link targets, image sources, bare and angle-bracket URLs, code (fenced blocks
and inline spans) and the front matter are not text: they are blanked in a
view of the same length as the input, so every offset found in it indexes the
file as decoded. What a reader sees stays: a link's words and an image's
caption (its alt text). The front matter's title and date feed the document's
fields (pipeline), as a page's own metadata does.
"""
from __future__ import annotations

import regex

from ..rules import rxcache

_FRONT_MATTER = rxcache.compile(r"\A(?:\ufeff)?---[ \t]*\n(?P<body>(?:.*\n)*?)(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
_FENCE = rxcache.compile(r"^[ \t]*(```|~~~)[^\n]*\n.*?^[ \t]*\1[ \t]*$", regex.MULTILINE | regex.DOTALL)
# ![caption](source "title") and [words](target "title"): the caption and the words stay.
_IMAGE_OR_LINK = rxcache.compile(r"(?P<open>!?\[)(?P<words>[^\[\]\n]*)(?P<target>\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*"
                                 r"(?:[ \t]+\"[^\"\n]*\")?\))")
_REFERENCE = rxcache.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+[^\n]*$", regex.MULTILINE)
_URL = rxcache.compile(r"<(?:https?|ftp|mailto):[^>\s]+>|(?:https?|ftp)://[^\s<>\])）」，。]+|mailto:\S+")
_INLINE_CODE = rxcache.compile(r"(?<!`)(`+)(?!`)[^\n]+?(?<!`)\1(?!`)")
_SHAPE = rxcache.compile(r"!?\[[^\]\n]*\]\(|^#{1,6}[ \t]|^```|\A---[ \t]*\n", regex.MULTILINE)
_FIELD = rxcache.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", regex.MULTILINE)


def looks_like_markdown(text: str) -> bool:
    sample = text[:20000]
    # each shape of _SHAPE needs one of these: most texts are ruled out without a scan
    if "[" not in sample and "#" not in sample and "`" not in sample and not sample.startswith("---"):
        return False
    return bool(_SHAPE.search(sample))


def _blank(chunk: str) -> str:
    return "".join("\n" if c == "\n" else " " for c in chunk)


def _blank_link(match: regex.Match) -> str:
    return " " * len(match.group("open")) + match.group("words") + _blank(match.group("target"))


def mask_markdown(text: str) -> str:
    """A same-length view of `text` with Markdown's non-text blanked; `text` itself if it is not Markdown."""
    if not looks_like_markdown(text):
        return text
    view = _FRONT_MATTER.sub(lambda m: _blank(m.group()), text, count=1)
    view = _FENCE.sub(lambda m: _blank(m.group()), view)
    view = _IMAGE_OR_LINK.sub(_blank_link, view)
    view = _REFERENCE.sub(lambda m: _blank(m.group()), view)
    view = _URL.sub(lambda m: _blank(m.group()), view)
    view = _INLINE_CODE.sub(lambda m: _blank(m.group()), view)
    assert len(view) == len(text)
    return view


def front_matter(text: str) -> dict[str, str]:
    """The front matter's `key: value` lines (lower-cased keys, quotes taken off)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}
    return {m.group("key").lower(): m.group("value").strip("'\"") for m in _FIELD.finditer(match.group("body"))}
