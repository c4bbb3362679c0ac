"""What each numeric fact measures: its `label` (SPEC.md, "label and period").

Read from the document model, per sentence, figure by figure:
- the words before the figure in its clause, less the linking words between a
  quantity's name and its value (同比增长, 达到, 为), the scope words in front
  (全市) and the figure's own period (一季度): 一季度全市完成固定资产投资63.8亿元 → 固定资产投资;
- a share takes the part before 占; a figure that modifies the noun after it
  takes that noun (给予企业20万元奖励 → 奖励) unless a quantity's name stands right
  before it (投资亿元以上项目 → 投资);
- with nothing left, a figure takes the label of the figure before it in the
  same sentence (实际利用外资4.75亿美元，同比增长39.43% → 实际利用外资), and with 分别 the
  listed names pair with the listed figures in order.
The vocabularies are data (patterns/labels.toml); a count's label is its item.
"""
from __future__ import annotations

from collections.abc import Sequence

import regex

from ..doc import Doc
from ..doc.structure import enumerations
from ..output.models import Count
from ..rules import rxcache
from ..rules.firstchars import may_end
from . import label_ends
from .after_count import acts, names_a_level, quantity_end
from .count_links import changed_to, part_of
from .counts import elided_item
from .items import item_after
from .items_before import noun_before
from .label_ends import after_last_boundary, names_nothing, paced, past_leading_unit, rate_end, without_trailing_adverbs
from .label_grammar import label_grammar as _compiled
from .periods import PeriodIndex, grounded

Span = tuple[int, int]
_BRACKETS = "（(）)"
_BRACKET = rxcache.compile_plain("[" + _BRACKETS + "]")
_HAN = rxcache.compile(r"\p{Han}")
_MAX_BRACKETS = 8  # brackets stepped over before a name; deeper nesting names nothing
_LEVEL = rxcache.compile(r"(?r)(?<=\p{Han})\d+(?:\.\d+)?[万亿]?点?(?=[，,。；;])")  # 指数为142，出游人次27.25亿，
# how far back a level or a 分别 is looked for before a figure, in characters: a
# sentence may be a whole document with no marks, and each figure would scan all of it
_LEVEL_REACH = 120
_ENUMERATION_MARK = rxcache.compile(r"[一二三四五六七八九十\d]+")  # （六）地方财政收入: a heading's number
_FIGURE_IN_NOTE = rxcache.compile(r"\d[\d.]*\s*[亿万千百元%‰倍]")  # 总量（1925亿元）的39%: a figure, no note
_FIGURE = rxcache.compile(r"(?<![A-Za-z\d.])\d")  # a figure, not a code (PM2.5)
_LIST_GLUE = rxcache.compile(r"^\s*(?:、|和|及|以及|与)\s*$")


def _clause_start(doc: Doc, pos: int, floor: int) -> int:
    """Where the clause around `pos` starts: after a clause mark (the document's
    structure) or a bracket, at most back to `floor`."""
    folded = doc.folded
    lo = max(doc.structure.clause_start(pos), floor)
    cut = max(folded.rfind(_BRACKETS[0], lo, pos), folded.rfind(_BRACKETS[1], lo, pos),
              folded.rfind(_BRACKETS[2], lo, pos), folded.rfind(_BRACKETS[3], lo, pos)) \
        if _BRACKET.search(folded, lo, pos) else -1  # (most clauses have none: one class search tells)
    if cut >= 0 and folded[cut] in "）)" and _HAN.match(folded, cut + 1):
        opening = max(folded.rfind("（", lo, cut), folded.rfind("(", lo, cut))
        if opening >= lo and not _FIGURE_IN_NOTE.search(folded, opening, cut) \
                and not _ENUMERATION_MARK.fullmatch(folded, opening + 1, cut):
            return _clause_start(doc, opening, floor)  # 广义货币（M2）余额: a note inside the name
    return cut + 1 if cut >= 0 else lo


