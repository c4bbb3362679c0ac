"""Awards: honours, prizes, titles, flags, stars and list selections (SPEC "awards").

Candidates come from five families of evidence, each a small function:

- quoted titles (“聚力强势星”) with an award word in them or an award verb before them;
- conferrals (授予 RECIPIENTS TITLE), recipients between verb and title;
- receipts and selections (X荣获/摘获/入选 TITLE), recipient is the subject;
- commendation decisions (《关于表彰A、B和C的决定》);
- batch designations (全国首批创新型企业之一).

Goals, nominations and policy rewards (争创…, 推荐授予…, 对新获得…的，给予…奖励)
are dropped. Matching runs on `textnorm.fold(text)`, so offsets index the input.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..doc import Doc
from ..doc.body import Body
from ..output.models import Award, Official
from ..reading.textnorm import fold
from ..rules import patterns, rxcache
from .base import Candidate

# Fixed helper patterns, compiled once (module-level regex.* calls pay a cache
# lookup and flag arithmetic on every call).
_ANY_HAN = rxcache.compile(r"\p{Han}")
_CONDITION_TAIL = rxcache.compile(r"[^，,。；;]{0,8}的[，,]")
_COUNTED = rxcache.compile(r"\d|共有|拥有")
_ORG_CHARS = rxcache.compile(r"[\p{Han}A-Za-z0-9（）()·]+")
_CLAUSE_SPLIT = rxcache.compile(r"[，,：:；;]")
_DEMONSTRATIVE = rxcache.compile(r"(?:一|这)[个座家所]")
_DECISION_TAIL = rxcache.compile(r"的(?:决定|通报|通知)$")
_NON_COMMA = rxcache.compile(r"[^，,]+")
_OBJECT = rxcache.compile(r"了?(?P<obj>[^，,。；;：:！？!?、\n“”「」《》（(]{2,30}(?:[（(]试点[）)])?)")
_OBJECT_CUT = rxcache.compile(r"之一|，|的(?:[\p{Han}]{0,2}(?:单位|企业|个人))?$")
_LIST_PART = rxcache.compile(r"[^、和及与]+")


def _occurrences(haystack: str, needle: str, end: int) -> list[tuple[int, int]]:
    """Non-overlapping spans of `needle` in haystack[:end]."""
    out, at = [], haystack.find(needle, 0, end)
    while at >= 0 and needle:
        out.append((at, at + len(needle)))
        at = haystack.find(needle, at + len(needle), end)
    return out

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


class _Context(patterns.Rules):
    not_given_before: list[str]
    condition_openers: list[str]
    reward_after: list[str]
    not_honour: list[str]


class _Recipients(patterns.Rules):
    org_suffixes: list[str]
    honorifics: list[str]
    posts_before: list[str]
    name_followers: list[str]
    subject_stops: list[str]
    time_clause: str


class _AwardRules(patterns.Rules):
    kinds: _Kinds
    evidence: list[str]
    campaign: list[str]
    campaign_after: list[str]
    names_after: list[str]
    designators: list[str]
    quote_head_not_before: list[str]
    quote_heads: list[str]
    verbs: _Verbs
    context: _Context
    recipients: _Recipients
    fragments: dict[str, str]


@dataclass(frozen=True)
class _Rules:
    data: _AwardRules
    kind_word: regex.Pattern[str]
    kind_of: dict[str, str]
    evidence: list[regex.Pattern[str]]
    campaign: list[regex.Pattern[str]]
    verb: regex.Pattern[str]
    quote: regex.Pattern[str]
    designator_end: regex.Pattern[str]
    verb_gap: regex.Pattern[str]
    decision: regex.Pattern[str]
    one_of: regex.Pattern[str]
    count_tail: regex.Pattern[str]
    year_prefix: regex.Pattern[str]
    count_prefix: regex.Pattern[str]
    org_end: regex.Pattern[str]
    time_clause: regex.Pattern[str]
    post_name: regex.Pattern[str]
    name_list: regex.Pattern[str]
    sibling_before: regex.Pattern[str]
    sibling_after: regex.Pattern[str]
    holder: regex.Pattern[str]
    scope: regex.Pattern[str]
    counted: regex.Pattern[str]
    speaker: regex.Pattern[str]
    representative_after: regex.Pattern[str]   # after a title: 优秀党务工作者[获得者]代表 …
    representative_before: regex.Pattern[str]  # after a title written after 代表: …“七一勋章”获得者
    fragments: dict[str, str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = patterns.load("awards", _AwardRules)
    frag = dict(data.fragments)
    alt = patterns.alternation
    frag["designator"] = alt(data.designators)
    frag["quote_head"] = alt(data.quote_heads)
    frag["sib_char"] = r"(?:(?![和及与的、])[\p{Han}（）()])"
    frag["follower"] = alt(data.recipients.name_followers)
    frag["head_not_before"] = alt(data.quote_head_not_before)
    kind_of = {w: k for k in KINDS for w in getattr(data.kinds, k)}
    verbs = data.verbs
    # Alternatives in this order: at one position the stronger reading wins (被授予 before 授予).
    verb = "|".join(f"(?P<{name}>{alt(getattr(verbs, name))})"
                    for name in ("strong", "confer", "select", "weak"))
    # Atomic: 获得者 must not fall back to 获 + 得者.
    verb = f"(?>{verb})(?!{alt(verbs.not_before)})"
    def compile_(template):
        return rxcache.compile(patterns.expand(template, frag))
    return _Rules(
        data=data,
        kind_word=rxcache.compile(alt(list(kind_of))),
        kind_of=kind_of,
        evidence=[compile_(p) for p in data.evidence],
        campaign=[compile_(p) for p in data.campaign],
        verb=rxcache.compile(verb),
        quote=compile_(r"{quote_open}\s*(?P<title>[^“”「」『』\n]{1,30}?)\s*{quote_close}"
                       r"(?P<head>{quote_head}(?!{head_not_before}))?(?:等?(?P<designator>{designator}))?"),
        designator_end=compile_(r"(?:{designator})$"),
        verb_gap=compile_(r"(?:了|过)?(?:{verb_gap})?"),
        decision=compile_(r"关于(?P<verb>表彰|授予)(?P<list>[^》。\n]{2,120}?)的(?:决定|通报|通知)"),
        one_of=compile_(r"(?P<scope>{scope})?(?P<batch>{batch})"
                        r"(?P<np>[^，,。；;、\n“”]{2,30}?)之一"),
        count_tail=compile_(r"{count_tail}$"),
        year_prefix=compile_("{year_prefix}"),
        count_prefix=compile_(r"^{count}"),
        org_end=rxcache.compile(f"(?:{alt(data.recipients.org_suffixes)})$"),
        time_clause=rxcache.compile(data.recipients.time_clause),
        post_name=compile_(rf"(?:{alt(data.recipients.posts_before)})(?P<name>\p{{Han}}{{2,3}}?)(?={{follower}})"),
        name_list=rxcache.compile(r"的(?P<names>\p{Han}{2,3}(?:、\p{Han}{2,3})+)(?=均|都|等|分别|同时)"),
        sibling_before=compile_(r"(?:{count})?(?P<sib>{sib_char}{3,24})(?:、|和|及|与)(?:{count})?$"),
        sibling_after=compile_(r"^(?:、|和|及|与)(?:{count})?(?P<sib>{sib_char}{3,24})"),
        holder=compile_("{holder}"),
        scope=compile_("{scope}"),
        counted=compile_("{counted}"),
        speaker=compile_(r"(?P<name>\p{Han}{2,3}?)(?={speech})"),
        representative_after=compile_(r"[”」]?(?:{holder})?代表"),
        representative_before=compile_(r"[”」]?(?:{holder})"),
        fragments=frag,
    )


@dataclass
class _Found:
    """One written occurrence of an award, before merging by title."""

    title: str
    kind: str
    start: int
    end: int
    recipients: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- small helpers

_SENTENCE_END = "。！？!?\n"
_CLAUSE_END = _SENTENCE_END + "；;，,：:"


_WINDOW = 256  # search in windows: an unbounded rfind of an absent mark is O(len(text))


def _last_of(text: str, marks: str, pos: int) -> int:
    """Position just after the last of `marks` before `pos` (0 if none)."""
    hi = pos
    while hi > 0:
        lo = max(0, hi - _WINDOW)
        found = max(text.rfind(c, lo, hi) for c in marks)
        if found >= 0:
            return found + 1
        hi = lo
    return 0


def _sentence_start(text: str, pos: int) -> int:
    return _last_of(text, _SENTENCE_END, pos)


def _sentence_end(text: str, pos: int) -> int:
    lo = pos
    while lo < len(text):
        hi = min(len(text), lo + _WINDOW)
        ends = [i for i in (text.find(c, lo, hi) for c in _SENTENCE_END) if i >= 0]
        if ends:
            return min(ends)
        lo = hi
    return len(text)


def _clause_start(text: str, pos: int) -> int:
    return _last_of(text, _CLAUSE_END, pos)


def _kind(title: str, default: str) -> str:
    """The kind named by the last kind word written in the title."""
    rules = _rules()
    last: tuple[int, str] | None = None
    for m in rules.kind_word.finditer(title, overlapped=True):
        if last is None or m.end() >= last[0]:
            last = (m.end(), rules.kind_of[m.group()])
    return last[1] if last else default


def _has_evidence(title: str) -> bool:
    return any(p.search(title) for p in _rules().evidence)


def _is_campaign(title: str) -> bool:
    return any(p.search(title) for p in _rules().campaign)


@lru_cache(maxsize=1)
def _honorific_person() -> regex.Pattern[str]:
    honorifics = patterns.alternation(_rules().data.recipients.honorifics)
    return rxcache.compile(r"(?P<name>\p{Han}{2,4}?)(?:" + honorifics + ")")


@lru_cache(maxsize=1)
def _shared_designator() -> regex.Pattern[str]:
    return rxcache.compile(r"等?(?:" + _rules().designator_end.pattern.rstrip("$") + ")")


def _plausible_title(title: str) -> bool:
    rules = _rules()
    if not 2 <= len(title) <= 30 or not _ANY_HAN.search(title) or "、" in title:
        return False
    if any(title.endswith(w) for w in rules.data.context.not_honour):
        return False
    return not _is_campaign(title)


def _strip_designator(title: str) -> tuple[str, bool]:
    m = _rules().designator_end.search(title)
    if m and m.start() >= 2:
        return title[: m.start()], True
    return title, False


def _not_given(text: str, verb_start: int, title_end: int) -> bool:
    """A goal, a nomination or a policy condition rather than an honour given."""
    ctx = _rules().data.context
    clause = text[_clause_start(text, verb_start):verb_start]
    if any(w in clause for w in ctx.not_given_before):
        return True
    sentence = text[verb_start:_sentence_end(text, title_end)]
    conditional = (any(clause.startswith(w) for w in ctx.condition_openers)
                   or _CONDITION_TAIL.match(text, title_end) is not None)
    return conditional and any(w in sentence for w in ctx.reward_after)


# ---------------------------------------------------------------- recipients

def _people_in(text: str, start: int, end: int, people: list[tuple[str, int, int]]) -> list[str]:
    return [name for name, s, e in people if start <= s and e <= end]


def _fallback_people(text: str, start: int, end: int) -> list[str]:
    """Names after a post word (科长王岩) or listed after 的 (科室的王广洋、吕蓉慧均)."""
    rules = _rules()
    span = text[start:end]
    found = [m.group("name") for m in rules.post_name.finditer(span + "，")]
    for m in rules.name_list.finditer(span + "均"):
        found.extend(m.group("names").split("、"))
    return list(dict.fromkeys(found))


def _is_bare_name(np: str) -> bool:
    """A whole subject that is a person's name (王五, 欧阳明月), by the officials
    extractor's own test of a name."""
    from .officials import plausible_name

    return 2 <= len(np) <= 4 and plausible_name(np)


