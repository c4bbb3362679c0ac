"""The grammar shared by every numeric fact: qualifier, number, range, unit.

Each numeric kind (counts, percentages, money, measures) declares its unit
vocabulary; a `QuantityGrammar` compiled from those finds the matches, parses
their numbers and merges two-sided brackets into ranges. Which kind a match
becomes, and which of two overlapping facts is kept, is the kinds' and the
pipeline's business (extractor/kinds/numeric.py).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

import regex

from ..doc.body import Body
from ..rules import firstchars, patterns, rxcache
from . import numbers


class _UnitOrder(patterns.Rules):
    order: list[str]


class _QuantityRules(patterns.Rules):
    unit_order: _UnitOrder
    pre: dict[str, str]
    mid: dict[str, str]
    post: dict[str, str]
    distant: dict[str, str]
    fragments: dict[str, str]


class QualifierTable(list[tuple[regex.Pattern[str], str]]):
    """A qualifier table: each key a regex, compiled once, tried in the file's order;
    what a word resolves to is remembered (the same few words recur in every document)."""

    def __init__(self, entries) -> None:
        super().__init__(entries)
        self.memo: dict[str, str | None] = {}


@dataclass(frozen=True)
class _Shared:
    pre: QualifierTable
    mid: QualifierTable
    post: QualifierTable
    fragments: dict[str, str]
    range_join: regex.Pattern[str]
    unit_order: list[str]
    distant: dict[str, str]
    distant_match: regex.Pattern[str]


def _keyed_alternation(keys) -> str:
    """Alternation of regex keys, longest first (keys are regexes, not literals)."""
    return "|".join(sorted(keys, key=lambda k: (-len(k), k)))


@lru_cache(maxsize=1)
def shared() -> _Shared:
    rules = patterns.load("quantities", _QuantityRules)
    frags = dict(numbers.fragments())
    frags.update(rules.fragments)
    frags["pre_qualifier"] = _keyed_alternation(rules.pre)
    frags["mid_qualifier"] = _keyed_alternation(rules.mid)
    frags["post_qualifier"] = _keyed_alternation(rules.post)
    return _Shared(
        pre=_table(rules.pre), mid=_table(rules.mid), post=_table(rules.post), fragments=frags,
        range_join=rxcache.compile(patterns.expand("{range_join}", frags)),
        unit_order=list(rules.unit_order.order),
        distant=rules.distant,
        distant_match=rxcache.compile(f"(?:{patterns.alternation(rules.distant)})\\p{{Han}}{{1,3}}$"),
    )


def _table(words: dict[str, str]) -> QualifierTable:
    return QualifierTable((rxcache.compile(key), value) for key, value in words.items())


def qualifier_of(word: str | None, table: QualifierTable) -> str | None:
    if not word:
        return None
    try:
        return table.memo[word]
    except KeyError:
        stripped = word.strip()
        found = table.memo[word] = next((value for key, value in table if key.fullmatch(stripped)), None)
        return found


@dataclass
class QuantityMatch:
    """One number with its unit, qualifier and (for a range) upper end."""

    start: int
    end: int
    value: Decimal
    unit: str
    qualifier: str | None = None
    value_max: Decimal | None = None
    number_start: int = 0
    number_end: int = 0
    number_text: str = ""
    prefix: str = ""
    post: str = ""
    match: regex.Match[str] | None = field(default=None, repr=False, compare=False)
    unit_kind: str = ""

    @property
    def groups(self) -> dict[str, str | None]:
        """The grammar's named groups, read only by the few rules that ask."""
        return self.match.groupdict() if self.match is not None else {}


_BIG_SUFFIX = rxcache.compile(r"[万亿]+$")
_SPACES = rxcache.compile(r"\s+")


def distant_qualifier(folded: str, start: int) -> str | None:
    """最高可罚50万, 最低要罚2万元: a superlative bound a few characters before the figure."""
    s = shared()
    m = s.distant_match.search(folded, max(0, start - 5), start)
    return next(q for w, q in s.distant.items() if m.group().startswith(w)) if m else None


def inside_title(folded: str, start: int, end: int) -> bool:
    """Inside a 《title》: a figure in the name of a law, book or programme is not a fact."""
    opening = folded.rfind("《", max(0, start - 40), start)
    if opening < 0 or "》" in folded[opening:start]:
        return False
    closing = folded.find("》", end, end + 40)
    return closing >= 0 and "\n" not in folded[end:closing]


