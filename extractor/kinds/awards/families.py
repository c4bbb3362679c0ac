"""The unquoted award rules: conferrals (授予 RECIPIENTS TITLE), receipts and
selections (X荣获/摘获/入选 TITLE), commendation decisions (《关于表彰A、B和C的
决定》), batch designations (全国首批创新型企业之一) and coordinated siblings of
an award already found."""
from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import regex

from ...doc.occurrences import occurrences
from ...reading.textnorm import fold
from ...rules import rxcache
from .merge import Merged, all_mentions
from .reading import Found, Reading, has_evidence, kind_of, not_given, plausible_title, strip_designator
from .recipient_items import recipient_cut, split_recipients
from .recipients import passive_subject, relative_head, subject
from .rules import rules

_NON_COMMA = rxcache.compile(r"[^，,]+")  # the comma-separated pieces after a conferral verb
_TRAILING_NOTE = rxcache.compile(r"[（(][^（()）]{1,4}[)）]$")


def conferred(r: Reading) -> Iterable[Found]:
    """授予刘永坦院士、钱七虎院士国家最高科学技术奖: recipients, then the title."""
    rules, folded = r.rules, r.folded
    for m in r.verbs:
        if m.lastgroup != "confer":
            continue
        stop = rules.confer_stop.search(folded, m.end())
        rest = rules.decision_tail.sub("", folded[m.end():stop.start() if stop else len(folded)])
        if rules.forward_reference.match(rest) or rest[:1] in "，,":
            continue  # 授予下列人士国家荣誉称号：: the list that follows names each honour; 评选颁授|，: no object
        for clause in _NON_COMMA.finditer(rest):
            body, had_designator = strip_designator(clause.group().strip())
            if rules.quote_close_end.search(body) or rules.quoted_designator.search(body):
                break  # a quoted title (授予“红色前哨连”荣誉称号的中队): the quoted rule reads it
            if not (had_designator or has_evidence(body)):
                continue
            cut = recipient_cut(body, r.people_names)
            title = body[cut:]
            edition = rules.year_prefix.match(title)  # …等30名同志第27届中国青年五四奖章: no part of it
            title = title[edition.end():] if edition else title
            if plausible_title(title) and len(title) >= 3 and not not_given(r, m.start(), m.end() + clause.end()):
                start = m.end() + clause.start() + (len(clause.group()) - len(clause.group().lstrip())) \
                    + len(body) - len(title)
                recipients = split_recipients(rest[: clause.start()] + body[:cut], r.people_names, r.people_posts)
                yield Found(title, kind_of(title, "title"), start, start + len(title), "awards.conferred", recipients)
            break


# How far before a verb of selection a counted disposal (将8155个传统村落|列入) is read: its pattern's longest
# (a window, never the clause from its start, which a run of verbs in one long clause would read again each time).
_DISPOSAL_REACH = 40
# … and how far back a sentence's span of time (“十四五”以来，…) is read before a counted subject: a long sentence's
# opening clauses, not the whole of a text without marks
_SPAN_REACH = 160


def received(r: Reading) -> Iterable[Found]:
    """X荣获/摘获/入选 TITLE (unquoted): the object is the honour, the subject receives it;
    objects joined by 、 after it (被评为先进工作者、优秀共产党员) are honours of the same
    subject where each shows evidence of its own."""
    folded = r.folded
    for m in r.verbs:
        kind = m.lastgroup
        if kind == "confer":
            continue
        read = object_title(r, m.end(), listing=kind == "select")
        if read is None or not _taken_as_honour(r, kind, read):
            continue
        title, start = read.title, read.start
        if not_given(r, m.start(), start + len(title)) or _a_statistic(r, m.start(), kind):
            continue
        selection = kind in ("select", "ranked_only")
        default = "selection" if selection else "title"
        passive = folded.startswith(r.rules.data.passive, m.start())  # 被评为
        # (列入…名录的北京中轴线: a relative clause; its holders follow it, what is before modifies them)
        holders = read.holders if read.holders is not None or not folded.startswith(
            r.rules.data.attributive, read.end) else folded[read.end + 1:r.clause_stop(read.end + 1, "")]
        by_agent = None if passive or holders is not None else passive_subject(r, m.start(), selection)  # 被…公布为
        recipients = relative_head(r, holders) if holders is not None else by_agent if by_agent is not None else \
            subject(r, m.start(), selection=selection, passive=passive)
        # (a body named before a list in title marks is no part of its title: 联合国教科文组织《世界记忆名录》 →
        # 世界记忆名录, as the blind batches' gold names it, bench/heldout awards-8 and awards-15)
        yield Found(title, kind_of(title, default), start, start + len(title), "awards.received",
                    recipients)
        while folded.startswith("、", read.end) and (read := object_title(r, read.end + 1)) and read.evident:
            for part, at in _coordinated_parts(read.title, read.start, read.designated):
                if not_given(r, m.start(), at + len(part)):
                    continue
                yield Found(part, kind_of(part, default), at, at + len(part), "awards.received", recipients)


