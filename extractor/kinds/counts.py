"""Counts: a number with a classifier (51个市级攻坚项目 → 51 个, item 市级攻坚项目),
or a noun counted directly (全省21市). Ordinals, fixed terms, slogans, numbers
inside quotation marks and the indefinite 一 are not counts (SPEC.md)."""
from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from ..doc.structure import clause_before
from ..grammar import periods, words
from ..grammar.quantities import QuantityMatch, merge_brackets
from ..output.models import Count
from ..rules import patterns, rxcache
from .base import Candidate

NAME = "counts"
_CJK = rxcache.compile(r"[\p{Han}（）()A-Za-z]")
_CLAUSE_END = rxcache.compile(r"[，,。；;：:！？!?\s、]")


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
    item_verbs_start: list[str]
    item_sources: list[str]
    item_owner_ends: list[str]
    words_with_stops: list[str]
    item_actor_units: list[str]
    item_adverbs: list[str]
    item_comparisons: list[str]
    bound_units: str
    bound_words: list[str]
    aspect_marks: str
    list_ends: str
    award_title: str


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
        self.owner_ends = tuple(r.item_owner_ends)
        self.award_title = rxcache.compile(r.award_title)
        self.words_with_stops = frozenset(r.words_with_stops)
        self.actor_units = set(r.item_actor_units)
        # adverbs and quantity nouns left at the end of a noun written before its count
        self.trailing = rxcache.compile(
            f"(?:{patterns.alternation(list(r.item_stops) + list(r.item_quantity_nouns))})+$")
        self.scope = rxcache.compile(f"^(?:{patterns.alternation(r.item_scopes)})")
        self.source = rxcache.compile(patterns.alternation(r.item_sources))
        self.not_in_noun = rxcache.compile(patterns.alternation(r.item_adverbs))
        self.verb_start = rxcache.compile(patterns.alternation(list(words.verbs()) + list(r.item_verbs_start)))
        comparisons = patterns.alternation(r.item_comparisons)
        self.figure_ahead = rxcache.compile(f"[\\d零一二三四五六七八九十百千万两]|{comparisons}")


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


def item_after(folded: str, end: int, limit: int = 16, unit: str = "",
               through_de: bool = True) -> tuple[int, int] | None:
    """The noun phrase after the classifier, up to a stop word or punctuation.

    A bracket right after the classifier belongs to it (32.8万台（套）农业机械), and a
    modifier ending in 的 is not part of the noun (18面鲜艳的红旗 → 红旗)."""
    g = grammars()
    if folded[end:end + 1] in ("(", "（"):
        close = folded.find(")" if folded[end] == "(" else "）", end, end + 6)
        if close > 0:
            end = close + 1
    quoted = _quoted_item(folded, end)  # 连夸了3个“好”
    if quoted is not None:
        return quoted
    if folded[end:end + 1] in ("和", "与", "及", "、") or _figure_follows(folded, end, g):
        return None  # 285万辆和285.8万辆, 5个总投资超10亿元: no counted noun follows
    verb = g.verb_start.match(folded, end)
    if verb:
        compound = _after_verb(folded, end, verb.end(), limit, unit, through_de)
        if compound is not True:
            return compound
    j = end
    start = end
    while j < len(folded) and j - start < limit and (_CJK.match(folded[j]) or folded[j] == "、"):
        if folded[j] == "的" and j > start and j + 1 < len(folded) and _CJK.match(folded[j + 1]):
            if not through_de or _owns_what_follows(folded, start, j, g):
                break  # 20个国家的代表, 硅片的生产规模: the counted noun is before 的
            start = j + 1  # 英姿挺拔的解放军仪仗队礼兵: the noun follows the last 的
            j += 1
            continue
        if j > start and folded[j] in "和与及、" and _joins_nouns(folded, j, g):
            j += 1  # 国家和地区, 乡镇、村: two nouns counted together
            continue
        if folded[j] == "、":
            break
        stop = g.stops.match(folded, j) if j > start else None
        if stop and len(stop.group()) == 1 and _inside_word(folded, j, g):
            stop = None
        if j > start and (stop or periods.starts_at(folded, j)):
            if not _modifier_bound(folded, j, g):
                break
            j += 2
            continue
        if folded[j] in "(（":
            close = folded.find(")" if folded[j] == "(" else "）", j, j + 8)
            if close < 0:
                break
            j = close + 1
            continue
        j += 1
    if j - start == 1 and g.stops.match(folded, start):
        return None  # 3座已投入运行: a lone stop word is no noun
    title = g.award_title.search(folded, start + 2, j + 16)
    if title and title.start() < j:
        j = title.start()  # 授予…等37项成果|国家自然科学奖二等奖: the honour is no part of the item
    if "、" in folded[start:j] and folded.startswith("等", j):
        named = item_after(folded, j + (2 if folded.startswith("等等", j) else 1), limit)
        if named:
            return named  # 160场发布会、论坛、展览等活动: the kind named after 等 is what is counted
    return (start, j) if j > start else None