class QuantityGrammar:
    """`[qualifier] [prefix] number [至 number] [多/余] unit [(含)] [以上…]`.

    `unit` is one regex, or several named ones ({name: regex}, tried in order):
    one compiled grammar then serves several kinds, and each match says which
    unit vocabulary it used (`QuantityMatch.unit_kind`).
    """

    def __init__(self, unit: str | dict[str, str], *, prefix: str = "", unit_optional: bool = False,
                 number: str = "{number}", tail: str = "", times: bool = False,
                 times_kinds: tuple[str, ...] = ()):
        f = shared().fragments
        self.times_kinds = times_kinds
        # (a lookahead before the units: most numbers are followed by none)
        self.unit_gate = "" if unit_optional else _unit_gate(
            [patterns.expand(u, f) for u in (unit.values() if isinstance(unit, dict) else [unit])])
        if isinstance(unit, dict):
            self.unit_kinds = list(unit)
            unit = "|".join(f"(?P<u_{name}>{pattern})" for name, pattern in unit.items())
        else:
            self.unit_kinds = []
        unit_part = f"(?P<unit>{unit})" + ("?" if unit_optional else "")
        prefix_part = f"(?P<prefix>{prefix})\\s*" if prefix else ""
        figure = (r"(?P<num>" + number + r")(?:{range_sep}(?P<num2>" + number + r"))?"
                  + r"(?:(?P<mid>{mid_qualifier})(?P<scale>[万亿]*))?[ \t]*")
        template = (
            r"(?:(?P<pre>{pre_qualifier})[ \t]*)?" + prefix_part
            + (r"(?:(?P<times>\d{1,3})[×xX*])?" if times else "")
            + figure + self.unit_gate + unit_part + tail
            + r"(?:{aside}[ \t]*(?P<post>{post_qualifier}))?"
        )
        # (`regex`'s alone: the scan itself is `re`'s, told where a match can begin, twice
        # as fast as `regex` here; a second `re` form would only be compiled, never read)
        self.pattern = rxcache.compile(patterns.expand(template, f), regex_only=True)
        self._finditer = (firstchars.gated_scan(self.pattern.pattern) or self.pattern).finditer
        self._unit_places = None if unit_optional else _unit_places(patterns.expand(figure, f), unit)
        # Groups by number, looked up once: a named lookup per match costs several times more.
        index = self.pattern.groupindex
        self._core = tuple(index[name] for name in ("pre", "num", "num2", "mid", "scale", "unit", "post"))
        self._times = index.get("times")
        self._prefix = index.get("prefix")
        self._unit_groups = tuple((kind, index[f"u_{kind}"]) for kind in self.unit_kinds)

    def finditer(self, folded: str, body: Body) -> Iterator[QuantityMatch]:
        s = shared()
        # bound once: the loop runs per figure of every document
        core, times_group, prefix_group, unit_groups = self._core, self._times, self._prefix, self._unit_groups
        times_kinds = self.times_kinds
        parse, big_suffix, no_spaces = numbers.parse_folded, _BIG_SUFFIX.search, _SPACES.sub
        pre_table, mid_table, post_table = s.pre, s.mid, s.post
        if self._unit_places is not None and not self._unit_places.search(folded, body.start, body.end):
            return
        titled = "《" in folded  # (most texts name no law or book: no figure is inside a title)
        for m in self._finditer(folded, body.start, body.end):
            pre, num, num2, mid, scale, unit, post = m.group(*core)
            # (a numeral of digits or numeral characters alone, the common case, holds no space)
            parsed = parse(num if num.isalnum() else no_spaces("", num))
            if parsed is None or (scale and big_suffix(num)):
                continue
            start, end = m.span()
            if titled and inside_title(folded, start, end):
                continue
            value = parsed.value
            if scale:
                value = parse(num + scale).value  # 十多万 → 100000, over
            times = m.group(times_group) if times_group else None
            if times:
                value *= int(times)  # 2×34万千瓦: identical units times each one's size
            qualifier = qualifier_of(pre, pre_table)
            value_max = None
            if num2:
                upper = parse(num2)
                if upper is None:
                    continue
                value_max = upper.value
                upper_scale = big_suffix(num2)
                if upper_scale and not big_suffix(num):
                    value = parse(num + upper_scale.group()).value  # 3至5亿 → 3亿
                if value_max <= value:
                    continue  # not a range (e.g. a date 2021-3)
                # 约3000—4000平米: the bracket says more than 约 does
                qualifier = "range" if qualifier in (None, "approx") else qualifier
            qualifier = qualifier or qualifier_of(mid, mid_table)
            qualifier = qualifier or qualifier_of(post, post_table)
            qualifier = qualifier or distant_qualifier(folded, start)
            if parsed.vague and qualifier is None:
                qualifier = "over"  # 数十万, 十几个
            unit_kind = ""
            for kind, i in unit_groups:  # (a loop, not a generator: hot)
                if m.group(i) is not None:
                    unit_kind = kind
                    break
            if times_kinds and times and unit_kind not in times_kinds:
                continue
            num_start, num_end = m.span(core[1])
            yield QuantityMatch(unit_kind=unit_kind,
                start=start, end=end, value=value, unit=unit or "",
                qualifier=qualifier, value_max=value_max,
                number_start=num_start, number_end=num_end, number_text=num,
                prefix=(m.group(prefix_group) or "") if prefix_group else "",
                post=post or "", match=m,
            )


