"""The officials' grammar, compiled once per process from patterns/officials.toml
(posts, descriptors, the evidence around a name) and the name grammar of
extractor/grammar/names.py."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from ...grammar import names, words
from ...rules import firstchars, patterns, rxcache
from .foreign_shape import ForeignRules, folded_countries


class _Fragments(patterns.Rules):
    post_core: str
    party_organ: str
    former_post: str
    post: str
    orgchar: str
    loosechar: str
    contracted: str
    contracted_not: str
    org: str
    loose_org: str
    qual: str
    segment: str
    left: str
    comrade: str
    apposition_tail: str
    photo_after: str
    table_padding: str
    table_row: str
    appointment: str
    appointment_title: str
    appointment_next: str
    took_post: str
    listed_post_taken: str


class OfficialRules(patterns.Rules):
    """patterns/officials.toml."""

    posts: list[str]
    whole_posts: list[str]
    post_prefixes: list[str]
    former_markers: list[str]
    held_then_markers: list[str]
    org_words: list[str]
    org_stop_chars: str
    lead_particles: str
    lead_words: list[str]
    lead_before_units: str
    day_words: list[str]
    honour_holders: list[str]
    partner_words: tuple[str, ...]
    honour_designators: list[str]
    org_stop_words: list[str]
    posts_after: list[str]
    post_bodies: list[str]
    sector_ends: str
    descriptor_verbs: list[str]
    descriptor_verb_bodies: list[str]
    person_verbs: list[str]
    list_follow: list[str]
    list_follow_things: list[str]
    byline_markers: list[str]
    byline_marker_posts: list[str]
    openers: str
    range_opener: str
    words_opening_a_post: list[str]
    capacity_marker: str
    headed_by_marker: str
    headed_by_joiner: str
    headed_by_closers: str
    administration_words: list[str]
    envoy_marker: str
    envoy_missions: list[str]
    org_end_not_inside: list[str]
    body_phrases: list[str]
    home_country: str
    home_state: str
    appoint_verbs: list[str]
    dismiss_verbs: list[str]
    notice_words: list[str]
    list_dismiss_verbs: list[str]
    weak_name_closers: list[str]
    group_posts: list[str]
    acting_posts: list[str]
    fragments: _Fragments


@dataclass(frozen=True)
class Grammar:
    rules: OfficialRules
    former: tuple[str, ...]
    unit_words: frozenset[str]        # a body's unit words and suffixes as whole words (区委, 党组)
    unit_ends: tuple[str, ...]        # the same, as endings of a body's name
    post_words: frozenset[str]        # posts as words: no one's name (市民游客)
    post: regex.Pattern[str]          # a post word with its prefixes
    post_ending_at: regex.Pattern[str]  # the same, matched right to left
    descriptor: regex.Pattern[str]    # descriptor ending at endpos, from a boundary
    org_before: regex.Pattern[str]    # an organisation ending at endpos, from a boundary
    segment: regex.Pattern[str]       # one 、-separated piece of a descriptor
    # Alternations of literal words, matched at a place: compiled by the standard `re`
    # engine, which matches them the same way 3x faster than `regex`.
    after_name: re.Pattern[str]       # `follow` or a post written after a name
    post_after: regex.Pattern[str]
    post_after_start: re.Pattern[str]  # where a post written after a name may begin (its first two characters)
    descriptor_verb: regex.Pattern[str]  # the last verb inside a run read as a descriptor
    day_word: re.Pattern[str]         # a day of the event (今天), which a descriptor opens after
    person_verb: re.Pattern[str]
    list_follow: re.Pattern[str]
    minority_cut: regex.Pattern[str]  # what ends the last part of a ·-name
    openers: frozenset[str]           # characters that may stand right before a bare name
    stop_words: tuple[str, ...]
    stop_word_ends: frozenset[str]
    opener: regex.Pattern[str]        # the same, or a stop word, ending at endpos
    byline_before: regex.Pattern[str]
    post_last_chars: frozenset[str]  # what a post ends with
    after_opener_char: re.Pattern[str]
    comrade: regex.Pattern[str]
    apposition_tail: regex.Pattern[str]
    photo_after: regex.Pattern[str]
    table_padding: regex.Pattern[str]
    table_row: regex.Pattern[str]
    appointment_words: tuple[str, ...]
    notice_words: tuple[str, ...]  # a decision's words and the appointment verbs: an appointment notice
    appointment: regex.Pattern[str]
    appointment_title: regex.Pattern[str]
    appointment_next: regex.Pattern[str]  # 任命…为…，|NAME为…: the next appointment of the same verb
    took_post: regex.Pattern[str]  # NAME任…, NAME不再担任…职务
    list_dismiss_verbs: tuple[str, ...]
    listed_post_taken: regex.Pattern[str]


def _vocabulary(rules: OfficialRules, surnames: str) -> dict[str, str]:
    """The vocabularies as fragments, beside the shapes of officials.toml [fragments]."""
    alt, cls = patterns.alternation, firstchars.char_class
    return {
        **rules.fragments.as_dict(),
        "post_word": alt(rules.posts),
        "whole_post": alt(rules.whole_posts),
        "prefix": alt(rules.post_prefixes),
        "former": alt(rules.former_markers),
        "suffix": alt(body_endings(rules)),
        "suffix_end": "(?<=" + cls(frozenset(w[-1] for w in body_endings(rules))) + ")",
        "suffix_open": "(?=" + cls(frozenset(w[0] for w in body_endings(rules))) + ")",
        "post_open": "(?=" + cls(frozenset(w[0] for w in rules.posts + rules.whole_posts
                                                    + rules.post_prefixes + rules.former_markers)) + ")",
        "across_org_end": _across_org_end(rules.org_end_not_inside, body_endings(rules)),
        "stop_word": alt(rules.org_stop_words),
        "stop_char": "[" + regex.escape(rules.org_stop_chars) + "]",
        "held_whole": alt(_places_holding(rules.org_stop_chars) + rules.body_phrases),
        "inside_held": _inside_held(rules),
        "country": alt(_countries() + [rules.home_country]),
        # a stop word or a former post opens here, a suffix ends or opens here, a post opens
        # here (a character test before their alternations, asked of every place an
        # organisation is read at: half of the descriptor's search, of a segment's match)
        "stop_open": "(?=" + cls(frozenset(w[0] for w in rules.org_stop_words + rules.former_markers)) + ")",
        "surname": surnames,
        "appoint_verb": alt(rules.appoint_verbs),
        "dismiss_verb": alt(rules.dismiss_verbs),
    }


def _across_org_end(words: list[str], suffixes: list[str]) -> str:
    """司|法 → (?<=司)(?<!公司)法: where an organisation's suffix, standing alone (not the tail
    of a longer suffix: 公司|法定代表人 ends at 公司), is the head of a word going on."""
    parts = []
    for word in words:
        head, tail = word.split("|")
        longer = [x for x in suffixes if x.endswith(head) and x != head]
        parts.append(f"(?<={regex.escape(head)})" + "".join(f"(?<!{regex.escape(x)})" for x in longer)
                     + regex.escape(tail))
    return "|".join(parts) or "(?!)"


def _minority_cut(rules: OfficialRules) -> regex.Pattern[str]:
    """What ends the last part of a ·-name: a person's verb, a post written after a name, and a
    foreign post too (阿卜杜勒·拉希德|总统通电话: the last part no longer than its name)."""
    foreign_posts = patterns.load("officials_foreign", ForeignRules).posts
    return names.minority_cut(rules.person_verbs + rules.posts_after + foreign_posts)


def _countries() -> list[str]:
    """The countries of officials_foreign.toml, one-character short forms left out."""
    return [c for c in folded_countries(patterns.load("officials_foreign", ForeignRules)) if len(c) > 1]


def _inside_held(rules: OfficialRules) -> str:
    """Where a phrase read whole is split by a stop character or word (高等|法院, 联合|大学):
    no descriptor opens there, though one may after the same stop standing alone."""
    stops = rules.org_stop_words + list(rules.org_stop_chars)
    splits = sorted({(w[:i], w[i:]) for w in _places_holding(rules.org_stop_chars) + rules.body_phrases
                     for i in range(1, len(w) + 1) if w[:i].endswith(tuple(stops))})
    if not splits:
        return "(?!)"
    gate = firstchars.char_class(frozenset(a[-1] for a, _ in splits))  # one class test at most places
    return f"(?<={gate})(?:" + "|".join(
        f"(?<={regex.escape(a)})" + (f"(?={regex.escape(b)})" if b else "") for a, b in splits) + ")"


def _places_holding(chars: str) -> list[str]:
    """The countries whose names hold one of `chars` (埃及, 以色列)."""
    return [c for c in _countries() if any(ch in chars for ch in c)]


def body_endings(rules: OfficialRules) -> list[str]:
    """What ends a body's name: names.toml org_suffixes and officials.toml org_words."""
    return names.grammar().rules.org_suffixes + rules.org_words


