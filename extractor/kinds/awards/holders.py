"""诺贝尔物理学奖获得者戴维·格罗斯, 图灵奖得主罗伯特·塔扬, 中国政府友谊奖获奖外国专家: a
prize named right before the word for its holders (patterns/awards.toml `held_by`) has been
conferred on them, with no verb to say so. The prize's name is read back from its last
character (奖, 奖章, 勋章, 杯 …) to the nearest stop: punctuation, a verb of the lexicon, or
one of `held_title_stops` (a count's classifier, an edition, a preposition, a copula); a
year or an edition before it is not part of it. The person named right after the holder
word receives it, else the subject of a copula right before the prize (李政是…获得者).
A prize announced (…詹天佑奖在北京揭晓, 揭晓金鹿奖) has been conferred too: its name is read
the same way, its winners are not named there."""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import regex

from ...grammar import words
from ..officials.foreign_rules import foreign_grammar
from ..officials.people_rules import full_name
from .reading import Found, Reading, has_evidence, kind_of, plausible_title
from .recipient_items import person_ending, split_recipients
from .recipients import subject
from .rules import rules


def held(r: Reading) -> Iterable[Found]:
    folded = r.folded
    for m in r.rules.held.finditer(folded, r.body.start, r.body.end):
        end = m.end("prize")
        read = _read_back(r, end)
        if read is None:
            continue
        run_start, start = read
        title = folded[start:end]
        recipients = (list(dict.fromkeys(r.starting_at.get(m.end(), []))) or _named_after_copula(r, m.end())
                      or copula_subject(r, run_start))
        yield Found(title, kind_of(title, "prize"), start, end, "awards.held", recipients)


_HOLDERS_ARE = regex.compile(r"(?:是|为)?[：:]?")  # 得主是, 获得者为：, 获得者：


def _named_after_copula(r: Reading, pos: int) -> list[str]:
    """金奖获得者为：刘明、赵晓丽, 图灵奖得主是姚期智: the people the holder word's copula or colon names,
    every item of the clause after it a person the officials found (法国作家安妮·埃尔诺: its name)."""
    after = _HOLDERS_ARE.match(r.folded, pos).end()
    if after == pos:
        return []
    items = split_recipients(r.text[after:r.clause_stop(after, "；;")], r.people_names, r.people_posts)
    named = [person_ending(item, r.people_names) for item in items]
    return named if named and None not in named else []  # (a body or a thing among them: no list of people)


def won_by(r: Reading) -> Iterable[Found]:
    """民族唱法金奖由周晓雯获得: the prize first, read back from 由 as a held prize's name is (with
    an honour's wording), its winners after 由."""
    folded = r.folded
    if "由" not in folded:
        return
    for m in r.rules.won_by.finditer(folded, r.body.start, r.body.end):
        end = m.start()
        read = _read_back(r, end)
        start = read[1] if read is not None else None
        if start is None or not has_evidence(folded[start:end]):
            continue
        recipients = split_recipients(r.text[m.start("recipients"):m.end("recipients")], r.people_names,
                                      r.people_posts)
        yield Found(folded[start:end], kind_of(folded[start:end], "prize"), start, end, "awards.won_by", recipients)


def prizes_listed(r: Reading) -> Iterable[Found]:
    """经评审，一等奖：孙红梅、周建华；二等奖：…: a prize's label and colon after a clause mark, its
    winners up to the clause's end (a row of a list under its heading is read the same way)."""
    folded = r.folded
    for m in _labels(r):
        if m.start() > r.body.start and folded[m.start() - 1] not in _LABEL_OPENERS:
            continue  # 荣获一等奖: a prize won, not a label
        stop = r.clause_stop(m.end(), "；;")
        winners = split_recipients(r.text[m.end():stop], r.people_names, r.people_posts)
        if winners and all(w in r.people_names or full_name(w) for w in winners):  # people, no body or thing
            yield Found(m["prize"], kind_of(m["prize"], "prize"), *m.span("prize"), "awards.prize_rows", winners)


_LABEL_OPENERS = "，,。；;:：\n "  # what stands before a prize's label: a clause mark or a line's start
_LABEL_REACH = 24  # characters a label may run back from its 奖 and colon


