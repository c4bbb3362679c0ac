"""Named people and the posts they hold (SPEC.md, "officials").

A name is a surname (patterns/surnames.toml) and a one- or two-character given
name; a minority name is parts joined by ·. A candidate becomes a person only on
evidence: a descriptor ending in a post right before it (区城市管理局绿化管理科
负责人孙伟), a post right after it (李邑飞书记), a line of a personnel table, an
appointment notice, 同志, a clause it opens with a verb only people do, or a
、-list it shares with such names. What may follow a name (patterns/officials.toml
`follow`) decides how long it is. Every other occurrence of an accepted name
is a mention. Matching runs on the folded text, whose offsets are the input's.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..doc import Doc
from ..doc.body import Body
from ..output.models import Official
from ..reading.textnorm import fold
from ..rules import patterns, rxcache
from .base import Candidate


class Surnames(patterns.Rules):
    """patterns/surnames.toml. Names in running text start only with `single` or
    `compound` surnames (`weak` ones need stronger evidence); after a byline
    label a name is certain, so every list counts there (`all`)."""
    compound: list[str]
    single: list[str]
    weak: list[str]
    rare: list[str]
    traditional: list[str]
    compound_rare: list[str]

    def all(self) -> frozenset[str]:
        return frozenset(self.single + self.weak + self.rare + self.traditional + self.compound
                         + self.compound_rare)


class _Rules(patterns.Rules):
    posts: list[str]
    whole_posts: list[str]
    post_prefixes: list[str]
    former_markers: list[str]
    org_suffixes: list[str]
    org_words: list[str]
    org_stop_chars: str
    lead_particles: str
    org_stop_words: list[str]
    follow: list[str]
    posts_after: list[str]
    person_verbs: list[str]
    list_follow: list[str]
    byline_markers: list[str]
    nonname_chars: str
    stop_names: list[str]
    partial_given: list[str]


class _ForeignRules(patterns.Rules):
    countries: list[str]
    posts: list[str]
    name_chars: str


# Title-before evidence looks back at most this far for the descriptor.
_LOOKBACK = 70
_MAX_POST = 30  # longer than any post with its prefixes (原党组副书记、常务副…)
_MAX_GIVEN = 2
_OPENERS = "\n。，；！？：”“ \t、"
_HAN = rxcache.compile(r"\p{Han}+")
_MINORITY_AT = rxcache.compile(r"\p{Han}{1,6}(?:·\p{Han}{1,8})+")
_COMRADE = rxcache.compile(r"同志|等[0-9一二三四五六七八九十百]+[名位]")
_CLAUSE = rxcache.compile(r"[^，。；\n]{2,40}(?=[，。；])")
_PHOTO = rxcache.compile(r"[ 　]*摄")
_PADDED = rxcache.compile(r"\p{Han}[ \t]{2,}\p{Han}")  # a table row pads a name from its post
# Single characters of `follow` that could also end a three-character name;
# when both readings fit, such a character belongs to what follows (林钹|说).
_FUNCTION_CHARS = set("在到赴率带说讲笑称和与及向对为是也就还则将都均又同曾已正所的了作答问道致等一")


@dataclass(frozen=True)
class _Grammar:
    rules: _Rules
    compound: frozenset[str]
    single: frozenset[str]
    weak: frozenset[str]
    stop_names: frozenset[str]
    stop_prefixes: frozenset[str]       # proper prefixes of stop names
    org_endings: tuple[str, ...]        # organisation suffixes
    former: tuple[str, ...]
    post: regex.Pattern[str]          # a post word with its prefixes
    descriptor: regex.Pattern[str]    # descriptor ending at endpos, from a boundary
    org_before: regex.Pattern[str]    # an organisation ending at endpos, from a boundary
    segment: regex.Pattern[str]       # one 、-separated piece of a descriptor
    after_name: regex.Pattern[str]    # `follow` or a post written after a name
    post_after: regex.Pattern[str]
    surname: regex.Pattern[str]
    person_verb: regex.Pattern[str]
    list_follow: regex.Pattern[str]
    opener: regex.Pattern[str]        # what may stand right before a bare name
    openers: frozenset[str]             # single characters of `opener`
    stop_words: tuple[str, ...]
    byline_before: regex.Pattern[str]
    surname_alt: str
    partial_given: tuple[str, ...]
    surname_firsts: frozenset[str]
    stop_word_ends: frozenset[str]
    post_ending_at: regex.Pattern[str]
    after_post_char: regex.Pattern[str]
    after_opener_char: regex.Pattern[str]
    fragments: dict
    minority: regex.Pattern[str]
    minority_cut: regex.Pattern[str]


def _fragments(rules: _Rules) -> dict[str, str]:
    stop_chars = regex.escape(rules.org_stop_chars)
    return {
        "post_word": patterns.alternation(rules.posts),
        "whole_post": patterns.alternation(rules.whole_posts),
        "prefix": patterns.alternation(rules.post_prefixes),
        "former": patterns.alternation(rules.former_markers),
        "suffix": patterns.alternation(rules.org_suffixes + rules.org_words),
        "stop_word": patterns.alternation(rules.org_stop_words),
        "post_core": r"(?:{prefix}){0,2}(?:{post_word})",
        "former_post": r"{former}(?:党委|党组)?{post_core}",
        "post": r"(?:{whole_post})|(?:{former}(?:党委|党组)?)?{post_core}",
        # A character inside an organisation name; 原/前 before a post start the post.
        "orgchar": r"(?:(?!{stop_word}|{former_post})[\p{Han}0-9A-Za-z（）()·&&[^" + stop_chars + r"]])",
        "loosechar": r"(?:(?!{former_post})[^、，。；\s])",
        # 江阴市长: a two-character place contracted before 市长/县长.
        "org": r"{orgchar}{0,30}(?:{suffix})|{orgchar}{2}(?=[市县]长)",
        "loose_org": r"{loosechar}{0,40}(?:{suffix})|\p{Han}{2}(?=[市县]长)",
        # Words between an organisation and its post (生鲜采购经理, 优秀党员教师代表).
        "qual": r"{orgchar}{1,8}?",
        "segment": r"(?:{org})?(?:{qual})?{post}",
        "left": r"(?:(?<![\p{Han}0-9A-Za-z（）()])|(?<=[" + stop_chars + r"])|(?<={stop_word}))",
    }


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    rules = patterns.load("officials", _Rules)
    names = patterns.load("surnames", Surnames)
    frag = _fragments(rules)

    def compile_(template: str, flags: int = 0) -> regex.Pattern[str]:
        return rxcache.compile(patterns.expand(template, frag), flags | regex.V1)

    surname = patterns.alternation(names.compound + names.single)
    surname_firsts = frozenset(names.single) | frozenset(c[0] for c in names.compound)
    follow = patterns.alternation([w for w in rules.follow if w != "[0-9]"])
    after = patterns.alternation(rules.posts_after)
    verbs = patterns.alternation(rules.person_verbs)
    return _Grammar(
        rules=rules,
        compound=frozenset(names.compound),
        single=frozenset(names.single),
        weak=frozenset(names.weak),
        stop_names=frozenset(rules.stop_names),
        stop_prefixes=frozenset(w[:n] for w in rules.stop_names for n in range(2, len(w))),
        org_endings=tuple(rules.org_suffixes),
        former=tuple(rules.former_markers),
        post=compile_(r"{post}"),
        post_ending_at=compile_(r"{post}", regex.REVERSE),
        # every post ends with the last character of a post word: a cheap test first
        after_post_char=_char_after(frozenset(w[-1] for w in rules.posts + rules.whole_posts), surname_firsts),
        after_opener_char=_char_after(frozenset(_OPENERS + rules.org_stop_chars)
                                      | frozenset(w[-1] for w in rules.org_stop_words), surname_firsts),
        # Matched right to left from the post: a search ending at a fixed point
        # would otherwise try every start position in the look-back window.
        descriptor=compile_(r"{left}{segment}(?:、{segment})*$", regex.REVERSE),
        org_before=compile_(r"{left}{org}$"),
        segment=compile_(r"^(?:(?P<org>{loose_org})(?:{loosechar}{1,10}?)?)?{post}$|^(?P<org>{loose_org})$"),
        after_name=rxcache.compile(r"(?:" + follow + "|" + after + r"|[0-9])"),
        post_after=rxcache.compile(after),
        # A character class for single surnames: far faster than a 400-way alternation.
        surname=rxcache.compile(patterns.alternation(names.compound) + "|[" + "".join(names.single) + "]"),
        partial_given=tuple(rules.partial_given),
        surname_firsts=surname_firsts,
        person_verb=rxcache.compile(verbs),
        list_follow=rxcache.compile(patterns.alternation(rules.list_follow)),
        openers=frozenset(_OPENERS + rules.org_stop_chars),
        stop_words=tuple(rules.org_stop_words),
        stop_word_ends=frozenset(w[-1] for w in rules.org_stop_words),
        opener=compile_(r"(?:^|[\n。，；！？：”“ \t、" + regex.escape(rules.org_stop_chars) + r"]|{stop_word})$"),
        byline_before=rxcache.compile(r"(?:" + patterns.alternation(rules.byline_markers) + r")[ 　]*\Z"),
        surname_alt=surname,
        fragments=frag,
        minority=rxcache.compile(r"\p{Han}{1,10}(?:·\p{Han}{1,8})+", regex.V1),
        minority_cut=rxcache.compile(r"[^\p{Han}]|" + verbs + "|" + after + "|等|主持|出席|参加|分别"),
    )


def _char_after(before: frozenset[str], chars: frozenset[str]) -> re.Pattern[str]:
    """A character of `chars` right after one of `before`: one whole-text scan
    instead of a Python loop over every character. Plain character classes, so
    the standard `re` engine, ten times faster than `regex` at this."""
    def cls(cs: frozenset[str]) -> str:
        return "[" + "".join(re.escape(c) for c in sorted(cs)) + "]"
    return re.compile(f"(?<={cls(before)}){cls(chars)}")


# --------------------------------------------------------------------------
# Name candidates


def _surname_len(folded: str, pos: int, g: _Grammar) -> int:
    if folded[pos:pos + 2] in g.compound:
        return 2
    return 1 if folded[pos:pos + 1] in g.single else 0


def _plausible(name: str, surname_len: int, g: _Grammar) -> bool:
    """A surname and a given name, none of it a word of ordinary prose."""
    given = name[surname_len:]
    if not surname_len or not given or not _HAN.fullmatch(given):
        return False
    if any(ch in g.rules.nonname_chars for ch in given) or name.endswith(g.org_endings):
        return False
    if name in g.stop_names or name in g.stop_prefixes:
        return False
    if given.startswith(g.partial_given):
        return False
    return not (len(given) == 1 and given == name[0])


def plausible_name(name: str) -> bool:
    """Could `name` (whole) be a person's full name? Surname, given name, no
    ordinary-prose characters, not a partial name or a stop word."""
    g = _grammar()
    return _plausible(name, _surname_len(name, 0, g), g) and name[0] not in g.weak


def _lengths(folded: str, pos: int, g: _Grammar) -> tuple[int, ...]:
    """Plausible name lengths starting at `pos`, longest first."""
    return _lengths_at(folded, pos)


@lru_cache(maxsize=4096)
def _lengths_at(folded: str, pos: int) -> tuple[int, ...]:
    # cached: several rules ask about the same position of the same document
    g = _grammar()
    slen = _surname_len(folded, pos, g)
    out = []
    for given in range(_MAX_GIVEN, 0, -1) if slen else ():
        name = folded[pos:pos + slen + given]
        if len(name) == slen + given and _plausible(name, slen, g):
            out.append(slen + given)
    return tuple(out)


def _name_end(folded: str, pos: int, limit: int, g: _Grammar,
              after: regex.Pattern[str] | None = None) -> int | None:
    """Where the name starting at `pos` ends: the reading that `after` (by
    default `follow` or a post) accepts; a function character goes with what
    follows. Part of a minority name (·) is no name of its own."""
    if pos > 0 and folded[pos - 1] == "·":
        return None
    lengths = _lengths(folded, pos, g)
    if not lengths:
        return None  # most positions: no plausible name starts here
    return _name_end_at(folded, pos, limit, after or g.after_name)


@lru_cache(maxsize=4096)
def _name_end_at(folded: str, pos: int, limit: int, after: regex.Pattern[str]) -> int | None:
    # cached: the post, bare-name and list rules ask about the same places
    fits = [n for n in _lengths_at(folded, pos)
            if pos + n <= limit and after.match(folded, pos + n, limit) and folded[pos + n:pos + n + 1] != "·"]
    if len(fits) > 1 and folded[pos + min(fits)] in _FUNCTION_CHARS:
        return pos + min(fits)
    return pos + fits[0] if fits else None


def _minority_end(folded: str, start: int, limit: int, g: _Grammar) -> int | None:
    """End of a ·-joined name starting at `start`, before the verb or post after it."""
    match = _MINORITY_AT.match(folded, start, limit)
    if not match:
        return None
    end = match.end()
    last = folded.rindex("·", start, end) + 1
    cut = g.minority_cut.search(folded, last + 1, end)
    return cut.start() if cut else end


# --------------------------------------------------------------------------
# Descriptors


def _segment_org(segment: str, g: _Grammar) -> str | None:
    match = g.segment.match(segment)
    return match.group("org") if match else None


def _organization(title: str, g: _Grammar) -> str | None:
    """The organisation the descriptor names: that of its first piece naming one."""
    for piece in title.split("、"):
        org = _segment_org(piece, g)
        if org and org.startswith(g.former):
            org = org[1:]  # 原省委常委: the unit is 省委
        if org:
            return org
    return None


def _descriptor_before(folded: str, end: int, body: Body, g: _Grammar) -> tuple[int, int] | None:
    """Span of the descriptor ending at `end`, from the nearest clause boundary."""
    lo = max(body.start, end - _LOOKBACK)
    match = g.descriptor.search(folded, lo, end)
    if match is None:
        return None
    start = match.start()
    if folded[start] in g.rules.lead_particles and end - start > 3:
        start += 1
    return start, end


# --------------------------------------------------------------------------
# Evidence


@dataclass
class _Found:
    name: str
    start: int
    end: int
    title: tuple[int, int] | None = None  # span of the descriptor
    shared: bool = False  # title of a list this name was enumerated in
    org: str | None = None  # organisation stated apart from the descriptor


@dataclass
class _Person:
    name: str
    title: tuple[int, int] | None = None
    shared: bool = True
    org: str | None = None
    written: set[str] = field(default_factory=set)


def _range_org(folded: str, start: int, body: Body, g: _Grammar) -> str | None:
    """其外经贸科从科长王岩，到…: the unit named before 从 is the post's organisation."""
    if start <= body.start or folded[start - 1] != "从":
        return None
    match = g.org_before.search(folded, max(body.start, start - 1 - _LOOKBACK), start - 1)
    return match.group(0) if match else None