def _not_a_body(rules) -> str:
    """专门委员会, 常委会, 书记处, 主席团: a post word opening the name of a body is no
    post (主席会见 still is): a lookahead per body, after the post it starts with."""
    parts = []
    for body in rules.post_bodies:
        post = max((p for p in rules.posts_after if body.startswith(p) and p != body), key=len, default=None)
        if post:
            parts.append(f"(?<={regex.escape(post)}){regex.escape(body[len(post):])}")
    return f"(?!{'|'.join(parts)})" if parts else ""


# One 、-separated piece of a descriptor: a body, words and a post, or a body alone
# ({post_open}: the posts are tried only where one of their first characters stands).
SEGMENT = r"^(?:(?P<org>{loose_org})(?:{loosechar}{1,10}?)?)?{post_open}{post}$|^(?P<org>{loose_org})$"


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    rules = patterns.load("officials", OfficialRules)
    ng = names.grammar()
    post_last = frozenset(w[-1] for w in rules.posts + rules.whole_posts)  # where a name may follow a post
    frag = _vocabulary(rules, ng.surname_alt)
    alt = patterns.alternation

    def compile_(template: str, flags: int = 0) -> regex.Pattern[str]:
        return rxcache.compile(patterns.expand(template, frag), flags | regex.V1)

    def plain(name: str, flags: int = 0) -> regex.Pattern[str]:
        return rxcache.compile(patterns.expand(frag[name], frag), flags)

    def named(name: str, flags: int = 0) -> regex.Pattern[str]:
        # expanded from the fragment itself, not wrapped in a group (keeps ^ a leading anchor)
        return compile_(frag[name], flags)

    after = f"(?:{alt(rules.posts_after)}){_not_a_body(rules)}"
    openers = frozenset(rules.openers + rules.org_stop_chars)
    unit_words = body_endings(rules)
    return Grammar(
        rules=rules,
        post_words=frozenset(rules.posts) | frozenset(rules.posts_after),
        former=tuple(rules.former_markers),
        unit_words=frozenset(unit_words),
        unit_ends=tuple(unit_words),
        post=compile_(r"{post}"),
        post_ending_at=compile_(r"{post}", regex.REVERSE),
        # Matched right to left from the post: a search ending at a fixed point
        # would otherwise try every start position in the look-back window.
        descriptor=compile_(r"{left}{segment}(?:、{segment})*$", regex.REVERSE),
        org_before=compile_(r"{left}{org}$"),
        segment=compile_(SEGMENT),
        # a name also ends where a verb of the general lexicon begins (刘洋、王亚平顺利出舱 …)
        after_name=rxcache.compile_plain(f"(?:{ng.follow_alt}|{after}|{alt(list(words.verbs()))}|[0-9])"),
        post_after=rxcache.compile(after),  # matched by `re`, at the places post_after_start finds
        post_after_start=word_starts(rules.posts_after),
        descriptor_verb=rxcache.compile(f"(?r)(?:{alt(rules.descriptor_verbs)})(?!{alt(rules.descriptor_verb_bodies)})"),
        day_word=rxcache.compile_plain(alt(rules.day_words)),
        person_verb=rxcache.compile_plain(alt(rules.person_verbs)),
        list_follow=rxcache.compile(f"{alt([w for w in rules.list_follow if w != '等'])}"
                                    f"|等(?![^，。；、\\n]{{0,4}}?(?:{alt(rules.list_follow_things)}))"),
        minority_cut=_minority_cut(rules),
        openers=openers,
        stop_words=tuple(rules.org_stop_words),
        stop_word_ends=frozenset(w[-1] for w in rules.org_stop_words),
        opener=compile_(r"(?:^|[" + regex.escape(rules.openers + rules.org_stop_chars) + r"]|{stop_word})$"),
        byline_before=rxcache.compile(rf"(?<!{alt(rules.byline_marker_posts)})(?:{alt(rules.byline_markers)})[ 　]*\Z"),
        # every post ends with the last character of a post word: a cheap test first
        post_last_chars=post_last,
        after_opener_char=char_after(openers | frozenset(w[-1] for w in rules.org_stop_words), ng.name_firsts),
        comrade=plain("comrade"),
        apposition_tail=plain("apposition_tail"),
        photo_after=plain("photo_after"), table_padding=plain("table_padding"),
        table_row=named("table_row", regex.MULTILINE),
        **_notice_rules(rules, named, plain),
    )


