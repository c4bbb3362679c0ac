"""Records and feeds: one document per JSON / JSON Lines / JS record or RSS / Atom entry.

Each record becomes a view of the whole file, of its length, in which only
that record's text fields are left (title first as written, then its text),
JSON escapes read as the character they stand for (`\\n` a newline, `\\u4e2d` 中,
padded with blanks) and any markup inside them blanked as in a page
(markup.blank_markup). Everything else — other records, ids, URLs, counters —
is blanks, so offsets still index the file as decoded and no fact comes from a
field nobody reads. The record's date field is returned as written for
`published_at`. Which fields are read is data: patterns/records.toml.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..rules import patterns, rxcache
from .markup import blank_markup, is_markup


class _RecordRules(patterns.Rules):
    title_keys: list[str]
    text_keys: list[str]
    date_keys: list[str]
    feed_entries: list[str]
    feed_text: list[str]
    feed_dates: list[str]


@lru_cache(maxsize=1)
def _rules() -> _RecordRules:
    return patterns.load("records", _RecordRules)


@dataclass
class Record:
    index: int  # 1-based, in file order
    view: str  # the whole file's length: this record's text fields, all else blank
    published: str | None  # the record's date as written
    title: str | None = None  # the record's headline, escapes read


_JS_HEAD = rxcache.compile(r"\A\s*(?:(?:module\.)?exports(?:\.\w+)?\s*=|export\s+default"
                           r"|(?:var|let|const)\s+[\w$]+\s*=)?\s*[\[{]")
_TOKEN = rxcache.compile(r'"(?:[^"\\\n]|\\.)*"|[{}\[\]:,]|true|false|null|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|\s+|;')
_ESCAPE = rxcache.compile(r"\\u([0-9a-fA-F]{4})(?:\\u([dD][c-fC-F][0-9a-fA-F]{2}))?|\\(.)", regex.DOTALL)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\n", "b": " ", "f": "\n", "/": "/", "\\": "\\", '"': '"'}


def read_records(text: str) -> list[Record] | None:
    """The records of a JSON / JSON Lines / JS or feed file; None when it is neither."""
    if _JS_HEAD.match(text):
        return _json_records(text)
    if is_markup(text):
        return _feed_records(text)
    return None


# --------------------------------------------------------------------------- JSON and JS

@dataclass
class _Node:
    start: int
    end: int
    kind: str  # "object", "array", "string" or "scalar"
    members: list[tuple[str | None, _Node]]


def _tokens(text: str, start: int) -> list[regex.Match] | None:
    found, position = [], start
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            return None
        if not match.group().isspace() and match.group() != ";":
            found.append(match)
        position = match.end()
    return found


def _parse(tokens: list[regex.Match], at: int) -> tuple[_Node, int]:
    """One value from tokens[at]; raises ValueError on anything but JSON."""
    token = tokens[at].group()
    if token not in "{[":
        if token in "}]:,":
            raise ValueError(token)
        kind = "string" if token.startswith('"') else "scalar"
        return _Node(tokens[at].start(), tokens[at].end(), kind, []), at + 1
    closing, members, at = "}" if token == "{" else "]", [], at + 1
    start = tokens[at - 1].start()
    while tokens[at].group() != closing:
        key = None
        if closing == "}":
            key = _unescaped(tokens[at].group()[1:-1]).lower()
            if tokens[at + 1].group() != ":":
                raise ValueError("no colon")
            at += 2
        child, at = _parse(tokens, at)
        members.append((key, child))
        if tokens[at].group() == ",":
            at += 1
    return _Node(start, tokens[at].end(), "object" if closing == "}" else "array", members), at + 1


def _json_records(text: str) -> list[Record] | None:
    head = _JS_HEAD.match(text)
    tokens = _tokens(text, head.end() - 1)
    if not tokens:
        return None
    roots, at = [], 0
    try:
        while at < len(tokens):
            node, at = _parse(tokens, at)
            roots.append(node)
    except (ValueError, IndexError):
        return None
    keys = set(_rules().title_keys) | set(_rules().text_keys)
    objects = [node for root in roots for node in _record_objects(root, keys)]
    records = []
    for index, node in enumerate(objects, 1):
        view = [" "] * len(text)
        for string in _text_strings(node, keys):
            _copy_string(text, string, view)
        records.append(Record(index, blank_markup("".join(view)), _json_field(text, node, _rules().date_keys),
                              _json_field(text, node, _rules().title_keys)))
    return records or None


def _record_objects(node: _Node, keys: set[str]) -> list[_Node]:
    """The outermost objects that hold a title or text field themselves."""
    if node.kind == "object" and any(key in keys and child.kind in ("string", "array") for key, child in node.members):
        return [node]
    return [found for _, child in node.members for found in _record_objects(child, keys)]


def _text_strings(node: _Node, keys: set[str], wanted: bool = False) -> list[_Node]:
    if node.kind == "string":
        return [node] if wanted else []
    return [s for key, child in node.members
            for s in _text_strings(child, keys, key in keys if key is not None else wanted)]


def _json_field(text: str, node: _Node, keys: list[str]) -> str | None:
    """The record's own string under the first of `keys` it has, escapes read."""
    members = {key: child for key, child in node.members if child.kind == "string"}
    for key in keys:
        if key in members:
            return _unescaped(text[members[key].start + 1:members[key].end - 1])
    return None


