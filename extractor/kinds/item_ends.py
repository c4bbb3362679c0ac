"""Where a counted noun ends after its head: work done on the counted things or a
record kept of them is no part of them (200余个重点项目|建设, 涉磷企业|台账), and a
classifier agrees with the head it counts (4所高校|雄安校区); and two tests of the
words right after a classifier (a quantity noun with its own figure, the 的 of 目的地)."""
from __future__ import annotations

from .count_grammar import CountGrammar


def before_trailing_work(folded: str, start: int, end: int, g: CountGrammar, unit: str = "") -> int:
    """200余个重点项目|建设: work done on the counted things, or a record kept of them
    (涉磷企业|台账), is no part of them, when a concrete head is left before it."""
    records = () if unit in g.rules.record_units else g.rules.item_trailing_records
    work = next((w for w in g.rules.item_trailing_work + records if folded.endswith(w, start, end)), None)
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
    last = max((folded.rfind(h, start, end) + len(h) for h in heads if folded.rfind(h, start, end) >= 0), default=-1)
    return last if start + 2 <= last <= end - 2 else end


def figure_follows(folded: str, end: int, g: CountGrammar) -> bool:
    """5个总投资超10亿元: a quantity noun right after the classifier followed by its
    own figure; 86个投资亿元以上项目 is a noun phrase that starts with one."""
    for noun in g.quantity_nouns:
        if folded.startswith(noun, end):
            return bool(g.figure_ahead.match(folded, end + len(noun)))
    return False


def de_inside_word(folded: str, j: int, g: CountGrammar) -> bool:
    """目的地: the 的 at `j` is a character of a word, no mark of a modifier."""
    return any(folded.startswith(w, j - w.index("的")) for w in g.rules.words_with_de if j >= w.index("的"))