def _inside_org(folded: str, pos: int, body: Body, g: _Grammar) -> bool:
    """华为公司轮值董事长: 司 closes 公司 here, it does not open a name."""
    return pos > body.start and folded[pos - 1:pos + 1] in g.org_endings


def _weak_short(name: str, g: _Grammar) -> bool:
    """总书记鲜明提出: a weak surname with one given character needs an organisation."""
    return len(name) == 2 and name[0] in g.weak


def _titled(folded: str, body: Body, g: _Grammar) -> Iterator[_Found]:
    """POST NAME and ORG+POST NAME, with the whole descriptor as title; then
    bare names listed after it with 、 share that title."""
    # A name starts where a post ends: test each surname position with the post
    # rule run right to left from it, instead of scanning for every post.
    rev = g.post_ending_at
    for start in g.after_post_char.finditer(folded, body.start, body.end):
        pos = start.start()
        if not rev.match(folded, max(body.start, pos - _MAX_POST), pos):
            continue
        end = _name_end(folded, pos, body.end, g)
        if end is None:
            continue
        title = _descriptor_before(folded, pos, body, g)
        if title is None or (_weak_short(folded[pos:end], g) and not _organization(folded[title[0]:title[1]], g)):
            continue
        # The head of a 、-list shares its descriptor with the names after it.
        heads = end < body.end and folded[end] == "、" and _name_end(folded, end + 1, body.end, g) is not None
        yield _Found(folded[pos:end], pos, end, title, shared=heads, org=_range_org(folded, title[0], body, g))
        yield from _listed_after(folded, end, body, g, title)


