"""A count's item: the thing counted, the shortest noun phrase that names it
(SPEC.md), written after the classifier (51个市级攻坚项目 → 市级攻坚项目) or before the
number (新注册亿元以上内资项目85个 → 亿元以上内资项目). The noun ends where a verb, a
stop word, a time phrase or an honour's name begins; lists of short nouns counted
together are kept whole. Labels read the noun a figure modifies the same way.
A noun written before the number is read in items_before.py."""
from __future__ import annotations

import regex

from ..grammar import periods
from ..rules import rxcache
from .after_count import names_a_level, past_copula, people_do
from .count_grammar import CountGrammar, grammars
from .item_ends import (
    at_classifier_head,
    before_trailing_work,
    de_inside_word,
    figure_follows,
    past_classifier_notes,
    past_determiner,
    through_to_head,
)

CJK = rxcache.compile(r"[\p{Han}（）()A-Za-z]")
NAMED_DIGIT = rxcache.compile(r"\d+[A-Za-z]")  # 5G基站: a digit inside a name
_NAMED_TOKEN = rxcache.compile(r"\d+[A-Za-z]+")
_RANKING = rxcache.compile(r"\d+强")  # 世界500强: a ranking named by its size
_CLAUSE_END = rxcache.compile(r"[，,。；;：:！？!?\s]")  # a 、 list goes on within the clause


def item_after(folded: str, end: int, limit: int = 16, unit: str = "",
               through_de: bool = True, after_etc: bool = False) -> tuple[int, int] | None:
    """The noun phrase after the classifier, up to a stop word or punctuation.

    A bracket right after the classifier belongs to it (32.8万台（套）农业机械), and a
    modifier ending in 的 is not part of the noun (18面鲜艳的红旗 → 红旗). `after_etc`:
    the kind named after a list's 等, which names no further list (A、B等C、D等… was
    followed to any depth, a recursion a long enough input overflowed)."""
    g = grammars()
    end = past_classifier_notes(folded, end, g)
    nested = g.digit_count_ahead.match(folded, end) if unit in g.rules.grouping_classifiers else None
    if nested:  # 4批|407名优秀讲解员: a batch counts the noun the count after it counts
        return item_after(folded, nested.end(), limit, nested.group("classifier"), through_de)
    quoted = _quoted_item(folded, end)  # 连夸了3个“好”
    if quoted is not None:
        return quoted
    if folded.startswith(g.passive_marks, end):
        return None  # 约50人被逮捕: what is counted was written before
    if people_do(folded, end, unit, g) or folded[end:end + 1] in g.rules.adverbs_first:
        return None  # 460多人住进新房, 147人已逮捕: people who do something, things something is done to
    if figure_follows(folded, end, g):
        # 546个总投资约9500亿元的|重大项目: the noun the figure's phrase modifies, after its 的
        clause = _CLAUSE_END.search(folded, end, end + 2 * limit)
        de = folded.find("的", end, clause.start() if clause else end + 2 * limit)
        return item_after(folded, de + 1, limit, unit) if de > end else None
    if folded[end:end + 1] in ("和", "与", "及", "、"):
        return None  # 285万辆和285.8万辆: no counted noun follows
    if folded.startswith("的", end):
        return _after_de(folded, end + 1, limit, unit, g)
    end = past_copula(folded, end, g)
    verb = g.verb_start.match(folded, end)
    if verb:
        compound = _after_verb(folded, end, verb.end(), limit, unit, through_de)
        if compound is not True:
            return compound
    named = _NAMED_TOKEN.match(folded, end)  # 1100多个5G基站: a name opening with a digit
    start, j = _noun_run(folded, named.end() if named else end, limit, through_de, g)
    if named and start == named.end() and j > start:
        start = end
    lone_stop = folded[start:j] in g.item_stop_words and g.verb_start.match(folded, j) is not None  # 全部|转移
    if (j - start == 1 and g.stops.match(folded, start)) or lone_stop:
        return None  # 3座已投入运行, 21人全部转移: a lone stop word is no noun
    start = past_determiner(folded, start, j, g)
    described = _described_head(folded, start, j, limit, g)
    if described:
        return described
    title = g.award_title.search(folded, start + 2, j + 16)
    if title and title.start() < j:
        j = title.start()  # 授予…等37项成果|国家自然科学奖二等奖: the honour is no part of the item
    if not after_etc and "、" in folded[start:j] and folded.startswith("等", j):
        named = item_after(folded, j + (2 if folded.startswith("等等", j) else 1), limit, after_etc=True)
        if named:
            return named  # 160场发布会、论坛、展览等活动: the kind named after 等 is what is counted
    if j <= start:
        return None
    return through_to_head(folded, start, at_classifier_head(
        folded, start, before_trailing_work(folded, start, j, g, unit), unit, g), unit, g)