def _org_subject(clause: str) -> str | None:
    """The organisation or place that opens a clause (市南区商务局在…连续 → 市南区商务局)."""
    rules = _rules()
    stops = rules.data.recipients.subject_stops
    cut = len(clause)
    for w in stops + ["是", "成为", "成了"]:
        i = clause.find(w, 2)
        if i != -1:
            cut = min(cut, i)
    np = clause[:cut].rsplit("的", 1)[-1].strip()
    person = _honorific_person().fullmatch(np)
    if person:
        return person.group("name")
    if _is_bare_name(np):
        return np  # 王五荣获…: the whole subject is a person's name
    if _COUNTED.search(np):
        return None
    if 2 <= len(np) <= 30 and rules.org_end.search(np) and _ORG_CHARS.fullmatch(np):
        return np
    return None


def _subject(text: str, verb_start: int, people: list[tuple[str, int, int]]) -> list[str]:
    """Who receives: the people or the organisation before a receipt verb."""
    rules = _rules()
    start = _sentence_start(text, verb_start)
    clauses = _CLAUSE_SPLIT.split(text[start:verb_start])
    near_start = verb_start - sum(len(c) + 1 for c in clauses[-2:]) + 1
    persons = _people_in(text, max(start, near_start), verb_start, people) if people else \
        _fallback_people(text, max(start, near_start), verb_start)
    if persons:
        return persons
    tried = 0
    for clause in reversed(clauses):
        clause = clause.strip()
        if not clause or _DEMONSTRATIVE.match(clause):
            continue
        if rules.time_clause.match(clause) and len(clause) <= 8:
            continue
        org = _org_subject(clause)
        if org:
            return [org]
        tried += 1
        if tried == 2:
            break
    return []