def _labels(r: Reading) -> Iterable[regex.Match[str]]:
    """The prize labels (一等奖:), tried only back from each 奖 written before a colon (the folded text
    writes ":"), from the nearest clause mark: the label pattern over the whole body was a sixth of
    the whole extraction's time."""
    folded, end = r.folded, r.body.end
    at = folded.find("奖:", r.body.start, end)
    while at >= 0:
        lo = max(r.body.start, at - _LABEL_REACH)
        start = max((folded.rfind(ch, lo, at) for ch in _LABEL_OPENERS), default=-1) + 1 or lo
        m = r.rules.prize_row_label.match(folded, max(start, lo), at + 2)
        if m:
            yield m
        at = folded.find("奖:", at + 2, end)
    at = folded.find("最佳", r.body.start, end)
    while at >= 0:  # (最佳男主角: a category of a prize; one labelled in 奖 was read above)
        m = r.rules.prize_row_label.match(folded, at, min(end, at + _LABEL_REACH))
        if m and not m["prize"].endswith("奖"):
            yield m
        at = folded.find("最佳", at + 2, end)


def announced(r: Reading) -> Iterable[Found]:
    """第十九届中国土木工程詹天佑奖在北京揭晓, 电影节闭幕并揭晓金鹿奖: the prize announced; 举办了
    金爵奖颁奖典礼: the prize whose ceremony is held."""
    data, folded = r.rules.data, r.folded
    if data.announce_word not in folded and data.ceremony_word not in folded:
        return
    for m in r.rules.announced.finditer(folded, r.body.start, r.body.end):
        if m.group("named") is not None:
            run_start, end = m.span("named")
            start = _prize_start(r, run_start, end)
        else:
            end = m.end("prize")
            read = _read_back(r, end)
            start = read[1] if read is not None else None
        if start is None or _stop_within(folded, start, end - 1) or any(
                folded.find(w, start, end - 1) >= 0 for w in data.short_title_ends):
            continue  # 文华奖和群星奖, 文华奖群星奖: two prizes' names, not read here
        if folded.startswith(data.ceremony_word, end) and r.rules.ceremony_to_come.search(
                folded, r.structure.clause_start(start), start):
            continue  # 将举行雨果奖颁奖典礼: nothing conferred yet
        yield Found(folded[start:end], kind_of(folded[start:end], "prize"), start, end, "awards.announced", [])
        yield from _joined_before(r, start)


def edition_named(r: Reading) -> Iterable[Found]:
    """第37届中国电影金鸡奖…开幕, 第十七届长江韬奋奖评选: a prize named with its edition (awards.toml
    edition_prize), its name less the edition; its winners, where the report names them, are read
    by the rules of receipt."""
    folded = r.folded
    for m in r.rules.edition_prize.finditer(folded, r.body.start, r.body.end):
        start, end = m.span("prize")
        start = _prize_start(r, start, end)
        if start is not None and not _stop_within(folded, start, end - 1):
            yield Found(folded[start:end], kind_of(folded[start:end], "prize"), start, end, "awards.edition_prize", [])


_PRIZE_JOINERS = "和与及、"  # (what joins prizes announced together)


def _joined_before(r: Reading, start: int) -> Iterable[Found]:
    """文华奖和|群星奖同步揭晓: the prizes joined before one announced are announced with it."""
    folded, data = r.folded, r.rules.data
    while start - 2 > r.body.start and folded[start - 1] in _PRIZE_JOINERS and folded.endswith(
            tuple(data.short_title_ends), 0, start - 1):
        end = start - 1
        read = _read_back(r, end)
        if read is None:
            return
        start = read[1]
        yield Found(folded[start:end], kind_of(folded[start:end], "prize"), start, end, "awards.announced", [])


def _read_back(r: Reading, end: int) -> tuple[int, int] | None:
    """A prize's name read back from its last character before `end`: where the run read back begins
    (_title_start) and where the name begins in it (_prize_start); None where no name is read."""
    run_start = _title_start(r.folded, end, max(r.body.start, end - r.rules.data.held_title_max))
    start = _prize_start(r, run_start, end) if run_start is not None else None
    return None if start is None else (run_start, start)