def _listed_after(folded: str, pos: int, body: Body, g: _Grammar,
                  title: tuple[int, int] | None) -> Iterator[_Found]:
    while pos < body.end and folded[pos] == "、":
        start = pos + 1
        end = _name_end(folded, start, body.end, g) or _minority_end(folded, start, body.end, g)
        if end is None or g.post.match(folded, end):
            return
        yield _Found(folded[start:end], start, end, title, shared=True)
        pos = end


@dataclass(frozen=True)
class _ForeignGrammar:
    post_name: regex.Pattern[str]  # a foreign post and the transliterated name after it
    post: regex.Pattern[str]       # a foreign post alone (a name may stand before it)
    country: regex.Pattern[str]    # a country ending at a position (matched right to left)
    countries: frozenset[str]
    name_chars: frozenset[str]


@lru_cache(maxsize=1)
def _foreign_grammar() -> _ForeignGrammar:
    """The post is searched first and the country read right to left from it: a
    200-name alternation scanned over every position of the text costs more."""
    rules = patterns.load("officials_foreign", _ForeignRules)
    chars = frozenset(regex.sub(r"\s", "", rules.name_chars))
    cls = "".join(sorted(chars))
    posts = patterns.alternation(rules.posts)
    return _ForeignGrammar(
        post_name=rxcache.compile(f"(?:{posts})(?P<name>[{cls}]{{2,8}}(?:·[{cls}]{{1,8}})*)"),
        post=rxcache.compile(posts),
        country=rxcache.compile(patterns.alternation(rules.countries), regex.REVERSE),
        countries=frozenset(rules.countries),
        name_chars=chars,
    )


