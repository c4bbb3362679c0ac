"""Who receives an award: the people the officials found (else the loose name
shapes of extractor/grammar/names.py), or the organisation that is the subject
of a receipt verb, or the recipients listed between a conferral verb and the
honour, or a representative of the honour's holders."""
from __future__ import annotations

from functools import lru_cache

import regex

from ...grammar import names, words
from ...rules import rxcache
from ..officials.dotted import dotted_not_before
from ..officials.people_rules import dotted_name, full_name
from .reading import Reading
from .recipient_items import split_recipients
from .rules import rules

# How far before a receipt verb its subject is looked for: longer than real clauses
# (the longest in the corpus run to ~700 characters), so that a text without marks
# does not have each verb read everything before it.
SUBJECT_REACH = 1000


def subject(r: Reading, verb_start: int, selection: bool = False, passive: bool = False) -> list[str]:
    """Who receives: the people or the organisation before a receipt verb (and, before
    a verb of selection, a thing named in quotes); `passive`: `verb_start` is a 被 the
    caller found, the agent and the verb after it."""
    start = max(r.structure.sentence_start(verb_start), verb_start - SUBJECT_REACH)
    clauses = r.clause_texts(start, verb_start)
    near_start = max(start, verb_start - sum(len(c) + 1 for c in clauses[-2:]) + 1)
    if r.structure.clause_start(start) != start:
        clauses[0] = ""  # cut by the reach: it does not open a clause, so it names no subject
    last = clauses[-1].strip() if clauses else ""
    if r.rules.relative_openers.search(last):
        return []  # 与获得…奖的外国专家座谈: the verb opens a relative clause
    if last in r.rules.data.recipients.person_pronouns:
        return [last]  # 今年，他被…授予: the merge reads whom the pronoun names
    including = r.rules.including.search(last)
    if including:  # 包括中国传统制茶技艺及其相关习俗在内的39个项目被列入…
        return split_recipients(including.group("who"), r.people_names, r.people_posts)
    if r.rules.counted_people_end.search(last):
        return []  # 10人次荣立一等功: people the release does not name
    work = r.rules.work_before.search(last) or (r.rules.quoted_before.search(last) if selection else None)
    if work:  # 小说《北方的河》荣获…: the work, not its author; 《山海情》《装台》等…: each work
        return _named_works(work)
    congratulated = _congratulated(r, near_start, verb_start)
    if congratulated:
        return congratulated
    # people found by evidence first, in the verb's own clause, then a name closing that clause
    # after its descriptor (学生王浩|获得…), then the clause before; where none stands there, a
    # name of the loose shape (林丹荣获了“七一”勋章: the receipt verb vouches for its subject)
    continued = last.startswith(tuple(r.rules.data.recipients.continued_subject_openers))
    own_start = verb_start - len(clauses[-1]) if clauses and not continued else near_start
    closing = _name_closing(last) if not continued and "、" not in last else []  # (a list: loose_people's)
    framed = len(clauses) >= 2 and r.rules.adverbial_frame.match(clauses[-2].strip())  # 在X带领下，…
    persons = _names_listed(last) or (r.people_in(own_start, verb_start) if r.people else []) or closing \
        or (r.people_in(near_start, verb_start) if r.people and not framed else []) \
        or names.loose_people(r.text, own_start if framed else near_start, verb_start)
    if persons:
        return persons
    counted = _counted_list(r, last)
    if counted:
        return counted
    if last and org_subject(last) is None:
        own = _selected_thing(r, last, passive_only=not (selection or passive))
        if own:
            return own  # the verb's own clause names it: no clause before is read (澳门还被评为…)
    return _body_subject(r, clauses, last)


def _body_subject(r: Reading, clauses: list[str], last: str) -> list[str]:
    """The body opening the verb's clause or one of the two before it; after a disposal's marker its
    object, never the agent before it (省政府将|该村命名为…: 该村 names the one meant, no one here)."""
    if (disposed := after_disposal(last)) != last:
        return [org] if (org := org_subject(disposed)) and not r.rules.demonstrative.match(org) else []
    tried = 0
    for clause in reversed(clauses):
        clause = clause.strip()
        if not clause or r.rules.demonstrative.match(clause):
            continue
        if r.rules.time_clause.match(clause) and len(clause) <= 8:
            continue
        org = org_subject(clause)
        bodies = _listed_bodies(r, org or clause)  # (县人民医院和县中医院: read whole by org_subject)
        if bodies or org:
            return bodies or [org]
        tried += 1
        if tried == 2:
            break
    return []