def _prize_start(r: Reading, run_start: int, end: int) -> int | None:
    """Where the prize's name read back to `run_start` begins, less a year or an edition
    (第十九届, 2024年度); None where what is left names no prize (该奖, 最高奖, 全市一等奖, 金奖)."""
    data, folded = r.rules.data, r.folded
    prefix = r.rules.year_prefix.match(folded[run_start:end])  # (anchored: read on the run itself)
    start = run_start + (prefix.end() if prefix else 0)
    title = folded[start:end]
    scope = r.rules.scope.match(title)
    named = title[scope.end() if scope else 0:]
    if len(title) < 3 or not plausible_title(title) or named in data.held_not_titles or named in data.short_titles:
        return None
    return start


_DESCRIPTOR_REACH = 16  # characters of one descriptor listed before the honour held (国家一级演员、)
_DESCRIPTORS_BEFORE = 2  # descriptors a copula may stand before, in front of the honour held


def copula_subject(r: Reading, at: int) -> list[str]:
    """李政是全国五一劳动奖章获得者, 郑咏是国家一级演员、全国“五一”劳动奖章获得者: the subject of a
    copula before the honour held, written at `at`, holds it: the copula right before it, or before
    the descriptors listed with 、 in front of it."""
    folded, copulas = r.folded, tuple(r.rules.data.recipients.copulas)
    pos: int | None = at
    for _ in range(_DESCRIPTORS_BEFORE + 1):
        copula = next((c for c in copulas if folded.endswith(c, 0, pos)), None)
        if copula:
            return subject(r, pos - len(copula))
        if folded[pos - 1:pos] != "、" or (pos := _descriptor_start(folded, pos - 1, copulas)) is None:
            return []
    return []


def _descriptor_start(folded: str, end: int, copulas: tuple[str, ...]) -> int | None:
    """Where the descriptor listed before the 、 at `end` begins: after a copula or another 、, within
    reach and the clause (None where a mark of another sort comes first)."""
    for pos in range(end - 1, max(0, end - _DESCRIPTOR_REACH), -1):
        if folded[pos - 1] == "、" or folded.endswith(copulas, 0, pos):
            return pos
        if not folded[pos - 1].isalnum():
            return None
    return None


def _title_start(folded: str, end: int, floor: int) -> int | None:
    """Where the prize's name ending at `end` begins: right after the nearest stop before
    it; None where a quotation mark closes there (全国“五一”劳动奖章: the quoted rules read
    it) or no stop comes within `floor` (a longer run: no name read from part of it)."""
    data = rules().data
    verbs = words.verb_set()
    pos = end - 1  # (the prize's last character is its own)
    while pos > floor:
        ch = folded[pos - 1]
        if not ch.isalnum():
            return None if ch in data.close_quotes else pos
        if (_stop_at(folded, pos - 1) or folded[pos - 2:pos] in verbs or folded[pos - 3:pos] in verbs
                or folded.endswith(data.held_title_stop_words, floor, pos)):
            return pos
        pos -= 1
    return pos if pos == 0 or not folded[pos - 1].isalnum() else None


def _stop_at(folded: str, at: int) -> bool:
    """Is the character at `at` one of held_title_stops, not inside a word of a prize's name
    that holds it (诺贝尔和平奖, 共和国勋章, 以色列…奖)?"""
    ch = folded[at]
    return ch in rules().data.held_title_stops and not any(
        (k := w.find(ch)) >= 0 and folded.startswith(w, at - k) for w in _stop_words_within())


@lru_cache(maxsize=1)
def _stop_words_within() -> tuple[str, ...]:
    """held_title_stop_words_within, and the countries (officials_foreign.toml) whose names hold one of
    held_title_stops: a prize's name read back runs on through them (以色列|沃尔夫数学奖 is whole)."""
    data = rules().data
    countries = (c for c in foreign_grammar().countries if len(c) > 1 and any(ch in data.held_title_stops for ch in c))
    return tuple(data.held_title_stop_words_within) + tuple(sorted(countries, key=len, reverse=True))


def _stop_within(folded: str, start: int, end: int) -> bool:
    return any(_stop_at(folded, at) for at in range(start, end))