def _noun_run(folded: str, start: int, limit: int, through_de: bool, g: CountGrammar) -> tuple[int, int]:
    """Where the noun starting at `start` runs: its start (past a modifier ending in
    的) and its end (a stop word, a verb, a time phrase, punctuation)."""
    j, n, quotes = start, len(folded), g.rules.quote_pairs
    while j < n and j - start < limit and (CJK.match(folded, j) or folded[j] == "、"
                                           or (j > start and folded[j] in quotes)
                                           or (j > start and _RANKING.match(folded, j))):
        ch = folded[j]
        if ch == "的" and de_inside_word(folded, j, g):
            j += 1  # 目的地: a character of a word, no mark of a modifier
            continue
        if ch == "的" and j > start and j + 1 < n and CJK.match(folded, j + 1):
            if not through_de or _owns_what_follows(folded, start, j, g) or _event_after(folded, j + 1, g):
                break  # 20个国家的代表, 硅片的生产规模: the counted noun is before 的
            start = j + 1  # 英姿挺拔的解放军仪仗队礼兵: the noun follows the last 的
            j += 1
            continue
        if j > start and ch in "和与及、" and _joins(folded, start, j, g):
            j += 1  # 国家和地区, 乡镇、村: two nouns counted together; 省级和国家级|园区: two modifiers
            continue
        if ch == "、":
            de = _modifier_list_end(folded, start, j, limit, through_de, g)
            if de is None:
                break
            start = j = de + 1  # 2到3个优势突出、带动能力强的主导产业: the noun follows the modifiers
            continue
        if j > start and ch in g.count_numerals and g.count_ahead.match(folded, j):  # (tried where one can open)
            break  # 五个组别|十五项冠军: another count begins
        if j - start >= 2 and ch in "了着":
            if folded[j:j + 2] in g.words_with_stops:
                break  # 3个村民小组|了解情况: a verb opening with the mark
            verb = _verb_before_aspect(folded, start, j, g) if j - start >= 3 else None
            if verb:
                j = verb  # 77所大学|建设了, 上千名表演者|身着
                while j > start + 1 and folded[j - 1] in "、和与及":
                    j -= 1  # 学习材料收录、|摘编了
                break
        stop = g.stops.match(folded, j) if j > start else None
        if stop and len(stop.group()) == 1 and _inside_word(folded, j, g):
            stop = None
        if stop and _verb_names_a_place(folded, stop.end(), g):
            j = stop.end() + 1  # 镇、开发区、街道: a verb before a place's head is part of its name
            continue
        if stop and j > start and stop.group() in g.compound_heads and _ends_phrase(folded, stop.end(), g):
            j = stop.end()  # 人民调解组织，, 国际组织|参加: a verb that is also a head, ending the phrase
            break
        head_end = _verb_heads_a_noun(folded, stop, g) if stop else None
        if head_end:
            j = head_end  # 134个智慧病虫害监测网点对…: the verb names what the counted thing does
            continue
        if j > start and (stop or periods.starts_at(folded, j)):
            if not _modifier_bound(folded, j, g):
                break
            j += 2
            continue
        closing = _closing_mark(folded, j, start, g) if ch in g.mark_openers or ch.isdigit() else 0  # (else none)
        if closing == -1:
            break
        j = closing if closing else j + 1
    return start, j


def _joins(folded: str, start: int, j: int, g: CountGrammar) -> bool:
    return _joins_nouns(folded, j, g) or _joins_modifiers(folded, start, j, g)


def _joins_modifiers(folded: str, start: int, j: int, g: CountGrammar) -> bool:
    """省级和国家级园区, 国际和国内展园: the words before the conjunction are a short
    modifier (a level, a kind, a side) and so are those after it; the noun follows both."""
    part, nxt = folded[max(start, j - 4):j], folded[j + 1:j + 6]
    if j - start == 1 and folded[j] == "、" and nxt[1:2] in g.rules.modifier_ends:
        return True  # 4座大、中型灌区: one character of each, sharing the modifier's end
    return (part.endswith(g.rules.modifier_ends) and len(nxt) > 2 and CJK.match(nxt[0]) is not None
            and any(nxt.find(e, 0, 4) >= 0 for e in g.rules.modifier_ends))


