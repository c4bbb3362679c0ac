"""patterns/people.toml, loaded and compiled once: the vocabulary of the rules that
find people named without a post (people.py) and of the lists that name several
(lists.py)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from ...grammar import names
from ...rules import firstchars, patterns, rxcache
from .foreign_rules import foreign_grammar
from .grammar import word_starts


class PeopleRules(patterns.Rules):
    """patterns/people.toml."""

    adverbs: list[str]
    speech_verbs: list[str]
    copulas: list[str]
    party_joiners: str
    honorifics: list[str]
    honorific_titles: list[str]
    kin_words: list[str]
    place_after: list[str]
    notes: str
    aged: str
    people_nouns: list[str]
    kind_nouns: list[str]
    counted_post: str
    counted_joined: str
    list_openers: list[str]
    message_verbs: list[str]
    congratulated: str
    took_office: str
    foreign_min: int
    given_chars: str
    foreign_not: list[str]
    shaped_not_last: str
    family_word: str
    place_ends: str
    named_after: list[str]
    shaped_not_before: list[str]
    authored: list[str]
    authored_fields: list[str]
    shape_before: str
    name_before_verb_given: str
    shape_words: list[str]
    shape_word_ends: list[str]
    preposition_word_ends: list[str]
    profile_sex: str
    profile_post: str
    profile_openers: str


@dataclass(frozen=True)
class PeopleGrammar:
    rules: PeopleRules
    verb: re.Pattern[str]            # what a person does (an adverb is looked for before it)
    verb_start: re.Pattern[str]      # where one may begin (grammar.word_starts): scanned from there
    honorific: regex.Pattern[str]    # an honorific or a note after a name
    honorific_start: re.Pattern[str] | None  # … and where one may begin, if told
    list_opener: re.Pattern[str]
    given_chars: frozenset[str]
    foreign_not: tuple[str, ...]
    foreign_not_firsts: frozenset[str]  # the first characters of foreign_not
    named_after: tuple[str, ...]
    shaped_not_before: tuple[str, ...]  # what follows things as often as people
    authored: regex.Pattern[str]     # a doctrine or a work named after its author, after the name
    authored_start: re.Pattern[str]  # where one may begin: its field's first word or its own
    shape_before: frozenset[str]     # what may stand right before a name read from its shape
    shape_words: tuple[str, ...]     # words of prose that begin with a surname character
    shape_word_ends: frozenset[str]  # words of prose that end in one
    preposition_word_ends: frozenset[str]  # … of them those closed by a preposition (在于), before a post too
    place_after: tuple[str, ...]     # what makes the words before a titled honorific a place's name
    aged: re.Pattern[str]            # a person's age (and what the person is) right before the name
    kind_noun: re.Pattern[str]       # a noun of what a person is, no post, right before a name
    counted_post: re.Pattern[str]    # 等 and a count of people, after a list of names, before their post
    counted_joined: re.Pattern[str]  # a count of people after a list joined by 和, before their post
    honorific_titles: frozenset[str]  # the honorifics that are a title (院士, 教授, 总裁 …)

    def opens_foreign_not(self, text: str, pos: int) -> bool:
        """Does a word of foreign_not open text[pos:]? (Asked of every place a name is read from
        its shape: the character test first, not a prefix test per word.)"""
        return text[pos:pos + 1] in self.foreign_not_firsts and text.startswith(self.foreign_not, pos)


def dotted_name(name: str) -> bool:
    """Is `name` (whole) parts joined by ·, the shape of a minority or foreign name (names.toml
    [minority] run: 艾力·买买提, 迪尔玛·罗塞芙)?"""
    return names.grammar().minority_run.fullmatch(name) is not None


def full_name(name: str, strong_surname: bool = False) -> bool:
    """Is `name` (whole) a Chinese full name by its shape alone: a surname and a one- or two-character
    given name of characters common in given names (people.toml given_chars)? A surname that is also
    a word (周 高 成) needs a two-character given name (周晓雯), or is refused with `strong_surname`."""
    surname = names.surname_len(name, 0)
    given = name[surname:]
    if not (surname and 1 <= len(given) <= 2 and all(ch in people_grammar().given_chars for ch in given)):
        return False
    return names.plausible_name(name) or not strong_surname and len(given) == 2 and names.plausible_at(name)


def kin_named(name: str) -> bool:
    """Is `name`, before a kin word (的女儿, 之孙), the relative's: a ·-name read whole (热合曼·吐尔洪的孩子)
    or a Chinese full name by its shape alone, not a surname and the word for a family (王家|的女儿)."""
    family = people_grammar().rules.family_word
    return "·" in name or full_name(name, strong_surname=True) and not (len(name) == 2 and name.endswith(family))


@lru_cache(maxsize=1)
def shape_grammar() -> PeopleGrammar:
    """people.toml compiled (shapes.py and lists.py read it too)."""
    return people_grammar()


@lru_cache(maxsize=1)
def people_grammar() -> PeopleGrammar:
    rules = patterns.load("people", PeopleRules)
    alt = patterns.alternation
    notes = rules.notes.replace("{countries}", alt(sorted(foreign_grammar().countries)))
    return PeopleGrammar(
        rules=rules,
        # plain literals: the standard `re` engine scans them several times faster
        verb=rxcache.compile_plain(alt(rules.speech_verbs)),
        verb_start=word_starts(rules.speech_verbs),
        # one alternation, not wrapped in a group: `regex` scans it twice as fast so
        honorific=rxcache.compile(f"{alt(rules.honorifics + rules.kin_words)}|{notes}"),
        honorific_start=_words_and(rules.honorifics + rules.kin_words, notes),
        list_opener=rxcache.compile_plain(alt(rules.list_openers)),
        given_chars=frozenset(regex.sub(r"\s", "", rules.given_chars)),
        foreign_not=tuple(rules.foreign_not),
        foreign_not_firsts=frozenset(w[:1] for w in rules.foreign_not),
        named_after=tuple(rules.named_after),
        shaped_not_before=tuple(rules.shaped_not_before),
        authored=rxcache.compile(f"(?:{alt(rules.authored_fields)})?(?:{alt(rules.authored)})"),
        authored_start=word_starts(rules.authored_fields + rules.authored),
        shape_before=frozenset(rules.shape_before),
        shape_words=tuple(rules.shape_words),
        shape_word_ends=frozenset(rules.shape_word_ends + rules.preposition_word_ends),
        preposition_word_ends=frozenset(rules.preposition_word_ends),
        place_after=tuple(foreign_grammar().dotted_not_before) + tuple(rules.place_after),
        aged=rxcache.compile(rules.aged.replace("{people_nouns}", alt(rules.people_nouns))),
        kind_noun=rxcache.compile_plain(alt(rules.kind_nouns)),
        counted_post=rxcache.compile_plain(rules.counted_post),
        counted_joined=rxcache.compile_plain(rules.counted_joined),
        honorific_titles=frozenset(rules.honorific_titles),
    )


def _words_and(words: list[str], rule: str) -> re.Pattern[str] | None:
    """Where one of `words` or a match of `rule` may begin (grammar.word_starts, with the
    characters `rule` opens with); None where those cannot be told."""
    opening = firstchars.first_chars(rule)
    return None if opening is None else word_starts(words, also=opening)