def _a_statistic(r: Reading, verb_start: int, kind: str) -> bool:
    """A count of unnamed things before the verb: put onto a list by 将 (将8155个传统村落|列入…名录), or
    summed over a span of time (“十四五”以来，…9项科技成果|获…)."""
    folded = r.folded
    return (kind == "select" and r.rules.counted_disposal.search(
        folded, max(r.structure.clause_start(verb_start), verb_start - _DISPOSAL_REACH), verb_start) is not None
        or r.rules.counted_over_a_span.search(
            folded, max(r.structure.sentence_start(verb_start), verb_start - _SPAN_REACH), verb_start) is not None)


def _taken_as_honour(r: Reading, kind: str, read: ReadObject) -> bool:
    """Does a verb of `kind` take its object as an honour: a strong verb any object, the others one
    with an honour's wording, a verb of selection a ranked list too (入选世界品牌500强), a verb of
    ranking a list of the strongest alone (进入…工程机械制造商50强; not 进入决赛)."""
    if kind == "ranked_only":
        return r.rules.strongest.search(read.title) is not None
    if kind == "strong" or read.evident or _list_designated(r, read.end):
        return True
    return kind == "select" and r.rules.ranked.search(read.title) is not None


def _list_designated(r: Reading, end: int) -> bool:
    """获得全国文明村、全国乡村治理示范村等荣誉称号: a 、-list of objects whose last item ends in a
    designator; the designator is every item's evidence."""
    if not r.folded.startswith("、", end):
        return False
    stop = r.clause_stop(end, "“”")
    return any(r.folded.endswith(d, end, stop) for d in r.rules.data.designators)


def named_only(r: Reading, recipients: list[str]) -> list[str]:
    """The recipients less an item that only counts them (33个城市, 共有52个园区: none named). The merge drops such
    an item from every rule's recipients (merge._unnamed); a rule calls this only where what is left decides
    whether it reads an award at all (pilot sites, holders counted before a designation)."""
    return [x for x in recipients if not r.rules.counted_item.search(x)]


class ReadObject(NamedTuple):
    title: str
    start: int
    end: int  # the object's end, where a list's next item would begin
    designated: bool  # a designator followed it (…称号)
    evident: bool  # a designator, or an honour's wording in the title
    holders: str | None = None  # the words after 的 where the honour modifies its holders (…名录的北京中轴线)


def object_title(r: Reading, at: int, listing: bool = False) -> ReadObject | None:
    """The honour a receipt verb's object names at `at`, or None; after a verb of selection
    (`listing`), a list named in title marks too (列入《世界遗产名录》)."""
    rules, folded = r.rules, r.folded
    marked = rules.listed_in_marks.match(folded, at) if listing else None
    if marked:
        return ReadObject(marked.group("obj"), marked.start("obj"), marked.end(), False, True)
    obj = rules.object.match(folded[at:at + 40])
    if not obj:
        return None
    end = at + obj.end("obj")
    after = folded[end:end + 1]
    if after and after in rules.data.open_quotes:
        return None  # 荣获2023年度“…”称号: the quoted rule reads it
    written = obj.group("obj")
    closer = rules.honour_list_closer.search(written)  # …、行业创新奖|等十多项大奖
    title, had_designator = strip_designator(rules.object_cut.split(written[:closer.start()] if closer else written)[0])
    had_designator = had_designator or closer is not None and has_evidence(closer.group())
    counted_or_dated = rules.count_prefix.match(title) or rules.year_prefix.match(title) or \
        rules.batch_prefix.match(title)  # 被确定为第一批…试点城市: the batch is no part of the honour
    lead = counted_or_dated.end() if counted_or_dated else 0  # 荣获3个…, 获得2024年度中国政府友谊奖
    scope = rules.scope.match(title) if lead else None  # 全国首批|乡村旅游重点村: its level is evidence
    scoped = scope.group() if scope is not None and scope.end() <= lead else ""
    title = title[lead:]
    opening = rules.object_lead.match(title)
    if opening and has_evidence(title[opening.end():]):  # 获批建设|…先行区, …最高荣誉——|地球卫士奖
        lead, title = lead + opening.end(), title[opening.end():]
    de = rules.data.attributive
    head = title[:title.find(de)] if de in title else ""
    holders = None
    if head and rules.honour_before_de.search(head) and plausible_title(head):
        title, holders = head, title[len(head) + len(de):]  # 获得…进步奖的代表: the honour, then its holders
    elif de in title:  # 荣获国务院颁发的…称号: the honour is what follows the last 的
        lead += title.rindex(de) + len(de)
        title = title[title.rindex(de) + len(de):]
        if not has_evidence(title):
            return None
    medals = rules.medal_prefix.match(title)
    if medals:  # 勇夺40枚金牌, 夺得的第五枚金牌: how many were won, the honour is 金牌
        lead, title = lead + medals.end(), title[medals.end():]
    short = len(title) < 4 and title not in rules.data.short_titles and not (
        len(title) == 3 and title.endswith(rules.data.short_title_ends))
    if not plausible_title(title) or short:
        return None  # (荣获银牌: a medal's name is short)
    # (…代表作名录（名册）: the note after the name does not hide its evidence)
    evident = had_designator or has_evidence(title) or has_evidence(_TRAILING_NOTE.sub("", title)) \
        or bool(scoped) and has_evidence(scoped + title)
    return ReadObject(title, at + obj.start("obj") + lead, end, had_designator, evident, holders=holders)


