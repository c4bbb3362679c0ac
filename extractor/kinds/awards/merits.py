"""Merits and commendations by order (SPEC.md: 记功 and 嘉奖 are awards): 给92950部队记一等功,
签署通令，嘉奖参阅全体人员 — the honour its own word (awards.toml merits), the recipients
beside it."""
from __future__ import annotations

from collections.abc import Iterable

from ...grammar import names
from .reading import Found, Reading, kind_of
from .recipient_items import person_ending, split_recipients
from .rules import rules


def merits(r: Reading) -> Iterable[Found]:
    """给92950部队记一等功, 签署通令，嘉奖参阅全体人员: a merit or a commendation by order,
    the honour its own word (SPEC.md: 记功 and 嘉奖 are awards), the recipients beside it."""
    if "等功" not in r.folded and "嘉奖" not in r.folded:
        return
    for pattern in r.rules.merits:
        for m in pattern.finditer(r.folded, r.body.start, r.body.end):
            listed = split_recipients(m["recipients"] or "", r.people_names, r.people_posts)
            recipients = [_person_ending(p, r.people_names) for p in listed]  # 他: the merge reads whom it names
            title = m["title"]
            yield Found(title, kind_of(title, "prize"), m.start("title"), m.end("title"), "awards.merit", recipients)


def _person_ending(item: str, people: list[str]) -> str:
    """民警王强 → 王强: a recipient written after its post is the person; so is a name
    written after its unit (陆军工程大学刘爱军, …91548部队杨勇); 分别, 各 after the last
    recipient are no part of it (给A、B分别记一等功)."""
    for adverb in rules().data.recipients.shared_adverbs:
        item = item.removesuffix(adverb)
    return person_ending(item, people) or _name_after_unit(item) or item


def _name_after_unit(item: str) -> str | None:
    """The name of the shape of a full name that ends `item` right after a body's name."""
    org_end = rules().org_end
    for length in (3, 2):
        unit, name = item[:-length], item[-length:]
        if len(unit) >= 2 and org_end.search(unit) and names.plausible_name(name):
            return name
    return None
