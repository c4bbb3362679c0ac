"""Designations: a verb of designating, the designated, 为 and the honour (确定北京、上海等38个城市为
第一批…试点城市, 市第一中学被教育部认定为…, …等100个单位为…示范县), and batch designations
(全国首批创新型企业之一)."""
from __future__ import annotations

from collections.abc import Iterable

from ...grammar import words
from ..officials.people import CONJUNCTIONS
from .families import named_only, object_title
from .reading import Found, Reading, has_evidence, kind_of, not_given, plausible_title
from .recipient_items import split_recipients
from .recipients import ALL_HAN, after_disposal, subject, subject_after


def designated(r: Reading) -> Iterable[Found]:
    """确定北京、上海、广州等38个城市为第一批全国…试点城市, 命名南山村为省级生态示范村: a verb
    of designating, the designated, 为 and an honour showing an honour's wording."""
    verbs = words.verb_set()
    for active, pattern in ((True, r.rules.designated), (False, r.rules.designated_passive),
                            (True, r.rules.designated_listed)):  # (…等100个单位为…示范县: no verb written)
        if pattern is r.rules.designated_listed and not r.rules.counted_list_end.search(
                r.folded, r.body.start, r.body.end):
            continue  # (most texts count no listed places: a scan for 等N个 spares reading every clause)
        for m in pattern.finditer(r.folded, r.body.start, r.body.end):
            who = m.group("who") if active else ""
            if pattern is r.rules.designated_listed and any(who[i:i + 2] in verbs for i in range(len(who) - 1)):
                continue  # 我国新增天津、宜宾…: a clause with its verb, not a bare list (确定…: the verb's own)
            read = object_title(r, m.end())  # (None before a quote: 被认定为“重大事件”)
            if read is None or not (read.evident or _strongly_designated(r, m.group(), read.title)) \
                    or not_given(r, m.start(), read.start + len(read.title)):
                continue
            recipients = (split_recipients(who, r.people_names, r.people_posts) if active
                          else subject(r, m.start(), selection=True, passive=True))
            yield Found(read.title, kind_of(read.title, "title"), read.start, read.start + len(read.title),
                        "awards.designated", recipients)


def one_of(r: Reading) -> Iterable[Found]:
    """全国首批创新型企业之一 / 首批120个…示范村（试点）之一: a batch designation."""
    rules = r.rules
    for m in rules.one_of.finditer(r.folded):
        np = m.group("np")
        count = rules.count_prefix.match(np)
        if count:
            title, start = np[count.end():], m.start("np") + count.end()
        else:
            title, start = r.folded[m.start():m.end("np")], m.start()
        if not plausible_title(title) or len(title) < 4 or _a_first_described(title, rules.data):
            continue
        if count and rules.counted_people_end.search(count.group()) and not has_evidence(title):
            continue  # 第一批24名上舰女兵之一: people counted, no designation
        selection = has_evidence(title) and any(w in title for w in rules.data.one_of_selection_words)
        holder = subject(r, m.start())
        if not holder and r.folded.endswith(rules.data.as_word, 0, m.start()):
            holder = subject_after(r, m.end())  # 作为…之一，今年，重庆将…
        yield Found(title, kind_of(title, "selection" if selection else "title"), start, start + len(title),
                    "awards.one_of", holder)
    yield from _one_of_unbatched(r)


def _one_of_unbatched(r: Reading) -> Iterable[Found]:
    """筼筜湖生态修复作为中国生态修复典型案例之一…: one of a designation with no batch written, after 作为 or a
    copula; its words must show the honour (not 是全国最大的…之一)."""
    rules = r.rules
    if rules.data.one_of_word not in r.folded:
        return  # (most texts name no one of anything: 是 and 作为, in nearly all, would each be read on)
    for m in rules.one_of_unbatched.finditer(r.folded, r.body.start, r.body.end):
        title, start = m.group("np"), m.start("np")
        if not _names_a_designation(r, m, title) or rules.batch_inside.search(title):
            continue  # (a batch written: awards.one_of's)
        holder = subject(r, m.start(), selection=True)
        if not holder and m.group("as_"):
            holder = subject_after(r, m.end())
        selection = any(w in title for w in rules.data.one_of_selection_words + rules.data.list_words)
        yield Found(title, kind_of(title, "selection" if selection else "title"), start, start + len(title),
                    "awards.one_of", holder)


def _strongly_designated(r: Reading, designation: str, title: str) -> bool:
    """教育部认定301个县为学前教育普及普惠县: a strong verb of designating (认定, 命名) and a kind of place or
    body make an honour of words that show none."""
    data = r.rules.data
    return any(v in designation for v in data.designating_strong) and title.endswith(tuple(data.designated_kinds))