def _coordinated_parts(title: str, start: int, designated: bool) -> list[tuple[str, int]]:
    """The last items of a list of honours (…、劳动模范和三八红旗手等称号), less the 等 that
    closes the list: split at a conjunction as a commendation's list is (_honour_parts), and
    each item an honour where it shows evidence or the list ends in a designator (称号)."""
    parts = _honour_parts(title.removesuffix("等"), designated)
    return [(p.group(), start + p.start()) for p in parts
            if plausible_title(p.group()) and (designated or has_evidence(p.group()))]


def decisions(r: Reading) -> Iterable[Found]:
    """《关于表彰A、B和C的决定》: each listed honour; `先进个人和先进集体` shares its prefix."""
    for m in r.rules.decision.finditer(r.folded):
        yield from _listed(r, m, "awards.decision", need_evidence=False)


def commended(r: Reading) -> Iterable[Found]:
    """会议表彰了…123名优秀共产党员、126名优秀党务工作者, 对…先进集体和先进工作者进行了表彰,
    决出金奖150名、银奖225名: each listed item that names an honour by its own wording."""
    if not any(w in r.folded for w in r.rules.data.commendation_words):
        return
    for pattern in r.rules.commendations:
        for m in pattern.finditer(r.folded, r.body.start, r.body.end):  # (not the headline's)
            if not not_given(r, m.start(), m.end()):
                yield from _listed(r, m, "awards.commended", need_evidence=True)


def _listed(r: Reading, m: regex.Match[str], rule: str, need_evidence: bool) -> Iterable[Found]:
    """The honours listed in m's `list` group, a shared prefix filled in (先进个人和先进集体)."""
    rules = r.rules
    listed, pos, first = m.group("list"), m.start("list"), None
    dated = rules.year_prefix.match(listed)  # 表彰2025年度|…先进集体和先进个人: the year opens the whole list
    listed, pos = (listed[dated.end():], pos + dated.end()) if dated else (listed, pos)
    parts = rules.list_part.finditer(listed) if not need_evidence else _honour_parts(listed)
    for part in parts:
        item, start = part.group(), pos + part.start()
        start += len(item) - len(item.lstrip("“「"))
        item = item.strip("“”「」")
        lead = rules.year_prefix.match(item)
        if lead:
            start += lead.end()
            item = item[lead.end():]
        item, _ = strip_designator(item)
        if need_evidence and (_QUOTE_OR_JOINT.search(item) or "的" in item):
            de = item.rfind("的")  # 各行各业的先进个人: the honour is after the last 的
            if _QUOTE_OR_JOINT.search(item[de + 1:]):
                continue  # …获奖作品以及首届“全国十佳…: no single honour
            start, item = start + de + 1, item[de + 1:]
        count = rules.count_inside.search(item)
        trailing = count is not None and count.end() == len(item)  # 金奖|150名
        written = item if count is None else item[:count.start()] if trailing else item[count.end():]
        start += count.end() if count and not trailing else 0  # the mention: the words after a count …
        item = rules.count_inside.sub("", item, count=1)  # … the title: 中央和国家机关|123名|优秀共产党员
        holder = rules.holder_end.search(item)
        if holder and need_evidence:  # 提名奖获得者239名: the holders of the honour
            item, written = item[:holder.start()], written[:max(0, len(written) - (len(item) - holder.start()))]
        if first is not None:
            item = _fill_ellipsis(first, item)
        short = len(item) < 3 and item not in rules.data.short_titles
        if not plausible_title(item) or short or (need_evidence and not _names_honour(item)):
            continue
        first = first or item
        yield Found(item, kind_of(item, "title"), start, start + len(written), rule)