def _unescaped(raw: str) -> str:
    return _ESCAPE.sub(lambda m: _escaped_char(m)[0], raw)


def _escaped_char(match: regex.Match) -> str:
    """The character an escape stands for, padded to the escape's length."""
    if match.group(3) is not None:
        char = _SIMPLE_ESCAPES.get(match.group(3), match.group(3))
    elif match.group(2):
        high, low = int(match.group(1), 16), int(match.group(2), 16)
        char = chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    else:
        char = chr(int(match.group(1), 16))
        if not char.isprintable() and char not in "\n\t" or 0xD800 <= ord(char) < 0xE000:
            char = " "
    return char + " " * (len(match.group()) - 1)


def _copy_string(text: str, node: _Node, view: list[str]) -> None:
    """A string's characters into the view, escapes read, its quotes as line ends."""
    inner = _ESCAPE.sub(_escaped_char, text[node.start + 1:node.end - 1])
    view[node.start] = "\n"
    view[node.start + 1:node.end - 1] = inner
    view[node.end - 1] = "\n"


# --------------------------------------------------------------------------- feeds

@lru_cache(maxsize=1)
def _feed_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    rules = _rules()

    def element(names: list[str]) -> regex.Pattern[str]:
        alternation = "|".join(regex.escape(name) for name in names)
        return rxcache.compile(rf"<(?P<tag>{alternation})\b[^>]*>(?P<inner>.*?)</(?P=tag)\s*>",
                               regex.IGNORECASE | regex.DOTALL)

    return element(rules.feed_entries), element(rules.feed_text), element(rules.feed_dates)


def _feed_records(text: str) -> list[Record] | None:
    if regex.search(r"<(?:html|body)\b", text[:5000], regex.IGNORECASE):
        return None
    entry = _feed_patterns()[0]
    return [_feed_record(text, index, found) for index, found in enumerate(entry.finditer(text), 1)] or None


def _feed_record(text: str, index: int, found: regex.Match) -> Record:
    _, field, dated = _feed_patterns()
    view = [" "] * len(text)
    title = None
    for text_field in field.finditer(text, *found.span("inner")):
        start, end = text_field.span("inner")
        view[start - 1] = "\n"
        view[start:end] = text[start:end]
        view[end] = "\n"
        if title is None and text_field.group("tag").lower() == "title":
            title = " ".join(blank_markup(text_field.group("inner")).split()) or None
    dates = {m.group("tag").lower(): m.group("inner") for m in dated.finditer(text, *found.span("inner"))}
    published = next((dates[name] for name in _rules().feed_dates if dates.get(name)), None)
    return Record(index, blank_markup("".join(view)), published, title)