# How far before 作为 a designation's verb and its list are read (确定山东、湖北…作为): the list's longest, 40, and
# the verb (a window: a run of 作为 in one long clause would read it again from the clause's start each time).
_DESIGNATED_REACH = 50


def batch_designated(r: Reading) -> Iterable[Found]:
    """谢依特小学成为当地首个西部计划志愿者包校支教的试点学校, 国家确定第一批…试点县: a batch designation held
    by the copula's subject (or, after 作为, the next clause's), or made by a verb of designating with no one
    named."""
    rules = r.rules
    for m in rules.batch_designated.finditer(r.folded, r.body.start, r.body.end):
        parts = _joined_batches(r, m.group("np"), m.start("np")) if m.group("as_") else [(m.group("np"), m.start("np"))]
        if any(not _a_batch_designation(r, m, title) for title, _ in parts):
            continue
        lo = max(r.structure.clause_start(m.start()), m.start() - _DESIGNATED_REACH)
        if m.group("as_") and rules.designated.search(r.folded, lo, m.end()):
            continue  # 确定山东、湖北…作为第一批…: the designation's own list (awards.designated)
        holder = [] if not (m.group("copula") or m.group("as_")) else subject(r, m.start(), selection=True)
        if m.group("as_") and not holder:  # 作为首批…，江西景德镇…: the next clause's subject (江苏无锡作为…: its own)
            holder = subject_after(r, m.end())
        for title, start in parts:
            yield Found(title, kind_of(title, "selection"), start, start + len(title), "awards.batch_designated",
                        holder)


def _a_batch_designation(r: Reading, m, title: str) -> bool:
    rules = r.rules
    # (a copula and a scope with no batch: a designation by its bare name only, not a first or a superlative
    # described, 是全国第一个跨省流域…试点, 是…领域的国家级政府奖)
    described = m.group("first") or m.group("copula") and not m.group("batched")
    return _names_a_designation(r, m, title) and not (
        described and ("的" in title or rules.batch_inside.search(title))
        or any(c in title for c in CONJUNCTIONS) or rules.count_inside.search(title))


def _names_a_designation(r: Reading, m, title: str) -> bool:
    """The words after a copula, 作为 or a batch name a designation: an honour's wording, a plausible title,
    no first described by what it did, no goal."""
    return (has_evidence(title) and plausible_title(title) and not _a_first_described(title, r.rules.data)
            and not not_given(r, m.start(), m.end()))


def _joined_batches(r: Reading, np: str, start: int) -> list[tuple[str, int]]:
    """首批国家历史文化名城和全国首批城市更新试点城市: designations joined, each with its own batch (and scope)."""
    parts, at = [], 0
    for joint in r.rules.joined_batch.finditer(np):
        parts.append((np[at:joint.start()], start + at))
        at = joint.end()
    return parts + [(np[at:], start + at)]


def _a_first_described(title: str, data) -> bool:
    """首批升起五星红旗的香港学校, 第一批同中国建交的欧洲国家: a clause before 的 telling what
    the first ones did, and a plain noun after it, name a historic first, no designation;
    首批设立的国家数字服务出口基地 (a verb of designating), …的示范区 (an honour's word) or …建设的试点 (a pilot) do."""
    de = title.rfind("的")
    if de < 0:
        return False
    head = title[de + 1:]
    return (not has_evidence(head) and head not in data.one_of_selection_words
            and not any(v in title[:de] for v in data.one_of_designating_verbs))


# How far before a pilot's verb, or a count closing a list, the places listed are read (the longest list of places
# the pilot rule read before, 60).
_LIST_REACH = 60


def pilot_sites(r: Reading) -> Iterable[Found]:
    """在北京、上海、江苏、深圳等8个省市开展知识产权金融生态综合试点工作, 北京市、上海市开展…试点工作: the named
    places hold the pilot."""
    rules = r.rules
    if rules.data.pilot_word not in r.folded:
        return  # (most texts name no pilot)
    for m in rules.pilot_sites.finditer(r.folded, r.body.start, r.body.end):
        sites = _pilot_places(r, m.start())
        title, start = m.group("np"), m.start("np")
        batch = rules.batch_prefix.match(title)
        if batch:  # 启动首批可信数据空间试点: the batch is no part of the pilot's name
            title, start = title[batch.end():], start + batch.end()
        if not sites or any(w in title for w in rules.data.policy_pilot_words):
            continue  # (a business, a rule or a service tried: a policy pilot, no designation)
        if not plausible_title(title) or len(title) < 5 or not_given(r, m.start(), m.end()):
            continue
        yield Found(title, "selection", start, start + len(title), "awards.pilot_sites", sites)


