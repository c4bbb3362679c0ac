"""Where a counted noun ends after its head: work done on the counted things or a
record kept of them is no part of them (200余个重点项目|建设, 涉磷企业|台账), and a
classifier agrees with the head it counts (4所高校|雄安校区); and two tests of the
words right after a classifier (a quantity noun with its own figure, the 的 of 目的地)."""
from __future__ import annotations

from ..doc.occurrences import occurrences
from ..rules import rxcache
from .count_grammar import CountGrammar

# what a name may run through on its way to its head: Han, a model's letters and digits
_NAME_RUN = rxcache.compile(r"[\p{Han}A-Za-z0-9\-]+(?: [A-Za-z0-9\-]+)*[\p{Han}A-Za-z0-9\-]*")


def before_trailing_work(folded: str, start: int, end: int, g: CountGrammar, unit: str = "") -> int:
    """200余个重点项目|建设: work done on the counted things, or a record kept of them
    (涉磷企业|台账), is no part of them, when a concrete head is left before it."""
    words = g.trailing_work if unit in g.rules.record_units else g.trailing_work_and_records
    # (one test first: most nouns end in none of them)
    work = next((w for w in words if folded.endswith(w, start, end)), None) if folded.endswith(words, start, end) \
        else None
    if work is None or end - len(work) - start < 2:
        return end
    left = folded[start:end - len(work)]
    concrete = left.endswith(g.owner_ends) or any(len(h) > 1 and left.endswith(h) for h in g.compound_heads)
    return end - len(work) if concrete else end


def at_classifier_head(folded: str, start: int, end: int, unit: str, g: CountGrammar) -> int:
    """4所高校|雄安校区: a run going on past the last head its classifier counts, into
    another noun, ends at that head (patterns/counts.toml [classifier_heads])."""
    heads = g.rules.classifier_heads.get(unit)
    if not heads or folded.endswith(heads, start, end):
        return end
    if unit in g.actor_units:
        return _first_people_head(folded, start, end, heads)
    last = max((folded.rfind(h, start, end) + len(h) for h in heads if folded.rfind(h, start, end) >= 0), default=-1)
    return last if start + 2 <= last <= end - 2 and folded[last] != "性" else end  # (代表|性传承人: no head)


_LIST_GOES_ON = "、和与及性"  # after a head: a list going on (专家、学者), or no head at all (代表|性传承人)


def _first_people_head(folded: str, start: int, end: int, heads: tuple[str, ...]) -> int:
    """4.5万名农技人员|纽带作用, 100多名农技人员|包片指导农民: people are named by the first
    head of people in the run, not by a later one in the clause that follows them; a head
    another head follows (党员|代表) or a list going on does not end it."""
    spans = {(at, at + len(h)) for h, ats in occurrences(folded, heads, start, end).items() for at in ats}
    for at in sorted(e for _, e in spans):
        inside = any(s < at < e for s, e in spans)  # 施工人员: the 工人 inside 人员's word ends nothing
        if start + 2 <= at <= end - 2 and not inside and folded[at] not in _LIST_GOES_ON \
                and not folded.startswith(heads, at):
            return at
    return end


def through_to_head(folded: str, start: int, end: int, unit: str, g: CountGrammar) -> tuple[int, int]:
    """10家外资|控股证券公司, 两架波音|737 MAX客机: a noun stopped short of any head its
    classifier counts (by a verb inside a name, a model's digits) goes on to the first
    such head within a few characters (heads of two characters: one alone is too often
    part of another word); through a modifier ending in 的, the noun after it is the item."""
    heads = g.rules.classifier_heads.get(unit)
    if not heads or end - start < 1 or folded.endswith(heads, start, end) or _complete(folded, start, end, g):
        return start, end
    run = _NAME_RUN.match(folded, end, end + _REACH)
    if run is None:
        return start, end
    # …和200家参展企业; 世界500强和行业龙头|将参加: an adverb opens the predicate
    stop = next((k for k in range(end, run.end()) if _count_at(folded, k, g) or folded[k] in _ADVERBS_AHEAD),
                run.end())
    found = [at + len(h) for h in heads if len(h) > 1 and (at := folded.find(h, end, stop)) >= 0]
    if not found:
        return start, end
    de = folded.rfind("的", end, min(found))
    return (start if de < 0 else de + 1), min(found)  # 两架正准备起飞的|客机


_REACH = 10
_ADVERBS_AHEAD = "将已在"  # adverbs and a preposition never inside a name (都 is: 首都, 洪都拉斯)


def _count_at(folded: str, k: int, g: CountGrammar) -> bool:
    """Another count begins at `k`, or after the mark joining it (…和10家, …与100多家)."""
    if folded[k] in "和与及、" and folded[k + 1:k + 2].isdigit():
        return True
    return g.count_ahead.match(folded, k) is not None


def _complete(folded: str, start: int, end: int, g: CountGrammar) -> bool:
    """3万多家供应商|入驻平台, 市级部门|和…: a noun ending in a head of two characters, or
    in one naming agents, is whole; what follows it is its predicate."""
    return folded.endswith(g.whole_noun_ends, start, end)


_BOUND_AFTER = rxcache.compile(r"以上|以下|左右")


def past_classifier_notes(folded: str, end: int, g: CountGrammar) -> int:
    """Where the counted noun may start after a classifier: past a bracket that belongs to
    it (32.8万台（套）), a bound (300个以上), the size of each thing (两个1200平方米组合伞)."""
    if folded[end:end + 1] in ("(", "（"):
        close = folded.find(")" if folded[end] == "(" else "）", end, end + 6)
        if close > 0:
            end = close + 1
    bound = _BOUND_AFTER.match(folded, end)
    end = bound.end() if bound else end
    measured = g.measure_after.match(folded, end)
    return measured.end() if measured else end


def figure_follows(folded: str, end: int, g: CountGrammar) -> bool:
    """5个总投资超10亿元: a quantity noun right after the classifier followed by its
    own figure; 86个投资亿元以上项目 is a noun phrase that starts with one."""
    if not folded.startswith(g.quantity_nouns, end):
        return False  # (one test for the many classifiers no quantity noun follows)
    for noun in g.quantity_nouns:
        if folded.startswith(noun, end):
            return bool(g.figure_ahead.match(folded, end + len(noun)))
    return False


def de_inside_word(folded: str, j: int, g: CountGrammar) -> bool:
    """目的地: the 的 at `j` is a character of a word, no mark of a modifier."""
    return any(folded.startswith(w, j - w.index("的")) for w in g.rules.words_with_de if j >= w.index("的"))


def past_determiner(folded: str, start: int, end: int, g: CountGrammar) -> int:
    """Past the determiners "of every kind" opening the noun (1650万台|各类|农机具, 各级各类|学校):
    they say nothing of what is counted; a noun of two characters at least is left."""
    determiner = g.determiner.match(folded, start, end)
    return determiner.end() if determiner and end - determiner.end() >= 2 else start
