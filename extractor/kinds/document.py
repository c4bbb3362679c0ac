"""Document metadata: headline, publication date, outlet, dateline, bylines.

The vocabularies (role words, credit shapes, date formats) live in
patterns/document.toml; this module only decides where to look. Matching runs
on the folded text (1:1 with the input), so full-width digits and colons need
no separate rules.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..doc.body import Body
from ..output.models import DocumentInfo
from ..reading.textnorm import fold
from ..rules import patterns, rxcache
from .bylines import bylines


class _Strict(patterns.Rules):
    pass


class _Title(_Strict):
    open_words: list[str]
    genre_endings: list[str]
    dangling_endings: list[str]
    max_second_line: int
    strip: str


class _Published(_Strict):
    labelled: list[str]
    bare_line: str
    foot_lines: int
    issuer_endings: list[str]
    issuer_max_chars: int


class _Outlet(_Strict):
    source_line: str
    credits: list[str]
    reprint: str
    production: str
    not_outlets: list[str]


class _Dateline(_Strict):
    agency_credit: str
    credit: str
    credit_window: int
    prefixes: list[str]
    opening: str


class _Bylines(_Strict):
    roles: dict[str, str]
    role_boundary: str
    label_marks: str
    not_roles: list[str]
    separators: str
    not_names: list[str]
    photo: str
    closing_bracket: str
    dateline_bracket: str
    reported: str
    set_off: str
    open_brackets: str
    colon_only: list[str]


class _DocumentRules(_Strict):
    fragments: dict[str, str]
    title: _Title
    published: _Published
    outlet: _Outlet
    dateline: _Dateline
    bylines: _Bylines




@dataclass(frozen=True)
class _Compiled:
    rules: _DocumentRules
    labelled: list[regex.Pattern[str]]
    bare_line: regex.Pattern[str]
    source_line: regex.Pattern[str]
    credits: list[regex.Pattern[str]]
    reprint: regex.Pattern[str]
    production: regex.Pattern[str]
    agency_credit: regex.Pattern[str]
    credit: regex.Pattern[str]
    prefixes: list[regex.Pattern[str]]
    opening: regex.Pattern[str]
    role_label: regex.Pattern[str]
    separators: regex.Pattern[str]
    set_off: regex.Pattern[str]
    photo: regex.Pattern[str]
    closing_bracket: regex.Pattern[str]
    dateline_bracket: regex.Pattern[str]
    reported: regex.Pattern[str]
    title_strip: regex.Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> _Compiled:
    rules = patterns.load("document", _DocumentRules)
    frag = rules.fragments

    def rx(template: str, flags: int = 0) -> regex.Pattern[str]:
        return rxcache.compile(patterns.expand(template, frag), flags | regex.VERSION0)

    by = rules.bylines
    # A role label: role words (longest first), then a colon or a space before
    # the name; credits we must skip (策划, 海报…) are matched too so they end a run.
    label_words = patterns.alternation(list(by.roles) + by.not_roles)
    role_label = rx(f"{by.role_boundary}(?P<role>{label_words})(?P<colon>\\s*[{regex.escape(by.label_marks)}])?",
                    regex.MULTILINE)
    return _Compiled(
        rules=rules,
        labelled=[rx(p) for p in rules.published.labelled],
        bare_line=rx(rules.published.bare_line),
        source_line=rx(rules.outlet.source_line),
        credits=[rx(p, regex.MULTILINE) for p in rules.outlet.credits],
        reprint=rx(rules.outlet.reprint),
        production=rx(rules.outlet.production),
        agency_credit=rx(rules.dateline.agency_credit),
        credit=rx(rules.dateline.credit),
        prefixes=[rx(p) for p in rules.dateline.prefixes],
        opening=rx(rules.dateline.opening),
        role_label=role_label,
        separators=rxcache.compile(by.separators),
        set_off=rxcache.compile(by.set_off),
        photo=rx(by.photo, regex.MULTILINE),
        closing_bracket=rx(by.closing_bracket, regex.MULTILINE),
        dateline_bracket=rx(by.dateline_bracket), reported=rx(by.reported),
        title_strip=rxcache.compile(rules.title.strip),
    )


# ---------------------------------------------------------------- lines

@dataclass(frozen=True)
class _Line:
    start: int
    text: str  # folded, stripped of surrounding whitespace

    @property
    def is_content(self) -> bool:
        """A paragraph of prose rather than a heading, a date or page chrome."""
        return len(self.text) >= 20 and _PROSE_MARK.search(self.text) is not None


_PROSE_MARK = rxcache.compile(r"[，。,；！？]")
_LINE = rxcache.compile(r"[^\n\r]+")


def _lines(folded: str, start: int, end: int) -> list[_Line]:
    out = []
    for match in _LINE.finditer(folded[start:end]):
        stripped = match.group().strip()
        if stripped:
            out.append(_Line(start + match.start(), stripped))
    return out


# ---------------------------------------------------------------- title

_HEADLINE_TEXT = rxcache.compile(r"\p{Han}{2}")


def _title(lines: list[_Line]) -> str | None:
    if not lines:
        return None
    first = lines[0].text
    if len(lines) > 1 and _wraps(first, lines[1].text):
        return first + lines[1].text
    return first


def _wraps(first: str, second: str) -> bool:
    """Does the headline visibly continue on the second line?"""
    rules = _rules().rules.title
    # a repeated headline, a paragraph, a date or a labelled field (来源: …) is no continuation
    if (second == first or len(second) > rules.max_second_line or ":" in second
            or _rules().bare_line.match(second)):
        return False
    if any(first.endswith(w) for w in rules.dangling_endings):
        return True
    opens = any(w in first for w in rules.open_words)
    return (opens and not any(first.endswith(g) for g in rules.genre_endings)
            and any(second.endswith(g) for g in rules.genre_endings))


# ---------------------------------------------------------------- dates

def _iso(match: regex.Match[str]) -> str:
    """ISO 8601 as precise as printed: date, or date and time."""
    y, m, d = match.group("y"), int(match.group("m")), int(match.group("d"))
    out = f"{y}-{m:02d}-{d:02d}"
    if match.groupdict().get("H"):
        out += f"T{int(match.group('H')):02d}:{match.group('M')}"
        if match.group("S"):
            out += f":{match.group('S')}"
    return out


@lru_cache(maxsize=1)
def _any_date() -> regex.Pattern[str]:
    return rxcache.compile(patterns.expand("{datetime}", _rules().rules.fragments), regex.VERSION0)


def date_in(value: str) -> str | None:
    """The first date (and time) written in a metadata value, in ISO 8601: 2018年11月28日,
    2024-01-05T09:30:00+08:00, <pubDate> dates of feeds are read by the caller."""
    match = _any_date().search(fold(value))
    return _iso(match) if match else None


def _published_at(head: list[_Line], body_lines: list[_Line]) -> str | None:
    compiled = _rules()
    for line in head:
        for pattern in compiled.labelled:
            match = pattern.search(line.text)
            if match:
                return _iso(match)
        match = compiled.bare_line.match(line.text)
        if match:
            return _iso(match)
    # a notice is dated at its foot, under the issuing body's name
    published = compiled.rules.published
    for line in reversed(body_lines[-published.foot_lines:]):
        match = compiled.bare_line.match(line.text)
        if match:
            return _iso(match)
    for above, line in zip(body_lines, body_lines[1:], strict=False):
        issuer = above.text.strip()
        if (len(issuer) <= published.issuer_max_chars and issuer.endswith(tuple(published.issuer_endings))
                and not any(p in issuer for p in "，。：:；")):
            match = compiled.bare_line.match(line.text)
            if match:
                return _iso(match)
    return None


def _dateline(first_paragraph: _Line | None, published_at: str | None) -> str | None:
    if first_paragraph is None:
        return None
    compiled = _rules()
    text = first_paragraph.text
    # the credit carries the date: 新华社北京11月14日电, 中国山东网11月28日讯
    match = compiled.agency_credit.search(text) or compiled.credit.search(
        text[:compiled.rules.dateline.credit_window])
    if match:
        return _with_year(None, int(match.group("m")), int(match.group("d")), published_at)
    for prefix in compiled.prefixes:  # 本报讯, 央视网消息（新闻联播）：, （记者…）
        found = prefix.match(text)
        if found:
            text = text[found.end():]
    match = compiled.opening.match(text)
    if not match:
        return None
    return _with_year(match.group("y"), int(match.group("m")), int(match.group("d")), published_at)


def _with_year(year: str | None, month: int, day: int, published_at: str | None) -> str | None:
    year = year or (published_at[:4] if published_at else None)
    return f"{year}-{month:02d}-{day:02d}" if year else None


# ---------------------------------------------------------------- outlet

def _outlet(folded: str, body: Body, first_paragraph: _Line | None) -> str | None:
    """来源 line, else opening credit, else 本文转自 X, else a closing 出品 credit."""
    compiled = _rules()
    skip = compiled.rules.outlet.not_outlets
    body_text = folded[:body.end]

    def first(pattern: regex.Pattern[str], text: str) -> str | None:
        for match in pattern.finditer(text):
            name = match.group("outlet").strip(" -—:")
            if name and not any(s in name for s in skip):  # 本报讯 names no outlet
                return name
        return None

    found = first(compiled.source_line, body_text)
    if found is None and first_paragraph is not None:
        opening = first_paragraph.text[:160]
        found = next(filter(None, (first(p, opening) for p in compiled.credits)), None)
    # the credits block after the body still names the producer (新华社国内部出品)
    return found or first(compiled.reprint, body_text) or first(compiled.production, folded)


# ---------------------------------------------------------------- entry

def extract_document(text: str, body: Body, folded: str | None = None) -> DocumentInfo:
    """Headline, publication date, outlet, dateline and bylines (text: the view rules read)."""
    folded = fold(text) if folded is None else folded
    body_lines = _lines(folded, body.start, body.end)
    if not body_lines:
        return DocumentInfo()
    # A scraped record may open with a URL or a brace: the headline is the first
    # line with words in it.
    lead = next((i for i, line in enumerate(body_lines[:5]) if _HEADLINE_TEXT.search(line.text)), 0)
    title = _title(body_lines[lead:])
    # the header: the lines before the first paragraph of prose
    first_index = next((i for i, line in enumerate(body_lines) if i > 0 and line.is_content), None)
    head = body_lines[1:first_index] if first_index is not None else body_lines[1:8]
    first_paragraph = body_lines[first_index] if first_index is not None else None
    published_at = _published_at(head, body_lines)
    return DocumentInfo(
        title=_original(text, folded, body_lines[lead], title),
        published_at=published_at,
        outlet=_outlet(folded, body, first_paragraph),
        dateline=_dateline(first_paragraph, published_at),
        bylines=bylines(folded, _rules()),
    )


def _original(text: str, folded: str, first: _Line, title: str | None) -> str | None:
    """The title as written (not folded): same offsets, original characters."""
    if title is None:
        return None
    start = folded.index(first.text, first.start)
    title = _original_pieces(text, folded, first, title, start)
    return _rules().title_strip.sub("", title)


def _original_pieces(text: str, folded: str, first: _Line, title: str, start: int) -> str:
    if title == first.text:
        return text[start:start + len(title)]
    # joined across a line break: take each piece from the original
    second_start = folded.index(title[len(first.text):], start + len(first.text))
    return text[start:start + len(first.text)] + text[second_start:second_start + len(title) - len(first.text)]
