"""Counts: a number with a classifier (51个市级攻坚项目 → 51 个, item 市级攻坚项目),
or a noun counted directly (全省21市). Ordinals, fixed terms, slogans, numbers
inside quotation marks and the indefinite 一 are not counts (SPEC.md)."""
from __future__ import annotations

from ..doc import Doc
from ..doc.structure import clause_before
from ..grammar.quantities import QuantityMatch, merge_brackets
from ..output.models import Count
from .after_count import acts
from .base import Candidate
from .count_grammar import CountGrammar, grammars
from .items import item_after
from .items_before import item_before
from .label_ends import without_trailing_modal

NAME = "counts"


def units() -> dict[str, str]:
    """A noun counted directly (五部门) is tried before a classifier (五部)."""
    g = grammars()
    return {"noun": g.noun, "classifier": g.classifier}


def extra_numbers() -> list[str]:
    return []


def multiplied() -> bool:
    return False


def _inside_quotes(folded: str, start: int, end: int) -> bool:
    """A number inside a quoted name or slogan (“稳住经济增长30条”)."""
    lo = max(0, start - 30)
    before = folded[lo:start]
    for open_q, close_q in grammars().rules.quote_pairs.items():
        i = before.rfind(open_q)
        if i >= 0 and close_q not in before[i + 1:]:
            close = folded.find(close_q, end, end + 30)
            if close >= 0 and "\n" not in folded[end:close]:
                return True
    return False


def _is_figure(m: QuantityMatch, folded: str) -> bool:
    g = grammars()
    number = m.number_text
    if number in g.rules.indefinite_numerals:
        return False  # 一批 / 一个 are articles
    after_number = folded[m.number_start + len(number):m.number_start + len(number) + 1]
    if number.startswith(("百", "千", "万")) and not m.groups.get("pre") and after_number not in ("余", "多"):
        return False  # 百家争鸣, 千家万户 are idioms; 近百块, 超万人, 百余部 are figures
    if m.value != m.value.to_integral_value():
        return False  # 849.8点 is an index level; a count of things is whole (1.3万户 is)
    written_in_words = not any(c.isdigit() for c in number)
    if _names_a_code_or_time(m, folded, number, g):
        return False
    after = folded[m.end:m.end + 1]
    if written_in_words and after in g.place_suffixes and m.unit != "个":
        return False  # 九台区, 七台河市: a place name (个 never starts one: 五个区域)
    if written_in_words and m.unit in g.ordinal_classifiers and not _in_total(folded, m.start):
        return False  # 二期工程, 十九届四中全会: a phase or session; 分三期 is a number of phases
    if written_in_words and (g.restating.match(folded, m.end)
                             or folded[max(0, m.start - 2):m.start].endswith(g.restating_before)) and not m.post:
        return False  # 另外两个是…: restates things already named
    _, before = clause_before(folded, m.start, limit=12, stops="。；;！？!?\n，,")
    if g.ordinal.search(before):
        return False  # 第三期, 第 1 0 条, 前10名
    if m.unit == "次" and "届" in before[-6:] and folded.startswith(g.session_words, m.end):
        return False  # 十四届人大三次会议: the third session
    window = folded[max(0, m.start - 4):m.end + 4]
    for fm in g.fixed.finditer(window) if g.fixed.search(window) else ():  # (a search is the cheaper no)
        lo = max(0, m.start - 4) + fm.start()
        if lo < m.end and m.start < lo + len(fm.group()):
            return False
    return not _inside_quotes(folded, m.start, m.end)


def _in_total(folded: str, start: int) -> bool:
    """分三期, 共三届, 为两类: a number of phases or sessions (the 共 of 中共 is none:
    中共二十届四中全会 names a session)."""
    return start > 0 and folded[start - 1] in "分共为" and folded[start - 2:start] != "中共"