_BEFORE_FOREIGN_NAME = frozenset("同与和及、，。：“\n")


def _foreign(folded: str, body: Body, g: _Grammar) -> Iterator[_Found]:
    """赞比亚总统希奇莱马: a transliterated name right after a country and its post,
    ending where a follow word, a list mark or punctuation does."""
    fg = _foreign_grammar()
    for m in fg.post_name.finditer(folded, body.start, body.end):
        org = fg.country.match(folded, max(body.start, m.start() - 12), m.start())
        if org is None:
            continue
        end = m.end("name")
        # the name may have run into a follow word made of name characters (…马会见)
        while end - m.start("name") >= 2 and not _foreign_end(folded, end, body.end, g):
            end -= 1
        if end - m.start("name") >= 2 and _foreign_end(folded, end, body.end, g):
            yield _Found(folded[m.start("name"):end], m.start("name"), end, (org.start(), m.start("name")),
                         org=org.group())


def _foreign_before_post(folded: str, body: Body) -> Iterator[_Found]:
    """同特朗普总统4次通话: a transliterated name right before a foreign post, after a
    list mark, a conjunction or punctuation (never a country: 同伊朗总统)."""
    fg = _foreign_grammar()
    for m in fg.post.finditer(folded, body.start, body.end):
        start = m.start()
        while start > body.start and m.start() - start < 8 and folded[start - 1] in fg.name_chars:
            start -= 1
        name = folded[start:m.start()]
        if (len(name) >= 2 and name not in fg.countries
                and (start == body.start or folded[start - 1] in _BEFORE_FOREIGN_NAME)):
            yield _Found(name, start, m.start(), m.span())