def _notice_rules(rules: OfficialRules, named: Callable[..., regex.Pattern[str]],
                  plain: Callable[..., regex.Pattern[str]]) -> dict[str, Any]:
    """The rules of appointment and dismissal notices (任命X为…, 免去X的…职务, 撤销X、Y…资格)."""
    return {"appointment_words": tuple(rules.appoint_verbs + rules.dismiss_verbs),
            "notice_words": tuple(rules.notice_words + rules.appoint_verbs + rules.dismiss_verbs),
            "appointment": named("appointment"), "appointment_title": plain("appointment_title"),
            "appointment_next": named("appointment_next"), "took_post": named("took_post"),
            "list_dismiss_verbs": tuple(rules.list_dismiss_verbs), "listed_post_taken": plain("listed_post_taken")}


def word_starts(words: list[str], also: frozenset[str] = frozenset()) -> re.Pattern[str]:
    """Where one of `words` may begin (firstchars.word_start_class), compiled for `re`."""
    return rxcache.compile_plain(firstchars.word_start_class(words, also))


def scan_words(pattern: re.Pattern[str], starts: re.Pattern[str], text: str, pos: int, end: int
               ) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, pos, end)`, the same matches, for a pattern whose every match
    opens with one of the words `starts` (word_starts) was made from: matched only at the
    places `starts` finds (matches_at's loop, over the scan's matches: no generator between)."""
    match, free = pattern.match, 0
    for place in starts.finditer(text, pos, end):
        at = place.start()
        if at >= free and (found := match(text, at, end)) is not None:
            yield found
            free = found.end()


def matches_at(pattern: re.Pattern[str], places: Iterable[int], text: str, end: int) -> Iterator[re.Match[str]]:
    """`pattern` matched at `places` (in order) that no match before covers: its finditer
    over the text when every match begins at one of them."""
    match, free = pattern.match, 0
    for at in places:
        if at >= free and (found := match(text, at, end)) is not None:
            yield found
            free = found.end()


def char_after(before: frozenset[str], chars: frozenset[str]) -> re.Pattern[str]:
    """A character of `before` with one of `chars` right after it: one whole-text scan
    instead of a Python loop over every character (Reading.starts_after reads where
    the character of `chars` stands). Plain character classes, so the standard `re`
    engine, ten times faster than `regex` at this; opening with the class of `before`
    (not a lookbehind) lets it skip to those characters, twice as fast again."""
    return rxcache.compile_plain(f"{firstchars.char_class(before)}(?={firstchars.char_class(chars)})")