def _counted_list(r: Reading, clause: str) -> list[str]:
    """北京、上海等38个城市入选…, 大连金石滩、青岛灵山湾等20个海湾…: the verb's clause a 、-list closed
    by 等 and a count of what its items are, by such a count in digits alone (…、白霓古堰4个工程), or by 等
    alone (琉璃河遗址、北京中轴线等入选…); each item (a place, a site, a body) receives."""
    tail = r.rules.counted_tail.search(clause) or ("、" in clause and r.rules.counted_tail_bare.search(clause)) or None
    end = tail.start() if tail else len(clause) - 1 if clause.endswith("等") else None
    items = clause[:end].split("、") if end is not None else []
    data = r.rules.data.recipients
    disposed = False
    if items:  # 生态环境部近日正式将|广东广州、浙江安吉等23个地区纳入…: the disposal's object is the list
        disposed = after_disposal(items[0]) != items[0]
        items[0] = after_disposal(items[0])
    while items and (lead := next((w for w in data.subject_openers + data.subject_stops + data.counted_list_openers
                                   if items[0].startswith(w) and len(items[0]) > len(w) + 1), None)):
        items[0] = items[0][len(lead):]  # 其中|拙政园、留园…, 将|天津…纳入: what opens the clause
    # (one item will do after a disposal's marker: 将|内蒙古自治区巴彦淖尔市乌梁素海等29处湿地列入…)
    longest = 16 if disposed and len(items) == 1 else 12
    ok = (len(items) >= 2 or disposed and tail is not None) and all(
        2 <= len(i) <= longest and ALL_HAN.fullmatch(i) and not r.rules.verb.search(i) for i in items)
    return items if ok else []


def after_disposal(clause: str) -> str:
    """What follows the last marker of a disposal in `clause` (awards.toml disposal_markers: …六部门将|北京、
    天津…), the agent before it left out; the clause itself where none stands after its first character."""
    markers = rules().data.recipients.disposal_markers
    return clause[max((clause.rfind(w) + len(w) for w in markers if w in clause[1:]), default=0):]


def _names_listed(clause: str) -> list[str]:
    """孙红梅、周建华获一等奖: the verb's whole clause a 、-list of full names (a surname, given-name
    characters common in names), each a winner."""
    items = clause.split("、")
    return items if len(items) >= 2 and all(full_name(i) for i in items) else []


def _name_closing(clause: str) -> list[str]:
    """该校学生王浩|获得…: a full name (a surname that is no common word, given-name characters
    common in names) closing the verb's clause after the words that describe the person, or
    the whole clause (…夺冠，|钱涛|获得银牌)."""
    stops = rules().data.recipients.subject_stops
    while clause and (stop := next((w for w in stops if clause.endswith(w)), None)):
        clause = clause[:-len(stop)]  # …灌溉工程|成功|入选: the adverbs before the verb are no name
    for length in (3, 2):
        name = clause[-length:]
        if len(clause) >= length and full_name(name, strong_surname=True) and not rules().org_end.search(name):
            return [name]
    return []


def _selected_thing(r: Reading, before_verb: str, passive_only: bool) -> list[str]:
    """北京中轴线被正式列入…, 澳门还被评为…, 大运河列入…: what opens the verb's clause before
    被 (and its agent), or before a verb of selection, receives (a site, a craft, a city),
    less the adverbs after it (…技艺还被列入); not a time, a thing counted (一个村, 多个项目),
    a clause that opens with a preposition or a copula (从中秋节被…, 是全国首个被…), nor a
    clause of its own (大火已烧到了被…的). (A thing named by a demonstrative, 该村, 其…, is
    dropped with every recipient so named: merge._unnamed.)
    """
    passive = r.rules.passive_selected.search(before_verb)
    if passive is None or passive_only and not passive.group("passive") \
            or r.rules.counted_subject.search(before_verb):
        return []
    thing, data = passive.group("work"), r.rules.data.recipients
    cut = _subject_stop(thing, data.subject_stops)
    rest = thing[cut:]
    while rest and (stop := next((w for w in data.subject_stops if rest.startswith(w)), None)):
        rest = rest[len(stop):]
    thing = thing[:cut]
    if rest or thing.startswith(_not_selected_openers()) or r.rules.time_clause.match(thing) \
            or r.rules.demonstrative.match(thing):
        return []
    return [thing]


@lru_cache(maxsize=1)
def _not_selected_openers() -> tuple[str, ...]:
    data = rules().data.recipients
    return tuple(data.subject_stops + data.copulas + data.subject_openers)