def _pilot_places(r: Reading, verb_start: int) -> list[str]:
    """The places carrying out the pilot whose verb is at `verb_start`: after 在 in its clause, each named as a
    body or a place, or counted as places; or the clause's subject (after a verb of approving or choosing), each
    named as a place, or counted. [] where the words there are no such list (我国, 教育部, 在长江流域)."""
    rules, folded = r.rules, r.folded
    lo = max(r.structure.clause_start(verb_start), verb_start - _LIST_REACH)
    words = folded[lo:verb_start]
    adverbs = rules.pilot_adverbs.search(words)
    words = words[:adverbs.start()] if adverbs else words
    at = words.rfind("在")
    if at < 0:
        agents = list(rules.pilot_agents.finditer(words))
        words, place_end = words[agents[-1].end():] if agents else words, rules.pilot_place_end
        dated = rules.time_clause.match(words)  # 两年来|北京市、上海市…: when, no place
        words = words[dated.end():].lstrip("，, ") if dated else words
    else:
        words, place_end = words[at + 1:], rules.org_end
    if len(words) < 2 or any(ch in words for ch in "：:“”"):
        return []
    counted = rules.counted_places.search(words)
    sites = named_only(r, split_recipients(words[:counted.start()] if counted else words, r.people_names,
                                           r.people_posts))
    # (a site holding a figure counts places, names none: 全国已有超过20个省市)
    sites = [x for x in sites if not rules.counted_site.match(x) and not any(ch.isdigit() for ch in x)
             and not rules.pilot_unnamed_place.match(x)]
    return sites if sites and (counted or all(place_end.search(x) for x in sites)) else []


def counted_designations(r: Reading) -> Iterable[Found]:
    """新增大连、宁波等9个服务业扩大开放综合试点城市: a designation its holders are listed and counted before."""
    rules, folded = r.rules, r.folded
    for m in rules.counted_designation.finditer(folded, r.body.start, r.body.end):
        title = _designation_closing(m.group("np"))
        if title is None or not plausible_title(title) or _a_first_described(title, rules.data) \
                or rules.verb.search(title) or rules.counted_not_designation.search(title):
            continue  # (…等38个城市|为第一批…, …等104个地方|获得…: a clause goes on after the count, no name)
        lo = max(r.structure.clause_start(m.start()), m.start() - _LIST_REACH)
        holders = _counted_holders(r, folded[lo:m.start()])
        start = m.start("np")
        if holders and not not_given(r, m.start(), start + len(title)):
            yield Found(title, kind_of(title, "selection"), start, start + len(title), "awards.counted_designation",
                        holders)


def _designation_closing(rest: str) -> str | None:
    """The designation opening `rest` (the rest of a clause after a count): the shortest stretch showing an
    honour's wording that the clause's end, a 的 or a verb of the lexicon follows (…试点城市|开展试点以来,
    …示范区域|的示范通道); None if none does."""
    verbs = words.verb_set()
    for end in range(5, len(rest) + 1):
        after = rest[end:]
        if (not after or after[0] == "的" or after[:2] in verbs or after[:3] in verbs) and has_evidence(rest[:end]):
            return rest[:end]
    return None


def _counted_holders(r: Reading, listed: str) -> list[str]:
    """The items of the 、-list closing `listed` (the words before 等 and the count), less the verb opening the
    first one (新增|大连, 首次引入|广州南沙) and what only counts them; [] where an item is no name."""
    items = listed.split("、")
    first = after_disposal(items[0])
    opened = max((first.rfind(verb) + len(verb) for verb in r.rules.data.recipients.holder_list_verbs
                  if verb in first), default=None)
    items[0] = first[words.after_last_verb(first, len(first)) if opened is None else opened:].removeprefix("了")
    openers = tuple(r.rules.data.recipients.subject_openers + r.rules.data.recipients.counted_list_openers)
    items[0] = items[0][len(next((w for w in openers if items[0].startswith(w)), "")):]
    if items[0].startswith(tuple(r.rules.data.recipients.subject_stops)):
        return []  # 已先后筛选出|…: an adverb, so a verb the lexicon lacks opens the list
    # the last two joined by a conjunction are two holders (…、海工装备和高技术船舶等14个…)
    items[-1:] = r.rules.recipient_item.findall(items[-1]) or items[-1:]
    # (an item holding 等 ends a list of its own: 准东、喀什等一批…基地和乌鲁木齐、伊犁等4个…)
    ok = all(2 <= len(item) <= _HOLDER_LONGEST and ALL_HAN.fullmatch(item) and "等" not in item for item in items)
    return named_only(r, items) if ok else []


# A holder's name runs longer than a place's (京津冀新一代信息技术应用创新集群); a clause, longer still.
_HOLDER_LONGEST = 20