def name_before(doc: Doc, start: int, periods: PeriodIndex | None = None, depth: int = 0) -> Span | None:
    """The quantity's name written before a figure in its clause (see the module doc);
    None when the clause continues a quantity named before (拉动…, 比…)."""
    c, folded = _compiled(), doc.folded
    lo = _clause_start(doc, start, max(0, start - 60))
    if lo and folded[lo - 1] in "（(" and not c.linking.sub("", folded[lo:start]):
        return name_before(doc, lo - 1, periods, depth + 1) if depth < _MAX_BRACKETS else None  # 发酵酒（增长87%）
    for p in periods.within(lo, start) if periods else ():  # time words are no part of a name
        if p[0] > lo and not c.linking.sub("", folded[p[1]:start]):
            start = p[0]  # 旅游收入昨天突破90亿元: the time phrase follows the name
            break
        lo = max(lo, p[1])
    if lo > start:
        return None  # the figure's own time phrase (今天（7月19日）) runs up to it
    if lo and folded[lo - 1] in "）)" and not c.linking.sub("", folded[lo:start]):
        opening = folded.rfind("（" if folded[lo - 1] == "）" else "(", max(0, lo - 20), lo)
        if opening > 0:  # 固定资产投资（不含农户）37亿元, 票房今天（7月19日）突破: a note in brackets
            return name_before(doc, opening, periods, depth + 1) if depth < _MAX_BRACKETS else None
    first = folded[lo:lo + 1]  # (the rules read at the clause's start are tried only where one may open)
    if first in c.rate_compared_firsts and (rate := c.rate_compared.match(folded, lo, start)):
        return lo, rate.start("base")  # 增速比1—2月份加快: the rate is what is measured
    if (first in c.continuing_firsts or first.isspace()) and c.continuing.match(folded, lo, start) \
            or first in c.base_clause_firsts and c.base_clause.fullmatch(folded, lo, start):
        return None  # the name is the subject of the clause before (拉动…; …用户达5.61亿户，是…的2.75倍)
    hi = label_ends.before_shares_and_bases(folded, lo, start)
    lo = after_last_boundary(folded, lo, hi)
    front = label_ends.leading_words(folded, lo, hi)
    if front and front.end() == hi:  # only leading words: they name nothing, unless a verb names the quantity
        return next(((hi - len(v), hi) for v in c.nominal_verbs if folded.endswith(v, lo, hi)), None)  # 累计投入
    lo = front.end() if front else lo
    word = c.word.search(folded, lo, hi)
    dated_base = c.dated_base.search(folded, lo, word.start()) if word and c.dated_base_guard.search(
        folded, lo, word.start()) else None
    if dated_base:  # 较2025年春节假期增长5.7%: the base, dated; the name is before it
        word = c.word.search(folded, lo, dated_base.start())
    if not word or len(word.group()) < 2:
        return None
    end, word_start = word.end(), past_leading_unit(folded, word.start(), word.end())
    compared = c.comparison_guard.search(folded, word_start + 2, end) \
        and c.comparison.search(folded, word_start + 2, end)  # 贷款利率|比过去: the base, not the name
    if compared:
        relinked = c.linking.search(folded, word_start, compared.start())
        end = relinked.start() if relinked and relinked.start() > word_start + 1 else compared.start()
    begin = max(word_start, end - c.max_chars)
    modifier = folded.rfind("的", begin, end - 2)  # 居住小区的绿地率 → 绿地率
    after_de = folded[modifier + 1:end] if modifier >= 0 else ""  # (not the whole text before the figure)
    if modifier >= 0 and names_nothing(after_de):
        modifier = -1  # 基础研究的投入: what follows 的 names nothing alone
    span = (modifier + 1 if modifier >= 0 else begin, end)
    if modifier > begin + 1 and (after_de in c.share_names or after_de in c.trailing_adverb_set):
        span = (begin, modifier)  # 自主品牌的比重超过30%: a share takes its part (SPEC.md); 粮食产量的目标
    recipient = c.granted_to.search(folded, *span) if may_end(folded, span[1], c.granted_to_lasts) else None
    if recipient:  # 奖励企业200万元: the recipient of a grant is no part of its name
        span = (span[0], recipient.start("recipient"))
    span = (span[0], label_ends.past_field_work(folded, *span))
    span = (span[0], without_trailing_adverbs(folded, *span))
    name = folded[span[0]:span[1]]
    return None if not name or names_nothing(name) else span