def _split_recipients(segment: str, people: list[str]) -> list[str]:
    """`刘永坦院士、钱七虎院士` → [刘永坦, 钱七虎]; `毛相林等10名同志` → [毛相林]."""
    rules = _rules()
    out = []
    for item in regex.findall(r"[“「][^”」]+[”」]|[^、，,和及“「]+", segment):
        item = rules.count_tail.sub("", item.strip()).strip("“”「」 ")
        known = [p for p in people if item.startswith(p)]
        if known:
            out.append(max(known, key=len))
            continue
        for h in sorted(rules.data.recipients.honorifics, key=len, reverse=True):
            if item.endswith(h) and len(item) > len(h) + 1:
                item = item[: -len(h)]
                break
        if len(item) >= 2:
            out.append(item)
    return out


def _appositive_people(text: str, end: int, people: list[tuple[str, int, int]]) -> list[str]:
    """`“聚力强势星”、区…负责人孙伟` → [孙伟]: the person named right after the title."""
    if not text.startswith("、", end):
        return []
    stop = end + 1
    while stop < len(text) and text[stop] not in _CLAUSE_END + "、":
        stop += 1
    found = _people_in(text, end + 1, stop + 3, people) if people else _fallback_people(text, end + 1, stop)
    return found[:1]


def _representatives(text: str, title: str, people: list[tuple[str, int, int]]) -> list[str]:
    """`优秀党务工作者代表曾继勇`, `张桂梅代表“七一勋章”获得者`: the representative holds the honour."""
    rules = _rules()
    found: list[str] = []
    after_title, holder_after = rules.representative_after, rules.representative_before
    for s, e in _occurrences(text, title, len(text)):
        m = after_title.match(text, e)
        if m:
            after = [n for n, ps, _ in people if ps == m.end()]
            if not people:
                nm = rules.speaker.match(text, m.end())
                after = [nm.group("name")] if nm else []
            found.extend(after)
        q = s - 1 if text[s - 1:s] in ("“", "「") else s
        if q >= 2 and text[q - 2:q] == "代表" and holder_after.match(text, e):
            start = q - 2
            before = [n for n, _, pe in people if pe == start]
            if not people:
                pm = rules.post_name.search(text[max(0, start - 12):start] + "代表")
                before = [pm.group("name")] if pm else []
            found.extend(before)
    return found