def _ends_phrase(folded: str, at: int, g: CountGrammar) -> bool:
    """A mark or another verb at `at`: the phrase before it ends there."""
    return not CJK.match(folded[at:at + 1] or " ") or g.verb_start.match(folded, at) is not None


def _verb_before_aspect(folded: str, start: int, j: int, g: CountGrammar) -> int | None:
    """Where the verb before an aspect mark at `j` starts: a one-character verb (靠着),
    else two characters (建设了, 讲述着) when two are left for the noun."""
    if folded[j - 1] in g.rules.one_char_verbs:
        return j - 1 if j - 1 - start >= 2 else None
    return j - 2 if j - 2 - start >= 2 else None


def _described_head(folded: str, start: int, j: int, limit: int, g: CountGrammar) -> tuple[int, int] | None:
    """3个设施完善、功能齐全的产业园: short clauses listed with 、 and closed by 的
    describe the noun after 的, which is what is counted."""
    predicate = g.stops.match(folded, j) if 0 < j - start <= 2 else None  # 设施|完善
    if predicate is None or not folded.startswith("、", predicate.end()):
        return None  # 26家国企开放交通、能源…的多个场景: the verb takes an object, no description
    k = j
    while k < len(folded) and k - start < 2 * limit and (CJK.match(folded[k]) or folded[k] == "、"):
        if folded[k] == "的":
            listed = "等" not in folded[j:k] and CJK.match(folded[k + 1:k + 2] or " ")
            return _after_de(folded, k + 1, limit, "", g) if listed else None
        k += 1
    return None


def _event_after(folded: str, at: int, g: CountGrammar) -> bool:
    """302个小项的角逐: a verb standing alone after 的, at the clause's end, names what
    the counted things take part in; the noun before 的 is what is counted."""
    verb = g.verb_start.match(folded, at)
    return verb is not None and not CJK.match(folded[verb.end():verb.end() + 1] or " ")


def _modifier_list_end(folded: str, start: int, j: int, limit: int, through_de: bool, g: CountGrammar) -> int | None:
    """Where 的 closes a 、-list of modifiers (设施完善、功能齐全的产业园), if it does."""
    if not through_de:
        return None
    k = j + 1
    while k < len(folded) and k - start < limit and (CJK.match(folded[k]) or folded[k] == "、"):
        if folded[k] == "的":
            follows = CJK.match(folded[k + 1:k + 2] or " ")
            return k if follows and not _owns_what_follows(folded, start, k, g) else None
        k += 1
    return None


def _after_de(folded: str, start: int, limit: int, unit: str, g: CountGrammar) -> tuple[int, int] | None:
    """1万个左右的行政村: the noun after 的 is what is counted; not when people make
    it up (72人的客机) or when it names a goal or a level the figure reaches
    (8万家的目标, 历史新高)."""
    if unit in g.actor_units or folded.startswith(g.rules.de_heads_not_counted, start) or names_a_level(folded, start):
        return None
    if folded.startswith("的", start):
        return None  # 的的: no noun (followed, a run of 的 recursed once per character)
    return item_after(folded, start, limit, unit)


def _closing_mark(folded: str, j: int, start: int, g: CountGrammar) -> int:
    """Past a quoted name (3个全球“灯塔工厂”), a bracket inside the noun or a ranking's
    digits (290家世界500强|和行业龙头企业): where it closes; 0 when no mark opens at `j`,
    -1 when one opens and does not close."""
    if ranking := _RANKING.match(folded, j):
        return ranking.end()
    if 0 < j - start <= 2 and folded[j] in g.rules.quote_pairs:  # a short modifier, then a name
        close = folded.find(g.rules.quote_pairs[folded[j]], j + 1, j + 12)
    elif folded[j] in g.rules.quote_pairs:
        close = folded.find(g.rules.quote_pairs[folded[j]], j + 1, j + 12)
        head = close + 1 if close > 0 else -1
        if head < 0 or _head_after_verb(folded, head, g, verbs_left=0) is None:
            return -1  # 30个成员国“一致同意”: what is quoted after the noun is no part of it
        # 38家医药保障首批“白名单”企业: a quoted name with a head after it is inside the noun
    elif folded[j] in "(（":
        if folded.startswith(g.rules.bracket_notes, j + 1):
            return -1  # 43个县域医共体(含县级医院、…): a note on what the noun covers ends it
        close = folded.find(")" if folded[j] == "(" else "）", j, j + 12)  # 9个省（自治区、直辖市）
    else:
        return 0
    return close + 1 if close >= 0 else -1


