"""What stands right after a count: for people and times that act, what they do, not
what is counted (14人死亡, 600多人出席, 460多人住进新房), unless they make up a body
named before 由 (代表团由516人组成); a copula before the counted noun (8所为小学)."""
from __future__ import annotations

from ..doc.structure import clause_before
from ..rules import rxcache
from .count_grammar import CountGrammar, grammars

_HAN = rxcache.compile(r"[\p{Han}（）()A-Za-z]")


def acts(folded: str, end: int, unit: str) -> bool:
    """People or times followed by a verb (14人死亡, 600多人出席, 两次使用…): they do
    something; or by 的 (载有72人的客机): they make up what follows. The count
    names no item, before or after it."""
    g = grammars()
    made_up = folded.startswith(g.rules.made_up_verbs, end)
    if made_up and _made_up_by(clause_before(folded, end, 24)[1].removesuffix(unit)):
        return False  # 代表团由516人组成: the people make up the body named before 由
    return unit in g.actor_units and (g.verb_start.match(folded, end) is not None or folded.startswith("的", end)
                                      or people_do(folded, end, unit, g))


def _made_up_by(before: str) -> bool:
    """…由|516人组成, 由内地人士和香港人士各|6人组成: the count follows 由 (or 由…各)
    directly, its digits aside; not 由张三等|46人组成 (a list summed up)."""
    words = before.rstrip("0123456789.万亿千百十多余约近超")
    return words.endswith("由") or ("由" in words and words.endswith("各"))


def people_do(folded: str, end: int, unit: str, g: CountGrammar) -> bool:
    """460多人住进新房: people followed by a one-character verb (not 2000户住宅)."""
    return (unit in g.actor_units and folded[end:end + 1] in g.rules.people_verbs
            and folded[end:end + 2] not in g.words_with_stops)


def past_copula(folded: str, end: int, g: CountGrammar) -> int:
    """Where the counted noun starts after a copula right after the count: 2万多名|是|流动人口
    (not 62人|是在…), 其中8所|为|小学 (not 3项为推进…, 2家为老服务中心, 6篇为第一次…)."""
    mark, nxt = folded[end:end + 1], folded[end + 1:end + 2]
    if mark not in ("是", "为") or not _HAN.match(nxt or " ") or nxt in g.rules.not_after_copula:
        return end
    if mark == "为" and (g.verb_start.match(folded, end + 1) or nxt in "第全" or g.count_ahead.match(folded, end + 1)
                        or folded.startswith(g.rules.benefactive_verbs, end + 2)):
        return end
    return end + 1


def names_a_level(folded: str, start: int) -> bool:
    """8万家的目标, 14万亿元新台阶, 历史新高: the noun at `start` names a goal or a level
    a figure reaches, not what the figure counts or measures."""
    return folded.startswith(grammars().rules.level_nouns, start)


def quantity_end(folded: str, end: int) -> int:
    """`end`, or past a quantity noun written there (72%的国土|面积)."""
    for noun in grammars().quantity_nouns:
        if folded.startswith(noun, end):
            return end + len(noun)
    return end
