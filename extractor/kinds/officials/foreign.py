"""Foreign leaders (patterns/officials_foreign.toml): a transliterated name after
a country and its post (赞比亚总统希奇莱马), or right before a foreign post
(同特朗普总统4次通话). Their names have no Chinese surname, so the name grammar
cannot start them; they are written only with transliteration characters."""
from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from ...grammar import names, words
from ...rules import rxcache
from .foreign_rules import ForeignGrammar, foreign_grammar, opens_with_country
from .people_rules import shape_grammar
from .reading import (
    HOLDER_JOINERS,
    Found,
    Reading,
    descriptor_before,
    listed_posts,
    organization,
    past_named_holder,
    words_opening_a_post,
)

_HAN = rxcache.compile(r"\p{Han}")
_HAN_RUN = rxcache.compile(r"\p{Han}+")
# between a country and its post: words only (俄罗斯|外交部|副部长), never a mark or a
# word that opens a clause of its own (同, 在, 的 …)
_ORG_GAP = rxcache.compile(r"(?:[^\P{Han}同与和及在的对向于是]|[“”])+")  # a body named in quotes too (“圣城旅”)


def foreign_leader(r: Reading) -> Iterator[Found]:
    """赞比亚总统希奇莱马: a transliterated name right after a country and its post,
    ending where a follow word, a list mark or punctuation does."""
    fg, folded = foreign_grammar(), r.folded
    for m in r.scan(fg.post_name, fg.post_start):  # (the places tried are han_named_leader's too)
        found = _organization_before(r, m.start(), fg)
        if found is None:
            continue
        org_start, org_text = found
        if _paired_short_form(folded, m.start(), fg):
            continue  # 中美元首|利马会晤, 俄美领导人: two countries' heads, no one's post
        start = m.start("name")
        end = _leader_name_end(r, start, m.end("name"))
        name = folded[start:end]
        if end - start >= 2 and name not in fg.not_names and name not in fg.countries:  # …代表|沙特接任
            # 时任|美国总统 (not a one-character marker: 目前|美国总统)
            marker = next((w for w in r.g.former if len(w) > 1 and folded.endswith(w, r.start, org_start)), "")
            title_start, org = _leader_title(r, org_start - len(marker), org_start, org_text, start)
            yield r.found(start, end, "officials.foreign_leader", (title_start, start), org=org)


def _leader_title(r: Reading, start: int, org_start: int, org_text: str, end: int) -> tuple[int, str | None]:
    """Where a foreign leader's title [start, end) opens and the body it names: a post joined by 、 before it
    is the same person's (非洲联盟轮值主席、|安哥拉总统洛伦索), and the body is then the first piece's (SPEC.md);
    not a partner's (夫人、|美国副总统), a counted group's (三位成员、|…) nor one opening with a joiner (同…、)."""
    joined = descriptor_before(r, start - 1) if r.folded[start - 1:start] == "、" else None
    piece = r.folded[joined[0]:start - 1] if joined else ""
    if not piece or piece.endswith(r.g.rules.partner_words) or piece[0] in HOLDER_JOINERS \
            or shape_grammar().counted_joined.search(piece):
        return _sender_of_envoy(r, start, end) or (start, _leader_body(r, org_start, org_text, end))
    return joined[0], organization(r.folded[joined[0]:end], r.g)


def _sender_of_envoy(r: Reading, start: int, end: int) -> tuple[int, str | None] | None:
    """俄罗斯驻|美国大使: a country and the envoy marker before the descriptor [start, end) make it the
    sending country's envoy post, whose organisation the descriptor's reading gives (the sender)."""
    marker = start - 1
    if r.folded[marker:start] != r.g.rules.envoy_marker:
        return None
    marker -= r.folded[marker - 1:marker] == "常"  # 俄罗斯常驻|联合国…代表: a permanent mission's
    sender = foreign_grammar().country.match(r.folded, max(r.start, marker - 12), marker)
    if sender is None:
        return None
    return sender.start(), organization(r.folded[sender.start():end], r.g) or sender.group()


