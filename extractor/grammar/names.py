"""Person-name shape, for every kind that reads people: officials, the recipients
of awards and the names of the bylines.

A Chinese name is a surname (patterns/surnames.toml) and a one- or two-character given name; a minority or
foreign name is parts joined by ·. Whether a run of characters is a plausible name, how long the name at a
position is (the reading that what follows accepts), where a ·-name ends, and the looser shapes read where no
evidence found anyone (a name after a post, a list after 的, a name before an honorific) are answered here and
nowhere else. The vocabulary is data: patterns/names.toml.

`NameReader` answers the per-position questions for one text, made per call: what it remembers dies with it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..rules import firstchars, patterns, rxcache
from . import words as words_lexicon

MAX_GIVEN = 2  # given names in running text have one or two characters
_HAN = rxcache.compile(r"\p{Han}+")


class Surnames(patterns.Rules):
    """patterns/surnames.toml. Names in running text start only with `single` or
    `compound` surnames (`weak` ones need stronger evidence); after a byline
    label a name is certain, so every list counts there (`all`)."""

    compound: list[str]
    single: list[str]
    weak: list[str]
    rare: list[str]
    traditional: list[str]
    compound_rare: list[str]
    japanese: list[str]
    japanese_after_post: list[str]

    def all(self) -> frozenset[str]:
        return frozenset(self.single + self.weak + self.rare + self.traditional + self.compound
                         + self.compound_rare + self.japanese)


class _Minority(patterns.Rules):
    run: str
    at: str
    cut_words: list[str]


class _Credited(patterns.Rules):
    name: str


class _Loose(patterns.Rules):
    honorifics: list[str]
    posts_before: list[str]
    followers: list[str]
    list_after: list[str]
    listed: str
    speech: str


class _NameRules(patterns.Rules):
    """patterns/names.toml."""

    nonname_chars: str
    stop_names: list[str]
    name_opening_words: list[str]
    partial_given: list[str]
    time_words: list[str]
    org_suffixes: list[str]
    follow: list[str]
    follow_patterns: list[str]
    follow_not: list[str]
    tibetan_words: list[str]
    name_ends_before: dict[str, str]
    not_opening_inside: list[str]
    function_chars: str
    approximations: str
    word_openers: str
    function_pairs: list[str]
    minority: _Minority
    credited: _Credited
    loose: _Loose


@dataclass(frozen=True)
class NameGrammar:
    rules: _NameRules
    compound: frozenset[str]
    single: frozenset[str]
    weak: frozenset[str]
    any_surname: frozenset[str]          # every list: a name after a byline label
    surname_firsts: frozenset[str]       # first characters of the running-text surnames
    tibetan_name: re.Pattern[str]        # two Tibetan name words, a name with no surname (洛桑江村)
    name_firsts: frozenset[str]          # what a name may open with: those and the Tibetan words'
    surname_alt: str                     # regex alternation of the running-text surnames
    japanese_alt: str                    # … of the Japanese ones, with those read only after a post
    japanese_firsts: frozenset[str]      # the first characters of those
    stop_names: frozenset[str]
    stop_prefixes: frozenset[str]        # proper prefixes of stop names
    stop_openings: frozenset[str]        # stop names of two characters no name opens with
    org_endings: tuple[str, ...]
    partial_given: tuple[str, ...]
    nonname_chars: str
    follow_alt: str                      # `follow`, `time_words`, `follow_patterns` (digits apart), less `follow_not`
    function_chars: frozenset[str]
    function_pairs: frozenset[str]
    minority_run: regex.Pattern[str]
    minority_at: regex.Pattern[str]
    minority_dot_within: int | None      # how far after its start `minority_at` needs a ·, if known
    credited: regex.Pattern[str]
    post_name: regex.Pattern[str]        # loose: a name after a post word
    listed: regex.Pattern[str]           # loose: names listed after 的
    honorific: regex.Pattern[str]        # loose: a name before an honorific
    speaker: regex.Pattern[str]          # loose: a name before what a speaker does


def _first_part_max(at: str) -> int | None:
    r"""The most characters before a ·-name's first · that [minority] `at` reads, \p{Han}{1,N}
    and [-－]\p{Han}{1,M} or nothing (N + 1 + M, or N); None where `at` opens otherwise."""
    shape = regex.match(r"\\p\{Han\}\{1,(\d+)\}(?:\(\?:\[-－\]\\p\{Han\}\{1,(\d+)\}\)\?)?(?:\(\?:)?·", at)
    return None if not shape else int(shape[1]) + (1 + int(shape[2]) if shape[2] else 0)


@lru_cache(maxsize=1)
def grammar() -> NameGrammar:
    rules = patterns.load("names", _NameRules)
    names = patterns.load("surnames", Surnames)
    alt, loose, follow = patterns.alternation, rules.loose, rules.follow + rules.time_words
    frag = {"follower": alt(loose.followers), "list_after": alt(loose.list_after), "speech": loose.speech}

    def compile_(template: str, flags: int = 0) -> regex.Pattern[str]:
        return rxcache.compile(patterns.expand(template, frag), flags)

    return NameGrammar(
        rules=rules,
        compound=frozenset(names.compound + names.japanese),
        single=frozenset(names.single),
        weak=frozenset(names.weak),
        any_surname=names.all(),
        surname_firsts=frozenset(names.single) | frozenset(c[0] for c in names.compound + names.japanese),
        tibetan_name=rxcache.compile_plain(f"(?:{alt(rules.tibetan_words)}){{2}}"),
        name_firsts=frozenset(names.single) | {c[0] for c in names.compound + names.japanese + rules.tibetan_words},
        surname_alt=alt(names.compound + names.japanese + names.single),
        japanese_alt=alt(names.japanese + names.japanese_after_post),
        japanese_firsts=frozenset(w[0] for w in names.japanese + names.japanese_after_post),
        stop_names=frozenset(rules.stop_names),
        stop_prefixes=frozenset(w[:n] for w in rules.stop_names for n in range(2, len(w))),
        stop_openings=frozenset(w for w in rules.stop_names if len(w) == 2) - frozenset(rules.name_opening_words),
        org_endings=tuple(rules.org_suffixes),
        partial_given=tuple(rules.partial_given),
        nonname_chars=rules.nonname_chars,
        follow_alt=f"(?!{alt(rules.follow_not)})(?:{alt(follow)}|{'|'.join(rules.follow_patterns)})",
        function_chars=frozenset(rules.function_chars),
        function_pairs=frozenset(rules.function_pairs),
        minority_run=rxcache.compile(rules.minority.run, regex.V1),
        minority_at=rxcache.compile(rules.minority.at),
        minority_dot_within=_first_part_max(rules.minority.at),
        credited=rxcache.compile(rules.credited.name),
        post_name=compile_(rf"(?:{alt(loose.posts_before)})(?P<name>\p{{Han}}{{2,3}}?)(?={{follower}})"),
        listed=compile_(loose.listed),
        honorific=rxcache.compile(r"(?P<name>\p{Han}{2,4}?)(?:" + alt(loose.honorifics) + ")"),
        speaker=compile_(r"(?P<name>\p{Han}{2,3}?)(?={speech})"),
    )


# ---------------------------------------------------------------- whole names

def surname_len(text: str, pos: int) -> int:
    """Length of the running-text surname at `pos` (compound first), 0 if none."""
    g = grammar()
    if text[pos:pos + 2] in g.compound:
        return 2
    return 1 if text[pos:pos + 1] in g.single else 0


@lru_cache(maxsize=1 << 16)
def plausible(name: str, surname_length: int) -> bool:
    """A surname and a given name, none of it a word of ordinary prose (kept per
    name: every rule asks it of the same few thousand short strings)."""
    g = grammar()
    given = name[surname_length:]
    if not surname_length or not given or not _HAN.fullmatch(given):
        return False
    if any(ch in g.nonname_chars for ch in given) or name.endswith(g.org_endings):
        return False
    if name in g.stop_names or name in g.stop_prefixes or name[:2] in g.stop_openings:
        return False  # 贺信|中表示: a word of prose opens the "name"
    partial = given.startswith(g.partial_given) or given in g.rules.time_words  # 张女士; 楼|今天: no given name
    return not (partial or len(given) == 1 and given == name[0])


def plausible_at(name: str) -> bool:
    """`plausible` for a name that starts at its first character."""
    return plausible(name, surname_len(name, 0))


def plausible_name(name: str) -> bool:
    """Could `name` (whole) be a person's full name? Surname (not a weak one),
    given name, no ordinary-prose characters, not a partial name or a stop word."""
    return plausible_at(name) and name[0] not in grammar().weak


def is_weak_short(name: str) -> bool:
    """A weak surname with one given character (总书记鲜明提出): needs more evidence."""
    return len(name) == 2 and name[0] in grammar().weak


def credited_name() -> regex.Pattern[str]:
    """A name right after a byline label (王一婷, 艾尔肯·吐尼亚孜)."""
    return grammar().credited


def has_any_surname(token: str) -> bool:
    """Does `token` start with a surname of any list (rare and traditional ones too)?"""
    surnames = grammar().any_surname
    return token[0] in surnames or token[:2] in surnames


def minority_cut(words: list[str]) -> regex.Pattern[str]:
    """What ends the last part of a ·-name: a non-Han character, one of `words`
    (a kind's verbs and posts) or a word of names.toml [minority] cut_words."""
    g = grammar()
    # the general verb lexicon too: a ·-name ends where a verb begins (卡洛斯·阿马特|希望)
    return rxcache.compile(r"[^\p{Han}]|" + patterns.alternation(
        words + g.rules.minority.cut_words + list(words_lexicon.verbs())))


# ---------------------------------------------------------------- one text

# What may follow a name, matched at a place: a `regex` pattern, or a plain
# alternation of words compiled by the faster standard `re` engine.
Follower = re.Pattern[str] | regex.Pattern[str]

def goes_with_what_follows(folded: str, at: int) -> bool:
    """Does the function character at `at` belong to what follows rather than end a
    name (林钹|说)? One of names.toml `word_openers` does only before a word (王强|正在,
    吴官正|、); one of `name_ends_before` never does before its word (周能为|的, 董保同|作)."""
    ch = folded[at]
    if ch not in grammar().function_chars:
        return False
    rules = grammar().rules
    if any(ch in rules.name_ends_before.get(folded[at + 1:at + 1 + n], "") for n in (1, 2)):
        return False  # 周能为|的, 董保同|作了说明: no conjunction stands before 的 or a verb of speaking
    return ch not in rules.word_openers or bool(_HAN.match(folded[at + 1:at + 2]))


class NameReader:
    """Names at positions of one folded text. `after` is what may follow a name
    (a kind's `follow` words and posts); `cut` ends a ·-name. Answers are kept
    by position for the life of the reader, as several rules ask about the
    same places."""

    def __init__(self, folded: str, after: Follower, cut: regex.Pattern[str]) -> None:
        self.folded, self.after, self.cut = folded, after, cut
        self._firsts = grammar().name_firsts
        self._approximated = frozenset(n + a for n in _COUNT_NUMERALS for a in grammar().rules.approximations)
        self._dotted = "·" in folded  # no ·-name in a text without a · (most texts): none is looked for
        self._lengths: dict[int, tuple[int, ...]] = {}
        self._ends: dict[tuple[int, int, int], int | None] = {}

    def lengths(self, pos: int) -> tuple[int, ...]:
        """Plausible name lengths starting at `pos`, longest first (none at a count's 余: 100余|位部长)."""
        found = self._lengths.get(pos)
        if found is None:
            folded = self.folded
            # the cheap test first: most places hold no surname's first character
            found = self._lengths[pos] = (_lengths_at(folded[pos:pos + _LONGEST]) if folded[pos:pos + 1] in self._firsts
                                          and not (pos and folded[pos - 1:pos + 1] in self._approximated) else ())
        return found

    def end(self, pos: int, limit: int, after: Follower | None = None) -> int | None:
        """Where the name starting at `pos` ends: the reading that `after` (by default the reader's)
        accepts; a function character goes with what follows. Part of a ·-name is no name of its own."""
        if pos > 0 and self.folded[pos - 1] == "·":
            return None
        if not self.lengths(pos):
            return None  # most positions: no plausible name starts here
        after = after or self.after
        # keyed by the pattern's identity: a `re` pattern hashes its whole compiled code
        key = (pos, limit, id(after))
        if key not in self._ends:
            self._ends[key] = self._end(pos, limit, after)
        return self._ends[key]

    def _end(self, pos: int, limit: int, after: Follower) -> int | None:
        folded = self.folded
        firsts = _first_chars(after)  # most readings are followed by nothing a follower begins with
        fits = []  # the readings `after` follows, longest first, with what follows each
        for n in self.lengths(pos):
            at = pos + n
            ch = folded[at:at + 1]
            if at <= limit and ch != "·" and (firsts is None or ch in firsts):
                follower = after.match(folded, at, limit)
                if follower:
                    fits.append((n, follower))
        if len(fits) < 2:
            return pos + fits[0][0] if fits else None
        (longest, after_longest), (shortest, after_shortest) = fits[0], fits[-1]
        if after_shortest.end() >= after_longest.end():
            return pos + shortest  # 苏林|总书记, not 苏林总|书记: what follows the shorter reading takes the character
        pair = folded[pos + shortest:pos + shortest + 2]
        if (goes_with_what_follows(folded, pos + shortest)
                or pair in grammar().function_pairs or pair in _verb_pairs()):
            return pos + shortest  # 韩正|访问, not 韩正访|问: a verb after the shorter reading wins
        return pos + longest

    def minority_end(self, start: int, limit: int) -> int | None:
        """End of a ·-joined name starting at `start`, before the verb or post after it."""
        within = grammar().minority_dot_within
        if self.folded.find("·", start + 1, limit if within is None else min(start + within + 1, limit)) < 0:
            return None  # most places: no · where [minority] `at` needs one (a literal test, not a match)
        match = grammar().minority_at.match(self.folded, start, limit)
        if not match:
            return None
        end = match.end()
        last = self.folded.rindex("·", start, end) + 1
        opening = self.cut.match(self.folded, last, end)
        if opening and opening.end() - last >= 2:
            return None  # 新图景·代表|委员: a word that follows names after the ·, no name part
        last = max(last, self.folded.rfind("-", last, end) + 1, self.folded.rfind("－", last, end) + 1)
        cut = self.cut.search(self.folded, last + 1, end)  # 阿拉·阿布-扎伊德|9日: the last part's end
        return cut.start() if cut else end

    def end_or_minority(self, pos: int, limit: int) -> int | None:
        return self.end(pos, limit) or (self.minority_end(pos, limit) if self._dotted else None)


_COUNT_NUMERALS = "0123456789一二三四五六七八九十百千万两"  # before a count's 余 (folded: digits are ASCII)
_LONGEST = 2 + MAX_GIVEN  # a compound surname and a full given name


@lru_cache(maxsize=1 << 16)
def _lengths_at(window: str) -> tuple[int, ...]:
    """`NameReader.lengths` of the name opening `window` (the text's next _LONGEST
    characters), kept per window: the same names recur in every text (2x faster)."""
    g = grammar()
    tibetan = (4,) if g.tibetan_name.fullmatch(window, 0, 4) else ()  # 洛桑江村: no surname
    slen = 2 if window[:2] in g.compound else 1 if window[:1] in g.single else 0
    surnamed = tuple(n for n in range(slen + MAX_GIVEN, slen, -1)
                     if n <= len(window) and plausible(window[:n], slen)) if slen else ()
    return tibetan + tuple(n for n in surnamed if n not in tibetan)


# ---------------------------------------------------------------- loose shapes

def loose_people(text: str, start: int, end: int) -> list[str]:
    """Names in text[start:end] read without a surname test, where no person was
    found by evidence: after a post word (科长王岩) or listed after 的
    (科室的王广洋、吕蓉慧均)."""
    g = grammar()
    span = text[start:end]
    # A follower appended (a comma; 均) reads a name at the span's end as followed.
    found = [m.group("name") for m in g.post_name.finditer(span + "，")]
    for m in g.listed.finditer(span + "均"):
        found.extend(m.group("names").split("、"))
    return list(dict.fromkeys(found))


def name_after_post(fragment: str) -> str | None:
    """The first name written after a post word in `fragment` (校长张桂梅代表)."""
    match = grammar().post_name.search(fragment)
    return match.group("name") if match else None


def name_before_honorific(phrase: str) -> str | None:
    """`phrase` is a name and an honorific (张三同志, 刘永坦院士): the name."""
    match = grammar().honorific.fullmatch(phrase)
    return match.group("name") if match else None


def speaker_at(text: str, pos: int) -> str | None:
    """A name at `pos` followed by what a speaker does (曾继勇上台发言)."""
    match = grammar().speaker.match(text, pos)
    return match.group("name") if match else None


def honorifics() -> list[str]:
    return grammar().rules.loose.honorifics


_FIRSTS_BY_PATTERN: dict[int, tuple[Follower, frozenset[str] | None]] = {}


def _first_chars(after: Follower) -> frozenset[str] | None:
    """firstchars.first_chars of a follower, read once per pattern for the process (the
    pattern is kept beside its answer, so its id is never another's)."""
    kept = _FIRSTS_BY_PATTERN.get(id(after))
    if kept is None or kept[0] is not after:
        kept = _FIRSTS_BY_PATTERN[id(after)] = (after, firstchars.first_chars(after))
    return kept[1]


@lru_cache(maxsize=1)
def _verb_pairs() -> frozenset[str]:
    """The first two characters of the lexicon's verbs."""
    return frozenset(v[:2] for v in words_lexicon.verbs())