def _after_verb(folded: str, end: int, verb_end: int, limit: int, unit: str,
                through_de: bool = True) -> tuple[int, int] | None | bool:
    """A verb right after the classifier. People and times followed by a verb do
    something (600多人出席, 两次使用…): nothing counted is written after them; a verb
    followed by no noun (2900多家增长到…, 62项实现了) neither; 18项支持联盟发展的举措
    counts the noun after the 的. Otherwise the verb starts a compound noun
    (13条支持措施, 800多个就业岗位, 832个脱贫县): True, read on."""
    if not through_de:
        return True  # a figure's noun (50元补贴): whether a verb is a noun is the caller's call
    g = grammars()
    if folded[end:verb_end] in g.compound_heads and (not CJK.match(folded[verb_end:verb_end + 1] or " ")
                                                    or g.verb_start.match(folded, verb_end)):
        return (end, verb_end)  # 5个组织开展活动: a verb that is also a head, followed by a verb, is the noun
    # 3位负责人|回应了…, 30万个进口商|支付了…: a verb and a one-character head (人/者 for
    # people) ending the phrase name what is counted, not the noun after a later 的
    heads = ("人员", "人", "者") if unit in g.actor_units else g.one_char_compound_heads
    head = next((w for w in heads if folded.startswith(w, verb_end)), "")
    after = verb_end + len(head)
    if head and _ends_phrase(folded, after, g) and (unit in g.actor_units or folded[after:after + 1] not in "、和与及"):
        return (end, after)  # (not 20多个开发区、投资区: a list of things goes on)
    clause = _CLAUSE_END.search(folded, end, end + 2 * limit)  # 100名来自机关、高校…的文化特派员
    de = folded.rfind("的", verb_end, clause.start() if clause else end + 2 * limit)
    if de > verb_end:
        return item_after(folded, de + 1, limit)
    head_end = _head_after_verb(folded, verb_end, g) if folded[end:verb_end] not in g.item_stop_words else None
    if head_end and not folded.startswith("、", head_end):
        return (end, head_end)  # 10家研发中心, 7次报关手续, 三次座谈会: a verb and a head, one noun
    if unit in g.actor_units:
        return None
    if not CJK.match(folded[verb_end:verb_end + 1] or " "):
        # 提出5点要求：, 作出3项部署。: a verb standing alone after a classifier of
        # things is a noun; a light verb (分三期进行) is not
        alone = folded[end:verb_end] not in g.rules.light_verbs and folded[verb_end:verb_end + 1] in "：:，,。；;"
        return (end, verb_end) if alone else None
    if g.stops.match(folded, verb_end) or g.verb_start.match(folded, verb_end) \
            or folded[verb_end] in g.rules.aspect_marks:
        return None  # 9个完成了改厕: an aspect mark shows a verb
    return True


def _verb_names_a_place(folded: str, verb_end: int, g: CountGrammar) -> bool:
    """开发区, 服务站, 参观者: a verb of two characters or more followed by the
    one-character head of a concrete noun, at the noun's end, names that thing."""
    head = folded[verb_end:verb_end + 1]
    after = folded[verb_end + 1:verb_end + 2]
    return head in g.one_char_heads and (not CJK.match(after or " ") or after in "、和与及")


def _verb_heads_a_noun(folded: str, stop: regex.Match[str], g: CountGrammar) -> int | None:
    """Where a compound noun of a verb and a head ends (监测网点, 投资项目, 巡查组), when
    that head ends the phrase (a mark, a conjunction, a function word or a verb
    follows); None for a verb that is a stop of its own (参加, 完成) or any other."""
    if stop.group() in g.item_stop_words or len(stop.group()) < 2:
        return None
    return _head_after_verb(folded, stop.end(), g)