# ---------------------------------------------------------------- families

@dataclass(frozen=True)
class _Verb:
    kind: str
    start: int
    end: int


def _preceding_verb(folded: str, start: int) -> _Verb | None:
    """The award verb governing a quote: in the same clause, right before it but
    for a year or a session (荣获2023年度“…”); a conferral verb may have its
    recipients in between."""
    sentence_from = max(_sentence_start(folded, start), folded.rfind("；", max(0, start - 60), start) + 1,
                        start - 60)
    matches = list(_rules().verb.finditer(folded, sentence_from, start))
    if not matches:
        return None
    m = matches[-1]
    near = m.end() >= _clause_start(folded, start) and _rules().verb_gap.fullmatch(folded[m.end():start])
    if m.lastgroup != "confer" and not near:
        return None
    return _Verb(m.lastgroup, m.start(), m.end())


def _quote_runs(folded: str) -> Iterable[list[regex.Match[str]]]:
    """Quotes written one after another (“全国文明村”“省级卫生村”等荣誉称号) share
    their verb and their designator."""
    run: list[regex.Match[str]] = []
    for m in _rules().quote.finditer(folded):
        if run and not (run[-1].group("designator") is None and run[-1].group("head") is None
                        and folded[run[-1].end():m.start()] in ("", "、", "和", "及", "与")):
            yield run
            run = []
        run.append(m)
    if run:
        yield run