def _leader_name_end(r: Reading, start: int, run_end: int) -> int:
    """Where a transliterated name after a country and its post ends, its characters
    running from `start` to `run_end`: the longest part that a follow word, a list mark or
    punctuation ends (…马会见: the run went on into a follow word made of name characters),
    less a verb of the lexicon closing the run (西哈莫尼|登基). (A character no
    transliteration is written with is no end: the table lacks some, 范明|政, 马哈|茂德.)"""
    end = run_end
    while end - start >= 2 and not ends_name(r, end):
        end -= 1
    verbs = words.verb_set()
    return next((k for k in range(start + 2, end - 1) if r.folded[k:end] in verbs), end)


def _leader_body(r: Reading, org_start: int, org_text: str, end: int) -> str | None:
    """The body a foreign descriptor [org_start, end) names; none for a topic's envoy (也门|问题特使)."""
    topic = r.folded.startswith(foreign_grammar().topic_words, org_start + len(org_text))
    return None if topic else _body_of(r, org_start, end, org_text)


def han_named_leader(r: Reading) -> Iterator[Found]:
    """日本首相石破茂今天…, 日本公明党党首山口那津男, 韩国总统尹锡悦: after the post of a
    body of a country whose people are named in Chinese characters (not in the
    transliteration characters foreign_leader reads), a surname of that country and a
    given name (one to three characters for Japanese names, one or two otherwise), the
    longest that ends where a name may end."""
    fg, folded = foreign_grammar(), r.folded
    for m in r.scan(fg.post, fg.post_start):
        if folded[m.end():m.end() + 1] not in fg.han_surname_firsts:
            continue  # (cheap first: most posts are followed by no surname of these lists)
        found = _organization_before(r, m.start(), fg)
        if found is not None and folded[found[0] - 1:found[0]] == "驻":
            # 日本驻韩国大使馆总括公使|松尾裕敬: the sending country's post (中国驻韩国大使|戴兵: read as China's)
            sender = fg.country.match(folded, max(r.start, found[0] - 13), found[0] - 1)
            if sender is None or sender.group() not in fg.han_named:
                continue
            found = sender.start(), sender.group()
        if found is None or fg.clause_verbs.search(folded, found[0], m.start()):
            # 日本外务省…递交写给|首相高市早苗: no body before the post, a clause; the country
            # the sentence named last is the post's, and the post alone its title
            country, title, org = _country_earlier_in_sentence(r, m.start(), fg), (m.start(), m.end()), None
            if fg.han_named_kinds.get(country) != "japanese":
                continue  # 韩国…总统|官邸: Chinese surnames open too many words to be read so far from their country
            title = descriptor_before(r, m.end()) or title  # 自民党总裁, 经济产业大臣
        else:
            country = next((c for c in fg.han_named if found[1].startswith(c)), None)
            title, org = (found[0], m.end()), _body_of(r, found[0], m.end(), found[1])
        surname = fg.han_named[country][0].match(folded, m.end(), r.end) if country in fg.han_named else None
        if surname is None:
            continue
        longest = fg.han_named[country][1]
        end = next((surname.end() + n for n in range(longest, 0, -1) if _given_name(r, surname.end(), n)), None)
        if end is not None:
            yield r.found(m.end(), end, "officials.han_named_leader", title, org=org)


def _country_earlier_in_sentence(r: Reading, post: int, fg: ForeignGrammar) -> str | None:
    """The country naming people in Chinese characters (日本, 韩国 …) that `post`'s sentence
    named last before it, if the last country it named is one."""
    # (within a reach: a run-on "sentence" of thousands of characters would be read again at every post)
    opening = max(r.start, r.structure.sentence_start(post), post - _COUNTRY_REACH)
    last = next((c.group() for c in fg.country.finditer(r.folded, opening, post) if len(c.group()) >= 2), None)
    return last if last in fg.han_named else None


_COUNTRY_REACH = 200  # characters: longer than any sentence that names a country and then its post


