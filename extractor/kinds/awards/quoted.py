"""Quoted titles (“聚力强势星”, “光荣在党50年”纪念章, 入列“倍增计划”名单): an
award by an award word in or after the quote, or by an award verb before it."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from ...rules import firstchars
from .families import joint_parts
from .holders import copula_subject
from .reading import Found, Reading, has_evidence, kind_of, no_award_verb, not_given, plausible_title, strip_designator
from .recipient_items import split_recipients
from .recipients import appositive_people, org_subject, passive_subject, relative_head, subject
from .rules import rules


@dataclass(frozen=True)
class Verb:
    kind: str
    start: int
    end: int


def _preceding_verb(r: Reading, start: int) -> Verb | None:
    """The award verb governing a quote: in the same clause, right before it but
    for a year or a session (荣获2023年度“…”); a conferral verb may have its
    recipients in between."""
    folded = r.folded
    sentence_from = max(r.structure.sentence_start(start), folded.rfind("；", max(0, start - 60), start) + 1,
                        start - 60)
    if not _verb_guard().search(folded, sentence_from, start):
        return None  # (the cheap test first) no character an award verb begins with
    matches = [m for m in r.rules.verb.finditer(folded, sentence_from, start)
               if m.lastgroup != "ranked_only" and not no_award_verb(r, m)]  # (进入“快车道”: no honour)
    if not matches:
        return None
    m = matches[-1]
    near = m.end() >= r.structure.clause_start(start) and r.rules.verb_gap.fullmatch(folded[m.end():start])
    if m.lastgroup != "confer" and not near:
        return None
    return Verb(m.lastgroup, m.start(), m.end())


def _quote_runs(r: Reading) -> Iterable[list[regex.Match[str]]]:
    """Quotes written one after another (“全国文明村”“省级卫生村”等荣誉称号) share
    their verb and their designator."""
    joiners = r.rules.data.quote_run_joiners
    run: list[regex.Match[str]] = []
    for m in _quote_scan().finditer(r.folded):
        if run and not (run[-1].group("designator") is None and run[-1].group("head") is None
                        and r.folded[run[-1].end():m.start()] in joiners):
            yield run
            run = []
        run.append(m)
    if run:
        yield run


@lru_cache(maxsize=1)
def _verb_guard() -> re.Pattern[str]:
    """A search that finds nothing where no award verb is (firstchars.guard)."""
    return firstchars.guard(rules().verb)


@lru_cache(maxsize=1)
def _quote_scan() -> firstchars.FirstCharScan:
    """The quotes found by jumping between the marks that open one (a third faster than
    the pattern's own scan over prose)."""
    return firstchars.FirstCharScan(rules().quote)


def quoted(r: Reading) -> Iterable[Found]:
    """“聚力强势星”, “光荣在党50年”纪念章, 入列“倍增计划”名单."""
    for run in _quote_runs(r):
        verb = _preceding_verb(r, run[0].start())
        shared = r.rules.shared_designator.match(r.folded, run[-1].end())
        # (“A”“B”等21项荣誉, “A”“B”荣誉称号: the designator after the last names each an honour)
        designated = shared is not None or len(run) > 1 and run[-1].group("designator") is not None
        if verb is None and _describes_a_class(r, shared.end() if shared else run[-1].end(), run[-1], shared):
            continue
        if len(run) > 1 and _campaigns_after(r, run[-1].end()):
            continue  # 把“党员模范岗”与“示范机组”活动相结合: the joined quotes name activities
        for m in run:
            found = _quote_award(r, m, verb, bool(shared) or len(run) > 1 and verb is not None, designated)
            if found:
                yield from joint_parts(found)


def _describes_a_class(r: Reading, end: int, last: regex.Match[str], shared: regex.Match[str] | None) -> bool:
    """拥有专精特新“小巨人”等称号的企业超2100家: honours with their designator before 的 and a noun, no
    verb before them, describe a class of holders and are conferred on no one here (not the
    obtaining of them: …等荣誉称号的获得)."""
    return ((shared is not None or last.group("designator") is not None) and r.folded.startswith("的", end)
            and not r.folded.startswith(tuple(r.rules.data.obtaining_nouns), end + 1))


def _quote_award(r: Reading, m: regex.Match[str], verb: Verb | None, in_run: bool,
                 designated: bool = False) -> Found | None:
    rules, folded = r.rules, r.folded
    title = m.group("title") + (m.group("head") or "")
    after = folded[m.end():r.clause_stop(m.end(), rules.data.next_quote, limit=m.end() + 8)]
    own_evidence = designated or m.group("designator") or m.group("head") or rules.holder.match(after) \
        or has_evidence(title)
    if not (own_evidence or verb):
        return None
    if verb is None and rules.contest_named.match(folded, m.end()):
        return None  # 第十七届“振兴杯”全国青年职业技能大赛: the contest's name
    relative = verb is not None and verb.kind == "strong" and folded.startswith(rules.data.attributive, m.end())
    if not (own_evidence or in_run or relative or _quote_ends_phrase(r, m.end())):
        return None  # 列入“十五五”专项规划: the quote only modifies the noun after it (被评为“…”的景区: a holder)
    if not (own_evidence or in_run) and verb is not None and verb.kind == "weak":
        return None  # 抢抓收获“窗口期”: a weak verb's object shows evidence of its own (获得“…奖”, “…”称号)
    if not own_evidence and len(title) < 3:
        return None  # 并列为“四书”: two characters and a verb alone name a group, not an honour
    if not plausible_title(title) or _names_a_campaign(r, after):
        return None
    if after.startswith(tuple(rules.data.names_after)) and not m.group("head"):
        return None
    if verb is not None and verb.kind == "confer" and _names_honour_after(r, m.end()):
        return None  # 授予“…的实验发现”国家自然科学奖一等奖: the quote names the recipient
    if not_given(r, verb.start if verb else m.start(), m.end()):
        return None
    default = "selection" if verb is not None and verb.kind == "select" else "title"
    end = m.end("head") if m.group("head") else m.end("title")
    if m.group("head") in rules.data.roll_heads and plausible_title(m.group("title")):
        # “灯塔工厂”名单: the designation its holders bear (not “倍增计划”名单, a programme's)
        title, end, default = m.group("title"), m.end("title"), "selection"
    dated = rules.quoted_year.match(title)  # “2025年度|全国十大考古新发现”: when, no part of its name
    lead = dated.end() if dated and len(title) - dated.end() >= 2 else 0
    found = Found(title[lead:], kind_of(title, default), m.start("title") + lead, end, "awards.quoted_title")
    found.recipients = _quote_recipients(r, m, verb) + appositive_people(r, m.end())
    return found


def _campaigns_after(r: Reading, end: int) -> bool:
    """Does a word of a contest or a programme (awards.toml campaign_after) follow the quote ending at
    `end`, within a few characters of its clause, and no honour's wording: then the quote names one,
    and so do the quotes joined to it before (not …及“上海设计100+”全球竞赛年度大奖: a prize of a contest)."""
    after = r.folded[end:r.clause_stop(end, r.rules.data.next_quote, limit=end + 8)]
    return _names_a_campaign(r, after) and not has_evidence(after)


def _names_a_campaign(r: Reading, after: str) -> bool:
    return any(w in after for w in r.rules.data.campaign_after)


def _quote_ends_phrase(r: Reading, end: int) -> bool:
    return (end >= len(r.folded) or r.structure.clause_end(end) == end
            or r.folded[end] in r.rules.data.quote_joiners)


def _names_honour_after(r: Reading, end: int) -> bool:
    """An unquoted honour follows the quote in the same clause."""
    rest = r.folded[end:r.clause_stop(end, r.rules.data.next_quote)]
    rest = r.rules.count_tail.sub("", rest)
    rest = r.rules.counted.sub("", rest, count=1)
    return len(rest) >= 3 and has_evidence(strip_designator(rest)[0])


_PRESENTED_REACH = 50  # longer than any presented match: a preposition, 40 characters, 颁发了


def _presented_to(r: Reading, quote_start: int) -> list[str]:
    """给叶光富颁发“二级航天功勋奖章”: whom a quoted honour is issued to (awards.toml presented)."""
    lo = max(r.structure.clause_start(quote_start), quote_start - _PRESENTED_REACH)
    presented = r.rules.presented.search(r.folded, lo, quote_start)
    if presented is None or r.rules.data.attributive in presented.group("recipients"):
        return []  # (为党龄满50周年的党员颁发…: a description, no one named)
    return split_recipients(r.text[presented.start("recipients"):presented.end("recipients")], r.people_names,
                            r.people_posts)


def _quote_recipients(r: Reading, m: regex.Match[str], verb: Verb | None) -> list[str]:
    if verb is None:  # (“全国五一劳动奖章”获得者: held by the subject of a copula before it)
        held = r.rules.holder.match(r.folded, m.end())
        return _presented_to(r, m.start()) or (copula_subject(r, m.start()) if held else [])
    if verb.kind != "confer" and r.folded.startswith(r.rules.data.attributive, m.end()):
        # 被授予“友谊勋章”的迪尔玛·罗塞芙: a relative clause; its holders follow it
        return relative_head(r, r.folded[m.end() + 1:r.clause_stop(m.end() + 1, "")])
    if verb.kind == "confer" and r.folded[verb.end:m.start()] == r.rules.data.attributive:
        return _receiving_subject(r, verb.start)  # 李明荣获市总工会授予的“…”称号
    if verb.kind == "confer":
        between = split_recipients(r.text[verb.end:m.start()], r.people_names, r.people_posts)
        return between or _addressed(r, verb.start) or passive_subject(r, verb.start) or []
    if r.folded.startswith(r.rules.data.passive, verb.start):
        return subject(r, verb.start, passive=True)  # 被评为
    by_agent = passive_subject(r, verb.start)  # 被陆军表彰为
    return subject(r, verb.start) if by_agent is None else by_agent


def _receiving_subject(r: Reading, conferral: int) -> list[str]:
    """李明荣获市总工会授予的“工人先锋号”称号: a conferral in a relative clause (授予的) describes the
    honour; the subject of the verb of receipt before it in the clause receives it."""
    lo = r.structure.clause_start(conferral)
    receipt = [m for m in r.verbs if lo <= m.start() < conferral and m.lastgroup not in ("confer", "ranked_only")]
    return subject(r, receipt[-1].start()) if receipt else []


def _addressed(r: Reading, verb_start: int) -> list[str]:
    """拉马福萨向习近平授予“南非勋章”: the recipient is the person the conferral is
    addressed to (a name found by evidence in 向…授予), or the body so named (向陆军某旅授予…)."""
    to = r.folded.rfind(r.rules.data.addressed_to, max(0, verb_start - 12), verb_start)
    if to < 0 or r.rules.boundary.search(r.folded, to, verb_start):
        return []
    segment = r.folded[to + len(r.rules.data.addressed_to):verb_start]
    person = [p for p in r.people_names if p in segment][:1]  # a person found by evidence, never a post
    body = None if person else org_subject(r.text[verb_start - len(segment):verb_start].strip())
    return person or ([body] if body else [])  # 习近平向陆军某旅授予…: a body by its name's suffix