def _subject_stop(clause: str, stops: list[str]) -> int:
    """Where the first of `stops` after a subject's first two characters begins (the clause's
    length where none does)."""
    return min((i for w in stops if (i := clause.find(w, 2)) != -1), default=len(clause))


def _congratulated(r: Reading, start: int, verb_start: int) -> list[str]:
    """习近平祝贺斐济男子七人制橄榄球队在巴黎奥运会上荣获银牌: the body after a verb of
    congratulating receives, not the person who congratulates."""
    words = r.rules.data.recipients.congratulating
    found = max(((i, w) for w in words if (i := r.folded.rfind(w, start, verb_start)) >= 0), default=None)
    if found is None:
        return []
    org = org_subject(r.folded[found[0] + len(found[1]):verb_start])
    return [org] if org else []


def subject_after(r: Reading, end: int) -> list[str]:
    """作为全国首批…试点城市之一，今年，重庆将…: the subject of the clause after a 作为
    phrase, past time words, holds what the phrase names."""
    clauses = r.clause_texts(end, min(r.structure.sentence_end(end), end + 200))
    for clause in clauses[1:3]:
        clause = clause.strip()
        if not clause or (r.rules.time_clause.match(clause) and len(clause) <= 8):
            continue
        dated = r.rules.time_clause.match(clause)  # 今年|福建在…: when, no part of the subject
        clause = clause[dated.end():] if dated else clause
        cut = _head_end(clause)  # (the subject ends at its verb: …景德镇正以…方式雕琢这座城市 is no body's name)
        org = org_subject(clause[:cut] if cut else clause)
        if org is None:
            head = _HEAD.match(clause[:cut])
            org = head.group() if head else None
        return [org] if org else []
    return []


def relative_head(r: Reading, holders: str) -> list[str]:
    """前不久列入世界遗产名录的北京中轴线: the holders named after the 的 that closes a relative
    clause holding an honour, a person found there, or a named thing up to its verb (…的潍坊
    风筝吸引了…); none where they are counted or common nouns (…名录的项目增至43个, …奖的代表)."""
    data = r.rules.data.recipients
    ends = [i for ch in data.relative_head_ends if (i := holders.find(ch)) >= 0]
    named = holders[:min(ends)] if ends else holders  # (…代表给|习近平总书记写信: no holder after 给)
    known = [p for p in r.people_names if p in named]  # (…奖的中国科学院物理研究所陈立泉院士)
    if known:
        return known
    head = holders[:_head_end(holders) or len(holders)]
    common = tuple(data.relative_common_nouns)
    if not (2 <= len(head) <= 14 and ALL_HAN.fullmatch(head)) or head.startswith(tuple(data.relative_not_openers)) \
            or head.endswith(common) or head.startswith(common):  # (…的外国专家, …的选手交谈)
        return []
    return [head] if r.rules.org_end.search(head) or 4 <= len(head) <= 8 else []


ALL_HAN = rxcache.compile(r"\p{Han}+")
_WORK_TITLE = rxcache.compile(r"《([^《》\n]+)》")  # each work of a run awards.toml work_before reads


def _named_works(work: regex.Match[str]) -> list[str]:
    """The works a match of work_before (each in its title marks) or of quoted_before names."""
    return _WORK_TITLE.findall(work.group("works")) if "works" in work.re.groupindex else [work.group("work")]


def _head_end(clause: str) -> int:
    """Where the subject opening `clause` ends: at an adverb that ends subjects, or at the
    first verb of the lexicon (该公司|加大研发投入)."""
    stops = [i for w in rules().data.recipients.subject_stops if (i := clause.find(w, 2)) != -1]
    verbs = words.verb_set()
    verb = next((i for i in range(2, len(clause) - 1) if clause[i:i + 2] in verbs), None)
    return min(stops + ([verb] if verb is not None else []), default=0)


_HEAD = rxcache.compile(r"\p{Han}{2,6}$")  # a place or a body named without its suffix (重庆)


def _listed_bodies(r: Reading, clause: str) -> list[str]:
    """县人民医院、县中医院获评…: bodies joined as one subject, each a body's name; none where one
    part is not (a person, a thing or a clause with it)."""
    parts = r.rules.org_joiners.split(clause)
    if len(parts) < 2:
        return []
    *listed, last = parts
    last_org = org_subject(last)
    if last_org is None or not last.startswith(last_org):
        return []
    bodies = [p.strip() for p in listed] + [last_org]
    return bodies if all(2 <= len(b) <= 30 and r.rules.org_end.search(b) and r.rules.org_chars.fullmatch(b)
                         for b in bodies) else []


