"""Evidence from appointment and dismissal notices: the post given or taken is the title
(任命X为…, 免去X的…职务, 撤销X、Y…委员资格)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import regex

from ...grammar import names
from ...rules import patterns, rxcache
from .grammar import grammar, word_starts
from .lists import name_list
from .reading import Found, Reading, opens


def appointments(r: Reading) -> Iterator[Found]:
    """任命X为…, 免去X的…职务: the post given or taken is the title."""
    g, folded = r.g, r.folded
    if not _appointment_word().search(folded):
        return  # the rule is tried only on texts that can hold it
    for match in g.appointment.finditer(folded, r.start, r.end):
        start = match.start("a") if match.group("a") else match.start("b")
        end = match.end()
        if not names.plausible_at(folded[start:end]):
            continue
        found = g.appointment_title.match(folded, end, r.end)
        title = found.span("t") if found and g.post.search(found.group("t")) else None
        yield r.found(start, end, "officials.appointment", title)
        if match.group("a") and title:
            yield from _next_appointments(r, found.end())


def posts_taken_up(r: Reading) -> Iterator[Found]:
    """郑晓东任县委书记, 刘晓明同志不再担任市委书记职务: a name opening a clause and the post it takes
    up or leaves, which closes the clause: the title (SPEC.md's appointment notices)."""
    folded = r.folded
    for match in _taken_up(r):
        (start, end), (t0, t1) = match.span("a"), match.span("t")
        if not (opens(r, start) or folded[start - 1] in ":：") or not names.plausible_at(folded[start:end]) \
                or r.post_ending_at(t1) is None:
            continue  # (the post must close the clause: 担任公司总经理以来 names a time, no post)
        if not (folded.startswith("同志", end) or _in_a_notice(r, start)):
            continue  # 鲍卫忠担任执行局局长 in a story: a predicate's post, no descriptor (the annotators' way)
        if _DATED_STEP.search(folded, max(r.start, start - 14), start):
            continue  # 1978年，江泽民任…: a step of a career's account, dated, not a notice's post
        # ranked below a descriptor written before the name, as a list's shared title is (merge): in an
        # account of a career, 任 names one post of many (李克强 stays 国务院原总理)
        yield r.found(start, end, "officials.appointment", (t0, t1), shared=True)


def _taken_up(r: Reading) -> Iterator[regex.Match[str]]:
    """The matches of officials.toml took_post, tried only back from each 任 (a scan of the pattern over
    the whole body cost a sixth of the officials' time): a name of two or three before the verb."""
    folded, took_post = r.folded, r.g.took_post
    at = folded.find("任", r.start, r.end)
    while at >= 0:
        verb = next((at - len(p) for p in _VERB_OPENINGS if folded.endswith(p, r.start, at)), at)
        name_end = verb - 2 if folded.endswith("同志", r.start, verb) else verb
        for start in (name_end - 3, name_end - 2):
            match = took_post.match(folded, start, r.end) if start >= r.start else None
            if match is not None and match.end("a") == name_end:
                yield match
                break
        at = folded.find("任", at + 1, r.end)


# what opens the verbs of taking up a post before 任: the name ends before it (曾|担任 is no name 曾担)
_VERB_OPENINGS = ("不再担", "不再兼", "担", "出", "兼")
_DATED_STEP = rxcache.compile(
    r"(?:\d{2,4}|[〇零一二三四五六七八九]{2,4})年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:起|后|底|初|时)?[，,]$")


def _in_a_notice(r: Reading, start: int) -> bool:
    """Does the sentence before `start` report a decision or an appointment (officials.toml notice_words:
    中共中央决定：…, 会议指定，…): an appointment notice's, where the post a name takes up is its title?"""
    folded, since = r.folded, r.structure.sentence_start(start)
    return any(folded.find(w, since, start) >= 0 for w in r.g.notice_words)


def _next_appointments(r: Reading, pos: int) -> Iterator[Found]:
    """任命王忠林为…副主任委员，曾萍为…副主任: the appointments after a comma that share the verb, each
    name with the post it is given."""
    g, folded = r.g, r.folded
    while (nxt := g.appointment_next.match(folded, pos, r.end)) is not None:
        start, end = nxt.start("a"), nxt.end()
        found = g.appointment_title.match(folded, end, r.end)
        if not names.plausible_at(folded[start:end]) or found is None or not g.post.search(found.group("t")):
            return
        yield r.found(start, end, "officials.appointment", found.span("t"))
        pos = found.end()


@lru_cache(maxsize=1)
def _appointment_word() -> re.Pattern[str]:
    """An appointment or a dismissal verb: one scan by `re` for all of them, not a scan per verb."""
    return rxcache.compile_plain(patterns.alternation(grammar().appointment_words))


@lru_cache(maxsize=1)
def _list_dismissal_starts() -> re.Pattern[str]:
    """Where a verb that takes a post from a list of people may begin (grammar.word_starts)."""
    return word_starts(list(grammar().list_dismiss_verbs))


def listed_dismissals(r: Reading) -> Iterator[Found]:
    """撤销X、Y、Z政协…委员资格, 免去X、Y的…职务: every name of the list takes the post taken
    (the last name is read before the post, which no follower of a name opens)."""
    g, folded = r.g, r.folded
    if not _list_dismissal_starts().search(folded, r.start, r.end):
        return  # (the cheap test first: one class scan, not a scan per verb) most texts hold none
    for verb in g.list_dismiss_verbs:
        at = folded.find(verb, r.start, r.end)
        while at >= 0:
            yield from _dismissed(r, at + len(verb), g)
            at = folded.find(verb, at + 1, r.end)


def _dismissed(r: Reading, pos: int, g) -> Iterator[Found]:
    items, complete = name_list(r, pos)
    if not complete:  # the last name, followed by the post: the longest reading a post follows
        last = items[-1][1] + 1 if items else pos
        end = next((last + n for n in r.names.lengths(last)
                    if _post_taken(r, last + n, g) is not None), None)
        if end is None:
            return
        items = items + [(last, end)]
    title = _post_taken(r, items[-1][1], g)
    if title is None or len(items) < 2 or not all(names.plausible_at(r.folded[s:e]) for s, e in items):
        return
    for s, e in items:
        yield r.found(s, e, "officials.appointment", title, shared=True)


def _post_taken(r: Reading, end: int, g) -> tuple[int, int] | None:
    found = g.listed_post_taken.match(r.folded, end, r.end)
    return found.span("t") if found and g.post.search(found.group("t")) else None