def _given_name(r: Reading, start: int, n: int) -> bool:
    """n characters at `start` make a given name: Chinese characters, the last a name's
    (李在明: 在 inside a given name, never at its end), ending where a name may end."""
    given, fg = r.folded[start:start + n], foreign_grammar()
    if any(r.folded.startswith(fg.long_end_words, k) or len((r.g.after_name.match(r.folded, k) or [""])[0]) > 1
           for k in range(start + 1, start + n)):
        return False  # 石破茂|今天, 岸田文雄|演讲: a word that follows names begins inside (not 松野博|一)
    if n > 1 and given[-1] in fg.name_end_words:
        return False  # 高市早苗|称: a word that follows names is no name's last character
    nonname, after = names.grammar().nonname_chars, start + n
    time_word_after = r.folded.startswith(fg.long_end_words, after) or len(
        (r.g.after_name.match(r.folded, after) or [""])[0]) > 1  # 近日, 表示: a word that follows names
    if given[-1] in nonname and not (n > 1 and time_word_after):
        return False  # a character of prose ends no name, unless a time word shows it does (金正日|近日; 梁强|时)
    if n == 1 and r.folded[after:after + 1] in nonname and not time_word_after \
            and r.folded[after:after + 1] not in fg.name_end_words:
        return False  # 金正|日: the character after a one-character given name goes on with it (not 赵显|等)
    return _HAN_RUN.fullmatch(given) is not None and ends_name(r, after)


def foreign_name_before_post(r: Reading) -> Iterator[Found]:
    """同特朗普总统4次通话: a transliterated name right before a foreign post, after a
    list mark, a conjunction or punctuation (never a country: 同伊朗总统)."""
    fg, folded = foreign_grammar(), r.folded
    for m in r.scan(fg.post, fg.post_start):
        # a monarch's regnal number before the post goes with the name (费利佩六世|国王)
        regnal = fg.regnal_before.search(folded, max(r.start, m.start() - 4), m.start())
        start = name_end = regnal.start() if regnal else m.start()
        while start > r.start and name_end - start < 8 and folded[start - 1] in fg.name_chars \
                and not after_a_verb(folded, start):
            start -= 1
        if regnal and name_end - start < 2:
            start = name_end = m.start()  # (a number of a reign with no name before it)
        name = folded[start:m.start()]
        country = fg.country.match(folded, max(r.start, m.start() - 12), m.start())
        if (len(name) >= 2 and name not in fg.countries and name not in fg.not_names
                and not opens_with_country(name)  # 巴勒斯坦法塔赫|主席: a country's party, no name
                and (start == r.start or folded[start - 1] in fg.before_name or after_a_verb(folded, start))
                # 阿尔及|利亚总统: the "name" is the end of a country; not 穆罕默|德总统 (德 ends it only)
                and not (country and country.start() <= start)
                # 法赫德国王|国际机场, …国王大学: a place or a body named after the holder
                and not folded.startswith(shape_grammar().place_after, m.end())
                and folded[m.start() - 1:m.start() + 1] not in words_opening_a_post()):  # 吉林东部|长白山
            yield r.found(start, m.start(), "officials.foreign_name_before_post", listed_posts(r, m.span()))


def _body_of(r: Reading, start: int, end: int, country: str) -> str:
    """南非国民议会|事务主席, 联合国教科文组织|助理总干事: the body a foreign descriptor
    names after its country, read as a domestic one is (an organisation suffix, a
    qualifier, the post); 美国交通部长: a ministry fused with its 部长."""
    descriptor = r.folded[start:end]
    body = organization(descriptor, r.g)
    if body and body.startswith(country) and len(body) > len(country):
        return body
    portfolio = descriptor[len(country):-2]  # 美国|交通|部长; not 德国|副总理兼财政|部长, 美国|前财政|部长
    fused = (descriptor.endswith("部长") and descriptor.startswith(country) and len(portfolio) >= 1
             and portfolio[-1] not in "副部" and not r.g.post.search(portfolio) and portfolio[0] not in "前原"
             and not foreign_grammar().post.fullmatch(descriptor, len(country)))  # 伊朗|外交部长: a post
    return descriptor[:-1] if fused else country