def org_subject(clause: str) -> str | None:
    """The organisation, place or person that opens a clause (市南区商务局在…连续 → 市南区商务局)."""
    r = rules()
    for adverb in r.data.recipients.subject_trailing:
        clause = clause.removesuffix(adverb)
    cut = _subject_stop(clause, r.data.recipients.subject_stops + r.data.recipients.copulas)
    np = clause[:cut].rsplit(r.data.attributive, 1)[-1].strip()
    if r.verb.match(np):
        return None  # 荣立二等功1次: a receipt of its own, no subject
    for opener in r.data.recipients.subject_openers:
        if np.startswith(opener) and len(np) > len(opener) + 1:
            np = np[len(opener):]  # 其中中国队…: the connective opens the clause, not the subject
            break
    benefactive = np.rfind(r.data.recipients.benefactive, 2)
    if benefactive >= 2 and r.org_end.search(np[benefactive + 1:]) and len(np) - benefactive > 2:
        np = np[benefactive + 1:]  # 以…成绩为中国体育代表团|夺得…: the body it is won for
    person = names.name_before_honorific(np)
    if person:
        return person
    if 2 <= len(np) <= 4 and names.plausible_at(np):
        return np  # 王五荣获…, 林丹荣获…: the whole subject is a person's name (a weak surname too)
    if dotted_name(np) and not np.endswith(dotted_not_before()):
        return np  # 艾力·买买提获得…: parts joined by ·, the whole subject (not 万科·城市花园)
    if r.counted_subject.search(np):
        return None
    if 2 <= len(np) <= 30 and r.org_end.search(np) and r.org_chars.fullmatch(np):
        return np
    return None


def passive_subject(r: Reading, verb_start: int, selection: bool = False) -> list[str] | None:
    """…被国务院公布为…, 红其拉甫海关被国务院授予“…”: with an agent between 被 and the verb, the
    subject before 被 receives (read as a passive verb's is); None where no 被 stands there."""
    passive = r.rules.data.passive
    mark = r.folded.rfind(passive, max(0, verb_start - 12), verb_start)
    if mark < 0 or r.rules.boundary.search(r.folded, mark, verb_start):
        return None
    return subject(r, mark, selection=selection, passive=True)  # (“…”成功被|列入…名录: a thing named in quotes)


def appositive_people(r: Reading, end: int) -> list[str]:
    """`“聚力强势星”、区…负责人孙伟` → [孙伟]: the person named right after the title;
    `“中国好人”荣誉称号获得者李培生` → [李培生]: the holder named right after 获得者."""
    holder = r.rules.holder.match(r.folded, end)
    if holder:
        named = r.people_in(holder.end(), holder.end() + 8) if r.people else []
        return [p for p in named if r.folded.startswith(p, holder.end())][:1]
    if not r.folded.startswith("、", end):
        return []
    stop = r.clause_stop(end + 1, "、")
    found = r.people_in(end + 1, stop + 3) if r.people else names.loose_people(r.folded, end + 1, stop)
    return found[:1]


def representatives(r: Reading, spans: list[tuple[int, int]]) -> list[str]:
    """`优秀党务工作者代表曾继勇`, `张桂梅代表“七一勋章”获得者`: the representative
    holds the honour, and so does a person found by officials named as its holder
    after it (…奖章获得者陈燕芳) or before a copula (高华瑞是“…”获得者); `spans` are the
    title's places in the folded text."""
    text, rep = r.folded, r.rules.representative
    found: list[str] = []
    for s, e in spans:
        m = r.rules.representative_after.match(text, e)
        if m:
            if r.people:
                found.extend(r.starting_at.get(m.end(), ()))
            else:
                found.extend(filter(None, [names.speaker_at(text, m.end())]))
        holder = None if m else r.rules.representative_before.match(text, e)
        if holder:  # 全国五一劳动奖章获得者陈燕芳
            found.extend(r.starting_at.get(holder.end(), ()))
        q = s - 1 if text[s - 1:s] and text[s - 1] in r.rules.data.open_quotes else s
        copula = next((c for c in r.rules.data.recipients.copulas if text.endswith(c, 0, q)), "")
        if copula and holder:  # 高华瑞是“全国五一劳动奖章”获得者: the person the copula describes
            found.extend(r.ending_at.get(q - len(copula), ()))
        if q >= len(rep) and text[q - len(rep):q] == rep and r.rules.representative_before.match(text, e):
            start = q - len(rep)
            if r.people:
                found.extend(r.ending_at.get(start, ()))
            else:
                found.extend(filter(None, [names.name_after_post(text[max(0, start - 12):start] + rep)]))
    return found