def _after_verb(folded: str, end: int, verb_end: int, limit: int, unit: str,
                through_de: bool = True) -> tuple[int, int] | None | bool:
    """A verb right after the classifier. People and times followed by a verb do
    something (600多人出席, 两次使用…): nothing counted is written after them; a verb
    followed by no noun (2900多家增长到…, 62项实现了) neither; 18项支持联盟发展的举措
    counts the noun after the 的. Otherwise the verb starts a compound noun
    (13条支持措施, 800多个就业岗位, 832个脱贫县): True, read on."""
    g = grammars()
    clause = _CLAUSE_END.search(folded, end, end + limit)
    de = folded.rfind("的", verb_end, clause.start() if clause else end + limit)
    if not through_de:
        return True  # a figure's noun (50元补贴): whether a verb is a noun is the caller's call
    if de > verb_end:
        return item_after(folded, de + 1, limit)
    if unit in g.actor_units or not _CJK.match(folded[verb_end:verb_end + 1] or " "):
        return None
    if g.stops.match(folded, verb_end) or g.verb_start.match(folded, verb_end) \
            or folded[verb_end] in g.rules.aspect_marks:
        return None  # 9个完成了改厕: an aspect mark shows a verb
    return True


def _inside_word(folded: str, j: int, g: _Grammars) -> bool:
    """A stop character inside a word (贷款意向, 煤炭间接液化): no stop."""
    return folded[j - 1:j + 1] in g.words_with_stops or folded[j:j + 2] in g.words_with_stops


def quantity_end(folded: str, end: int) -> int:
    """`end`, or past a quantity noun written there (72%的国土|面积)."""
    for noun in grammars().quantity_nouns:
        if folded.startswith(noun, end):
            return end + len(noun)
    return end


def _owns_what_follows(folded: str, start: int, de: int, g: _Grammars) -> bool:
    """Before 的 a noun that owns what follows (9个省的团队) rather than a modifier
    (18面鲜艳的红旗); or after 的 a quantity of the noun (3000万只芯片的生产能力)."""
    if folded[start:de].endswith(g.owner_ends) and not g.verb_start.search(folded, start, de):
        return True  # (70多位来自亚非国家的学员: a clause before 的 owns nothing)
    k = de + 1
    while k < len(folded) and k - de < 8 and _CJK.match(folded[k]) and not g.stops.match(folded, k):
        k += 1
    return folded.startswith(g.quantity_nouns, k)