def _foreign_end(folded: str, end: int, limit: int, g: _Grammar) -> bool:
    return (end >= limit or folded[end] in "、，。；：！？“”（）() \n和与及"
            or bool(g.after_name.match(folded, end, limit)))


def _posts_after(folded: str, body: Body, g: _Grammar) -> Iterator[_Found]:
    """NAME POST: 李邑飞书记, 刘永坦院士, 习近平总书记."""
    taken = -1
    for post in g.post_after.finditer(folded, body.start, body.end, overlapped=True):
        for pos in range(max(body.start, taken, post.start() - 4), post.start() - 1):
            end = _name_end(folded, pos, body.end, g, after=g.post_after)
            if end != post.start() or _weak_short(folded[pos:end], g) or _inside_org(folded, pos, body, g):
                continue
            yield _Found(folded[pos:end], pos, end, g.post_after.match(folded, end).span())
            taken = end
            break


# The table and appointment rules are compiled only for texts that can hold them.
_APPOINTMENT_WORDS = ("任命", "聘任", "聘请", "提名", "推选", "选举", "免去")


@lru_cache(maxsize=1)
def _table_line() -> regex.Pattern[str]:
    g = _grammar()
    return rxcache.compile(patterns.expand(
        r"^[ \t]*(?:[\p{Han} ]{1,6}[：:][ \t]*)?"
        r"(?P<name>(?:" + g.surname_alt + r")(?:[ ]{1,3}\p{Han}|\p{Han}{1,2}))"
        r"[ \t]{2,}(?P<desc>[^\n]{2,60}?)[ \t]*$", g.fragments), regex.MULTILINE | regex.V1)


