"""Counts: a number with a classifier (51个市级攻坚项目 → 51 个, item 市级攻坚项目),
or a noun counted directly (全省21市). Ordinals, fixed terms, slogans, numbers
inside quotation marks and the indefinite 一 are not counts (SPEC.md)."""
from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from ..doc.structure import clause_before
from ..grammar import words
from ..grammar.quantities import QuantityMatch, merge_brackets
from ..output.models import Count
from ..rules import patterns, rxcache
from .base import Candidate

NAME = "counts"
_CJK = rxcache.compile(r"[\p{Han}（）()A-Za-z]")


class _CountRules(patterns.Rules):
    quote_pairs: dict[str, str]
    indefinite_numerals: list[str]
    classifiers: list[str]
    direct_nouns: list[str]
    not_after: list[str]
    ordinal_before: list[str]
    ordinal_classifiers: list[str]
    session_words: list[str]
    place_suffixes: list[str]
    fixed_terms: list[str]
    item_stops: list[str]
    restating_after: list[str]
    restating_before: list[str]
    item_verbs: list[str]
    item_quantity_nouns: list[str]
    item_scopes: list[str]


class _Grammars:
    def __init__(self) -> None:
        r = patterns.load("counts", _CountRules)
        self.rules = r
        not_after = patterns.alternation(r.not_after)
        self.classifier = f"(?:{patterns.alternation(r.classifiers)})(?!{not_after})"
        # A directly counted noun must end the phrase (9市（州）, 5省区、), so 3县城 is not 3 县.
        single = [n for n in r.direct_nouns if len(n) == 1]
        longer = [n for n in r.direct_nouns if len(n) > 1]
        self.noun = f"(?:{patterns.alternation(longer)}|(?:{patterns.alternation(single)})(?![\\p{{Han}}]))"
        self.ordinal_classifiers = set(r.ordinal_classifiers)
        self.session_words = tuple(r.session_words)
        self.place_suffixes = set(r.place_suffixes)
        # 第三期, 第 1 0 条, 第2、3条: an ordinal word governs a whole enumeration.
        self.ordinal = rxcache.compile(
            f"(?:{patterns.alternation(r.ordinal_before)})[\\s\\d零一二三四五六七八九十、和及至到]*$")
        self.fixed = rxcache.compile(patterns.alternation(r.fixed_terms))
        # an item ends at a stop word or where a verb begins (10多家企业直奔田头 → 企业)
        self.stops = rxcache.compile(patterns.alternation(
            list(r.item_stops) + list(words.verbs()) + list(r.item_quantity_nouns)))
        self.restating = rxcache.compile(patterns.alternation(r.restating_after))
        self.restating_before = tuple(r.restating_before)
        self.verbs = rxcache.compile(patterns.alternation(r.item_verbs))
        self.quantity_nouns = tuple(r.item_quantity_nouns)
        # adverbs and quantity nouns left at the end of a noun written before its count
        self.trailing = rxcache.compile(
            f"(?:{patterns.alternation(list(r.item_stops) + list(r.item_quantity_nouns))})+$")
        self.scope = rxcache.compile(f"^(?:{patterns.alternation(r.item_scopes)})")


@lru_cache(maxsize=1)
def grammars() -> _Grammars:
    return _Grammars()


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
    if number.startswith(("百", "千", "万")) and not m.groups.get("pre"):
        return False  # 百家争鸣, 千家万户 are idioms; 近百块, 超万人 are figures
    if m.value != m.value.to_integral_value():
        return False  # 849.8点 is an index level; a count of things is whole (1.3万户 is)
    written_in_words = not any(c.isdigit() for c in number)
    after = folded[m.end:m.end + 1]
    if written_in_words and after in g.place_suffixes and m.unit != "个":
        return False  # 九台区, 七台河市: a place name (个 never starts one: 五个区域)
    if written_in_words and m.unit in g.ordinal_classifiers and folded[max(0, m.start - 1):m.start] not in "分共为":
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
    for fm in g.fixed.finditer(window):
        lo = max(0, m.start - 4) + fm.start()
        if lo < m.end and m.start < lo + len(fm.group()):
            return False
    return not _inside_quotes(folded, m.start, m.end)


def _sums_up_a_list(folded: str, m: QuantityMatch) -> bool:
    """海南、广东两省, 武汉、鄂州两地: a numeral in words right after the places it
    counts restates them (SPEC: anaphoric numbers are not counts)."""
    if any(c.isdigit() for c in m.number_text):
        return False
    _, before = clause_before(folded, m.start, limit=30)
    return "、" in before


