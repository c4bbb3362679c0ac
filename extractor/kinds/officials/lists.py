"""Evidence from the shape around a name rather than a post next to it: lines of
a personnel table (副主任：陈宝生　　教育部部长), ·-joined minority names, and
bare names that open a clause with a person's verb, carry 同志 or 等N名, or
stand in a 、-list of such names."""
from __future__ import annotations

from collections.abc import Iterator

from ...grammar import names
from .reading import Found, Reading, descriptor_before


def table_rows(r: Reading) -> Iterator[Found]:
    """Personnel tables: `副主任：陈宝生　　教育部部长`, names padded to align."""
    g = r.g
    if not g.table_padding.search(r.folded, r.start, r.end):
        return
    for row in g.table_row.finditer(r.folded, r.start, r.end):
        written = r.text[row.start("name"):row.end("name")]
        name = "".join(written.split())
        desc = row.group("desc")
        if not names.plausible_at(name):
            continue
        if not any(g.segment.match(piece) for piece in desc.split("、")) or not g.post.search(desc):
            continue
        yield Found(name, row.start("name"), row.end("name"), "officials.table_row", row.span("desc"))


def minority_names(r: Reading) -> Iterator[Found]:
    """Names joined by ·, after a descriptor or before a post or a verb."""
    g, folded = r.g, r.folded
    for match in names.grammar().minority_run.finditer(folded, r.start, r.end):
        run_end = folded.index("·", match.start())
        start, title = _minority_start(r, match.start(), run_end)
        end = r.names.minority_end(start, r.end) if start is not None else None
        if end is None:
            continue
        post = g.post_after.match(folded, end)
        if title is None and post:
            title = post.span()
        if title or g.person_verb.match(folded, end):
            yield r.found(start, end, "officials.minority_name", title)


def _minority_start(r: Reading, lo: int, run_end: int) -> tuple[int | None, tuple[int, int] | None]:
    """Where the first part of a ·-name begins: after the post, verb or
    particle that ends the Han run before it."""
    g, folded = r.g, r.folded
    start, title = lo, None
    for post in g.post.finditer(folded, lo, run_end):
        start, title = post.end(), descriptor_before(r, post.end())
    for pos in range(run_end - 1, start - 1, -1):
        if g.opener.search(folded, start, pos):
            if pos != start:
                start = pos
            break
    return (start, title) if 1 <= run_end - start <= 6 else (None, None)


def _name_starts(r: Reading) -> list[int]:
    """Positions where a bare name may begin: a surname character that opens a
    clause (found by one scan in C), or a place near a ·-joined name."""
    folded, lo, hi = r.folded, r.start, r.end
    starts = {m.start() for m in r.g.after_opener_char.finditer(folded, lo, hi)}
    if lo < hi and folded[lo] in names.grammar().surname_firsts:
        starts.add(lo)
    dot = folded.find("·", lo, hi)
    while dot >= 0:
        starts.update(range(max(lo, dot - 6), dot))
        dot = folded.find("·", dot + 1, hi)
    return sorted(starts)


def bare_names(r: Reading) -> Iterator[Found]:
    """Names without a post: opening a clause with a person's verb (李克强主持
    大会), with 同志 or 等N名, or in a 、-list of such names."""
    g, folded, lo = r.g, r.folded, r.start
    openers, stop_ends, stop_words, weak = g.openers, g.stop_word_ends, g.stop_words, names.grammar().weak
    for pos in _name_starts(r):
        # reading.opens, inlined: this loop visits every surname character of the text
        before = folded[pos - 1] if pos > lo else ""
        if before and before not in openers and not (
                before in stop_ends and folded[max(lo, pos - 6):pos].endswith(stop_words)):
            continue
        items = _name_list(r, pos)
        if not items or not all(_plausible_item(folded, s, e) for s, e in items):
            continue
        rule = _bare_rule(r, items)
        if rule is None or any(folded[s] in weak for s, e in items if "·" not in folded[s:e]):
            continue
        for s, e in items:
            yield r.found(s, e, rule)


def _bare_rule(r: Reading, items: list[tuple[int, int]]) -> str | None:
    """Which evidence makes the listed names people (what follows the last one,
    matched in place: no copy of the rest), or None."""
    g, folded, end = r.g, r.folded, items[-1][1]
    if len(items) > 1:
        minorities = sum("·" in folded[s:e] for s, e in items)
        if g.list_follow.match(folded, end, r.end) or (
                minorities >= 2 and folded[end:end + 1] in "，。；" and end < r.end):
            return "officials.name_list"
    elif g.person_verb.match(folded, end, r.end):
        return "officials.person_verb"
    return "officials.comrade" if g.comrade.match(folded, end, r.end) else None


def _plausible_item(folded: str, start: int, end: int) -> bool:
    return "·" in folded[start:end] or names.plausible(folded[start:end], names.surname_len(folded, start))


def _name_list(r: Reading, pos: int) -> list[tuple[int, int]]:
    """Names separated by 、 from `pos`; the last one ends where `follow` fits."""
    items = []
    while True:
        end = r.any_name_end(pos)
        if end is None:
            return []
        items.append((pos, end))
        if end < r.end and r.folded[end] == "、":
            pos = end + 1
            continue
        return items
