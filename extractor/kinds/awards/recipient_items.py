"""A run of recipients written as the text has it, split into its items (刘永坦院士、钱七虎院士 →
刘永坦, 钱七虎; 毛相林等10名同志 → 毛相林), and where an honour's title starts after them."""
from __future__ import annotations

from ...grammar import names
from .rules import rules


def split_recipients(segment: str, people: list[str], posts: frozenset[str] = frozenset()) -> list[str]:
    """`刘永坦院士、钱七虎院士` → [刘永坦, 钱七虎]; `毛相林等10名同志` → [毛相林].
    `posts` are the posts the officials gave the people found: a person's posts written
    before the name, joined by 、 like recipients (追授…原副部长、…原书记朱治国同志),
    are no recipients of their own, and the item holding the name is the person."""
    r = rules()
    honorifics = sorted(names.honorifics(), key=len, reverse=True)
    out = []
    for item in r.recipient_item.findall(r.recipient_note.sub("", segment)):
        item = _unquoted(r.count_tail.sub("", item.strip()).strip())
        if item in posts:
            continue
        known = [p for p in people if item.startswith(p)]
        if known:
            out.append(max(known, key=len))
            continue
        for h in honorifics:
            if item.endswith(h) and len(item) > len(h) + 1:
                item = item[: -len(h)]
                break
        held = [p for p in people if item.endswith(p) and item[:-len(p)] in posts]
        if held:
            out.append(max(held, key=len))
        elif len(item) >= 2 and not r.recipient_not.search(item):
            out.append(item)
    return out


_QUOTE_PAIRS = {"“": "”", "「": "」"}


def _unquoted(item: str) -> str:
    """A recipient less the quotation marks around it (“红色前哨连” → 红色前哨连) or left over at
    its ends; a quote inside its name stays whole (“新能源汽车底盘”技术侵权案)."""
    close = _QUOTE_PAIRS.get(item[:1])
    if close is not None and item.find(close) == len(item) - 1:
        return item[1:-1].strip()
    if any(o in item and c in item[item.find(o):] for o, c in _QUOTE_PAIRS.items()):
        return item  # a quote inside the name
    return item.strip("“”「」 ")


def recipient_cut(clause: str, people: list[str]) -> int:
    """Where the title starts in `RECIPIENTS TITLE` (after 院士, 等37项成果, a known name)."""
    r = rules()
    cut = 0
    for w in names.honorifics() + r.data.recipients.cut_after:
        i = clause.rfind(w)
        if i != -1 and i + len(w) < len(clause) - 1:
            cut = max(cut, i + len(w))
    for m in r.counted.finditer(clause):
        cut = max(cut, m.end())
    for n in people:
        i = clause.find(n)
        if i != -1:
            cut = max(cut, i + len(n))
    if cut == 0:
        scope = r.scope.search(clause, 2)
        if scope:
            cut = scope.start()
    note = r.recipient_note.match(clause, cut) if cut else None  # 汉斯·米勒（德国）|中国政府友谊奖: the last one's note
    return note.end() if note else cut


def person_ending(item: str, people: list[str]) -> str | None:
    """The longest of `people` that `item` ends with (民警王强 → 王强), or None."""
    return max((p for p in people if item.endswith(p)), key=len, default=None)