def _names_a_code_or_time(m: QuantityMatch, folded: str, number: str, g: CountGrammar) -> bool:
    """G95首都环线, C919: digits after a letter are a code; 2026届毕业生: a year's class;
    今晚8点: an hour. None of them counts anything."""
    at = m.number_start
    if at > 0 and folded[at - 1].isascii() and folded[at - 1].isalpha() and number[:1].isdigit():
        return True
    if m.unit in g.year_classifiers and number.isdigit() and len(number) == 4 and number.startswith(("19", "20")):
        return True
    return m.unit == "点" and g.hour_before.search(folded, max(0, at - 14), at) is not None


def _sums_up_a_list(folded: str, m: QuantityMatch) -> bool:
    """海南、广东两省, 武汉、鄂州两地: a numeral in words right after the places it
    counts restates them (SPEC: anaphoric numbers are not counts)."""
    if any(c.isdigit() for c in m.number_text):
        return False
    _, before = clause_before(folded, m.start, limit=30)
    return "、" in before


def _count(doc: Doc, m: QuantityMatch, item: tuple[int, int] | None, rule: str) -> Candidate:
    if item:
        item = (item[0], without_trailing_modal(doc.folded, *item))  # 年产量可|达…
    return Candidate(NAME, Count(
        text=doc.view[m.start:m.end], start=m.start, end=m.end, value=m.value, value_max=m.value_max,
        unit=m.unit, item=doc.view[item[0]:item[1]] if item else None, item_span=item, qualifier=m.qualifier,
        rule=rule))


def _paired_with(folded: str, first: QuantityMatch, second: QuantityMatch, item: tuple[int, int] | None) -> bool:
    """Two counts of one unit joined by a conjunction, the first with its noun written
    before it (乘用车产销量分别完成215.1万辆和213.3万辆): the second counts the same."""
    return (item is not None and item[1] <= first.start and first.unit == second.unit
            and folded[first.end:second.start].strip() in ("和", "、", "与", "及"))


def _chained_item(folded: str, following: QuantityMatch) -> tuple[int, int] | None:
    """1500多批7100多艘中外船舶, 3批48条经验: a count right before another counts
    batches or kinds of what the other counts; not when the other counts people."""
    if following.unit in grammars().actor_units:
        return None  # 379户1800多人: the households and their people, not households of people
    item = item_after(folded, following.end, unit=following.unit)
    return item if item and item[1] - item[0] >= 2 else None


def elided_item(doc: Doc, earlier: list[Count], count: Count) -> tuple[int, int] | None:
    """共有37条雪道，目前开放了12条: a count right after a verb, naming no noun, counts what
    the last count of its unit in the same sentence counts (the verb's object is elided);
    not 其中商品类93个, where a noun stands before it."""
    g = grammars()
    _, before = clause_before(doc.folded, count.start, limit=30)
    verb = before.rstrip().removesuffix("了")
    if not verb.endswith(g.verb_words) or verb.endswith(g.elision_not_after):
        return None
    sentence = doc.structure.sentence(count.start)[0]
    for other in reversed(earlier):
        if other.start < sentence:
            return None
        if other.unit == count.unit:
            return tuple(other.item_span) if other.item_span else None
    return None


def candidates(doc: Doc) -> list[Candidate]:
    folded = doc.folded
    out: list[Candidate] = []
    classified = merge_brackets([m for m in doc.quantities.get("classifier", []) if _is_figure(m, folded)], folded)
    items: list[tuple[int, int] | None] = []
    for i, m in enumerate(classified):
        item = item_after(folded, m.end, unit=m.unit)
        if item is None and i + 1 < len(classified) and classified[i + 1].start == m.end:
            item = _chained_item(folded, classified[i + 1])
        if item is None and i and _paired_with(folded, classified[i - 1], m, items[-1]):
            item = items[-1]  # 产销量分别完成215.1万辆和213.3万辆: the noun before both
        if item is None and not acts(folded, m.end, m.unit):
            item = item_before(folded, m.start)
        items.append(item)
        out.append(_count(doc, m, item, "counts.classifier"))
    for m in doc.quantities.get("noun", []):
        if not _is_figure(m, folded) or _sums_up_a_list(folded, m):
            continue
        unit_at = folded.rfind(m.unit, m.start, m.end)  # the noun is its own item
        out.append(_count(doc, m, (unit_at, unit_at + len(m.unit)), "counts.direct_noun"))
    return out