def _head_after_verb(folded: str, at: int, g: CountGrammar, verbs_left: int = 1) -> int | None:
    """The end of a compound head right after a verb that ends at `at`, passing over
    one more verb (考核巡查组); None if no head ends the phrase there."""
    if verbs_left:
        verb = g.verb_start.match(folded, at)
        if verb and verb.group() not in g.item_stop_words:
            found = _head_after_verb(folded, verb.end(), g, verbs_left - 1)
            if found:
                return found
    for head in g.compound_heads:
        if folded.startswith(head, at):
            after = at + len(head)
            nxt = folded[after:after + 1]
            if (not CJK.match(nxt or " ") or nxt in "、和与及" or nxt in g.rules.list_ends
                    or g.stops.match(folded, after)):
                return after
    return None


def _inside_word(folded: str, j: int, g: CountGrammar) -> bool:
    """A stop character inside a word (贷款意向, 煤炭间接液化): no stop."""
    return folded[j - 1:j + 1] in g.words_with_stops or folded[j:j + 2] in g.words_with_stops


def _owns_what_follows(folded: str, start: int, de: int, g: CountGrammar) -> bool:
    """Before 的 a noun that owns what follows (9个省的团队) rather than a modifier
    (18面鲜艳的红旗); or after 的 a quantity of the noun (3000万只芯片的生产能力)."""
    if folded[start:de].endswith(g.owner_ends) and not g.verb_start.search(folded, start, de):
        return True  # (70多位来自亚非国家的学员: a clause before 的 owns nothing)
    k = de + 1
    while k < len(folded) and k - de < 8 and CJK.match(folded[k]) and not g.stops.match(folded, k):
        k += 1
    return folded.startswith(g.quantity_nouns, k)


def _quoted_item(folded: str, end: int) -> tuple[int, int] | None:
    close_q = grammars().rules.quote_pairs.get(folded[end:end + 1])
    if close_q is None:
        return None
    close = folded.find(close_q, end + 1, end + 12)
    inner = folded[end + 1:close]
    if close <= end + 1 or not all(CJK.match(c) for c in inner):
        return None
    rest = item_after(folded, close + 1) if CJK.match(folded[close + 1:close + 2] or " ") else None
    # 6台“华龙一号”核电机组: a quoted name heading a noun is part of it
    return (end, rest[1]) if rest and rest[0] == close + 1 else (end + 1, close)


def _modifier_bound(folded: str, j: int, g: CountGrammar) -> bool:
    """亿元以上 inside 投资亿元以上重点项目, 规模以上 inside 规模以上工业企业: a bound
    after a unit or a size word modifies the noun."""
    if not folded.startswith(("以上", "以下"), j):
        return False
    return folded[j - 1:j] in g.rules.bound_units or folded.startswith(g.bound_words, j - 2)


def _joins_nouns(folded: str, j: int, g: CountGrammar) -> bool:
    """A conjunction inside a list of short nouns counted together, that ends the
    phrase: 乡镇、村列入…, 国家和地区，, 发布会、论坛、展览等活动; not 27家私募基金、
    北交所和境外上市…中心 (one noun of a list of things counted apart)."""
    k = j
    while k < len(folded) and folded[k] in "、和与及":
        if folded[k] == "、" and (g.count_ahead.match(folded, k + 1) or folded[k + 1:k + 2].isdigit()):
            return k > j and "、" not in folded[j:k]  # 17个国家和地区|、74个科研机构: the next has its own count
        nxt = k + 1
        if not (nxt < len(folded) and CJK.match(folded[nxt])):
            return False
        k = nxt
        while k < len(folded) and k - nxt < 5 and CJK.match(folded[k]) and folded[k] not in "和与及":
            stop = g.stops.match(folded, k)
            if stop and not _verb_names_a_place(folded, stop.end(), g):
                head = _verb_heads_a_noun(folded, stop, g) if k == nxt else None
                if head:
                    k = head  # 主题论坛和|发布活动: a verb and a head, one noun
                    break
                if k == nxt:
                    return False  # 、将…: a clause, not another noun
                break
            k = stop.end() + 1 if stop else k + 1
        if k - nxt > 4:
            return False
    after = folded[k:k + 1]
    if after.isdigit():
        return False  # 羊绒衫加工项目、博源集团30万吨…: the next noun has a count of its own
    return bool(not CJK.match(after or " ") or after in g.rules.list_ends or g.verb_start.match(folded, k))