def ends_with_indicator(doc: Doc, span: Span) -> bool:
    return doc.folded[span[0]:span[1]].endswith(_compiled().heads)


def series(facts: Sequence, folded: str) -> list[list]:
    """Facts in text order grouped into series joined by 、/和 (分别增长5%、6%)."""
    groups: list[list] = []
    for f in facts:
        if groups and _LIST_GLUE.match(folded[groups[-1][-1].end:f.start]):
            groups[-1].append(f)
        else:
            groups.append([f])
    return groups


def listed_names(doc: Doc, span: Span, count: int) -> list[Span] | None:
    """`count` names listed with 、 (和, 及) and ending at `span`, before a 分别 series:
    the document structure's enumeration that ends there (出口额、进口额)."""
    lists = enumerations(doc.folded, _clause_start(doc, span[0], max(0, span[0] - 60)), span[1])
    if not lists or lists[-1][-1][1] != span[1]:
        return None
    items = lists[-1]
    if len(items) != count:
        items = _split_on_commas(doc.folded, items)  # 专用设备制造业、酒和饮料制造业: 和 inside a name
    if len(items) != count:
        return None
    items = [_trimmed(doc.folded, s, e) for s, e in items]
    front = _compiled().front.match(doc.folded, items[0][0], items[0][1])
    if front and front.end() < items[0][1]:
        items[0] = (front.end(), items[0][1])  # 全县养老、医疗…: the scope word is no part of the first name
    if any(e - s < 2 for s, e in items):
        return None
    return _shared_quantity(doc.folded, items) or items


def _shared_quantity(folded: str, items: list[Span]) -> list[Span] | None:
    """法国、英国、日本|对我国投资: holders listed, the quantity written once after the
    last: each figure of the series takes the quantity."""
    holders = _compiled().holders
    if any(folded[s:e] not in holders for s, e in items[:-1]):
        return None
    last_start, last_end = items[-1]
    holder = next((h for h in holders if folded.startswith(h, last_start)), None)
    if holder is None or last_end - last_start - len(holder) < 2:
        return None
    return [(last_start + len(holder), last_end)] * len(items)


def _split_on_commas(folded: str, items: list[Span]) -> list[Span]:
    """The same enumeration split on 、 only."""
    out: list[Span] = []
    for s, e in items:
        if out and folded[out[-1][1]:s] != "、":
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _trimmed(folded: str, start: int, end: int) -> Span:
    while start < end and folded[start].isspace():
        start += 1
    return start, end


def _noun_after(doc: Doc, end: int) -> Span | None:
    """The noun a figure modifies, written right after it (20万元奖励, 三成的旅客)."""
    folded = doc.folded
    per = _compiled().per_unit.match(folded, end)
    end = per.end() if per else end  # 50元/吨补贴: the noun after the rate's unit
    if folded.startswith("的", end):
        end += 1
    if not _HAN.match(folded, end) or _LIST_GLUE.match(folded[end:end + 1]):
        return None
    measured = _compiled().measured.match(folded, end)
    if measured:
        return measured.span()  # 500毫米口径望远镜: the measured word is written
    if names_a_level(folded, end):
        return None  # 迈上14万亿元新台阶: a level reached names no quantity
    span = item_after(folded, end, through_de=False)  # 千亩茶园的采摘期: the figure's noun is 茶园
    if span and span[1] - span[0] > 2 and folded[span[1] - 1] in _compiled().noun_locatives \
            and folded.startswith("的", span[1]):
        span = (span[0], span[1] - 1)  # 430万亩盐碱地上的作物: the place's noun, not the locative
    if span and folded[end - 2:end] == "%的":  # (end is past 的 here)
        span = (span[0], rate_end(folded, span[1]))
    if span:
        span = (span[0], quantity_end(folded, span[1]))  # 72%的国土面积: the quantity's name
        span = (span[0], label_ends.past_field_work(folded, *span))  # 500亩茶叶|采收
    if span and folded.startswith(_compiled().verbs_first, span[0]) \
            and not folded[span[0]:span[1]].endswith(_compiled().noun_ends):
        return None  # 100%开工建设: a verb, the figure modifies no noun (70亿的销售额 does)
    if not span or span[1] - span[0] < 2 or names_nothing(folded[span[0]:span[1]]):
        return None  # 2.8万亿元增长到…: a verb after the figure is no noun
    return span


