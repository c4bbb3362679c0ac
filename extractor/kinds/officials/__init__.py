"""Named people and the posts they hold (SPEC.md, "officials").

A name has the shape of extractor/grammar/names.py: a surname and a one- or
two-character given name, or parts joined by ·. A candidate becomes a person
only on evidence, each piece read by a named rule (patterns/rules.toml
[officials.*]): a descriptor ending in a post right before it (区城市管理局
绿化管理科负责人孙伟), a post right after it (李邑飞书记), a line of a personnel
table, an appointment notice, a foreign leader's country and post, 同志, a
clause it opens with a verb only people do, or a 、-list it shares with such
names. Every other occurrence of an accepted name is a mention. Matching runs
on the folded text, whose offsets are the input's.

Modules: grammar (patterns/officials.toml compiled), reading (one call's
state and the descriptor helpers), posts, appointments, lists and foreign (the
evidence rules), merge (evidence into `Official` facts).
"""
from __future__ import annotations

from functools import lru_cache

from ...doc import Doc
from ...doc.occurrences import occurrences
from ...grammar import names
from ...output.models import Award, Official
from ..base import Candidate
from . import (
    appointments,
    countries,
    dotted,
    foreign,
    known,
    lists,
    messages,
    nouns,
    people,
    posts,
    profiles,
    shapes,
    staff,
)
from .grammar import grammar as _grammar  # (not `grammar`: the package keeps that name for its module)
from .merge import officials
from .people_rules import dotted_name, full_name
from .reading import Reading

NAME = "officials"

# Every evidence rule, in the order their findings are merged (the first
# evidence of a name gives its rule when no descriptor does).
_RULES = (
    lists.table_rows,
    lists.list_row_holders,
    appointments.appointments,
    appointments.posts_taken_up,
    profiles.profiles,
    appointments.listed_dismissals,
    posts.post_before_name,
    posts.post_held_then,
    posts.name_before_post,
    foreign.foreign_leader,
    foreign.han_named_leader,
    foreign.foreign_name_before_post,
    lists.minority_names,
    posts.apposition,
    posts.capacities,
    posts.post_dash_name,
    posts.post_and_alternate,
    posts.signed_lines,
    lists.bare_names,
    # people named without a post of officials.toml (patterns/people.toml), last:
    # a name found above keeps its rule
    people.after_post,
    people.listed,
    people.speakers,
    posts.post_after_copula,
    people.honorifics,
    people.aged,
    nouns.kind_nouns,
    nouns.counted_posts,
    dotted.dotted_names,
    messages.congratulated,
    staff.delegation_heads,
    staff.body_staff,
    staff.administrations,
    shapes.shaped_openings,
    known.authors,
    shapes.shaped_names,
    known.known_names,
)


_PARTNER_STEPS = 4  # the longest chain of partners read from one established name


def candidates(doc: Doc) -> list[Candidate]:
    """People named in the body; the names of the bylines are not officials."""
    document = doc.facts.get("document")
    bylines = {b.name for b in document.bylines} if document else set()
    return [Candidate(NAME, o) for o in extract(doc, bylines)]


def extract(doc: Doc, exclude_names: set[str] | frozenset[str] = frozenset()) -> list[Official]:
    """The officials of `doc`'s body, less the names in `exclude_names`."""
    reading = Reading(doc)
    evidence = [found for rule in _RULES for found in rule(reading)
                if not _names_no_one(found.name) and not _placed_in_no_name(reading, found)]
    # a partner's partner too (华君武、丁聪、朱根华、苗地: each joined to the one before), a few steps
    found_at = {(found.start, found.end) for found in evidence}
    joined: list | None = None  # (the first step reads around every name, a later one around the last joined)
    for _ in range(_PARTNER_STEPS):
        joined = [found for found in people.partners(reading, evidence, joined)
                  if (found.start, found.end) not in found_at
                  and not _names_no_one(found.name) and not _placed_in_no_name(reading, found)]
        if not joined:
            break
        evidence += joined
        found_at.update((found.start, found.end) for found in joined)
    return officials(reading, evidence, set(exclude_names))


@lru_cache(maxsize=1 << 14)  # asked of every finding of every rule; names recur
def _names_no_one(name: str) -> bool:
    """A "name" some rule read that names no person, whatever the rule."""
    # a post or a group of people is no one's name (市民游客: 游 is a surname, 游客 a post word)
    return (name in _grammar().post_words
            or ("·" in name and name.endswith(dotted.dotted_not_before()))  # 乔治·梅森大学
            or countries.names_countries(name) or name in foreign.not_names()
            or people.is_a_place(name)  # 惠灵顿|表示: a capital before a person's verb
            or len(name) == 3 and countries.is_country(name[1:]))  # 领导人|向美国: a preposition and a country


def _placed_in_no_name(r: Reading, found) -> bool:
    """Where a rule read a "name" that is no person's, by the words around it."""
    return (r.folded[found.start - 1:found.start + 1] in _not_opening_inside()  # 感谢|习主席
            or countries.inside_a_country(r.folded, found.start, found.end))  # 圣多美和|普林西比|总理


@lru_cache(maxsize=1)
def _not_opening_inside() -> frozenset[str]:
    """names.toml not_opening_inside, as a set: asked of every finding."""
    return frozenset(names.grammar().rules.not_opening_inside)


# People named only as an honour's recipients (林海荣获…, 民族唱法金奖由周晓雯获得, 授予张伟…): the
# award rules read them where a verb of receiving or conferring vouches for them, after the
# officials were read. A recipient with the whole shape of a Chinese name — a surname, and a
# given name of characters common in given names — is a person named by full name (SPEC.md,
# officials), with no post; a body, a place or a work never has that shape (殷墟: 墟 is no
# given-name character), and no name that names no one (惠誉, a rating agency).
def honoured(doc: Doc, found: list[Official], awards: list[Award], exclude: set[str]) -> list[Official]:
    """The recipients of `awards` that are people no rule of officials found, as officials
    (no title), with every mention in the body; `exclude`: the bylines' names."""
    known = {o.name for o in found} | exclude
    wanted = [n for a in awards for n in a.recipients if n not in known and _a_full_name(n)]
    if not wanted:
        return []
    at = occurrences(doc.folded, wanted, doc.body.start, doc.body.end)
    return [Official(name=n, mentions=[(s, s + len(n)) for s in at[n]], rule="officials.honoured")
            for n in at if at[n]]


def _a_full_name(name: str) -> bool:
    if dotted_name(name):  # 艾力·买买提 (not 乔治·梅森大学, a body's; not 花儿与少年·丝路季, a show's)
        return not _names_no_one(name) and not any(ch in names.grammar().rules.function_chars for ch in name)
    return full_name(name) and not _names_no_one(name)