def _quoted(text: str, folded: str, people: list[tuple[str, int, int]]) -> Iterable[_Found]:
    """“聚力强势星”, “光荣在党50年”纪念章, 入列“倍增计划”名单."""
    for run in _quote_runs(folded):
        verb = _preceding_verb(folded, run[0].start())
        shared = _shared_designator().match(folded, run[-1].end())
        for m in run:
            found = _quote_award(text, folded, m, verb, bool(shared) or len(run) > 1 and verb is not None, people)
            if found:
                yield found


def _quote_award(text: str, folded: str, m: regex.Match[str], verb: _Verb | None,
                 in_run: bool, people: list[tuple[str, int, int]]) -> _Found | None:
    rules = _rules()
    title = m.group("title") + (m.group("head") or "")
    after = folded[m.end():m.end() + 8]
    after = after[: next((i for i, c in enumerate(after) if c in _CLAUSE_END + "“"), len(after))]
    holder = rules.holder.match(after)
    own_evidence = m.group("designator") or m.group("head") or holder or _has_evidence(title)
    if not (own_evidence or verb):
        return None
    if not (own_evidence or in_run or _quote_ends_phrase(folded, m.end())):
        return None  # 列入“十五五”专项规划: the quote only modifies the noun after it
    if not _plausible_title(title) or any(w in after for w in rules.data.campaign_after):
        return None
    if after.startswith(tuple(rules.data.names_after)) and not m.group("head"):
        return None
    if verb is not None and verb.kind == "confer" and _names_honour_after(folded, m.end()):
        return None  # 授予“…的实验发现”国家自然科学奖一等奖: the quote names the recipient
    if _not_given(folded, verb.start if verb else m.start(), m.end()):
        return None
    default = "selection" if verb is not None and verb.kind == "select" else "title"
    end = m.end("head") if m.group("head") else m.end("title")
    found = _Found(title, _kind(title, default), m.start("title"), end)
    found.recipients = _quote_recipients(text, m, verb, people)
    found.recipients += _appositive_people(folded, m.end(), people)
    return found


def _quote_ends_phrase(folded: str, end: int) -> bool:
    return end >= len(folded) or folded[end] in _CLAUSE_END + "、等和及与"


def _names_honour_after(folded: str, end: int) -> bool:
    """An unquoted honour follows the quote in the same clause."""
    stop = end
    while stop < len(folded) and folded[stop] not in _CLAUSE_END + "“":
        stop += 1
    rest = _rules().count_tail.sub("", folded[end:stop])
    rest = _rules().counted.sub("", rest, count=1)
    return len(rest) >= 3 and _has_evidence(_strip_designator(rest)[0])


def _quote_recipients(text: str, m: regex.Match[str], verb: _Verb | None,
                      people: list[tuple[str, int, int]]) -> list[str]:
    if verb is None:
        return []
    if verb.kind == "confer":
        return _split_recipients(text[verb.end:m.start()], [n for n, _, _ in people])
    return _subject(text, verb.start, people)


def _conferred(text: str, folded: str, people: list[tuple[str, int, int]]) -> Iterable[_Found]:
    """授予刘永坦院士、钱七虎院士国家最高科学技术奖: recipients, then the title."""
    rules = _rules()
    names = [n for n, _, _ in people]
    for m in rules.verb.finditer(folded):
        if m.lastgroup != "confer":
            continue
        stop = m.end()
        while stop < len(folded) and folded[stop] not in "。；;\n》" and not folded.startswith(
                tuple(rules.data.verbs.confer), stop):
            stop += 1
        rest = _DECISION_TAIL.sub("", folded[m.end():stop])
        offset = m.end()
        for clause in _NON_COMMA.finditer(rest):
            body, had_designator = _strip_designator(clause.group().strip())
            if body.endswith(("”", "」", "』")):
                break  # a quoted title: the quoted family reads it with its recipients
            if not (had_designator or _has_evidence(body)):
                continue
            cut = _recipient_cut(body, names)
            title = body[cut:]
            recip_text = rest[: clause.start()] + body[:cut]
            if _plausible_title(title) and len(title) >= 3 and not _not_given(folded, m.start(), offset + clause.end()):
                t_start = offset + clause.start() + (len(clause.group()) - len(clause.group().lstrip())) + cut
                yield _Found(title, _kind(title, "title"), t_start, t_start + len(title),
                             _split_recipients(recip_text, names))
            break