def label_spans(doc: Doc, facts: Sequence, periods: PeriodIndex,
                names: dict[int, Span | None] | None = None, paired: set[int] | None = None) -> dict[int, Span]:
    """The label span of each fact (by id), for the facts of one document in text order
    (`periods`: the document's time phrases, never part of a label; `names`: the
    name before a figure already read, by its start)."""
    names = {} if names is None else names
    paired = set() if paired is None else paired  # ids of the facts paired by 分别
    out: dict[int, Span] = {}
    folded = doc.folded
    previous: tuple[int, Span] | None = None  # sentence start, label of the last figure
    recent: dict[int, list[Span | None]] = {}  # by sentence start, the label of every figure so far
    for group in series(facts, folded):
        first = group[0]
        sentence = doc.structure.sentence_start(first.start)
        if first.start not in names:
            names[first.start] = name_before(doc, first.start, periods)
        before = names[first.start]
        inside = folded.find("分别", before[0] + 2, before[1]) if before else -1
        if inside > 0:
            before = (before[0], inside)  # 欧盟、美国、日本和韩国分别进出口1.34万亿元、…: the names end at 分别
        since = before[1] if before else max(sentence, first.start - _LEVEL_REACH)
        respectively = inside > 0 or folded.find("分别", since, first.start) >= 0
        if respectively and len(group) > 1:
            listed = listed_names(doc, before, len(group)) if before else None
            same = recent.get(sentence, [])
            if listed is None and len(same) >= len(group):
                listed = same[-len(group):]  # 增值税3亿元、房产税1亿元，分别增长5%、6%
            if listed:
                for f, span in zip(group, listed, strict=True):
                    if span:
                        out[id(f)] = span
                        paired.add(id(f))
                previous = (sentence, listed[-1])
                recent.setdefault(sentence, []).extend(listed)
                continue
        shared = _noun_after(doc, group[-1].end) if len(group) > 1 and not isinstance(first, Count) else None
        label = shared or _own_label(doc, first, before)
        if label and folded[label[0]:label[1]] in _compiled().rates and not _compiled().rate_compared.match(
                folded, label[0]):
            label = None  # 年均增速达到92%: a rate names no quantity; what grew before does
        if label is None and previous and previous[0] == sentence:
            label = previous[1]
        elif label is None:
            label = _level_name(doc, sentence, first.start, periods) or _chain_subject(doc, first, periods)
        labels = [label if i == 0 or shared else _own_label(doc, f, None) or label for i, f in enumerate(group)]
        for f, span in zip(group, labels, strict=True):
            if span:
                out[id(f)] = span
        if label:
            previous = (sentence, _carried(first, before, label))
        recent.setdefault(sentence, []).extend(labels)
    return out


def _level_name(doc: Doc, sentence: int, start: int, periods: PeriodIndex) -> Span | None:
    """价格指数为142，同比上涨42%: a level that is no fact (an index) stands earlier in
    the sentence; the growth rate takes the name of that level."""
    level = _LEVEL.search(doc.folded, max(sentence, start - _LEVEL_REACH), start)
    return name_before(doc, level.start(), periods) if level else None


def _chain_subject(doc: Doc, fact, periods: PeriodIndex) -> Span | None:
    """高技术产业投资增长较快，同比增长10.0%: a growth rate whose clause names nothing
    takes what grows in the clause before it, in the same sentence (SPEC.md: the label
    of what grows across a clause chain)."""
    if getattr(fact, "direction", None) is None:
        return None
    structure = doc.structure
    clause = structure.clause_start(fact.start)
    if clause - 1 <= structure.sentence_start(fact.start):
        return None
    figure = _FIGURE.search(doc.folded, structure.clause_start(clause - 1), clause - 1)
    return name_before(doc, figure.start() if figure else clause - 1, periods)  # …浓度同比下降|1.8微克