def _a_clause(words: str, fg: ForeignGrammar) -> bool:
    """乌政府将撤换…, 尼日尔政变军人称已推翻…: words (less _without_clause_words) with an
    auxiliary or a verb of saying between a country and a post make a clause, not the body
    that holds the post (a verb of the lexicon may be a body's head or a post's prefix:
    教科文组织, 执行副主席)."""
    return any(ch in fg.clause_marks for ch in words)


def _without_clause_words(gap: str, fg: ForeignGrammar) -> str:
    """The gap less the words that hold a clause's character and open none (已故, 在野党)."""
    for word in fg.clause_mark_words:
        gap = gap.replace(word, "")
    return gap


def _organization_before(r: Reading, post: int, fg: ForeignGrammar,
                         short_forms: bool = True) -> tuple[int, str] | None:
    """The country (and the body of it) written before a foreign post, as (start, text):
    赞比亚 (总统), 印度尼西亚共和国 (总统: a long form read again leftwards), or a
    country and its ministry or agency (俄罗斯外交部 副部长, 沙特商务 大臣): a run of
    words with no punctuation between the country and the post."""
    folded = r.folded
    country = fg.country.match(folded, max(r.start, post - 12), post)
    if country is not None and len(country.group()) == 1 \
            and folded[country.start() - 1:country.end()] in names.grammar().stop_names:
        country = None  # 英国司|法大臣: the one-character form closes a word of prose (司法), no country
    if country is not None:
        longer = fg.country.match(folded, max(r.start, country.start() - 12), country.start())
        start = longer.start() if longer else _start_of(r, country, fg)
        return start, folded[start:country.end()]
    country = _nearest_country(folded, max(r.start, post - fg.org_gap - 8), post, fg, short_forms)
    gap = folded[country.end():post] if country else ""
    words = _without_clause_words(gap, fg)
    if country is None or not 0 < len(gap) <= fg.org_gap or (words and not _ORG_GAP.fullmatch(words)) \
            or _a_clause(words, fg):
        return None
    if r.g.descriptor_verb.search(gap):
        return None  # 马来西亚国家皇宫|会见|马最高元首: a verb of meeting makes the words a clause
    # 俄罗斯外交部 is the body that holds the post; 沙特商务(大臣) names a portfolio, not a body
    body_end = post if gap.endswith(fg.org_suffixes) else country.end()
    start = _start_of(r, country, fg)
    return start, folded[start:body_end]


def _nearest_country(folded: str, lo: int, post: int, fg: ForeignGrammar,
                     short_forms: bool) -> regex.Match[str] | None:
    """The country nearest before the post. A one-character form (日, 美) with words after it
    is too often another word's character: it counts only before a body it may name (俄总统);
    elsewhere foreign_leader reads the country further left (伊朗|伊斯兰议会议长), while
    after_country (short_forms False) asks of the nearest alone, as the rules using it expect."""
    for country in fg.country.finditer(folded, lo, post):  # right to left
        if len(country.group()) >= 2 or (short_forms and folded.startswith(fg.short_form_bodies, country.end(), post)):
            return country
        if not short_forms:
            return None
    return None


def _start_of(r: Reading, country: regex.Match[str], fg: ForeignGrammar) -> int:
    """Where the country's name starts: 共和国 is read leftwards to the country it is the
    republic of (乌拉圭东岸共和国, 伊朗伊斯兰共和国)."""
    republic = _country_of_republic(r, country.start(), fg) if country.group() == "共和国" else None
    return republic.start() if republic else country.start()


def _paired_short_form(folded: str, post: int, fg: ForeignGrammar) -> bool:
    """Are the two characters before the post two countries' short forms (中美, 俄美)?"""
    first, second = folded[max(0, post - 2):post - 1], folded[post - 1:post]
    return second in fg.countries and (first == "中" or first in fg.countries)


def _country_of_republic(r: Reading, republic: int, fg: ForeignGrammar) -> regex.Match[str] | None:
    """The country named a few words before 共和国 (乌拉圭|东岸|共和国): a full name, not a
    one-character short form, with only words between."""
    folded = r.folded
    for near in fg.country.finditer(folded, max(r.start, republic - 16), republic):  # right to left
        between = folded[near.end():republic]
        if len(near.group()) >= 2 and 0 < len(between) <= 8 and _ORG_GAP.fullmatch(between):
            return near
    return None