def _recipient_cut(clause: str, names: list[str]) -> int:
    """Where the title starts in `RECIPIENTS TITLE` (after 院士, 等37项成果, a known name)."""
    rules = _rules()
    cut = 0
    tails = rules.data.recipients.honorifics + ["集体", "成果", "专家", "单位", "”", "」"]
    for w in tails:
        i = clause.rfind(w)
        if i != -1 and i + len(w) < len(clause) - 1:
            cut = max(cut, i + len(w))
    for m in rules.counted.finditer(clause):
        cut = max(cut, m.end())
    for n in names:
        i = clause.find(n)
        if i != -1:
            cut = max(cut, i + len(n))
    if cut == 0:
        scope = rules.scope.search(clause, 2)
        if scope:
            cut = scope.start()
    return cut


def _received(text: str, folded: str, people: list[tuple[str, int, int]]) -> Iterable[_Found]:
    """X荣获/摘获/入选 TITLE (unquoted): the object is the honour, the subject receives it."""
    rules = _rules()
    for m in rules.verb.finditer(folded):
        kind = m.lastgroup
        if kind == "confer":
            continue
        obj = _OBJECT.match(folded[m.end():m.end() + 40])
        if not obj:
            continue
        if folded[m.end() + obj.end("obj"):m.end() + obj.end("obj") + 1] in ("“", "「"):
            continue  # 荣获2023年度“…”称号: the quoted family reads it
        raw = obj.group("obj")
        raw = _OBJECT_CUT.split(raw)[0]
        title, had_designator = _strip_designator(raw)
        count = rules.count_prefix.match(title)
        lead = count.end() if count else 0
        title = title[lead:]
        if "的" in title:  # 荣获国务院颁发的…称号: the honour is what follows the last 的
            lead += title.rindex("的") + 1
            title = title[title.rindex("的") + 1:]
            if not _has_evidence(title):
                continue
        if not _plausible_title(title) or len(title) < 4:
            continue
        evidence = had_designator or _has_evidence(title)
        if kind != "strong" and not evidence:
            continue
        start = m.end() + obj.start("obj") + lead
        if _not_given(folded, m.start(), start + len(title)):
            continue
        default = "selection" if kind == "select" else "title"
        yield _Found(title, _kind(title, default), start, start + len(title), _subject(text, m.start(), people))


def _decisions(text: str, folded: str) -> Iterable[_Found]:
    """《关于表彰A、B和C的决定》: each listed honour; `先进个人和先进集体` shares its prefix."""
    rules = _rules()
    for m in rules.decision.finditer(folded):
        pos = m.start("list")
        items = []
        for part in _LIST_PART.finditer(m.group("list")):
            items.append((part.group(), pos + part.start()))
        first = None
        for item, start in items:
            start += len(item) - len(item.lstrip("“「"))
            item = item.strip("“”「」")
            lead = rules.year_prefix.match(item)
            if lead:
                start += lead.end()
                item = item[lead.end():]
            item, _ = _strip_designator(item)
            written = item
            if first is not None:
                item = _fill_ellipsis(first, item)
            if not _plausible_title(item) or len(item) < 3:
                continue
            first = first or item
            yield _Found(item, _kind(item, "title"), start, start + len(written))


def _fill_ellipsis(first: str, item: str) -> str:
    """`全国脱贫攻坚先进个人和先进集体`: the second item repeats the first's prefix."""
    for size in (2, 3):
        head = item[:size]
        i = first.find(head)
        if len(head) == size and i > 0:
            return first[:i] + item
    return item