def _carried(fact, before: Span | None, label: Span) -> Span:
    """What a later growth rate in the sentence takes from this figure: a count's
    item, or the whole name before the count where it starts with the item and goes on
    (生猪出栏80.9万头，同比增长1.4% → 生猪出栏: what grows is the 出栏, not the pigs;
    新招引纳统企业23家，是去年同期的近8倍 → 纳统企业)."""
    if isinstance(fact, Count) and before and before[0] == label[0] and label[1] < before[1]:
        return before
    return label


def _own_label(doc: Doc, fact, before: Span | None) -> Span | None:
    if isinstance(fact, Count):
        return tuple(fact.item_span) if fact.item_span is not None else None
    pace = paced(doc, fact, before)
    if pace:
        return pace
    done = _task_done(doc, fact, before) or _grant_rate(doc, fact)
    if done:
        return done
    after = _noun_after(doc, fact.end)
    if after and not (before and before[1] == _linked_end(doc, before, fact.start)
                      and ends_with_indicator(doc, before)):
        return after
    return before


def _task_done(doc: Doc, fact, before: Span | None) -> Span | None:
    """超额200%完成全年任务: a figure by which a task is exceeded takes the task."""
    c = _compiled()
    if before is not None and doc.folded[before[0]:before[1]] not in c.excess:
        return None
    return _object_after(doc, c.completion, fact.end)


def _grant_rate(doc: Doc, fact) -> Span | None:
    """按固定资产投资的5%给予企业奖励: a rate by which a grant is reckoned takes the grant."""
    return _object_after(doc, _compiled().grant_after, fact.end)


def _object_after(doc: Doc, verb: regex.Pattern[str], end: int) -> Span | None:
    """The noun after `verb` written right after a figure, of two characters or more."""
    m = verb.match(doc.folded, end)
    span = item_after(doc.folded, m.end(), through_de=False) if m else None
    return span if span and span[1] - span[0] >= 2 else None


def _linked_end(doc: Doc, before: Span, start: int) -> int:
    """`before`'s end when only linking words stand between it and the figure."""
    c = _compiled()
    linked = c.linking.search(doc.folded, before[1], start)
    return before[1] if (linked and linked.start() == before[1]) or before[1] == start else -1


def attach_labels(doc: Doc, facts: Sequence, periods: PeriodIndex) -> None:
    """Labels of percentages, money and measures; a count's label is its item, and a
    count with no noun after it takes the name before it."""
    names: dict[int, Span | None] = {}  # read once per figure, shared with label_spans
    seen: list[Count] = []  # the counts before (the last is `previous`)
    for fact in facts:
        previous = seen[-1] if seen else None
        part = part_of(doc, previous, fact) if isinstance(fact, Count) else None
        if part and grounded(doc, part):
            fact.item, fact.item_span = doc.text[part[0]:part[1]], tuple(part)  # 24条产业链中的11条
        elif isinstance(fact, Count) and fact.item is None and not acts(doc.folded, fact.end, fact.unit):
            names[fact.start] = name_before(doc, fact.start, periods)
            named = names[fact.start] and noun_before(doc.folded, names[fact.start])
            span = (named or part_of(doc, previous, fact) or changed_to(doc, previous, fact)
                    or elided_item(doc, seen, fact))
            if span and grounded(doc, span):
                fact.item, fact.item_span = doc.text[span[0]:span[1]], tuple(span)
        seen += [fact] if isinstance(fact, Count) else []
    paired: set[int] = set()
    spans = label_spans(doc, facts, periods, names, paired)
    for fact in facts:
        span = label_ends.settled(doc.folded, spans.get(id(fact)))
        if span is None or not grounded(doc, span):
            continue
        if not isinstance(fact, Count):
            fact.label, fact.label_span = doc.text[span[0]:span[1]], span
        elif id(fact) in paired and (fact.item_span is None or fact.item_span[1] <= fact.start):
            fact.item, fact.item_span = doc.text[span[0]:span[1]], span  # 养老、失业保险参保人数分别为…
