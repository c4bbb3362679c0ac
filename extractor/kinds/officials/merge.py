"""From evidence to officials: one `Official` per name, its best title, every
mention of it in the body, and the rule that gave the title (else the rule of
its first evidence). Names of the bylines are never officials."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from ...output.models import Official
from ...rules import firstchars
from . import countries, foreign
from .grammar import grammar
from .people_rules import people_grammar
from .reading import HOLDER_JOINERS, Found, Reading, organization


@dataclass
class _Person:
    name: str
    rule: str
    title: tuple[int, int] | None = None
    shared: bool = True
    org: str | None = None
    written: set[str] = field(default_factory=set)


def _is_byline(r: Reading, found: Found) -> bool:
    folded, (marked, photographed) = r.folded, _byline_chars()
    # (the cheap tests first: a marker or a blank right before the name, a blank or 摄 after it)
    if found.start > 0 and folded[found.start - 1] in marked:
        if r.g.byline_before.search(folded[max(0, found.start - 8):found.start]):
            return True
    return folded[found.end:found.end + 1] in photographed and (
        r.g.photo_after.match(folded, found.end, found.end + 3) is not None)


@lru_cache(maxsize=1)
def _byline_chars() -> tuple[frozenset[str], frozenset[str]]:
    """What a byline's marker and its blanks end with (byline_before ends the text before a
    name there); what a photo credit after a name begins with (photo_after's first characters)."""
    g = grammar()
    photographed = firstchars.first_chars(g.photo_after)
    return (frozenset(w[-1] for w in g.rules.byline_markers) | frozenset(" 　"),
            photographed if photographed is not None else firstchars.ANY)


def _span_len(span: tuple[int, int] | None) -> int:
    return span[1] - span[0] if span else 0


def _in_body(r: Reading, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] >= r.headline_end


def _people(r: Reading, evidence: list[Found], exclude: set[str]) -> list[_Person]:
    bylines = set(exclude) | {f.name for f in evidence if _is_byline(r, f)}
    people: dict[str, _Person] = {}
    for found in evidence:
        if found.name in bylines:
            continue
        person = people.get(found.name)
        if person is None:  # (not setdefault: that would build a person for every finding)
            person = people[found.name] = _Person(found.name, found.rule)
        person.written.add(r.folded[found.start:found.end])
        if found.title and _rank(r, found) > _rank(r, person):
            person.title, person.shared, person.org = found.title, found.shared, found.org
            person.rule = found.rule
        elif found.title == person.title and person.org is None and found.org:
            person.org = found.org  # 新加坡总理李显龙: the same title, read again by a rule that knows its country
    return list(people.values())


def _rank(r: Reading, held: Found | _Person) -> tuple[bool, bool, int]:
    """How good a title is: a person's own beats one shared with a list; one the body writes
    beats the headline's (SPEC.md: the headline is no mention); then the longest."""
    return held.title is not None and not held.shared, _in_body(r, held.title), _span_len(held.title)


def _mentions(r: Reading, person: _Person, at: dict[str, list[int]]) -> list[tuple[int, int]]:
    """Every place a written form of the person stands, but inside a country's name (喀麦隆总统比亚:
    not 埃塞俄|比亚, 纳米|比亚)."""
    return sorted({(s, s + len(written)) for written in person.written | {person.name} for s in at[written]
                   if not countries.inside_a_country(r.folded, s, s + len(written))})


def _dots_as_written(r: Reading, name: str, first: tuple[int, int]) -> str:
    """The name with its parts' dot as its first mention writes it (戴维•格罗斯: the rules read
    •, ・ and ‧ as ·, textnorm.fold)."""
    written = r.text[first[0]:first[1]]
    if "·" not in name or len(written) != len(name):
        return name
    return "".join(w if n == "·" else n for n, w in zip(name, written, strict=True))


# rules that read a name between list marks: a character after it is the list's, no name's
_LISTED = frozenset({"officials.partner", "officials.name_list", "officials.shared_post", "officials.list_slot",
                     "officials.comrade", "officials.appointment", "officials.table_row"})


def _one_longer(r: Reading, people: list[_Person], at: dict[str, list[int]]) -> set[str]:
    """Of two Chinese names one character apart read where one begins (傅平|均, 孟超|家), the one
    that is no name: the shorter where it is never written without that character (傅平 of 傅平均,
    魏凤 of 魏凤和), else the longer, unless a list's marks set it off (雷鸣山、): a name and the
    first character of the word after it (孟超家的羊圈, 李鹏总是)."""
    by_name = {p.name: p for p in people if "·" not in p.name}
    dropped: set[str] = set()
    for long, person in by_name.items():
        short = long[:-1]
        if len(short) < 2 or short not in by_name or all(ch in foreign.name_chars() for ch in long):
            continue  # (萨勒 and 萨勒曼: two transliterations, two people)
        alone = [s for s in at[short] if r.folded[s + len(short):s + len(long)] != long[-1]]
        if not alone:
            dropped.add(short)
        elif person.rule not in _LISTED:
            dropped.add(long)
    return dropped


def _title_to_longer(people: list[_Person], dropped: set[str]) -> None:
    """县长张国强|调研: the post read before a name one character short (张国, its reading closed by the
    verb 强调) is the title of the name kept, where that has none of its own."""
    kept = {p.name: p for p in people if p.name not in dropped and "·" not in p.name}
    for short in people:
        if short.name not in dropped or short.title is None:
            continue
        longer = [p for name, p in kept.items() if len(name) == len(short.name) + 1 and name.startswith(short.name)]
        if len(longer) == 1 and longer[0].title is None:
            longer[0].title, longer[0].shared, longer[0].org = short.title, short.shared, short.org


def _last_parts(r: Reading, people: list[_Person]) -> set[str]:
    """比尔·盖茨 and 盖茨, 萨米娅·苏卢胡·哈桑 and 总统哈桑: the last part of a ·-name found whole is
    the same person named short, no second one (the annotators list the full name alone), unless
    its title is none the full name's holds (德尔西·罗德里格斯, 委内瑞拉代总统, and 古巴外交部长
    罗德里格斯: two people); an honorific's title (基辛格博士) tells no one apart."""
    def title(p: _Person) -> str:
        return r.text[p.title[0]:p.title[1]] if p.title else ""
    full_titles: dict[str, list[str]] = {}
    for p in people:
        if "·" in p.name:
            full_titles.setdefault(p.name.rsplit("·", 1)[1], []).append(title(p))
    honorific = people_grammar().honorific_titles
    return {p.name for p in people if "·" not in p.name and p.name in full_titles
            and (title(p) in honorific or any(title(p) in held for held in full_titles[p.name]))}


def _nested(r: Reading, people: list[_Person], mentions: dict[str, list[tuple[int, int]]]) -> set[str]:
    """Of two names one written inside the other, the one that is no name. The inner one
    (费尔 of 布特科费尔, 纳瓦夫 of …埃米尔纳瓦夫), where it is never written alone (nor one
    that opens inside a name before it and runs on: 马克龙|接受总理 → 龙接受), unless the
    outer one holds more than a name: a word glued to the inner ·-name with no mark between
    (李强致电|安迪·伯纳姆, 马克·卡尼|以压倒性优势), or the inner one's own descriptor
    (科威特埃米尔|纳瓦夫)."""
    owner: dict[tuple[int, int], _Person] = {}
    for p in people:
        for span in mentions[p.name]:
            owner.setdefault(span, p)
    false_outer: set[str] = set()
    inside: dict[str, tuple[_Person, _Person]] = {}
    exposed: set[str] = set()
    outer: tuple[int, int] | None = None  # the span reaching furthest of those before this one
    # by start, the longer first: a span is inside another only if inside the one reaching furthest
    for span in sorted(owner, key=lambda sp: (sp[0], -sp[1])):
        inner = owner[span]
        if outer is not None and span[0] < outer[1] < span[1] and owner[outer] is not inner:
            inside.setdefault(inner.name, (inner, inner))  # 马克龙|接受总理: opening inside a name
        elif outer is None or outer[1] < span[1]:
            exposed.add(inner.name)
            outer = span
        elif owner[outer] is not inner:
            if _holds_more(r, outer, span, inner):
                false_outer.add(owner[outer].name)
                glued_after = owner[outer]  # 约翰·泰勒|就此 (美国经济学家): the descriptor is the name's
                if outer[0] == span[0] and _rank(r, glued_after) > _rank(r, inner):
                    inner.title, inner.shared, inner.org, inner.rule = (
                        glued_after.title, glued_after.shared, glued_after.org, glued_after.rule)
            else:
                inside.setdefault(inner.name, (inner, owner[outer]))
    for name in inside.keys() - exposed:  # 叶海亚 (哈马斯领导人) of 叶海亚·辛瓦尔: its title is the whole name's
        inner, whole = inside[name]
        if _rank(r, inner) > _rank(r, whole):
            whole.title, whole.shared, whole.org, whole.rule = inner.title, inner.shared, inner.org, inner.rule
    return false_outer | (inside.keys() - exposed)


def _holds_more(r: Reading, outer: tuple[int, int], inner: tuple[int, int], person: _Person) -> bool:
    """Does the span `outer` hold more than the name at `inner` (see _nested)?"""
    before, after = r.folded[outer[0]:inner[0]], r.folded[inner[1]:outer[1]]
    glued = "·" in r.folded[inner[0]:inner[1]] and (
        before[-1:] not in ("", "·", "-") or after[:1] not in ("", "·", "-"))
    return glued or (person.title is not None and outer[0] <= person.title[0] < person.title[1] <= inner[0])


_ADVERBS = "还也又并"


def _past_joined_people(r: Reading, people: list[_Person], mentions: dict[str, list[tuple[int, int]]]) -> None:
    """…国家主席通伦·西苏里和|老挝政府总理, …总裁格奥尔基耶娃和|…总干事, 丁薛祥与|…北京市委书记: a
    descriptor holds no other person found; it opens after one joined to it by 和, 与, 及 or 同
    (its body read afresh from what is left)."""
    spans = sorted(span for p in people for span in mentions[p.name])
    starts = [s for s, _ in spans]
    for person in people:
        if person.title is None:
            continue
        start, end = person.title
        cut = start
        for _, e in spans[bisect_left(starts, start):bisect_left(starts, end)]:
            post = r.g.post_after.match(r.folded, e, end)  # 习近平总书记和|越共中央总书记
            e = post.end() if post else e
            e += r.folded[e:e + 1] in _ADVERBS  # 李强还同|越共中央总书记
            if e < end and r.folded[e] in HOLDER_JOINERS:
                cut = e + 1
        if cut > start:
            person.title, person.org = (cut, end), None


def officials(r: Reading, evidence: list[Found], exclude: set[str]) -> list[Official]:
    found = []
    people = _people(r, evidence, exclude)
    # every written form of every person, found in one reading of the body
    at = r.occurrences(w for p in people for w in (*p.written, p.name))
    dropped = _one_longer(r, people, at) | _last_parts(r, people)
    _title_to_longer(people, dropped)
    mentions_of = {p.name: _mentions(r, p, at) for p in people if p.name not in dropped}
    dropped |= _nested(r, [p for p in people if p.name in mentions_of], mentions_of)
    _past_joined_people(r, [p for p in people if p.name not in dropped], mentions_of)
    for person in people:
        if person.name in dropped:
            continue
        mentions = mentions_of[person.name]
        if not mentions:
            continue
        title = r.text[person.title[0]:person.title[1]] if person.title else None
        found.append(Official(
            name=_dots_as_written(r, person.name, mentions[0]),
            title=title,
            organization=(_written(r, person.org, person.title) or organization(title, r.g)) if title else None,
            mentions=mentions,
            rule=person.rule,
        ))
    found.sort(key=lambda o: o.mentions[0])
    return found


def _written(r: Reading, org: str | None, title: tuple[int, int]) -> str | None:
    """An organisation a rule read in the folded title, as the title writes it (刚果(金) → 刚果（金）)."""
    at = r.folded.find(org, title[0], title[1]) if org else -1
    return r.text[at:at + len(org)] if at >= 0 else org
