"""The awards' rules, compiled once per process from patterns/awards.toml."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from ...rules import patterns, rxcache

KINDS = ("flag", "star", "prize", "title", "selection")


class _Kinds(patterns.Rules):
    flag: list[str]
    star: list[str]
    prize: list[str]
    title: list[str]
    selection: list[str]


class _Verbs(patterns.Rules):
    not_before: list[str]
    confer: list[str]
    strong: list[str]
    weak: list[str]
    select: list[str]
    ranked_only: list[str]
    inside_words: list[str]
    presented: str
    confer_stops: str
    passive_only: list[str]


class _Context(patterns.Rules):
    not_given_before: list[str]
    condition_openers: list[str]
    reward_after: list[str]
    commendation_verbs: list[str]
    not_honour: list[str]
    not_honour_inside: list[str]
    not_honour_start: str


class _Recipients(patterns.Rules):
    org_suffixes: list[str]
    subject_stops: list[str]
    time_clause: str
    copulas: list[str]
    continued_subject_openers: list[str]
    relative_not_openers: list[str]
    relative_common_nouns: list[str]
    relative_head_ends: str
    disposal_markers: list[str]
    subject_openers: list[str]
    counted_list_openers: list[str]
    holder_list_verbs: list[str]
    benefactive: str
    subject_trailing: list[str]
    congratulating: list[str]
    cut_after: list[str]
    pronouns: list[str]
    person_pronouns: list[str]
    reference_openers: list[str]
    shared_adverbs: list[str]


class AwardRules(patterns.Rules):
    """patterns/awards.toml."""

    kinds: _Kinds
    evidence: list[str]
    ranked_lists: list[str]
    ranked_only_lists: list[str]
    campaign: list[str]
    campaign_after: list[str]
    obtaining_nouns: list[str]
    contest_named: str
    names_after: list[str]
    designators: list[str]
    quote_head_not_before: list[str]
    quote_heads: list[str]
    quote_run_joiners: list[str]
    quote_joiners: str
    next_quote: str
    open_quotes: str
    addressed_to: str
    passive: str
    attributive: str
    one_of_selection_words: list[str]
    one_of_designating_verbs: list[str]
    as_word: str
    clause_closers: str
    list_words: list[str]
    roll_heads: list[str]
    quoted_year: str
    honour_list_words: list[str]
    not_honour_list_words: list[str]
    publishing_verbs: list[str]
    honour_list_marks: list[str]
    one_of_word: str
    pilot_word: str
    policy_pilot_words: list[str]
    designating_strong: list[str]
    designated_kinds: list[str]
    published_lead: str
    named_honours: list[str]
    named_not_after: list[str]
    named_quoted_parts: list[str]
    named_event_after: str
    commendations: list[str]
    count_inside: str
    given_words: list[str]
    completed_procedure: str
    commendation_words: list[str]
    short_titles: list[str]
    short_title_ends: tuple[str, ...]
    held_by: list[str]
    won_by: str
    prize_row_label: str
    announce_word: str
    announced: str
    edition_prize: str
    referring_receipt: str
    listed_receivers: str
    ceremony_word: str
    ceremony: str
    ceremony_to_come: str
    held_title_stops: str
    held_title_stop_words_within: list[str]
    held_title_stop_words: tuple[str, ...]
    close_quotes: str
    held_title_max: int
    held_not_titles: list[str]
    shared_scopes: tuple[str, ...]
    verbs: _Verbs
    context: _Context
    recipients: _Recipients
    fragments: dict[str, str]


@dataclass(frozen=True)
class Rules:
    data: AwardRules
    kind_word: regex.Pattern[str]
    kind_of: dict[str, str]
    evidence: list[regex.Pattern[str]]
    ranked: regex.Pattern[str]  # an honour list by its ranking, after a verb of selection
    strongest: regex.Pattern[str]  # … and after a verb of ranking (进入…50强)
    campaign: list[regex.Pattern[str]]
    verb: regex.Pattern[str]
    confer_stop: regex.Pattern[str]  # where a conferral's honour ends: a stop or the next conferral
    quote: regex.Pattern[str]
    quote_close_end: regex.Pattern[str]
    quoted_designator: regex.Pattern[str]  # a quote closed right before a designator: the title
    designator_end: regex.Pattern[str]
    shared_designator: regex.Pattern[str]
    verb_gap: regex.Pattern[str]
    decision: regex.Pattern[str]
    decision_tail: regex.Pattern[str]
    list_part: regex.Pattern[str]
    one_of: regex.Pattern[str]
    batch_designated: regex.Pattern[str]  # 成为首批…试点城市, 确定第一批…试点县
    one_of_unbatched: regex.Pattern[str]  # 作为…典型案例之一: one of a designation, no batch written
    batch_inside: regex.Pattern[str]
    pilot_sites: regex.Pattern[str]  # 在A、B等8个省市开展…试点: the places carrying out a pilot
    pilot_adverbs: regex.Pattern[str]
    pilot_agents: regex.Pattern[str]
    pilot_place_end: regex.Pattern[str]
    pilot_unnamed_place: regex.Pattern[str]
    counted_places: regex.Pattern[str]
    counted_site: regex.Pattern[str]
    counted_disposal: regex.Pattern[str]  # 将8155个传统村落|列入…: a statistic
    counted_over_a_span: regex.Pattern[str]  # “十四五”以来，…9项科技成果|获…: a statistic
    counted_designation: regex.Pattern[str]  # 大连、宁波等9个|…试点城市: the places counted hold it
    counted_not_designation: regex.Pattern[str]
    joined_batch: regex.Pattern[str]  # …名城和|全国首批|…试点城市: the joint of two designations each with its batch
    designated: regex.Pattern[str]
    published_list: regex.Pattern[str]
    publishing: regex.Pattern[str]  # the verbs of publishing a list (awards.published's gate)
    honour_list_word: regex.Pattern[str]  # … and the words of an honour list near one (or its marks, a batch)
    list_batch: regex.Pattern[str]  # … a batch or a count before a published list's words
    published_lead: regex.Pattern[str]
    quoted_year: regex.Pattern[str]
    quoted_results: regex.Pattern[str]  # a quoted list and its results' word, at the end of what is published
    counted_tail: regex.Pattern[str]
    counted_tail_bare: regex.Pattern[str]
    counted_item: regex.Pattern[str]
    joined_conferral: regex.Pattern[str]  # …，并追记|一等功: a second honour of the same recipients
    designated_passive: regex.Pattern[str]
    designated_listed: regex.Pattern[str]
    counted_list_end: regex.Pattern[str]  # what designated_listed holds: no match without one in the text
    batch_prefix: regex.Pattern[str]
    merits: tuple[regex.Pattern[str], ...]  # 记一等功, 通令嘉奖…, 给予…嘉奖
    count_tail: regex.Pattern[str]
    year_prefix: regex.Pattern[str]
    count_prefix: regex.Pattern[str]
    object_lead: regex.Pattern[str]  # 建设 of 获批建设…先行区, …最高荣誉—— before 地球卫士奖
    org_end: regex.Pattern[str]
    time_clause: regex.Pattern[str]
    sibling_before: regex.Pattern[str]
    sibling_before_reversed: regex.Pattern[str]  # the same, matched right to left: see families.siblings
    sibling_after: regex.Pattern[str]
    holder: regex.Pattern[str]
    holder_end: regex.Pattern[str]
    held: re.Pattern[str]  # a prize's last character right before the word for its holders
    won_by: regex.Pattern[str]  # …由 WINNERS 获得: the prize read back from 由
    presented: regex.Pattern[str]  # 给 WHOM 颁发, right before a quoted honour
    prize_row_label: regex.Pattern[str]  # 一等奖： before a row of winners
    announced: regex.Pattern[str]  # a prize announced (…奖揭晓, 揭晓…奖) or its ceremony held (…奖颁奖典礼)
    edition_prize: regex.Pattern[str]  # a prize named with its edition (第37届中国电影金鸡奖)
    referring_receipt: regex.Pattern[str]  # a receipt of an honour named before it (…获此殊荣, …获奖)
    listed_receivers: regex.Pattern[str]  # the opening of a list of those who received it (他们分别是：)
    scope: regex.Pattern[str]
    counted: regex.Pattern[str]
    representative: str
    representative_after: regex.Pattern[str]   # after a title: 优秀党务工作者[获得者]代表 …
    representative_before: regex.Pattern[str]  # after a title written after 代表: …“七一勋章”获得者
    condition_tail: regex.Pattern[str]
    counted_subject: regex.Pattern[str]
    counted_people_end: regex.Pattern[str]
    including: regex.Pattern[str]  # 包括X在内的N个…: X receives
    work_before: regex.Pattern[str]
    quoted_before: regex.Pattern[str]
    passive_selected: regex.Pattern[str]
    relative_openers: regex.Pattern[str]
    org_chars: regex.Pattern[str]
    org_joiners: regex.Pattern[str]
    demonstrative: regex.Pattern[str]
    adverbial_frame: regex.Pattern[str]
    object: regex.Pattern[str]
    listed_in_marks: regex.Pattern[str]
    object_cut: regex.Pattern[str]
    honour_list_closer: regex.Pattern[str]
    recipient_item: regex.Pattern[str]
    recipient_note: regex.Pattern[str]
    recipient_not: regex.Pattern[str]
    boundary: regex.Pattern[str]
    not_honour_start: regex.Pattern[str]
    honour_before_de: regex.Pattern[str]
    medal_prefix: regex.Pattern[str]
    forward_reference: regex.Pattern[str]
    named_honour: regex.Pattern[str]
    named_fixed: re.Pattern[str]       # a fixed run of words of every named honour: no match without one
    named_fixed_reach: int             # … which begins at most this far after the match's start
    named_event_after: regex.Pattern[str]
    commendations: list[regex.Pattern[str]]
    count_inside: regex.Pattern[str]
    not_given_word: re.Pattern[str]
    completed_procedure: regex.Pattern[str]
    contest_named: regex.Pattern[str]
    ceremony_to_come: regex.Pattern[str]


def _verb(verbs: _Verbs) -> str:
    alt = patterns.alternation
    # Alternatives in this order: at one position the stronger reading wins (被授予 before 授予).
    verb = "|".join(f"(?P<{name}>{alt(getattr(verbs, name))})"
                    for name in ("strong", "confer", "select", "weak", "ranked_only"))
    # Atomic: 获得者 must not fall back to 获 + 得者.
    return f"(?>{verb})(?!{alt(verbs.not_before)})"


def _fixed_run(name: str, quoted_parts: list[str]) -> str:
    """The longest run of `name` that every way of writing it holds whole: quotation
    marks may stand only at the edges of its quoted parts (全国“五一”劳动奖章: 劳动奖章)."""
    cuts = {0, len(name)}
    for part in quoted_parts:
        at = name.find(part)
        while at >= 0:
            cuts |= {at, at + len(part)}
            at = name.find(part, at + 1)
    edges = sorted(cuts)
    return max((name[a:b] for a, b in zip(edges, edges[1:], strict=False)), key=len)


def _named_rules(data: AwardRules) -> dict[str, Any]:
    """The named honours, longest first, each part in named_quoted_parts with or without
    its quotation marks (全国“五一”劳动奖章), and what makes one an event's name; the
    commendations in a sentence and the counts inside their items."""
    names = []
    for name in sorted(data.named_honours, key=len, reverse=True):
        piece = regex.escape(name)
        for part in data.named_quoted_parts:
            piece = piece.replace(part, f"[“「]?{part}[”」]?")
        names.append(piece)
    honour = f"(?:{'|'.join(names)})(?!{patterns.alternation(data.named_not_after)})"
    fixed = {name: _fixed_run(name, data.named_quoted_parts) for name in data.named_honours}
    # how far into a match its honour's fixed run may begin: where it stands in the name, and a
    # quotation mark on each side of every quoted part (more than stand before it: a bound)
    reach = max(name.find(run) + 2 * sum(name.count(part) for part in data.named_quoted_parts)
                for name, run in fixed.items())
    return {"named_honour": rxcache.compile(honour), "named_event_after": rxcache.compile(data.named_event_after),
            "named_fixed": rxcache.compile_plain(patterns.alternation(set(fixed.values()))),
            "named_fixed_reach": reach,
            # and the commendations written in a sentence, whose lists name honours too
            "commendations": [rxcache.compile(p) for p in data.commendations],
            "count_inside": rxcache.compile(data.count_inside),
            # the words of a goal, a nomination or a condition before a verb: one search, not a test per word
            "not_given_word": rxcache.compile_plain(patterns.alternation(data.context.not_given_before)),
            "completed_procedure": rxcache.compile(data.completed_procedure),
            "contest_named": rxcache.compile(data.contest_named),
            "ceremony_to_come": rxcache.compile(data.ceremony_to_come)}


def _list_rules(data: AwardRules, compile_: Callable[[str], regex.Pattern[str]]) -> dict[str, Any]:
    """The rules of ranked and published lists, and of what opens or precedes an honour's object."""
    return {"ranked": compile_("|".join(f"(?:{p})" for p in data.ranked_lists)),
            "strongest": compile_("|".join(f"(?:{p})" for p in data.ranked_only_lists)),
            "object_lead": compile_(r"^(?:{object_lead})"),
            "presented": rxcache.compile(data.verbs.presented),
            "publishing": rxcache.compile_plain(patterns.alternation(data.publishing_verbs)),
            "honour_list_word": compile_(patterns.alternation(data.honour_list_words + data.honour_list_marks)
                                         + "|{batch}"),
            "list_batch": compile_("{list_batch}"),
            "published_lead": rxcache.compile(data.published_lead),
            "quoted_year": rxcache.compile(data.quoted_year),
            "quoted_results": compile_(r"{quoted_results}$")}


