"""One call's reading of a document for awards (the text, its folded copy, the
body, its sentence and clause structure, the people the officials found), the
written occurrence every rule proposes, and the tests of a title that every
rule shares."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import regex

from ...doc import Doc
from ...doc.body import Body
from ...doc.structure import Structure
from ...output.models import Official
from ...rules import firstchars, registry, rxcache
from .rules import Rules, rules

_ANY_HAN = rxcache.compile(r"\p{Han}")

Person = tuple[str, int, int]  # a name and the span of one mention


@dataclass
class Found:
    """One written occurrence of an award, before merging by title."""

    title: str
    kind: str
    start: int
    end: int
    rule: str
    recipients: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        registry.rule(self.rule)  # an undeclared rule name fails at once


class Reading:
    """What the award rules read, for one document."""

    def __init__(self, doc: Doc, officials: list[Official]) -> None:
        self.text, self.folded, self.body = doc.view, doc.folded, doc.body
        self._doc = doc
        self.rules: Rules = rules()
        self.people = _people(self.text, self.body, officials)  # sorted by start
        self._starts = [s for _, s, _ in self.people]
        self.starting_at: dict[int, list[str]] = {}
        self.ending_at: dict[int, list[str]] = {}
        for name, s, e in self.people:
            self.starting_at.setdefault(s, []).append(name)
            self.ending_at.setdefault(e, []).append(name)
        self.people_names = list(dict.fromkeys(n for n, _, _ in self.people))
        # each post the officials read for a person, one per 、-joined part of the title
        self.people_posts = frozenset(part for o in officials if o.title for part in o.title.split("、"))

    @cached_property
    def verbs(self) -> list[regex.Match[str]]:
        """Every award verb of the text (rules.verb over all of it), found once for the
        conferral and the receipt rules."""
        return [m for m in _verb_scan().finditer(self.folded) if not no_award_verb(self, m)]

    @property
    def structure(self) -> Structure:
        """The document's sentences and clauses, built on the first question about them."""
        return self._doc.structure

    def people_in(self, start: int, end: int) -> list[str]:
        """The people mentioned within [start, end), in the order of the text."""
        lo, hi = bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)
        return [name for name, _, e in self.people[lo:hi] if e <= end]

    def clause_texts(self, start: int, end: int) -> list[str]:
        """The pieces of text[start:end] between clause marks (empty ones kept),
        for a stretch within one sentence."""
        marks = self.structure.clause_marks
        cuts = marks[bisect.bisect_left(marks, start):bisect.bisect_left(marks, end)]
        bounds = [start - 1, *cuts, end]
        return [self.text[a + 1:b] for a, b in zip(bounds, bounds[1:], strict=False)]

    def clause_stop(self, pos: int, marks: str, limit: int | None = None) -> int:
        """The first clause end or one of `marks` at or after `pos` (at most `limit`)."""
        stop = self.structure.clause_end(pos)
        if limit is not None and limit < stop:
            stop = limit
        for mark in marks:  # (asked of every quote: a loop, no list and generator built per call)
            at = self.folded.find(mark, pos, stop)
            if at >= 0:
                stop = at  # the nearest so far: a later mark is looked for before it
        return stop


def _people(text: str, body: Body, officials: list[Official]) -> list[Person]:
    out = []
    for o in officials:
        spans = o.mentions or occurrences(text, o.name, len(text))
        out.extend((o.name, s, e) for s, e in spans if body.contains(s, e))
    return sorted(out, key=lambda p: p[1])


def occurrences(haystack: str, needle: str, end: int) -> list[tuple[int, int]]:
    """Non-overlapping spans of `needle` in haystack[:end]."""
    out, at = [], haystack.find(needle, 0, end)
    while at >= 0 and needle:
        out.append((at, at + len(needle)))
        at = haystack.find(needle, at + len(needle), end)
    return out


# ---------------------------------------------------------------- titles

def kind_of(title: str, default: str) -> str:
    """The kind named by the last kind word written in the title."""
    r = rules()
    last: tuple[int, str] | None = None
    for m in r.kind_word.finditer(title, overlapped=True):
        if last is None or m.end() >= last[0]:
            last = (m.end(), r.kind_of[m.group()])
    return last[1] if last else default


# The tests of a title depend on the title and the rules alone: kept per title (the
# rules ask them of the same phrases again and again); switching pattern packs
# clears them with every other lru_cache of the package (rules/packs.py).
@lru_cache(maxsize=1 << 14)
def has_evidence(title: str) -> bool:
    return any(p.search(title) for p in rules().evidence)


@lru_cache(maxsize=1 << 14)
def plausible_title(title: str) -> bool:
    r = rules()
    if not 2 <= len(title) <= 30 or not _ANY_HAN.search(title) or "、" in title:
        return False
    if title.endswith(tuple(r.data.context.not_honour)) or r.not_honour_start.match(title):
        return False
    if any(w in title for w in r.data.context.not_honour_inside):
        return False  # 国家荣誉称号的决定草案的议案: a document about honours
    return not any(p.search(title) for p in r.campaign)


def strip_designator(title: str) -> tuple[str, bool]:
    m = rules().designator_end.search(title)
    if m and m.start() >= 2:
        return title[: m.start()], True
    return title, False


# How far from the verb its clause and sentence are read: longer than real ones around
# an honour (clauses run to ~700 characters in the corpus, sentences to ~2000), so
# that a text without marks does not have each verb read all of it.
_CLAUSE_REACH, _SENTENCE_REACH = 1000, 2000


def no_award_verb(r: Reading, verb: regex.Match[str]) -> bool:
    """A verb that confers only in a passive clause (awards.toml passive_only: 表彰为) with no 被
    before it in its clause, or no verb but the end of a word (查获, 缴获: inside_words)."""
    if r.folded[verb.start() - 1:verb.end()] in r.rules.data.verbs.inside_words:
        return True
    if verb.group() not in r.rules.data.verbs.passive_only:
        return False
    clause_start = r.structure.clause_start(verb.start())
    return r.folded.rfind(r.rules.data.passive, clause_start, verb.start()) < 0


def not_given(r: Reading, verb_start: int, title_end: int) -> bool:
    """A goal, a nomination or a policy condition rather than an honour given."""
    ctx, folded = r.rules.data.context, r.folded
    clause_start = r.structure.clause_start(verb_start)
    lo = max(clause_start, verb_start - _CLAUSE_REACH)
    window = folded[lo:verb_start]
    for given in r.rules.data.given_words:  # 评选推荐出: a result, not a nomination
        window = window.replace(given, "")
    window = r.rules.completed_procedure.sub("", window)  # 经推荐申报、公示、评审等程序: done, no goal
    if r.rules.not_given_word.search(window):
        return True
    conditional = (any(folded.startswith(w, clause_start) for w in ctx.condition_openers)
                   or r.rules.condition_tail.match(folded, title_end) is not None)
    if not conditional:
        return False
    hi = min(r.structure.sentence_end(title_end), title_end + _SENTENCE_REACH)
    after = folded[verb_start:hi]
    for verb in ctx.commendation_verbs:
        after = after.replace(verb, "")
    return any(w in after for w in ctx.reward_after)


@lru_cache(maxsize=1)
def _verb_scan() -> firstchars.FirstCharScan:
    """The award verbs found by jumping between their few first characters (twice as fast
    as the pattern's own scan over prose)."""
    return firstchars.FirstCharScan(rules().verb)