@lru_cache(maxsize=1)
def _appointment() -> regex.Pattern[str]:
    g = _grammar()
    return rxcache.compile(patterns.expand(
        r"(?:任命|聘任|聘请|提名|推选|选举)(?P<a>" + g.surname_alt + r")\p{Han}{1,2}?(?=(?:同志)?为)"
        r"|免去(?P<b>" + g.surname_alt + r")\p{Han}{1,2}?(?=(?:同志)?的)", g.fragments), regex.V1)


def _table_rows(text: str, folded: str, body: Body, g: _Grammar) -> Iterator[_Found]:
    """Personnel tables: `副主任：陈宝生　　教育部部长`, names padded to align."""
    if not _PADDED.search(folded, body.start, body.end):
        return
    for row in _table_line().finditer(folded, body.start, body.end):
        written = text[row.start("name"):row.end("name")]
        name = "".join(written.split())
        desc = row.group("desc")
        if not _plausible(name, _surname_len(name, 0, g), g):
            continue
        if not any(g.segment.match(piece) for piece in desc.split("、")) or not g.post.search(desc):
            continue
        yield _Found(name, row.start("name"), row.end("name"), row.span("desc"))


def _appointments(folded: str, body: Body, g: _Grammar) -> Iterator[_Found]:
    """任命X为…, 免去X的…职务: the post given or taken is the title."""
    if not any(word in folded for word in _APPOINTMENT_WORDS):
        return
    for match in _appointment().finditer(folded, body.start, body.end):
        start = match.start("a") if match.group("a") else match.start("b")
        end = match.end()
        name = folded[start:end]
        if not _plausible(name, _surname_len(name, 0, g), g):
            continue
        tail = rxcache.compile(r"(?:同志)?(?:为|的)(?P<t>[^，。；、\n]{2,40}?)(?:职务|同志)?(?=[，。；\n]|$)")
        found = tail.match(folded, end, body.end)
        title = found.span("t") if found and g.post.search(found.group("t")) else None
        yield _Found(name, start, end, title)


