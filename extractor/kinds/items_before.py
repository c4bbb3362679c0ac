"""A count's item written before the number, when nothing counted follows it
(新注册亿元以上内资项目85个 → 亿元以上内资项目): the noun after the clause's last
verb, or before the verb that ends the clause (生猪出栏80.9万头 → 生猪), less scope
words, time phrases and what precedes a 的."""
from __future__ import annotations

from ..doc.structure import clause_before
from ..grammar import periods
from ..grammar.words import after_last_verb, verb_set
from ..rules import rxcache
from .count_grammar import CountGrammar, grammars
from .items import CJK, NAMED_DIGIT

COUNT_BEFORE = rxcache.compile(r"\d[\d.]*[万亿]?\p{Han}{0,2}$")  # 投资项目20个、|合作项目


def item_before(folded: str, start: int) -> tuple[int, int] | None:
    """The counted noun written before the number (新注册亿元以上内资项目85个)."""
    g = grammars()
    begin, clause = clause_before(folded, start, limit=30)
    clause = clause.rstrip()
    if not clause or (clause.endswith("等") and "、" in clause):
        return None  # 白血病、血友病等11种: a list summed up, its kind not named here
    if clause.endswith("等") and _made_up(folded, start, g):
        return None  # 由张三同志等46人组成的…: the people are not all the one named
    if clause.endswith("由") and _made_up(folded, start, g):
        # 代表团由516人组成: what the members make up is named before 由
        return _cleaned(folded, *_without_times(folded, begin, begin + len(clause) - 1), g)
    cut = max(clause.rfind("、"), clause.rfind("和"), clause.rfind("及"))
    listed = cut > 0 and COUNT_BEFORE.search(clause, 0, cut) is not None
    if listed:  # 达成投资项目20个、合作项目25个: a list of nouns with their counts
        begin, clause = begin + cut + 1, clause[cut + 1:]
    named = _before_quantity_noun(clause, g)  # 藏羚羊数量从…的不足2万只: the noun before 数量
    verbs = list(g.verbs.finditer(clause))
    change = g.change_at_end.search(clause)
    if change and not any(w in clause for w in g.rules.item_sources):
        verbs.append(change)  # 死亡人数已上升至|206人: the noun before the change
    quantity = clause.endswith(g.rules.item_quantity_verbs) if named is None else False
    if quantity:
        # 汽车出口87.5万辆, 城镇新增就业297万人: the noun and its verb name the quantity
        stem = len(clause) - next(len(w) for w in g.rules.item_quantity_verbs if clause.endswith(w))
        noun_start = after_last_verb(clause, stem)
        noun = clause[noun_start:]
    elif named is not None:
        head = _without_verb_end(clause[:named])  # 丹顶鹤越冬|数量: the noun before the verb
        noun_start = max((v.end() for v in verbs if v.end() <= len(head)), default=0)
        noun = head[noun_start:]
    elif verbs and verbs[-1].end() == len(clause):
        if verbs[-1].group() in g.rules.object_verbs:
            return None  # 该项目共安装4台…: what is counted is the verb's object, after it
        # 生猪出栏80.9万头: the noun stands before the verb.
        head = clause[:verbs[-1].start()]
        earlier = [v for v in verbs[:-1] if v.end() <= len(head)]
        while earlier and earlier[-1].end() == len(head):  # 中欧班列开行达到4041列: verbs in a row
            head = head[:earlier.pop().start()]
        noun_start = earlier[-1].end() if earlier else 0
        noun = head[noun_start:]
    elif verbs:
        noun_start = verbs[-1].end()
        noun = clause[noun_start:]
    elif listed:
        noun_start, noun = 0, clause
    else:
        return None
    raw = begin + noun_start + (len(noun) - len(noun.lstrip()))
    start, end = _without_times(folded, raw, raw + len(noun.strip()))  # 5月|中欧班列, 中欧班列|全年
    return _cleaned(folded, start, end, g, verb_end=quantity)


def _made_up(folded: str, start: int, g: CountGrammar) -> bool:
    """…由176人|组成: a verb of making up follows the count, within its clause."""
    for i in range(start + 1, min(len(folded), start + 14)):
        if folded[i] in "，,。；;\n":
            return False
        if folded.startswith(g.rules.made_up_verbs, i):
            return True
    return False


def _without_verb_end(head: str) -> str:
    """The head less a verb of the lexicon ending it (丹顶鹤越冬 → 丹顶鹤), longest first."""
    verbs = verb_set()
    size = next((n for n in (4, 3, 2) if len(head) > n and head[-n:] in verbs), 0)
    return head[:-size] if size else head


def _before_quantity_noun(clause: str, g: CountGrammar) -> int | None:
    """Where a word of the number of things (数量, 总数) stands in the clause, with
    only a verb or a base between it and the figure (企业数量由…的184家增至930家)."""
    at = max(clause.rfind(w) for w in g.rules.item_number_words)
    if at <= 0:
        return None
    rest = clause[at:]
    word = next(w for w in g.rules.item_number_words if rest.startswith(w))
    return at if g.change_before_figure.match(rest, len(word)) else None