def _one_of(text: str, folded: str, people: list[tuple[str, int, int]]) -> Iterable[_Found]:
    """全国首批创新型企业之一 / 首批120个…示范村（试点）之一: a batch designation."""
    rules = _rules()
    for m in rules.one_of.finditer(folded):
        np = m.group("np")
        count = rules.count_prefix.match(np)
        if count:
            title, start = np[count.end():], m.start("np") + count.end()
        else:
            title, start = folded[m.start():m.end("np")], m.start()
        if not _plausible_title(title) or len(title) < 4:
            continue
        default = "selection" if _has_evidence(title) and "试点" in title else "title"
        yield _Found(title, _kind(title, default), start, start + len(title), _subject(text, m.start(), people))


def _siblings(folded: str, body: Body, awards: dict[str, _Merged]) -> Iterable[_Found]:
    """`73个新农村建设科技示范乡镇（试点）、120个新农村建设科技示范村（试点）`:
    a coordinated item sharing the award's prefix and kind word is an award too."""
    rules = _rules()
    for title, merged in list(awards.items()):
        for s, e in _all_mentions(folded, fold(title), body, merged.spans):
            clause_from = _clause_start(folded, s)
            before = rules.sibling_before.search(folded[clause_from:s])
            after = rules.sibling_after.search(folded[e:e + 40])
            cands = []
            if before:
                cands.append((before.group("sib"), clause_from + before.start("sib")))
            if after:
                cands.append((after.group("sib"), e + after.start("sib")))
            for sib, start in cands:
                i = sib.find(title[:4])
                if i < 0 or len(title) < 6:
                    continue
                sib, start = sib[i:], start + i
                if sib != title and _kind(sib, "") == merged.kind and _plausible_title(sib):
                    yield _Found(sib, merged.kind, start, start + len(sib))


# ---------------------------------------------------------------- merging

@dataclass
class _Merged:
    kind: str
    first: int
    spans: list[tuple[int, int]] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)


def _merge(found: Iterable[_Found], text: str, body: Body, into: dict[str, _Merged]) -> None:
    for f in found:
        if not body.contains(f.start, f.end):
            continue
        f.title = _original(text, f)
        m = into.setdefault(f.title, _Merged(f.kind, f.start))
        if f.start < m.first:
            m.first, m.kind = f.start, f.kind
        if (f.start, f.end) not in m.spans:
            m.spans.append((f.start, f.end))
        for r in f.recipients:
            if r and r not in m.recipients and r != f.title:
                m.recipients.append(r)


def _original(text: str, f: _Found) -> str:
    """The title as written (full-width brackets kept); a rebuilt title keeps its rebuilt prefix."""
    written = text[f.start:f.end]
    if len(written) == len(f.title):
        return written
    if f.title.endswith(fold(written)):
        return f.title[: len(f.title) - len(written)] + written
    return f.title


def _people(text: str, body: Body, officials: list[Official]) -> list[tuple[str, int, int]]:
    out = []
    for o in officials:
        spans = o.mentions or _occurrences(text, o.name, len(text))
        out.extend((o.name, s, e) for s, e in spans if body.contains(s, e))
    return sorted(out, key=lambda p: p[1])


def _all_mentions(folded: str, title: str, body: Body, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    found = set(_occurrences(folded, title, body.end))
    found |= set(spans)
    # A written span inside a longer verbatim mention is the same place.
    kept = [s for s in found if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in found)]
    return sorted(kept)


NAME = "awards"


def candidates(doc: Doc) -> list[Candidate]:
    """Honours conferred in the body, with their recipients (people found by officials)."""
    officials = doc.facts.get("officials", [])
    return [Candidate(NAME, a) for a in extract_awards(doc.view, doc.body, officials, doc.folded)]


def extract_awards(text: str, body: Body, officials: list[Official], folded: str | None = None) -> list[Award]:
    folded = fold(text) if folded is None else folded
    people = _people(text, body, officials)
    merged: dict[str, _Merged] = {}
    for family in (_decisions(text, folded), _conferred(text, folded, people), _quoted(text, folded, people),
                   _received(text, folded, people), _one_of(text, folded, people)):
        _merge(family, text, body, merged)
    _merge(list(_siblings(folded, body, merged)), text, body, merged)
    for title, m in merged.items():
        for r in _representatives(folded, title, people):
            if r not in m.recipients:
                m.recipients.append(r)
    ordered = sorted(merged.items(), key=lambda kv: kv[1].first)
    return [Award(title=t, kind=m.kind, recipients=m.recipients,
                  mentions=_all_mentions(folded, t, body, m.spans)) for t, m in ordered]
