"""People named without a post of officials.toml, by the context news gives
them (patterns/people.toml): a name opening a clause before what only a person
does (王明还表示, 克林顿说), a name before an honorific or a bracketed note
(吴明先生, 张三（女）), a transliterated or a plainly shaped name right after a
post (总统叶利钦, 市委书记张敬涛召集), and a 、-list of names after a list opener
(授予张三、李四…). A name found here is then found at every mention (merge)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ...grammar import names, words
from ...rules import rxcache
from ..spanset import SpanSet
from . import countries, foreign
from .grammar import char_after, grammar, scan_words
from .lists import SLOT_CLOSERS, minority_start, name_list
from .people_rules import kin_named
from .people_rules import people_grammar as _grammar
from .reading import Found, Reading, descriptor_before, given_is_verb, inside_transliteration, opens

_HAN = rxcache.compile(r"\p{Han}")
CONJUNCTIONS = "和与及"  # what joins two names in a list (张华、李明和王强)
_JOINERS = CONJUNCTIONS + "、/"  # / joins a doubles pair (葛菲／顾俊; the folded text writes ／ as /)
# A transliterated name is read back from its end at most this far (阿卜杜拉·本·侯赛因).
_FOREIGN_MAX = 16


# ---------------------------------------------------------------- name shapes

def chinese_start(r: Reading, end: int, weak_ok: bool) -> int | None:
    """Start of a Chinese name ending at `end`: a surname and one or two given
    characters. A reading whose surname is a common word (向, 高) gives way to
    a shorter one starting with a surname (向张明女士 → 张明), unless a list mark opens
    it (、田纪云、: not 纪云)."""
    found, firsts = None, names.grammar().name_firsts
    for n in (4, 3, 2):
        start = end - n
        if start < r.start or r.folded[start] not in firsts or (start > r.start and r.folded[start - 1] == "·"):
            continue  # (the cheap tests first: a surname's first character, no ·-name's part)
        if n not in r.names.lengths(start):
            continue  # no surname and plausible given name of n characters in all (kept per place)
        slen = names.surname_len(r.folded, start)
        listed = start > r.start and r.folded[start - 1] == "、" and n - slen == 2  # not 、高票当选
        if r.folded[start] in names.grammar().weak and not listed and not (
                weak_ok and (n - slen == 2 or opens(r, start))):
            continue
        if found is not None and r.folded[found] in names.grammar().weak:
            return start
        if found is None:
            found = start
    return found


def foreign_start(r: Reading, end: int, lo: int | None = None, weak_chinese: bool = False) -> int | None:
    """Start of a transliterated name ending at `end`: the run of
    transliteration characters (and ·) before it, never a country, a place
    or a body of officials_foreign.toml / people.toml. With `weak_chinese`, a run of
    a Chinese name's shape with a common-word surname is a transliteration (米尔斯还说:
    the surname rules never read it before a verb)."""
    chars, folded = foreign.name_chars(), r.folded
    start, floor = end, max(r.start if lo is None else lo, end - _FOREIGN_MAX)
    while start > floor and (folded[start - 1] in chars or folded[start - 1] == "·" or (
            folded[start - 1] in "-－" and folded[start - 2:start - 1] in chars)):  # (希尔-刘易斯)
        start -= 1
    if folded[start] == "·" or "·" in folded[start:end] and start > r.start and _HAN.match(folded[start - 1]):
        return None  # the first part of a ·-name is not all transliteration characters (简·迪安·米勒)
    name = folded[start:end]
    if len(name) < _grammar().rules.foreign_min or countries.is_country(name) or name.startswith(
            _grammar().foreign_not) or len(name) <= 3 and (
            names.plausible_name(name) or name in names.grammar().stop_names if weak_chinese
            else names.plausible_at(name)):
        return None  # a Chinese-shaped name is read by the surname rules, not as a transliteration
    return start


# ---------------------------------------------------------------- rules

def speakers(r: Reading) -> Iterator[Found]:
    """王明还表示, 克林顿说, 张三担任…, 李四一行: a name opening a clause right
    before what only a person does (people.toml `speech_verbs`), an adverb
    allowed between."""
    pg, folded = _grammar(), r.folded
    adverbs = tuple(pg.rules.adverbs)
    for verb in r.scan(pg.verb, pg.verb_start):  # (found once: body_staff reads them too)
        end = verb.start() - (folded[verb.start() - 1:verb.end()] in verbs())  # 琼斯|堪称: a longer verb
        # which adverb ends there (the first listed), read only where one does
        adverb = next((a for a in adverbs if folded.endswith(a, r.start, end)), "") if folded.endswith(
            adverbs, r.start, end) else ""
        for name_end in (end, end - len(adverb)) if adverb else (end,):
            start = speaker_start(r, name_end)
            if start is not None:
                yield r.found(start, name_end, "officials.speaker")
                break


def speaker_start(r: Reading, end: int) -> int | None:
    """Where the name ends at `end` begins, if it opens a clause (as a speaker's does)."""
    folded = r.folded
    if end - 2 < r.start or folded[end - 1] not in foreign.name_chars() and not (
            opens(r, end - 2) or (end - 3 >= r.start and opens(r, end - 3))
            or (end - 4 >= r.start and opens(r, end - 4))):
        return None  # most verbs: no clause opens two to four characters before them
    start = chinese_start(r, end, weak_ok=False)
    if start is not None and folded[end - 1] in _grammar().rules.party_joiners \
            and end - 1 - start in r.names.lengths(start):  # (the cheap test first)
        return None  # 韩正|同当选副总统…举行: the verb is the joined party's, not the name's
    if start is None and shaped_end(r, end - 3, weak_ok=True) == end:
        start = end - 3  # 温家宝强调: a common-word surname, two common given-name characters
    if start is None:
        start = foreign_start(r, end, weak_chinese=True)
    return start if start is not None and opens(r, start) else None


def honorifics(r: Reading) -> Iterator[Found]:
    """吴明先生, 张雅茹女士, 布拉特先生, 张三（女）: a name right before an
    honorific or a bracketed note, wherever it stands in the clause."""
    pg = _grammar()
    marks = (pg.honorific.finditer(r.folded, r.start, r.end) if pg.honorific_start is None
             else scan_words(pg.honorific, pg.honorific_start, r.folded, r.start, r.end))
    for mark in marks:
        if r.folded.startswith("军衔", mark.end()):
            continue  # 佩戴上将军衔: the rank itself named, after no name
        end = mark.start()
        if end - 1 > r.start and r.folded[end - 1] in _JOINERS:
            end -= 1  # 卢拉和夫人: the name is before the conjunction
        start = _dotted_start(r, end)
        if start is None:
            start = chinese_start(r, end, weak_ok=True)
        if start is None or end - start == 2 and inside_transliteration(r.folded, start, end):
            start = foreign_start(r, end)  # 伯奇|费尔院士: a transliteration's end, read whole
        if start is None or _prose_before_rank(r.folded, start, end) or r.folded[start - 1:start + 1] in verbs() \
                or inside_transliteration(r.folded, start, end) or begins_word(r.folded, start + 1):
            continue  # the end of a verb (坚信|古巴同志), a transliteration (基|辛格博士), a word (历|史学系)
        if mark.group() in pg.rules.kin_words and not kin_named(r.folded[start:end]):
            continue  # 陈嘉庚|之孙, not 万物|之母, 王家|的女儿 or 有关拜登|的儿子: a whole name's shape
        titled = mark.group() in pg.honorific_titles  # 任正非总裁: a post, the title
        if titled and (r.any_name_end(mark.end()) or foreign_end(r, mark.end())) \
                or r.folded.startswith(pg.place_after, mark.end()):
            continue  # 沙特阿美总裁|纳瑟尔: a post before a name; 内图博士|国际机场, 烈士|陵园: a place's name
        yield r.found(start, end, "officials.honorific", mark.span() if titled else None)


def aged(r: Reading) -> Iterator[Found]:
    """今年30岁的李宽, 现年58岁的老党员周卫东: a Chinese name right after a person's age (and a word
    for what the person is), read as a name's shape with something that may follow a name after it
    (not a ·-name, whose end the words after it may hide: 49岁的黑人詹姆斯·伯德捆绑…)."""
    if "岁" not in r.folded:
        return
    folded = r.folded
    for m in _grammar().aged.finditer(folded, r.start, r.end):
        start = m.end()
        end = r.name_end(start) or shaped_end(r, start, weak_ok=True)  # (Chinese: no ·-name's end told here)
        if end is None or not name_after_noun(folded, start, end) or folded.find(folded[start:end] + "·") >= 0:
            continue  # 巴依卡 of 巴依卡·凯力迪别克: the whole name's first part
        yield r.found(start, end, "officials.aged")


def name_after_noun(folded: str, start: int, end: int) -> bool:
    """Is the Chinese name read at [start, end) right after a noun of the person (an age, 少女) a name:
    no transliteration's part, no last character opening a word (12岁的乐乐|正在), no pet name (乐乐)?"""
    return not (inside_transliteration(folded, start, end) or begins_word(folded, end - 1)
                or folded[start] == folded[start + 1])


def _prose_before_rank(folded: str, start: int, end: int) -> bool:
    """晋升|上将, 司执行|副总裁: a verb, or a run whose "given name" is one, before an
    honorific is prose, no name."""
    return folded[start:end] in words.verb_set() or given_is_verb(folded, start, end)


def _dotted_start(r: Reading, end: int) -> int | None:
    """巴依卡·凯力迪别克（塔吉克族）: a ·-joined name ending at `end` is read whole,
    from where its first part begins (after the verb or post before it)."""
    folded, k = r.folded, end
    while k > max(r.start, end - 20) and (folded[k - 1] == "·" or _HAN.match(folded[k - 1])):
        k -= 1
    first_dot = folded.find("·", k, end)
    if first_dot <= k:
        return None
    start, _ = minority_start(r, k, first_dot)
    return start if start is not None and r.names.minority_end(start, r.end) == end else None


def after_post(r: Reading) -> Iterator[Found]:
    """总统叶利钦, 教练扎加洛: a transliterated name right after a post; and 市委
    书记张敬涛召集: a Chinese name after a post where no word that may follow a
    name does, read when its given-name characters are common ones."""
    # a name starts right after a post: test the places after a post's last
    # character with the post rule run right to left, not the post rule everywhere
    for pos in r.starts_after(after_post_start()):
        post = r.post_ending_at(pos)  # (kept from post_before_name at a surname's place)
        if post is None:
            continue  # the cheap test first: most places after a post's last character end no post
        if r.post_goes_on(pos, post):
            continue  # 博士|生杜万里: the post goes on (博士生), the name starts after it
        end, named = foreign_end(r, pos), None
        if end is None:
            named = r.name_end(pos)
            end = shaped_end(r, pos) if named is None else named
            if named is None and end is not None and begins_word(r.folded, end - 1):
                end = None  # 老将郭华|发挥出色: the last character opens a word
        # 空军司令|巴尔: a weak surname's reading of a transliteration after a foreign post (not 老人|安康),
        # or after a post of a foreign city (洛杉矶市长|巴斯: people.toml foreign_not's cities)
        short_transliteration = end is not None and names.is_weak_short(r.folded[pos:end]) and all(
            ch in foreign.name_chars() for ch in r.folded[pos:end]) and (
            foreign.post_pattern().search(post.group())
            or r.folded.endswith(_grammar().foreign_not, r.start, post.start()))
        if end is None or names.is_weak_short(r.folded[pos:end]) and not short_transliteration \
                or r.folded[pos:end] in foreign.not_names():
            continue  # (部长|特别会议: a word of name characters that names no one)
        if names_a_place(r.folded, pos, end) or given_is_verb(r.folded, pos, end) or begins_word(r.folded, pos):
            continue  # 代表|苏丹政府: a country; 代表|时强调, 总书记|考察内蒙古: a verb
        # a transliteration after a country and its post takes the title foreign_leader
        # gives one, which reads the name itself after a foreign post (黎巴嫩总统|奥恩)
        leader = None
        if named is None and r.folded[pos] in foreign.name_chars():
            if foreign.left_to_foreign_leader(r, post.start(), pos):
                continue
            leader = foreign.leader_descriptor(r, post.start(), pos)
        # with a descriptor before it, post_before_name reads a name that fits what follows
        title = leader[0] if leader else descriptor_before(r, pos)
        if named is not None and title is not None and not short_transliteration:
            continue  # (空军司令|巴尔表示: post_before_name leaves a weak surname's reading: a transliteration)
        yield r.found(pos, end, "officials.after_post", title or post.span(), org=leader[1] if leader else None)
    yield from _after_foreign_post(r)


def _after_foreign_post(r: Reading) -> Iterator[Found]:
    """前总统马科斯的, 会见总统萨勒: a transliterated name right after a foreign post
    (officials_foreign.toml) with no country before it (foreign_leader reads one with a
    country; the loop above reads the posts of officials.toml)."""
    chars = foreign.name_chars()
    for post in r.scan(foreign.post_pattern(), foreign.post_starts()):
        pos = post.end()
        if pos >= r.end or r.folded[pos] not in chars or r.post_ending_at(pos) is not None:
            continue  # (cheap first) no transliteration opens here; a post of officials.toml: read above
        end = foreign_end(r, pos) or _han_shaped_transliteration(r, pos)
        if end is None or names_a_place(r.folded, pos, end) or begins_word(r.folded, pos):
            continue  # 国王|登基: a verb of the lexicon, no name (what names no one is dropped for every rule)
        if foreign.after_country(r, post.start()):
            continue  # 菲律宾前总统|马科斯: foreign_leader's
        yield r.found(pos, end, "officials.after_post", descriptor_before(r, pos) or _foreign_title(r, post))


def _han_shaped_transliteration(r: Reading, pos: int) -> int | None:
    """总统|卢拉分别…: a transliteration of a Chinese name's shape, read where a name
    ends, every character of it a transliteration character (not 首相|官邸前)."""
    end = r.name_end(pos)
    chars = foreign.name_chars()
    return end if end is not None and all(ch in chars for ch in r.folded[pos:end]) else None


def _foreign_title(r: Reading, post: re.Match[str]) -> tuple[int, int]:
    """The foreign post as the title, with a post's prefix (副议长) and a former marker before it
    (前总统), and the posts joined to it by 、 that the descriptor grammar reads (刚果劳动党主席、总统)."""
    start = post.start()
    start -= len(next((p for p in r.g.rules.post_prefixes if r.folded.endswith(p, r.start, start)), ""))
    if start > r.start and r.folded[start - 1] in r.g.former:
        start -= 1
    if start - 1 > r.start and r.folded[start - 1] == "、":
        joined = descriptor_before(r, start - 1)
        start = joined[0] if joined else start
    return start, post.end()


def names_a_place(folded: str, start: int, end: int) -> bool:
    """Does the run [start, end) name a country or open with one (卢旺达, 苏丹政…), or open
    with a word of people.toml foreign_not (欧洲之行)? Then it names no person."""
    return _grammar().opens_foreign_not(folded, start) or foreign.opens_with_country(folded[start:end])


def is_a_place(name: str) -> bool:
    """Is `name` as a whole a place, a people or a body people.toml foreign_not lists (惠灵顿,
    莫斯科), or such a place after its country (沙特|利雅得)? Whatever rule read it, it names
    no person."""
    places = _place_words()
    return name in places or any(name[k:] in places and countries.is_country(name[:k]) for k in range(2, len(name) - 1))


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    return frozenset(_grammar().foreign_not)


@lru_cache(maxsize=1)
def after_post_start() -> re.Pattern[str]:
    """A character that may start a name (a surname's, a transliteration's) right
    after the last character of a post word: one scan with the plain `re` engine, for
    this rule and post_before_name (which reads the surnames' places of it)."""
    return char_after(grammar().post_last_chars, frozenset(foreign.name_chars()) | names.grammar().name_firsts)


def foreign_end(r: Reading, pos: int) -> int | None:
    """End of a transliterated name starting at `pos` that a word which follows names ends."""
    chars, folded = foreign.name_chars(), r.folded
    if pos >= r.end or folded[pos] not in chars:
        return None
    end = pos
    while end < min(r.end, pos + _FOREIGN_MAX) and (  # (parts joined by ·, or a hyphen: 希尔-刘易斯)
            folded[end] in chars or folded[end] == "·" or folded[end] in "-－" and folded[end + 1:end + 2] in chars):
        end += 1
    while end - pos >= _grammar().rules.foreign_min and not foreign.ends_name(r, end):
        end -= 1
    if end - pos < _grammar().rules.foreign_min or foreign_start(r, end, lo=pos) != pos:
        return None
    return end


def shaped_end(r: Reading, pos: int, weak_ok: bool = False) -> int | None:
    """End of a surname and two given-name characters that are common ones."""
    given_chars, folded, tibetan = _grammar().given_chars, r.folded, names.grammar().tibetan_name
    if pos >= r.start and tibetan.fullmatch(folded, pos, pos + 4) and not tibetan.match(folded, pos + 2, pos + 6):
        return pos + 4  # 达瓦坚参: two Tibetan name words, a whole name by its shape (not 扎西次仁|多吉…)
    if pos < r.start or (folded[pos + 2:pos + 3] not in given_chars and folded[pos + 3:pos + 4] not in given_chars):
        return None  # most places: the name's last character is no common given-name character
    slen = names.surname_len(r.folded, pos)
    end = pos + slen + names.MAX_GIVEN
    if not slen or end > r.end or (r.folded[pos] in names.grammar().weak and not weak_ok):
        return None
    given = r.folded[pos + slen:end]
    if all(ch in _grammar().given_chars for ch in given) and names.plausible(r.folded[pos:end], slen):
        return end
    return None


def listed(r: Reading) -> Iterator[Found]:
    """授予张三、李四…; 名单如下：张三、李四: a 、-list of two names or more right
    after what opens a list of people."""
    weak = names.grammar().weak
    for opener in _grammar().list_opener.finditer(r.folded, r.start, r.end):
        items, complete = name_list(r, opener.end())
        if not complete or len(items) < 2 and not (items and r.folded[items[0][1]:items[0][1] + 1] in SLOT_CLOSERS):
            continue  # one name is a list when a quoted honour or a note closes it: 授予张三“…”
        # a list's context is strong: a common-word surname with a two-character given name passes
        if all(names.plausible_at(r.folded[s:e - (e - s == 3)]) and (r.folded[s] not in weak or e - s == 3)
               for s, e in items):
            for s, e in items:
                yield r.found(s, e, "officials.list_slot")


def opens_a_body_word(r: Reading, end: int) -> bool:
    """Does a place's or a body's last character (place_ends: 区, 院) stand at `end`, no post (院士)?"""
    ch = r.folded[end:end + 1]
    return bool(ch) and ch in _grammar().rules.place_ends and r.g.post.match(r.folded, end) is None


def begins_word(folded: str, pos: int) -> bool:
    """Does a word of prose (names.toml stop_names, the verb lexicon) begin at `pos`?"""
    pair = folded[pos:pos + 2]
    return pair in names.grammar().stop_names or pair in verbs()


@lru_cache(maxsize=1)
def verbs() -> frozenset[str]:
    return words.verb_set() | frozenset(_grammar().rules.speech_verbs)


def partners(r: Reading, established: list[Found], around: list[Found] | None = None) -> Iterator[Found]:
    """杨尚昆和李伯钊同志: a name joined by 和, 与, 及 or 、 to any mention of a
    person found by evidence (of those `around`, all of them by default) is a person too."""
    weak = names.grammar().weak
    taken = {found.start for found in established} | {found.end for found in established}
    mentions = r.occurrences(found.name for found in established)  # every name's mentions (kept per name)
    inside = SpanSet([(at, at + len(name)) for name, starts in mentions.items() for at in starts])
    for name in dict.fromkeys(found.name for found in (established if around is None else around)):
        for at in mentions[name]:
            for partner in _partners_at(r, at, at + len(name), weak, taken):
                if not inside.covers(partner.start, partner.end):
                    yield partner  # (not the end of a mention of a name read whole: 扎帕|罗娃)


def _partners_at(r: Reading, start: int, end: int, weak: frozenset[str], taken: set[int]) -> Iterator[Found]:
    """A partner is read where no name found by evidence already begins or ends."""
    folded = r.folded
    if start - 1 > r.start and folded[start - 1] in _JOINERS and start - 1 not in taken:
        joint = start - 2 if folded[start - 2:start] == "以及" else start - 1  # (钱业|以及|郭索帕)
        before = chinese_start(r, joint, weak_ok=False)
        if before is not None and inside_transliteration(folded, before, joint):
            before = foreign_start(r, joint)  # 安德|雷斯和李东波: the end of a transliteration, read whole
        if before is not None:
            yield r.found(before, joint, "officials.partner")
    if end < r.end and folded[end] in _JOINERS and end + 1 not in taken:
        after = r.name_end(end + 1)
        if after is not None and folded[end + 1] not in weak and names.plausible_at(folded[end + 1:after]):
            yield r.found(end + 1, after, "officials.partner")