def _honour_parts(listed: str, designated: bool = False) -> list[regex.Match[str]]:
    """The items of a list split on 、, and on 和/及/与 only where both sides name an
    honour (先进集体和先进工作者; not 中央和国家机关…) or the list ends in a designator
    they share (劳动模范和三八红旗手等称号)."""
    parts: list[regex.Match[str]] = []
    for piece in _COMMA_PIECE.finditer(listed):
        joint = _JOINT.search(piece.group())
        left = piece.group()[:joint.start()] if joint else ""
        right = piece.group()[joint.end():] if joint else ""
        if joint and left and right and (designated or _names_honour(left) and _names_honour(right)):
            parts += [_PIECE.match(listed, piece.start(), piece.start() + joint.start()),
                      _PIECE.match(listed, piece.start() + joint.end(), piece.end())]
        else:
            parts.append(piece)
    return [p for p in parts if p]


def joint_parts(found: Found) -> list[Found]:
    """“全国卫生健康系统先进集体和先进工作者”: a quoted title that joins two honours with 和, 及 or 与
    (each side names one, _honour_parts) is both, the second with the first's scope filled in
    (…先进工作者 → 全国卫生健康系统先进工作者); any other title is itself."""
    parts = _honour_parts(found.title) if _JOINT.search(found.title) else []
    if len(parts) < 2:
        return [found]
    first = parts[0].group()
    return [Found(title := first if k == 0 else _fill_ellipsis(first, part.group()), kind_of(title, found.kind),
                  found.start + part.start(), found.start + part.end(), found.rule, list(found.recipients))
            for k, part in enumerate(parts)]


def _names_honour(item: str) -> bool:
    bare = rules().holder_end.sub("", rules().count_inside.sub("", item, count=1))
    return bare in rules().data.short_titles or has_evidence(bare)


_COMMA_PIECE = rxcache.compile(r"[^、]+")
_QUOTE_OR_JOINT = rxcache.compile(r"[“”「」]|以及")
_PIECE = rxcache.compile(r".+")
_JOINT = rxcache.compile(r"(?r)[和及与]")  # the last conjunction of a piece


def _fill_ellipsis(first: str, item: str) -> str:
    """`全国脱贫攻坚先进个人和先进集体`: the second item repeats the first's prefix; so
    does one opening with another kind word after a body's scope (中央和国家机关优秀共产党员、
    先进基层党组织), and one opening with a kind word takes the scope the first opens with
    (全国劳动模范和先进工作者 → 全国先进工作者)."""
    for size in (2, 3):
        head = item[:size]
        i = first.find(head)
        if len(head) == size and i > 0:
            return first[:i] + item
    kind_word = rules().kind_word
    own, opens = kind_word.search(first), kind_word.match(item)
    shared = first[:own.start()] if own else ""
    if opens and shared.endswith(rules().data.shared_scopes):
        return shared + item
    # 全国劳动模范和先进工作者: the scope the first opens with is the second's too
    scope = rules().scope.match(first)
    return first[:scope.end()] + item if opens and scope and not rules().scope.match(item) else item


# Longer than any sibling_before match can be (a count, 24 characters, a conjunction, a count).
_SIBLING_WINDOW = 80


def siblings(r: Reading, awards: dict[str, Merged]) -> Iterable[Found]:
    """`73个新农村建设科技示范乡镇（试点）、120个新农村建设科技示范村（试点）`:
    a coordinated item sharing the award's prefix and kind word is an award too."""
    rules, folded = r.rules, r.folded
    starts = occurrences(folded, (fold(title) for title in awards), 0, len(folded))
    for title, merged in list(awards.items()):
        for s, e in all_mentions(fold(title), starts.get(fold(title), []), r.body, merged.spans):
            # a sibling is written right next to the mention (the patterns are bounded
            # and anchored at it): search a window in place, never the clause from its start
            clause_from = max(r.structure.clause_start(s), s - _SIBLING_WINDOW)
            # Anchored at the mention ($), the pattern read right to left fails at once
            # wherever it does not end there; read left to right it tries every start in
            # the window. Whether a match exists does not depend on the direction, so the
            # reversed one decides and the forward one (leftmost, as written) reads it.
            before = None
            if rules.sibling_before_reversed.search(folded, clause_from, s):
                before = rules.sibling_before.search(folded, clause_from, s)
            after = rules.sibling_after.search(folded[e:e + 40])
            cands = []
            if before:
                cands.append((before.group("sib"), before.start("sib")))
            if after:
                cands.append((after.group("sib"), e + after.start("sib")))
            for sib, start in cands:
                i = sib.find(title[:4])
                if i < 0 or len(title) < 6:
                    continue
                sib, start = sib[i:], start + i
                if sib != title and kind_of(sib, "") == merged.kind and plausible_title(sib):
                    yield Found(sib, merged.kind, start, start + len(sib), "awards.sibling")
