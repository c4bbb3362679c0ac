"""Evidence from a post next to a name: the descriptor before it (区城市管理局
绿化管理科负责人孙伟), names listed after a titled one (县领导李洪波、常利民),
the post after it (李邑飞书记), an apposition (孙伟，区…负责人，), a post held then
(时任…的X). Appointment notices are appointments.py's."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ...grammar import names
from ...grammar.words import verb_set
from ...rules import firstchars, rxcache
from .countries import is_country
from .foreign_rules import foreign_grammar, opens_with_country
from .people import after_post_start, speaker_start
from .people import verbs as person_verbs
from .people_rules import people_grammar, shape_grammar
from .reading import (
    Found,
    Reading,
    descriptor_before,
    given_is_verb,
    inside_org,
    inside_transliteration,
    listed_posts,
    opens,
    organization,
    range_org,
)

_HAN3 = rxcache.compile(r"\p{Han}{3}")  # a surname and a two-character given name


def post_before_name(r: Reading) -> Iterator[Found]:
    """POST NAME and ORG+POST NAME, with the whole descriptor as title; then
    bare names listed after it with 、 share that title."""
    folded = r.folded
    # A name starts where a post ends: test each surname position with the post
    # rule run right to left from it, instead of scanning for every post (the places
    # after a post's last character are after_post's too: one scan for both rules).
    name_firsts = names.grammar().name_firsts
    for pos in r.starts_after(after_post_start()):
        if folded[pos] not in name_firsts or not (post := r.post_ending_at(pos)) or r.post_goes_on(pos, post):
            continue  # (博士|生…: a longer post goes on, after_post's test too)
        read = _name_after_post(r, pos, pos)
        if read is None:
            continue
        end, title = read
        if r.acts_for(pos):
            yield r.found(pos, end, "officials.post_before_name", None)  # 蔡奇代表|王明: no post of 王明's
            continue
        # The head of a 、-list shares its descriptor with the names after it.
        heads = end < r.end and folded[end] == "、" and r.name_end(end + 1) is not None
        yield r.found(pos, end, "officials.post_before_name", title, shared=heads, org=range_org(r, title[0]))
        yield from _listed_after(r, end, title)


_HELD_THEN_REACH = 40  # from 时任 to the 的 after its post: a descriptor's length


def post_held_then(r: Reading) -> Iterator[Found]:
    """时任浙江省委书记的习近平同志: a post held then, joined to its holder by 的, is the title."""
    folded = r.folded
    for marker in r.g.rules.held_then_markers:
        at = folded.find(marker, r.start, r.end)
        while at >= 0:
            de = folded.find("的", at + len(marker), min(r.end, at + _HELD_THEN_REACH))
            if de >= 0 and r.post_ending_at(de) is not None and folded[de + 1:de + 2] in names.grammar().name_firsts:
                read = _name_after_post(r, de, de + 1)
                # (the descriptor reaches back to the marker: one clause)
                if read is not None and read[1][0] <= at and _held_by_a_name(folded[de + 1:read[0]]):
                    yield r.found(de + 1, read[0], "officials.post_held_then", read[1], org=range_org(r, read[1][0]))
            at = folded.find(marker, at + len(marker), r.end)


def post_after_copula(r: Reading) -> Iterator[Found]:
    """石强是越西县就业局局长，…: a name opening a clause, a copula, and the clause ending in a
    post: a person. No title: the post is what the sentence says of the person, no descriptor
    written before the name (SPEC.md's title)."""
    folded = r.folded
    for copula in people_grammar().rules.copulas:
        at = folded.find(copula, r.start, r.end)
        while at >= 0:
            # (the cheap test first: most clauses end in no post)
            if r.clause_ends_in_post(at + len(copula)) and (start := speaker_start(r, at)) is not None:
                yield r.found(start, at, "officials.copula_post")
            at = folded.find(copula, at + len(copula), r.end)


def _held_by_a_name(name: str) -> bool:
    """时任县委书记的|时候: a weak surname and one character is a word there."""
    return names.plausible_at(name) and not names.is_weak_short(name)


def _anchoring_org(r: Reading, title: tuple[int, int], name: str) -> bool:
    """Does the descriptor name an organisation that makes a weak surname's short name one (区长高峰 of
    某区)? A country alone does only for a name of given-name characters (中国选手米娜, not 中国运动员|包揽)."""
    descriptor = r.folded[title[0]:title[1]]
    org = organization(descriptor, r.g)
    if org and (org in (r.g.rules.home_country, r.g.rules.home_state) or is_country(org)) \
            and r.g.rules.envoy_marker not in descriptor:  # (中国驻希腊大使方遒: an envoy's country is his post's)
        return name[1] in shape_grammar().given_chars
    return bool(org)


def _name_after_post(r: Reading, post_end: int, pos: int) -> tuple[int, tuple[int, int]] | None:
    """The end of the name at `pos` after a post ending at `post_end`, and the descriptor
    ending there; None where the name reads as a verb or the post is another's."""
    folded = r.folded
    end = r.name_end(pos)
    if end is None:
        return None
    if given_is_verb(folded, pos, end) or folded[pos:end] in verb_set() \
            or folded[pos:pos + 2] in person_verbs():  # 干部|任职, 领导人|祝贺马年新春
        return None  # 人员代表|时强调 (副厅长廉世界 stays: a word of prose, but no verb)
    title = descriptor_before(r, post_end)  # (after the cheap tests: the descriptor's search costs most)
    if title is None or (names.is_weak_short(folded[pos:end]) and not _closed_weak_name(r, post_end, pos, end)
                         and not _anchoring_org(r, title, folded[pos:end])):
        return None  # 市长高度|重视: a word; 副市长华源|的专访 (closed) and 区长高峰 of 某区 (an organisation) name
    if _names_its_holder(r, title[0], post_end):
        return None  # 宣读习近平主席|贺信并致辞: the post is the name's before it
    return end, title

def _closed_weak_name(r: Reading, post_end: int, pos: int, end: int) -> bool:
    """A common-word surname and one given character after a post (officials.toml
    weak_name_closers): closed there, its given character a common one, the post one
    person's, not a group's (居民|关切)."""
    rules, post = r.g.rules, r.post_ending_at(post_end)
    return (r.folded.startswith(tuple(rules.weak_name_closers), end)
            and r.folded[end - 1] in shape_grammar().given_chars
            and post is not None and not post.group().endswith(tuple(rules.group_posts)))


def _names_its_holder(r: Reading, start: int, post_end: int) -> bool:
    """Is the descriptor [start, post_end) a name and its post (习近平主席)? Then the post
    is that person's, and what follows it is no second name."""
    end = r.name_end(start, after=r.g.post_after)
    name = r.folded[start:end] if end is not None else ""
    if not name or not names.plausible_name(name) or names.is_weak_short(name) or opens_with_country(name):
        return False  # 国家|主席习近平, 韩国前|总理李海瓒: a word or a country, no name
    post = r.g.post_after.match(r.folded, end)
    return post is not None and post.end() == post_end


def _listed_after(r: Reading, pos: int, title: tuple[int, int] | None) -> Iterator[Found]:
    while pos < r.end and r.folded[pos] == "、":
        start = pos + 1
        end = r.any_name_end(start) or _closing_item(r, start) or _rare_surname_item(r, start)
        if end is None or r.g.post.match(r.folded, end):
            return
        yield r.found(start, end, "officials.shared_post", title, shared=True)
        pos = end


def _closing_item(r: Reading, start: int) -> int | None:
    """…副主席巴特尔、陈武、蒋作君、何报翔|围绕…: the list's last item, a surname and two Han
    characters right before a word that follows names (a verb of the lexicon), is a name though
    its given name is of no common shape: the shared post vouches for it."""
    folded, end = r.folded, start + 3
    if names.surname_len(folded, start) != 1 or end > r.end or not _HAN3.fullmatch(folded, start, end):
        return None
    given = folded[start + 1:end]
    if given in names.grammar().stop_names or given in verb_set() or folded[start:start + 2] in verb_set():
        return None
    follower = r.g.after_name.match(folded, end, r.end)
    return end if follower is not None and len(follower.group()) >= 2 else None


def _rare_surname_item(r: Reading, start: int) -> int | None:
    """…副主席厉无畏、钮小明、朱培康: an item of a surname too rare to open a name in running
    text (surnames.toml rare) and one or two common given-name characters, closed by a list
    mark or a comma, is a name: the shared post vouches for it."""
    folded = r.folded
    if names.surname_len(folded, start) or not names.has_any_surname(folded[start:start + 1]):
        return None
    given = shape_grammar().given_chars
    for end in (start + 3, start + 2):
        if end < r.end and folded[end] in "、，" and all(ch in given for ch in folded[start + 1:end]):
            return end
    return None


def name_before_post(r: Reading) -> Iterator[Found]:
    """NAME POST: 李邑飞书记, 刘永坦院士, 习近平总书记."""
    g, folded = r.g, r.folded
    taken = -1
    post_at, name_firsts = g.post_after.match, names.grammar().name_firsts
    # every place a post begins (an overlapped scan), found by a class scan and a match there
    for place in g.post_after_start.finditer(folded, r.start, r.end):
        at = place.start()
        if not post_at(folded, at, r.end):
            continue
        for pos in range(max(r.start, taken, at - 4), at - 1):
            if folded[pos] not in name_firsts or at - pos not in r.names.lengths(pos):
                continue  # (the cheap tests first) no name reaches the post from here
            end = r.name_end(pos, after=g.post_after)
            if (end != at or names.is_weak_short(folded[pos:end]) or inside_org(r, pos)
                    or opens_with_country(folded[pos:end]) or is_country(folded[pos + 1:end])  # 出任|法国总理
                    or folded[pos:pos + 2] in verb_set()  # 被再次任命为|总理: a verb, no surname
                    or folded[pos - 1:pos + 1] in verb_set()  # 完全赞成|李强总理: the end of a verb
                    or folded[pos - 1:pos + 1] in shape_grammar().preposition_word_ends  # 在于|有习主席
                    or _given_is_prose(r, pos, end)
                    or _ends_a_country(folded, pos, end) or inside_transliteration(folded, pos, end)
                    or _joined_before_post(r, pos, end)
                    or r.post_ending_at(pos + 1) is not None):  # 导|师王明教授: the surname closes a post
                continue
            title = listed_posts(r, g.post_after.match(folded, end).span())  # 总书记、国家主席
            yield r.found(pos, end, "officials.name_before_post", title)
            taken = end
            break


def _joined_before_post(r: Reading, pos: int, end: int) -> bool:
    """王明和|省长李华: a name whose last character joins it to the next person (和, 与, 及)
    and whose shorter reading is a name: the post after it is the next person's."""
    return r.folded[end - 1] in "和与及" and end - 1 - pos in r.names.lengths(pos)


def _given_is_prose(r: Reading, start: int, end: int) -> bool:
    """关于完善委员…, 应出席委员, 就任国家主席: a "given name" that is a verb of the lexicon
    or a word of prose makes prose; 农业界委员: so does a sector before a member's post."""
    given = r.folded[start + names.surname_len(r.folded, start):end]
    return (given_is_verb(r.folded, start, end) or given in names.grammar().stop_names
            or r.folded[end - 1] in r.g.rules.sector_ends)


def _ends_a_country(folded: str, pos: int, end: int | None = None) -> bool:
    """新西兰|卫生部长: the "surname" is the last character of a country's name; 巴|巴多斯总理:
    the "name" is the end of one."""
    countries, lasts = foreign_grammar().countries, _country_lasts()
    if folded[pos:pos + 1] not in lasts and (end is None or folded[end - 1:end] not in lasts):
        return False  # (the cheap test first) no country ends with the character at either end
    return any(folded[pos - k:pos + 1] in countries or (end is not None and folded[pos - k:end] in countries)
               for k in range(1, 9) if pos - k >= 0)  # 圣多美和普|林西比: long names too


@lru_cache(maxsize=1)
def _country_lasts() -> frozenset[str]:
    """The characters a country's name ends with."""
    return frozenset(country[-1:] for country in foreign_grammar().countries)


def post_dash_name(r: Reading) -> Iterator[Found]:
    """唐代杰出诗人——李商隐, 国家荣誉称号获得者——张燮林: a descriptor ending in a post, a
    dash, then a name (a programme's or a heading's apposition)."""
    folded, name_firsts = r.folded, names.grammar().name_firsts
    at = folded.find(_DASH, r.start, r.end)
    while at >= 0:
        pos = at + len(_DASH)
        read = _name_after_post(r, at, pos) if pos < r.end and folded[pos] in name_firsts and r.post_ending_at(at) \
            else None
        if read is not None:
            end, title = read
            yield r.found(pos, end, "officials.post_dash_name", title, org=range_org(r, title[0]))
        at = folded.find(_DASH, pos, r.end)


_DASH = "——"
# 校长（院长）: a post's other name in brackets (ASCII ones in the folded text)
_ALTERNATE_POST = rxcache.compile(r"[（(][^（）()\n]{1,8}[）)]")


def post_and_alternate(r: Reading) -> Iterator[Found]:
    """中央党校（国家行政学院）校长（院长）陈希, 中央党校校长（国家行政学院院长）蔡奇: a post, its other
    name in brackets (the post of a body with two names, alone or with the other body's name), then a
    name; the title runs to the closing bracket."""
    folded, name_firsts = r.folded, names.grammar().name_firsts
    for bracket in _ALTERNATE_POST.finditer(folded, r.start, r.end):
        opening, pos = bracket.start(), bracket.end()
        if pos >= r.end or folded[pos] not in name_firsts or r.post_ending_at(opening) is None \
                or (inside := r.post_ending_at(pos - 1)) is None or inside.start() <= opening:
            continue  # (the cheap tests first: most brackets follow no post, or close on no post)
        read = _name_after_post(r, opening, pos)
        if read is not None:
            end, (start, _) = read
            # the organisation is the one named before the brackets (a title ending in one reads none)
            org = range_org(r, start) or organization(folded[start:opening], r.g)
            yield r.found(pos, end, "officials.post_and_alternate", (start, pos), org=org)


# the space between a post and a name that ends its line (中华人民共和国主席 习近平: a message's signature)
_SIGNATURE_GAP = rxcache.compile(r"(?m)(?<=\S)[ \u3000]+(?=\p{Han}{2,4}[ \u3000]*$)")


def signed_lines(r: Reading) -> Iterator[Found]:
    """中华人民共和国主席 习近平 closing a message: a line of a descriptor ending in a post, a space, and a
    name ending the line."""
    folded, name_firsts = r.folded, names.grammar().name_firsts
    for gap in _SIGNATURE_GAP.finditer(folded, r.start, r.end):
        at, pos = gap.start(), gap.end()
        read = _name_after_post(r, at, pos) if folded[pos] in name_firsts and r.post_ending_at(at) else None
        line_end = folded.find("\n", pos, r.end)
        if read is not None and not folded[read[0]:r.end if line_end < 0 else line_end].strip():
            end, title = read
            yield r.found(pos, end, "officials.signed_line", title, org=range_org(r, title[0]))


def apposition(r: Reading) -> Iterator[Found]:
    """NAME，DESCRIPTOR，: 孙伟，区城市管理局绿化管理科负责人，…"""
    # the cheap test first, in one scan: most commas have no surname 2-4 characters before them
    for comma in _comma_after_surname().finditer(r.folded, r.start, r.end):
        yield from _apposition_at(r, comma.start())


@lru_cache(maxsize=1)
def _comma_after_surname() -> re.Pattern[str]:
    """A ， with a surname's first character two, three or four characters before it
    (plain classes: the standard `re` engine scans them in C)."""
    firsts = firstchars.char_class(names.grammar().name_firsts)
    return rxcache.compile_plain(f"，(?:(?<={firsts}.，)|(?<={firsts}..，)|(?<={firsts}...，))", re.DOTALL)


def _apposition_at(r: Reading, comma: int) -> Iterator[Found]:
    g, folded, firsts = r.g, r.folded, names.grammar().name_firsts
    for n in (4, 3, 2):
        start = comma - n
        if start < r.start or folded[start] not in firsts or not opens(r, start):
            continue
        if not names.plausible_at(folded[start:comma]) or _ends_in_verb(folded, start, comma) \
                or comma - start - names.surname_len(folded, start) > names.MAX_GIVEN:
            continue  # (游园活动，: a single surname has no given name of three characters)
        tail = g.apposition_tail.match(folded, comma + 1, r.end)
        # (a post at its end, the cheap test, before the segment rule, the costly one)
        if tail and all(_ends_in_post(p, g) and g.segment.match(p) for p in tail.group(0).split("、")):
            yield r.found(start, comma, "officials.apposition", (comma + 1, tail.end()))


def capacities(r: Reading) -> Iterator[Found]:
    """NAME作为DESCRIPTOR…: 习近平作为中共中央总书记、国家主席、中央军委主席率中央代表团…: the
    descriptor after 作为 (each 、-piece ending in a post, the longest such run) is the title."""
    g, folded, firsts, marker = r.g, r.folded, names.grammar().name_firsts, r.g.rules.capacity_marker
    at = folded.find(marker, r.start, r.end)
    while at >= 0:
        begin = at + len(marker)
        window = folded[begin:min(r.end, begin + _CAPACITY_REACH)]
        title_end = _capacity_end(window, g)
        for n in (4, 3, 2) if title_end else ():
            start = at - n
            if start >= r.start and folded[start] in firsts and opens(r, start) \
                    and names.plausible_at(folded[start:at]) and not _ends_in_verb(folded, start, at):
                yield r.found(start, at, "officials.capacity", (begin, begin + title_end))
                break
        at = folded.find(marker, at + 1, r.end)


# How far after 作为 a capacity's descriptor is read.
_CAPACITY_REACH = 40


def _capacity_end(window: str, g) -> int | None:
    """Where the descriptor opening `window` ends: at the first post that ends a piece with what
    follows a person after it (…中央军委主席|率中央代表团, not …率中央代表; …成员|国外长理事会主席|汇报:
    not at 成员), every piece before it a segment ending in a post; a 、 opens the next piece."""
    piece_start = 0
    for post in g.post.finditer(window):
        end = post.end()
        if not (_ends_in_post(window[piece_start:end], g) and g.segment.match(window[piece_start:end])):
            continue
        if window[end:end + 1] == "、":
            piece_start = end + 1
        elif end == len(window) or window[end] in "，。；：" or g.after_name.match(window, end):
            return end
    return None


def _ends_in_post(piece: str, g) -> bool:
    """孙伟，区…绿化管理科负责人，: an apposition describes a person by a post it ends in
    (…召开了首次亚太经合组织领导人非正式会议 names a meeting, no person)."""
    return any(post.end() == len(piece) for post in g.post.finditer(piece))


def _ends_in_verb(folded: str, start: int, end: int) -> bool:
    """蔡奇|强调，…: a given name of three characters ending in a verb of two is a
    shorter name and its verb (a given name has two characters at most after one surname)."""
    return end - start - names.surname_len(folded, start) >= 3 and folded[end - 2:end] in verb_set()
