"""One call's reading of a document for officials: the text, its folded copy,
the body, the grammar and a name reader, made in `candidates(doc)` and dropped
with it; and the descriptor helpers every evidence rule shares."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from ...doc import Doc
from ...doc.occurrences import occurrences
from ...grammar import names, words
from ...rules import registry
from .countries import foreign_city_of_mayor
from .foreign_rules import country_before_post, foreign_grammar, opens_with_country
from .grammar import Grammar, grammar, matches_at

# Title-before evidence looks back at most this far for the descriptor.
LOOKBACK = 70
COPULA_REACH = 40  # from a copula to the end of its clause: a descriptor's length
MAX_POST = 30  # longer than any post with its prefixes (原党组副书记、常务副…)


@dataclass
class Found:
    """One piece of evidence that a person is named: the name's span, the
    descriptor that gives the title, and the rule that read it."""

    name: str
    start: int
    end: int
    rule: str
    title: tuple[int, int] | None = None  # span of the descriptor
    shared: bool = False  # title of a list this name was enumerated in
    org: str | None = None  # organisation stated apart from the descriptor

    def __post_init__(self) -> None:
        registry.rule(self.rule)  # an undeclared rule name fails at once


class Reading:
    """What the evidence rules read, for one document."""

    def __init__(self, doc: Doc) -> None:
        self.text, self.folded, self.body = doc.view, doc.folded, doc.body
        self.start, self.end = doc.body.start, doc.body.end  # what the rules read
        self.structure = doc.structure  # the document's sentences (built once, shared with the numeric kinds)
        self.g: Grammar = grammar()
        self.names = names.NameReader(self.folded, self.g.after_name, self.g.minority_cut)
        self.descriptors: dict[int, tuple[int, int] | None] = {}  # descriptor_before, by end
        self._posts_ending: dict[int, regex.Match[str] | None] = {}
        self._post_tails = _post_tails()  # (bound once: asked at every place a name may follow a post)
        self._scans: dict[int, list] = {}
        self._starts: dict[int, list[int]] = {}
        self._places: dict[int, list[int]] = {}
        self._occurrences: dict[str, list[int]] = {}
        self.headline_end = doc.headline_end()

    def scan(self, pattern: regex.Pattern[str] | re.Pattern[str], starts: re.Pattern[str] | None = None) -> list:
        """`pattern`'s matches over the body, found once for every rule that reads them
        (the foreign posts, the surname characters opening a clause); tried only where
        `starts` finds a place, if given (grammar.scan_words)."""
        found = self._scans.get(id(pattern))
        if found is None:
            found = self._scans[id(pattern)] = list(
                pattern.finditer(self.folded, self.start, self.end) if starts is None
                else matches_at(pattern, self.word_places(starts), self.folded, self.end))
        return found

    def word_places(self, starts: re.Pattern[str]) -> list[int]:
        """Where a word of a `grammar.word_starts` pattern may begin in the body, found once
        for every scan from there (a foreign post, and one with the name after it)."""
        found = self._places.get(id(starts))
        if found is None:
            found = self._places[id(starts)] = [m.start() for m in starts.finditer(self.folded, self.start, self.end)]
        return found

    def starts_after(self, pattern: re.Pattern[str]) -> list[int]:
        """The places in the body where a `grammar.char_after` pattern's character of
        `chars` stands (its match's end), found once for every rule that reads them;
        the scan opens a character early, at the one before the body's first."""
        found = self._starts.get(id(pattern))
        if found is None:
            found = self._starts[id(pattern)] = [
                m.end() for m in pattern.finditer(self.folded, max(0, self.start - 1), self.end)]
        return found

    def occurrences(self, names: Iterable[str]) -> dict[str, list[int]]:
        """`doc.occurrences` of `names` in the body, each name looked for once per document:
        the partners' rule and the merge ask for mostly the same names."""
        wanted = [name for name in dict.fromkeys(names) if name]
        missing = [name for name in wanted if name not in self._occurrences]
        if missing:
            self._occurrences.update(occurrences(self.folded, missing, self.start, self.end))
        return {name: self._occurrences[name] for name in wanted}

    def post_ending_at(self, pos: int) -> regex.Match[str] | None:
        """The post (with its prefixes) that ends at `pos`, matched right to left; kept
        per place, as the rules for names after a post ask about the same places."""
        if pos not in self._posts_ending:
            tails = self._post_tails
            # the cheap test first: most places end no post word (a set lookup, not a match)
            post = None if tails is not None and self.folded[pos - 2:pos] not in tails else (
                self.g.post_ending_at.match(self.folded, max(self.start, pos - MAX_POST), pos))
            if post is not None and self.folded[post.start() - 1:post.start() + 1] in words_opening_a_post():
                post = None  # 地处|长江: the post's first character ends a word before it
            self._posts_ending[pos] = post
        return self._posts_ending[pos]

    def post_goes_on(self, pos: int, post: regex.Match[str]) -> bool:
        """Does a longer post word that `post` (ending at `pos`) opens run on past `pos` (博士|生: 博士生)? Then
        no name starts at `pos`: a name after a post starts where the longest post ends."""
        return any((longer := self.post_ending_at(pos + k)) is not None and longer.start() <= post.start()
                   for k in (1, 2))

    def clause_ends_in_post(self, pos: int) -> bool:
        """石顺莲是|当时十八洞村的党支部书记，: the clause from `pos` (what a copula says its subject is)
        ends, within a descriptor's reach, in a post, not in the first part of a longer one."""
        stop = self.structure.clause_end(pos)
        post = self.post_ending_at(stop) if pos + 1 < stop <= pos + COPULA_REACH else None
        return post is not None and not self.post_goes_on(stop, post)

    def acts_for(self, post_end: int) -> bool:
        """Is the post ending at `post_end` the verb of acting for someone, right after a person's
        name (蔡奇代表|习近平…: 代表 is what 蔡奇 does, no post of the name after it)?"""
        post = self.post_ending_at(post_end)
        if post is None or post.group() not in self.g.rules.acting_posts:
            return False
        at = post.start()
        return any(self.name_end(p) == at for p in range(max(self.start, at - 3), at - 1))

    def name_end(self, pos: int, after: names.Follower | None = None) -> int | None:
        return self.names.end(pos, self.body.end, after)

    def any_name_end(self, pos: int) -> int | None:
        """End of a name or a ·-name starting at `pos`."""
        return self.names.end_or_minority(pos, self.body.end)

    def found(self, start: int, end: int, rule: str, title: tuple[int, int] | None = None, *,
              shared: bool = False, org: str | None = None) -> Found:
        """The name written at [start, end), found by `rule`."""
        return Found(self.folded[start:end], start, end, rule, title, shared, org)


@lru_cache(maxsize=1)
def words_opening_a_post() -> frozenset[str]:
    return frozenset(grammar().rules.words_opening_a_post)


@lru_cache(maxsize=1)
def _post_tails() -> frozenset[str] | None:
    """The last two characters of every post word and whole post: a post ends with one
    of them (None where a post word is shorter, and no such test holds)."""
    rules = grammar().rules
    posts = rules.posts + rules.whole_posts
    return frozenset(p[-2:] for p in posts) if all(len(p) >= 2 for p in posts) else None


def _segment_org(segment: str, g: Grammar) -> str | None:
    match = g.segment.match(segment)
    return match.group("org") if match else None


def organization(title: str, g: Grammar) -> str | None:
    """The organisation the descriptor names: that of its first piece naming one (not
    an honour's holder: 国家最高科学技术奖获得者 names no body)."""
    if g is grammar():
        return _organization_of(title)  # the shipped grammar's answers are kept: titles recur
    return _read_organization(title, g)


@lru_cache(maxsize=1 << 14)
def _organization_of(title: str) -> str | None:
    return _read_organization(title, grammar())


def _read_organization(title: str, g: Grammar) -> str | None:
    holders = tuple(g.rules.honour_holders)
    for piece in title.split("、"):
        if piece.endswith(holders):
            continue
        sender, marker, rest = piece.partition(g.rules.envoy_marker)
        if marker and (sender == g.rules.home_country or sender in foreign_grammar().countries):
            mission = next((rest[:at + len(w)] for w in g.rules.envoy_missions if (at := rest.find(w)) > 0), "")
            return sender + marker + mission if mission else sender  # 中国驻埃及大使: the sending country
        country = country_before_post(piece, g.post) or _home_before_post(piece, g) or foreign_city_of_mayor(piece)
        if country:
            return country  # 老挝总理, 中国国家主席
        org = next(filter(None, (_segment_org(part, g) for part in piece.split("兼"))), None)  # 国务委员兼国务院秘书长
        marker = next((m for m in g.former if org.startswith(m)), "") if org else ""
        org = org[len(marker):] if org else org  # 原省委常委, 时任福州市委书记: the unit is 省委, 福州市委
        if org:
            return _closing_quote(_before_former_unit(org, g), piece)
    return None


def _home_before_post(piece: str, g: Grammar) -> str | None:
    """中国|国家主席, 中华人民共和国|主席: the home country (no country of the foreign list) or its state, and a
    post, the whole piece."""
    return next((home for home in (g.rules.home_state, g.rules.home_country)
                 if piece.startswith(home) and g.post.fullmatch(piece, len(home))), None)


def _closing_quote(org: str, piece: str) -> str:
    """也门胡塞武装“最高政治委员会”(主席), 中央党校（国家行政学院）(校长): a body whose name ends in
    quotes or brackets keeps the closing mark."""
    for opening, closing in (("“", "”"), ("（", "）"), ("(", ")")):
        if org.count(opening) > org.count(closing) and piece.startswith(org + closing):
            return org + closing
    return org


def _before_former_unit(org: str, g: Grammar) -> str:
    """金凤区原区委|副书记: a former marker between a body's name and a unit word of it
    (区委, 党组) closes the body; the unit held formerly is part of the post, not of it
    (not 太原市, 前郭县: the marker's character is part of a name there)."""
    for marker in g.former:
        at = org.find(marker, 1)
        if at > 0 and org[at + 1:] in g.unit_words and org[:at].endswith(g.unit_ends):
            return org[:at]
    return org


def descriptor_before(r: Reading, end: int) -> tuple[int, int] | None:
    """Span of the descriptor ending at `end`, from the nearest clause boundary
    (kept per end: several rules ask about the same post, and the search is costly)."""
    if end not in r.descriptors:
        r.descriptors[end] = _descriptor_before(r, end)
    return r.descriptors[end]


def _descriptor_before(r: Reading, end: int) -> tuple[int, int] | None:
    lo = max(r.start, end - LOOKBACK)
    match = r.g.descriptor.search(r.folded, lo, end)
    if match is None:
        return None
    start = match.start()
    verb = r.g.descriptor_verb.search(r.folded, start, end)
    start = verb.end() if verb else start  # …纷纷致电中共中央总书记: a descriptor opens after the last verb
    start = _past_day_and_lead(r, start, end)
    start = _past_meeting_partner(r, start, end)
    start = past_named_holder(r, start, end)
    start = _past_joined_post(r, start, end)
    start = _past_partner(r, start, end)
    return (_past_quoted_honour(r, start), end) if start < end else None


def _past_day_and_lead(r: Reading, start: int, end: int) -> int:
    """Where a descriptor opens in folded[start:end]: after the day of the event, a closing
    note and a leading particle (总台今天（11月9日）与|国际奥委会主席考文垂), none of them
    part of a body's name."""
    folded, rules = r.folded, r.g.rules
    day = max(((i, w) for w in rules.day_words if (i := folded.rfind(w, start, end)) >= 0), default=None) if (
        r.g.day_word.search(folded, start, end)) else None  # (the cheap test first: one scan, most name no day)
    start = day[0] + len(day[1]) if day else start
    if start < end and folded[start] in "（(":
        close = folded.find("）" if folded[start] == "（" else ")", start, end)
        start = close + 1 if close >= 0 else start  # a note closing what came before
    if (start < end and folded[start] in rules.lead_particles and end - start > 3
            and not folded.startswith(tuple(rules.lead_words), start)
            and not (folded[start] in rules.lead_before_units  # 该|州州长: the unit it points back to
                     and folded.startswith(names.grammar().org_endings, start + 1))):
        start += 1
    return start


def _past_meeting_partner(r: Reading, start: int, end: int) -> int:
    """北京同|欧盟委员会执行副主席, 习近平同|朝鲜劳动党总书记: 同 before a country's name opens
    the descriptor of the one met (a country's name opens no body's name with 同 before it); so
    does 同 after a post (市长同|县委书记: 大同市 holds it after no post)."""
    at = r.folded.rfind("同", start, end)
    if at < 0:
        return start
    return at + 1 if opens_with_country(r.folded[at + 1:end]) or r.post_ending_at(at) is not None else start


_QUOTED_HONOUR = 30


def _past_quoted_honour(r: Reading, start: int) -> int:
    """“中国好人”|荣誉称号获得者: a holder's descriptor right after a quote takes the honour held."""
    rules, folded = r.g.rules, r.folded
    if folded[start - 1:start] != "”":
        return start
    after = start
    designator = next((d for d in rules.honour_designators if folded.startswith(d, start)), "")
    after += len(designator)
    if not folded.startswith(tuple(rules.honour_holders), after):
        return start
    opening = folded.rfind("“", max(r.start, start - _QUOTED_HONOUR), start)
    return opening if opening >= 0 else start


def listed_posts(r: Reading, span: tuple[int, int]) -> tuple[int, int]:
    """习近平总书记、国家主席: the posts after a name listed with 、 (not one a next name
    follows: 总书记、国家主席梁强 is the next person's)."""
    g, folded = r.g, r.folded
    start, stop = span
    while folded[stop:stop + 1] == "、":
        more = g.post.match(folded, stop + 1)
        if more is None or r.name_end(more.end()) is not None:
            break
        stop = more.end()
    return start, stop


HOLDER_JOINERS = "和与及同"  # what joins two people named with their posts


def past_named_holder(r: Reading, start: int, end: int) -> int:
    """…中央军委主席习近平和|中共中央政治局常委李强, …安哥拉总统洛伦索和|非洲联盟委员会主席: a
    descriptor holds no person; it opens after a name (itself after its post), Chinese or
    transliterated, joined to it by 和, 与, 及 or 同."""
    folded = r.folded
    for k in range(end - 3, start + 2, -1):
        if folded[k] in HOLDER_JOINERS and any(
                n in r.names.lengths(k - n) and r.post_ending_at(k - n) or _transliterated_holder(r, k - n, k)
                for n in (2, 3, 4, 5) if k - n > start):
            return k + 1
    return start


def _transliterated_holder(r: Reading, start: int, end: int) -> bool:
    """Is [start, end) a transliterated name of three characters or more after a post (安哥拉总统|洛伦索)?"""
    fg, folded = foreign_grammar(), r.folded
    return end - start > 2 and all(ch in fg.name_chars for ch in folded[start:end]) and (
        r.post_ending_at(start) is not None
        or any(fg.post.fullmatch(folded, at, start) for at in range(max(r.start, start - 5), start - 1)))


def _past_partner(r: Reading, start: int, end: int) -> int:
    """习近平和|夫人彭丽媛: a partner word (officials.toml `partner_words`) names the one joined
    before it, whose name and post are no part of its descriptor."""
    folded = r.folded
    if not folded.endswith(r.g.rules.partner_words, start, end):
        return start
    return max(folded.rfind(j, start, end) for j in HOLDER_JOINERS) + 1 or start


def _past_joined_post(r: Reading, start: int, end: int) -> int:
    """巴西政府代表和|中国驻巴西大使: a post joined by 和, 与 or 及 to a descriptor opening with
    another country is another person's; the descriptor opens after the joiner. (officials.toml
    `left` lets the descriptor's pattern open there where the words before read as no
    descriptor, 葡萄牙政府代表和|…; this cuts one that did read, 市长和|….)"""
    folded, home = r.folded, r.g.rules.home_country
    for k in range(end - 3, start + 1, -1):
        if (folded[k] in "和与及" and r.post_ending_at(k) is not None
                and (folded.startswith(home, k + 1) or opens_with_country(folded[k + 1:end]))):
            return k + 1
    return start


def range_org(r: Reading, start: int) -> str | None:
    """其外经贸科从科长王岩，到…: the unit named before 从 is the post's organisation."""
    opener = r.g.rules.range_opener
    if start - len(opener) < r.start or not r.folded.startswith(opener, start - len(opener)):
        return None
    at = start - len(opener)
    match = r.g.org_before.search(r.folded, max(r.start, at - LOOKBACK), at)
    return match.group(0) if match else None


def inside_org(r: Reading, pos: int) -> bool:
    """华为公司轮值董事长: 司 closes 公司 here, it does not open a name."""
    return pos > r.start and r.folded[pos - 1:pos + 1] in names.grammar().org_endings


def given_is_verb(folded: str, start: int, end: int) -> bool:
    """The "given name" of the run [start, end) is a verb of the lexicon (人员代表|时强调,
    应出席委员): prose, no name."""
    return folded[start + names.surname_len(folded, start):end] in words.verb_set()


def opens(r: Reading, pos: int) -> bool:
    """A bare name must open a clause (or follow 的, 、 or a verb like 授予)."""
    g, folded = r.g, r.folded
    if pos <= r.start or folded[pos - 1] in g.openers:
        return True
    return folded[pos - 1] in g.stop_word_ends and folded[max(r.start, pos - 6):pos].endswith(g.stop_words)


def inside_transliteration(folded: str, start: int, end: int) -> bool:
    """伯奇|费尔院士, 。基|辛格博士: the "name" at [start, end) is the end of a longer
    transliteration, every character of it and the one before it transliteration characters
    (unless that one ends a verb or a country: 转达|苏林总书记, 越南|苏林总书记); or the end
    of a ·-name."""
    fg = foreign_grammar()
    chars = fg.name_chars
    dot = folded.rfind("·", max(0, start - 3), start)  # 艾力更·依|明巴海, 弗朗索瓦·贝|鲁为新: inside a ·-name
    if dot >= 0 and dot + 1 < start and folded[dot + 1:start].isalpha():
        return True
    return (start >= 1 and all(ch in chars for ch in folded[start - 1:end])
            and folded[max(0, start - 2):start] not in words.verb_set()
            and not any(folded[max(0, start - k):start] in fg.countries for k in range(2, 9)))