def _minorities(folded: str, body: Body, g: _Grammar) -> Iterator[_Found]:
    """Names joined by ·, after a descriptor or before a post or a verb."""
    for match in g.minority.finditer(folded, body.start, body.end):
        run_end = folded.index("·", match.start())
        start, title = _minority_start(folded, match.start(), run_end, body, g)
        end = _minority_end(folded, start, body.end, g) if start is not None else None
        if end is None:
            continue
        post = g.post_after.match(folded, end)
        if title is None and post:
            title = post.span()
        if title or g.person_verb.match(folded, end):
            yield _Found(folded[start:end], start, end, title)


def _minority_start(folded: str, lo: int, run_end: int, body: Body,
                    g: _Grammar) -> tuple[int | None, tuple[int, int] | None]:
    """Where the first part of a ·-name begins: after the post, verb or
    particle that ends the Han run before it."""
    start, title = lo, None
    for post in g.post.finditer(folded, lo, run_end):
        start, title = post.end(), _descriptor_before(folded, post.end(), body, g)
    for pos in range(run_end - 1, start - 1, -1):
        if g.opener.search(folded, start, pos):
            if pos != start:
                start = pos
            break
    return (start, title) if 1 <= run_end - start <= 6 else (None, None)


def _name_starts(folded: str, body: Body, g: _Grammar) -> list[int]:
    """Positions where a bare name may begin: a surname character that opens a
    clause (found by one scan in C), or a place near a ·-joined name."""
    starts = {m.start() for m in g.after_opener_char.finditer(folded, body.start, body.end)}
    if body.start < body.end and folded[body.start] in g.surname_firsts:
        starts.add(body.start)
    dot = folded.find("·", body.start, body.end)
    while dot >= 0:
        starts.update(range(max(body.start, dot - 6), dot))
        dot = folded.find("·", dot + 1, body.end)
    return sorted(starts)


def _opens(folded: str, pos: int, body: Body, g: _Grammar) -> bool:
    """A bare name must open a clause (or follow 的, 、 or a verb like 授予)."""
    if pos <= body.start or folded[pos - 1] in g.openers:
        return True
    return folded[pos - 1] in g.stop_word_ends and folded[max(body.start, pos - 6):pos].endswith(g.stop_words)


def _bare(folded: str, body: Body, g: _Grammar) -> Iterator[_Found]:
    """Names without a post: opening a clause with a person's verb (李克强主持
    大会), with 同志 or 等N名, or in a 、-list of such names."""
    openers, stop_ends, stop_words = g.openers, g.stop_word_ends, g.stop_words
    lo = body.start
    for pos in _name_starts(folded, body, g):
        # _opens, inlined: this loop visits every surname character of the text
        before = folded[pos - 1] if pos > lo else ""
        if before and before not in openers and not (
                before in stop_ends and folded[max(lo, pos - 6):pos].endswith(stop_words)):
            continue
        items = _name_list(folded, pos, body, g)
        if not items or not all(_plausible_item(folded, s, e, g) for s, e in items):
            continue
        end = items[-1][1]  # what follows the last name (matched in place: no copy of the rest)
        comrade = _COMRADE.match(folded, end, body.end)
        minorities = sum("·" in folded[s:e] for s, e in items)
        if len(items) == 1:
            verb = g.person_verb.match(folded, end, body.end)
        else:
            verb = g.list_follow.match(folded, end, body.end) or (
                minorities >= 2 and folded[end:end + 1] in "，。；" and end < body.end)
        if not (comrade or verb):
            continue
        if any(folded[s] in g.weak for s, e in items if "·" not in folded[s:e]):
            continue
        for s, e in items:
            yield _Found(folded[s:e], s, e)


def _plausible_item(folded: str, start: int, end: int, g: _Grammar) -> bool:
    return "·" in folded[start:end] or _plausible(folded[start:end], _surname_len(folded, start, g), g)