# Fragments of the designations held, made and carried out (designations.py).
_DESIGNATION_FRAGMENTS = ("batch_designated", "joined_batch", "one_of_unbatched", "batch_inside", "pilot_sites",
                          "counted_places", "pilot_adverbs", "pilot_agents", "pilot_place_end", "pilot_unnamed_place",
                          "counted_site", "counted_disposal", "counted_designation", "counted_not_designation")
# Fragments that test what stands before a receipt verb (recipients.subject).
_SUBJECT_FRAGMENTS = ("counted_subject", "counted_people_end", "including", "work_before", "quoted_before",
                      "passive_selected", "relative_openers", "counted_over_a_span")
# … and what a recipient's clause and item are read with.
_CLAUSE_FRAGMENTS = ("demonstrative", "adverbial_frame", "recipient_item", "recipient_note", "recipient_not",
                     "boundary", "forward_reference")
_OBJECT_FRAGMENTS = ("object", "object_cut", "honour_list_closer", "honour_before_de", "medal_prefix",
                     "listed_in_marks", "designated", "designated_passive", "designated_listed", "counted_list_end",
                     "published_list", "batch_prefix", "counted_tail", "counted_tail_bare", "counted_item",
                     "joined_conferral")


@lru_cache(maxsize=1)
def rules() -> Rules:
    data = patterns.load("awards", AwardRules)
    alt = patterns.alternation
    frag = dict(data.fragments)
    frag["designator"] = alt(data.designators)
    frag["quote_head"] = alt(data.quote_heads)
    frag["head_not_before"] = alt(data.quote_head_not_before)
    kind_of = {w: k for k in KINDS for w in getattr(data.kinds, k)}

    def compile_(template: str) -> regex.Pattern[str]:
        return rxcache.compile(patterns.expand(template, frag))

    def named(name: str) -> regex.Pattern[str]:
        return compile_(frag[name])

    return Rules(
        data=data,
        kind_word=rxcache.compile(alt(list(kind_of)), regex_only=True),  # searched with overlapped=True
        kind_of=kind_of,
        evidence=[compile_(p) for p in data.evidence],
        campaign=[compile_(p) for p in data.campaign],
        verb=rxcache.compile(_verb(data.verbs)),
        confer_stop=rxcache.compile("[" + regex.escape(data.verbs.confer_stops) + "]|" + alt(data.verbs.confer)),
        quote=named("quote"),
        quote_close_end=compile_(r"{quote_close}$"), quoted_designator=compile_(r"{quote_close}(?:{designator})"),
        designator_end=compile_(r"(?:{designator})$"),
        shared_designator=named("shared_designator"),
        verb_gap=compile_(r"(?:{verb_aspect})?(?:{verb_gap})?"),
        decision=named("decision"),
        decision_tail=named("decision_tail"),
        list_part=named("list_part"),
        one_of=named("one_of"), merits=tuple(named(n) for n in ("merit", "order", "granted")),
        count_tail=compile_(r"{count_tail}$"),
        year_prefix=named("year_prefix"),
        count_prefix=compile_(r"^(?:{count}|{determiner})"),
        org_end=rxcache.compile(f"(?:{alt(data.recipients.org_suffixes)})$"),
        time_clause=rxcache.compile(data.recipients.time_clause),
        sibling_before=named("sibling_before"),
        sibling_before_reversed=rxcache.compile(patterns.expand(frag["sibling_before"], frag), regex.REVERSE),
        sibling_after=named("sibling_after"),
        holder=named("holder"), holder_end=compile_(r"(?:{holder})$"),
        won_by=rxcache.compile(data.won_by), prize_row_label=rxcache.compile(data.prize_row_label),
        # plain literals: the standard `re` engine scans them several times faster
        held=rxcache.compile_plain(f"(?P<prize>{alt(data.kinds.prize)})(?:{frag['holder']}|{alt(data.held_by)})"),
        announced=rxcache.compile(data.announced.replace("{announce}", data.announce_word) + "|"
                                  + data.ceremony.replace("{ceremony}", data.ceremony_word)),
        edition_prize=rxcache.compile(data.edition_prize),
        referring_receipt=rxcache.compile(data.referring_receipt),
        listed_receivers=rxcache.compile(data.listed_receivers),
        scope=named("scope"), counted=named("counted"), representative=frag["representative"],
        representative_after=named("representative_after"),
        representative_before=named("representative_before"),
        condition_tail=named("condition_tail"),
        **{name: named(name) for name in _SUBJECT_FRAGMENTS + _OBJECT_FRAGMENTS + _DESIGNATION_FRAGMENTS},
        org_chars=named("org_chars"), org_joiners=named("org_joiners"),
        **{name: named(name) for name in _CLAUSE_FRAGMENTS},
        not_honour_start=rxcache.compile(data.context.not_honour_start),
        **_named_rules(data),
        **_list_rules(data, compile_),
    )