def after_country(r: Reading, post: int) -> bool:
    """Is a country (and a body of it) written right before the post at `post`?"""
    return _organization_before(r, post, foreign_grammar(), short_forms=False) is not None


def leader_descriptor(r: Reading, start: int, end: int) -> tuple[tuple[int, int], str | None] | None:
    """The title and body of a transliterated name after the post at [start, end) with a
    country (and a body of it) right before the post, as foreign_leader reads them
    (美国加利福尼亚州州长|纽森, 黎巴嫩真主党领导人|卡西姆); None without one."""
    found = _organization_before(r, start, foreign_grammar(), short_forms=False)
    if found is None or found[0] == start - 1:
        return None  # 伊朗司法|总监: 法 is no country there
    if past_named_holder(r, found[0], start) != found[0]:
        return None  # 安哥拉总统洛伦索和|非洲联盟委员会主席: the country is the other person's
    title_start, body = _leader_title(r, found[0], *found, end)
    return (title_start, end), body


def left_to_foreign_leader(r: Reading, start: int, end: int) -> bool:
    """Is the name after the post at [start, end) foreign_leader's to read (or to leave: 俄美领导人,
    two countries' heads): a country before a foreign post (officials_foreign.toml, 第一|副总理)?"""
    fg = foreign_grammar()
    return (any(fg.post.fullmatch(r.folded, at, end) for at in range(start, end - 1))
            or _paired_short_form(r.folded, start, fg)) and after_country(r, start)


def post_pattern() -> regex.Pattern[str]:
    """A foreign post with its prefixes (前总统, 副总理)."""
    return foreign_grammar().post


def post_ending_at(r: Reading, pos: int) -> regex.Match[str] | re.Match[str] | None:
    """The foreign post (officials_foreign.toml) that ends right at `pos`: the words before a name
    written after one (总统|亚历山大·卢卡申科, 蒙古国总统|呼日勒苏赫); None where none does."""
    fg = foreign_grammar()
    return next((m for m in fg.post.finditer(r.folded, max(r.start, pos - _POST_REACH), pos) if m.end() == pos), None)


_POST_REACH = 8  # the longest foreign post looked back for


def post_starts() -> re.Pattern[str]:
    """Where a foreign post may begin: the places post_pattern is tried at (grammar.scan_words)."""
    return foreign_grammar().post_start


def after_a_verb(folded: str, at: int) -> bool:
    """Does a verb of the lexicon end right before `at` (转达|费利佩六世: its last character may be a
    transliteration's, and the name starts after it)?"""
    return folded[at - 2:at] in words.verb_set()


def name_chars() -> frozenset[str]:
    """The transliteration characters a foreign name is written with."""
    return foreign_grammar().name_chars


def ends_name(r: Reading, end: int) -> bool:
    """What may follow a whole transliterated name: the end of the body, no Chinese
    character (punctuation, a bracket; never the · inside a name), a list mark, a time word or a word that
    follows a name (names.toml `follow`, posts, the verb lexicon: 谴责, 表示). An unknown
    Chinese character may still be part of the name, so it is no evidence."""
    if end >= r.end:
        return True
    fg = foreign_grammar()
    nxt = r.folded[end]
    if nxt in "·-－" and _HAN.match(r.folded[end + 1:end + 2] or " "):
        return False  # a ·-name (or 迪亚斯-卡内尔) goes on: no part of it is a name of its own
    if r.folded.endswith(fg.long_end_words, r.start, end):
        return False  # 马克龙特别|邀请: a word that follows names (特别, 一行) ends none
    if r.folded.startswith(fg.long_end_words, end - 1):
        return False  # 格罗西本|月: the last character opens a word that follows names (本月)
    return (not _HAN.match(nxt) or nxt in fg.name_ends or r.folded.startswith(fg.name_end_words, end)
            or bool(r.g.after_name.match(r.folded, end, r.end)))


def not_names() -> frozenset[str]:
    """Words of transliteration characters that may follow a post and name no one."""
    return foreign_grammar().not_names