def item_after(folded: str, end: int, limit: int = 16) -> tuple[int, int] | None:
    """The noun phrase after the classifier, up to a stop word or punctuation.

    A bracket right after the classifier belongs to it (32.8万台（套）农业机械), and a
    modifier ending in 的 is not part of the noun (18面鲜艳的红旗 → 红旗)."""
    g = grammars()
    if folded[end:end + 1] in ("(", "（"):
        close = folded.find(")" if folded[end] == "(" else "）", end, end + 6)
        if close > 0:
            end = close + 1
    if folded[end:end + 1] in ("和", "与", "及", "、") or folded.startswith(g.quantity_nouns, end):
        return None  # 285万辆和285.8万辆, 5个总投资超10亿元: no counted noun follows
    j = end
    start = end
    while j < len(folded) and j - start < limit and _CJK.match(folded[j]):
        if folded[j] == "的" and j > start and j + 1 < len(folded) and _CJK.match(folded[j + 1]):
            start = j + 1  # 英姿挺拔的解放军仪仗队礼兵: the noun follows the last 的
            j += 1
            continue
        if j > start and folded[j] in "和与及、" and _joins_nouns(folded, j, g):
            j += 1  # 国家和地区, 乡镇、村: two nouns counted together
            continue
        if j > start and g.stops.match(folded, j):
            break
        if folded[j] in "(（":
            close = folded.find(")" if folded[j] == "(" else "）", j, j + 8)
            if close < 0:
                break
            j = close + 1
            continue
        j += 1
    if j - start == 1 and g.stops.match(folded, start):
        return None  # 3座已投入运行: a lone stop word is no noun
    return (start, j) if j > start else None


def _joins_nouns(folded: str, j: int, g: _Grammars) -> bool:
    """A conjunction between two nouns: what follows is a word, not a verb or a stop."""
    nxt = j + 1
    return nxt < len(folded) and bool(_CJK.match(folded[nxt])) and not g.stops.match(folded, nxt)


def item_before(folded: str, start: int) -> tuple[int, int] | None:
    """The counted noun written before the number (新注册亿元以上内资项目85个)."""
    g = grammars()
    begin, clause = clause_before(folded, start, limit=30)
    clause = clause.rstrip()
    if not clause:
        return None
    verbs = list(g.verbs.finditer(clause))
    if verbs and verbs[-1].end() == len(clause):
        # 生猪出栏80.9万头: the noun stands before the verb.
        head = clause[:verbs[-1].start()]
        earlier = [v for v in verbs[:-1] if v.end() <= len(head)]
        noun_start = earlier[-1].end() if earlier else 0
        noun = head[noun_start:]
    elif verbs:
        noun_start = verbs[-1].end()
        noun = clause[noun_start:]
    else:
        return None
    noun = g.trailing.sub("", g.scope.sub("", noun.strip()))  # 汽车产销分别完成… → 汽车产销
    noun = noun[noun.rfind("的") + 1:] if len(noun) - noun.rfind("的") > 2 else noun  # 大大小小的企业 → 企业
    if not noun or not all(_CJK.match(c) for c in noun) or len(noun) > 14:
        return None
    offset = begin + clause.find(noun, noun_start)
    return (offset, offset + len(noun))


def _count(doc: Doc, m: QuantityMatch, item: tuple[int, int] | None, rule: str) -> Candidate:
    return Candidate(NAME, Count(
        text=doc.view[m.start:m.end], start=m.start, end=m.end, value=m.value, value_max=m.value_max,
        unit=m.unit, item=doc.view[item[0]:item[1]] if item else None, item_span=item, qualifier=m.qualifier,
        rule=rule))


def candidates(doc: Doc) -> list[Candidate]:
    folded = doc.folded
    out: list[Candidate] = []
    classified = [m for m in doc.quantities.get("classifier", []) if _is_figure(m, folded)]
    for m in merge_brackets(classified, folded):
        item = item_after(folded, m.end) if not m.post else None
        if item is None:
            item = item_before(folded, m.start)
        out.append(_count(doc, m, item, "counts.classifier"))
    for m in doc.quantities.get("noun", []):
        if not _is_figure(m, folded) or _sums_up_a_list(folded, m):
            continue
        unit_at = folded.rfind(m.unit, m.start, m.end)  # the noun is its own item
        out.append(_count(doc, m, (unit_at, unit_at + len(m.unit)), "counts.direct_noun"))
    return out