def _unit_places(figure: str, unit: str) -> re.Pattern[str] | None:
    """Where a unit can stand after a number: one of the characters the units begin with
    right after one a figure (its number, a mid word or a space) can end with. A text
    with no such place holds no match and is not scanned: most texts hold a 成 (成为,
    完成), few a tenth (三成). None where the characters cannot be told (a bare 亿 with
    no unit after it)."""
    ends, firsts = firstchars.first_class(figure, last=True), firstchars.first_class(unit)
    # (the unit's character first: re skips to it through its few; the figure's ends, \d
    # among them, would have it test each character against a long list)
    return rxcache.compile_exact(f"[{firsts}](?<=[{ends}][{firsts}])") if ends and firsts else None


def _unit_gate(units: list[str]) -> str:
    """A lookahead that fails at once where no unit can begin: the characters the units
    begin with (rules/firstchars.py), and those units whose first characters cannot be
    told that way (a bare 亿 is a lookbehind, no character) tried as they are. After
    each number the shared grammar tried the whole unit alternation, every unit in
    turn, though most numbers (2023年, 3月) are followed by no unit at all. Empty where
    it would not help: no unit's first characters known, or one to be tried as it is
    that captures (its groups, set inside the lookahead, would say it matched)."""
    firsts: set[str] = set()
    as_written: list[str] = []
    for unit in units:
        known = firstchars.first_chars(unit)
        if known is not None:
            firsts |= known
        elif rxcache.compile(unit).groups:
            return ""
        else:
            as_written.append(f"(?:{unit})")
    if not firsts:
        return ""
    return "(?=" + "|".join(["[" + "".join(regex.escape(c) for c in sorted(firsts)) + "]", *as_written]) + ")"


def merge_brackets(matches: list[QuantityMatch], folded: str) -> list[QuantityMatch]:
    """Join `2万元以上10万元以下` / `100亩及以上至500亩` into one range match."""
    s = shared()
    out: list[QuantityMatch] = []
    for m in sorted(matches, key=lambda x: x.start):
        if out:
            prev = out[-1]
            gap = folded[prev.end:m.start]
            joined = s.range_join.fullmatch(gap)
            lower_ok = prev.qualifier in (None, "at_least") and prev.value_max is None
            upper_ok = m.qualifier in (None, "at_most") and m.value_max is None
            has_connector = bool(gap.strip())
            if (joined and lower_ok and upper_ok and prev.unit == m.unit and m.value > prev.value
                    and (has_connector or (prev.qualifier == "at_least" and m.qualifier == "at_most"))):
                out[-1] = QuantityMatch(
                    start=prev.start, end=m.end, value=prev.value, unit=prev.unit,
                    qualifier="range", value_max=m.value, number_start=prev.number_start,
                    number_end=prev.number_end, number_text=prev.number_text, prefix=prev.prefix,
                    post=m.post, match=prev.match,
                )
                continue
        out.append(m)
    return out