def _cleaned(folded: str, start: int, end: int, g: CountGrammar, verb_end: bool = False) -> tuple[int, int] | None:
    """The noun in folded[start:end] less scope words, adverbs and quantity nouns at
    its end, what precedes its last 的, and any code or figure before it (C919|通航城市)."""
    noun = folded[start:end]
    marks = len(noun) - len(noun.lstrip(g.rules.item_not_first))  # 了深化…, 等群众…
    start, noun = start + marks, noun[marks:]
    scoped = g.scope.sub("", noun)
    start += len(noun) - len(scoped)
    noun = g.trailing.sub("", scoped) if g.trailing_search(scoped) else scoped  # 汽车产销分别完成… → 汽车产销
    de = noun.rfind("的")
    if de >= 0 and len(noun) - de > 2:  # 大大小小的企业 → 企业
        start, noun = start + de + 1, noun[de + 1:]
    bad = [i for i, c in enumerate(noun) if not (CJK.match(c) or NAMED_DIGIT.match(noun, i))]
    if bad:  # 国产大飞机C919|通航城市: only the words after a code or figure
        start, noun = start + bad[-1] + 1, noun[bad[-1] + 1:]
    if len(noun) < (2 if bad else 1) or len(noun) > 14:
        return None
    determined = folded.endswith(g.determiners, 0, start)  # 各类|招聘活动: a noun follows, not a verb
    return noun_before(folded, (start, start + len(noun)), verb_end, determined)


def _without_times(folded: str, start: int, end: int) -> tuple[int, int]:
    """The noun less a time phrase opening it (5月中欧班列) or ending it (民航客运量今天)."""
    if periods.starts_at(folded, start):
        spans, _ = periods.find_periods(folded, start, end)
        if spans and spans[0][0] == start and spans[0][1] < end:
            start = spans[0][1]
    return start, _before_trailing_time(folded, start, end)


def _before_trailing_time(folded: str, start: int, end: int) -> int:
    """`end`, or the start of a time phrase that ends the noun (民航客运量今天)."""
    for i in range(start + 1, end):
        if periods.starts_at(folded, i):
            spans, _ = periods.find_periods(folded, i, end)
            if spans and spans[0][0] == i and spans[-1][1] == end:
                return i
    return end


def _after_open_note(folded: str, start: int, end: int) -> int:
    """Past a bracket closed in the phrase but opened before it (…乡镇卫生院)|更新…);
    a note opened and closed inside stays (中欧(中亚)班列)."""
    depth, cut = 0, start
    for i in range(start, end):
        if folded[i] in "(（":
            depth += 1
        elif folded[i] in ")）":
            depth -= 1
            if depth < 0:
                depth, cut = 0, i + 1
    return cut


def _after_opening_verb(folded: str, start: int, end: int, g: CountGrammar) -> int:
    """Past the transitive verb that opens the phrase, or follows a place phrase
    opening it (在城区改造农贸市场): the item is its object; a verb inside a name
    stays (城市更新项目)."""
    lead = start
    if folded[start:start + 1] in g.rules.place_prepositions:
        lead = next((i for i in range(start + 2, min(end, start + 9)) if folded.startswith(g.opening_verbs, i)), start)
    elif not folded.startswith(g.opening_verbs, start):
        # 公安机关|侦破…, 工业领域|更新设备: after a subject ending in a body or a domain
        lead = next((i for i in range(start + 2, min(end, start + 12)) if folded.startswith(g.opening_verbs, i)
                     and folded.endswith(g.subject_heads, start, i)), start)
    at = lead
    for _ in range(3):  # verbs in a row (改建加固|接长涵闸125座)
        if not folded.startswith(g.opening_verbs, at):
            break  # (one test before looking for which: most phrases open with none)
        verb = next(w for w in g.opening_verbs if folded.startswith(w, at))
        if at + len(verb) > end - 2:
            break
        at += len(verb)
    return at if at > lead else start


def noun_before(folded: str, span: tuple[int, int], verb_end: bool = False,
                determined: bool = False) -> tuple[int, int] | None:
    """A phrase found before a count, cut to what can be its item: the noun before
    从 (注册企业从原来的2900多家), without trailing function words (大类行业中); None
    for a clause (总数肯定会…, 和蔬菜经纪人每天也走), a lone character, or the rest of
    an earlier figure (1600多亩稻田…)."""
    g = grammars()
    start, end = span
    if (folded.startswith("等", end) or folded[end - 1:end] == "等") and "、" in folded[max(0, start - 30):end]:
        return None  # 官员、运动员等上千人: a list summed up, its kind not named
    source = g.source.search(folded, start + 1, end)
    end = source.start() if source else end
    start = _after_open_note(folded, start, end)
    # 医共体(含县级医院、乡镇卫生院)更新医疗设备529台: the phrase begins after the note …
    if not determined:  # after 各类 a verb opens a noun (各类招聘活动), no clause
        start = _after_opening_verb(folded, start, end, g)
    opener = folded[start:start + 1] in g.rules.adverbial_openers
    if opener and not folded.startswith(g.rules.adverbial_opener_words, start):
        return None  # 在澳新地区|突破116间, 就收|到了: an adverbial, no noun
    if g.not_in_noun.search(folded, start, end):
        return None  # 总数肯定会…, 和蔬菜经纪人每天也走: a clause, not a noun
    verb = g.clause_verbs.search(folded, start + 2, end)
    end = verb.start() if verb else end  # 死亡人数已上升至206人: the noun ends at an adverb
    trailing = g.trailing_search(folded, start, end)
    end = trailing.start() if trailing else end
    phrase = folded[start:end]
    if len(phrase) < 2 or phrase.startswith(("和", "与", "及")) or (len(phrase) <= 3 and phrase[-1] in "上里"):
        return None  # (机上|157人全部遇难: a place, not what is counted)
    if phrase.endswith(g.verb_words) and not verb_end:
        return None  # 对各级党组织和广大党员提出: a clause ending in its verb (not 汽车出口, `verb_end`)
    return None if folded[start - 1:start].isdigit() and not _after_code(folded, start) else (start, end)


def _after_code(folded: str, start: int) -> bool:
    """C919|通航城市: the digits before `start` end a code that opens with letters."""
    i = start
    while i > 0 and folded[i - 1].isdigit():
        i -= 1
    return i > 0 and folded[i - 1].isascii() and folded[i - 1].isalpha()