def _name_list(folded: str, pos: int, body: Body, g: _Grammar) -> list[tuple[int, int]]:
    """Names separated by 、 from `pos`; the last one ends where `follow` fits."""
    items = []
    while True:
        end = _name_end(folded, pos, body.end, g) or _minority_end(folded, pos, body.end, g)
        if end is None:
            return []
        items.append((pos, end))
        if end < body.end and folded[end] == "、":
            pos = end + 1
            continue
        return items


def _apposition(folded: str, body: Body, g: _Grammar) -> Iterator[_Found]:
    """NAME，DESCRIPTOR，: 孙伟，区城市管理局绿化管理科负责人，…"""
    comma = folded.find("，", body.start, body.end)
    while comma >= 0:
        yield from _apposition_at(folded, comma, body, g)
        comma = folded.find("，", comma + 1, body.end)


def _apposition_at(folded: str, comma: int, body: Body, g: _Grammar) -> Iterator[_Found]:
    for n in (4, 3, 2):
        start = comma - n
        if start < body.start or folded[start] not in g.surname_firsts or not _opens(folded, start, body, g):
            continue
        name = folded[start:comma]
        if not _plausible(name, _surname_len(name, 0, g), g) or _surname_len(name, 0, g) == 0:
            continue
        tail = _CLAUSE.match(folded, comma + 1, body.end)
        if tail and all(g.segment.match(p) and g.post.search(p) for p in tail.group(0).split("、")):
            yield _Found(name, start, comma, (comma + 1, tail.end()))


# --------------------------------------------------------------------------
# Assembly


def _is_byline(folded: str, found: _Found, g: _Grammar) -> bool:
    before = folded[max(0, found.start - 8):found.start]
    return bool(g.byline_before.search(before)) or _PHOTO.match(folded, found.end, found.end + 3) is not None


def _mentions(text: str, folded: str, body: Body, person: _Person) -> list[tuple[int, int]]:
    spans = set()
    for written in person.written | {person.name}:
        at = folded.find(written, body.start, body.end)
        while at >= 0:
            spans.add((at, at + len(written)))
            at = folded.find(written, at + len(written), body.end)
    return sorted(spans)


def _span_len(span: tuple[int, int] | None) -> int:
    return span[1] - span[0] if span else 0


NAME = "officials"


def candidates(doc: Doc) -> list[Candidate]:
    """People named in the body; the names of the bylines are not officials."""
    document = doc.facts.get("document")
    bylines = {b.name for b in document.bylines} if document else set()
    return [Candidate(NAME, o) for o in extract_officials(doc.view, doc.body, bylines, doc.folded)]


def extract_officials(text: str, body: Body, exclude_names: set[str], folded: str | None = None) -> list[Official]:
    g = _grammar()
    folded = fold(text) if folded is None else folded
    evidence = [
        *_table_rows(text, folded, body, g),
        *_appointments(folded, body, g),
        *_titled(folded, body, g),
        *_posts_after(folded, body, g),
        *_foreign(folded, body, g),
        *_foreign_before_post(folded, body),
        *_minorities(folded, body, g),
        *_apposition(folded, body, g),
        *_bare(folded, body, g),
    ]
    bylines = set(exclude_names) | {f.name for f in evidence if _is_byline(folded, f, g)}
    people: dict[str, _Person] = {}
    for found in evidence:
        if found.name in bylines:
            continue
        person = people.setdefault(found.name, _Person(found.name))
        person.written.add(folded[found.start:found.end])
        # A title of the person's own beats one shared with a list; then the longest.
        rank = (found.title is not None and not found.shared, _span_len(found.title))
        if found.title and rank > (person.title is not None and not person.shared, _span_len(person.title)):
            person.title, person.shared, person.org = found.title, found.shared, found.org
    officials = []
    for person in people.values():
        mentions = _mentions(text, folded, body, person)
        if not mentions:
            continue
        title = text[person.title[0]:person.title[1]] if person.title else None
        officials.append(Official(
            name=person.name,
            title=title,
            organization=(person.org or _organization(title, g)) if title else None,
            mentions=mentions,
        ))
    officials.sort(key=lambda o: o.mentions[0])
    return officials