def _quoted_item(folded: str, end: int) -> tuple[int, int] | None:
    close_q = grammars().rules.quote_pairs.get(folded[end:end + 1])
    if close_q is None:
        return None
    close = folded.find(close_q, end + 1, end + 12)
    inner = folded[end + 1:close]
    if close <= end + 1 or not all(_CJK.match(c) for c in inner):
        return None
    rest = item_after(folded, close + 1) if _CJK.match(folded[close + 1:close + 2] or " ") else None
    # 6台“华龙一号”核电机组: a quoted name heading a noun is part of it
    return (end, rest[1]) if rest and rest[0] == close + 1 else (end + 1, close)


def _figure_follows(folded: str, end: int, g: _Grammars) -> bool:
    """5个总投资超10亿元: a quantity noun right after the classifier followed by its
    own figure; 86个投资亿元以上项目 is a noun phrase that starts with one."""
    for noun in g.quantity_nouns:
        if folded.startswith(noun, end):
            return bool(g.figure_ahead.match(folded, end + len(noun)))
    return False


def _modifier_bound(folded: str, j: int, g: _Grammars) -> bool:
    """亿元以上 inside 投资亿元以上重点项目, 规模以上 inside 规模以上工业企业: a bound
    after a unit or a size word modifies the noun."""
    if not folded.startswith(("以上", "以下"), j):
        return False
    return folded[j - 1:j] in g.rules.bound_units or folded.startswith(tuple(g.rules.bound_words), j - 2)


def _joins_nouns(folded: str, j: int, g: _Grammars) -> bool:
    """A conjunction inside a list of short nouns counted together, that ends the
    phrase: 乡镇、村列入…, 国家和地区，, 发布会、论坛、展览等活动; not 27家私募基金、
    北交所和境外上市…中心 (one noun of a list of things counted apart)."""
    k = j
    while k < len(folded) and folded[k] in "、和与及":
        nxt = k + 1
        if not (nxt < len(folded) and _CJK.match(folded[nxt]) and not g.stops.match(folded, nxt)):
            return False
        k = nxt
        while k < len(folded) and k - nxt < 5 and _CJK.match(folded[k]) \
                and not g.stops.match(folded, k) and folded[k] not in "和与及":
            k += 1
        if k - nxt > 4:
            return False
    after = folded[k:k + 1]
    return bool(not _CJK.match(after or " ") or after in g.rules.list_ends or g.verb_start.match(folded, k))


def item_before(folded: str, start: int) -> tuple[int, int] | None:
    """The counted noun written before the number (新注册亿元以上内资项目85个)."""
    g = grammars()
    begin, clause = clause_before(folded, start, limit=30)
    clause = clause.rstrip()
    if not clause or (clause.endswith("等") and "、" in clause):
        return None  # 白血病、血友病等11种: a list summed up, its kind not named here
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
    return noun_before(folded, (offset, offset + len(noun)))


def noun_before(folded: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """A phrase found before a count, cut to what can be its item: the noun before
    从 (注册企业从原来的2900多家), without trailing function words (大类行业中); None
    for a clause (总数肯定会…, 和蔬菜经纪人每天也走), a lone character, or the rest of
    an earlier figure (1600多亩稻田…)."""
    g = grammars()
    start, end = span
    source = g.source.search(folded, start + 1, end)
    end = source.start() if source else end
    trailing = g.trailing.search(folded, start, end)
    end = trailing.start() if trailing else end
    phrase = folded[start:end]
    if len(phrase) < 2 or g.not_in_noun.search(phrase) or phrase.startswith(("和", "与", "及")):
        return None
    return None if folded[start - 1:start].isdigit() else (start, end)


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
        item = item_after(folded, m.end, unit=m.unit) if not m.post else None
        if item is None:
            item = item_before(folded, m.start)
        out.append(_count(doc, m, item, "counts.classifier"))
    for m in doc.quantities.get("noun", []):
        if not _is_figure(m, folded) or _sums_up_a_list(folded, m):
            continue
        unit_at = folded.rfind(m.unit, m.start, m.end)  # the noun is its own item
        out.append(_count(doc, m, (unit_at, unit_at + len(m.unit)), "counts.direct_noun"))
    return out
