"""Bylines: the names a release credits (记者　罗琼, 责任编辑:温伟伟, （记者赵鹏）,
新华社记者 刘卫兵 摄) with their SPEC roles. Role words, what sets a name off and
the credits that are no bylines are patterns/document.toml [bylines]; the rules
are compiled with the document's (document.py)."""
from __future__ import annotations

from typing import Any, Protocol

import regex

from ..grammar import names
from ..output.models import Byline
from ..rules import registry, rxcache


class BylineRules(Protocol):
    """What document.py compiles for bylines (patterns/document.toml)."""

    rules: Any  # the loaded document rules; .bylines is the [bylines] table
    separators: regex.Pattern[str]
    role_label: regex.Pattern[str]
    set_off: regex.Pattern[str]
    photo: regex.Pattern[str]
    closing_bracket: regex.Pattern[str]
    dateline_bracket: regex.Pattern[str]
    reported: regex.Pattern[str]


_SPACE = rxcache.compile(r"\s")


def _is_name(token: str, compiled: BylineRules, surname_needed: bool = True) -> bool:
    words = compiled.rules.bylines
    # (a one-character role, 文, 图, 摄, is a label only with a colon: a name may hold it, 文静, 何华文)
    if any(w in token for w in (*words.not_names, *words.not_roles, *words.roles) if len(w) > 1):
        return False
    return not surname_needed or names.has_any_surname(token)


def _names_in(run: str, compiled: BylineRules, closed: bool = False) -> list[str]:
    """Names at the start of `run`, separated by spaces or 、, until a non-name."""
    return _names_and_end(run, compiled, closed)[0]


def _names_and_end(run: str, compiled: BylineRules, closed: bool = False) -> tuple[list[str], int]:
    """_names_in's names and where the last of them ends in `run`. In a run that `closed` ends
    (a credit closed by 报道), the names after a first one with a surname need none of the
    surname lists' (记者刘正学、果永毅报道: the role, the first name and the closing word vouch)."""
    separators, name = compiled.separators, names.credited_name()
    found, pos, end = [], 0, 0
    while True:
        sep = separators.match(run, pos)
        if sep:
            pos = sep.end()
        match = name.match(run, pos)
        if not match or not _is_name(match.group(), compiled, surname_needed=not (closed and found)):
            return found, end
        found.append(match.group())
        pos = end = match.end()


def _reported(run: str, compiled: BylineRules) -> str | None:
    """The part of `run` up to 报道 when names at its start close with it (记者王霞光、李长云
    报道：, 新华社记者王黎、本报记者…报道); None otherwise."""
    cut = run.find("报道")
    if cut < 0:
        return None
    found, end = _names_and_end(run[:cut], compiled, closed=True)
    return run[:cut] if found and compiled.reported.match(run, end) else None


def _credited(run: str, role: str, rule: str, compiled: BylineRules, closed: bool = False) -> list[Byline]:
    """The names credited at the start of `run`, each in `role` (roles joined by + credit each
    name in every one: 文/图 → reporter+photographer)."""
    registry.rule(rule)  # an undeclared rule name fails at once
    return [Byline(name=_clean(name), role=one, rule=rule)
            for name in _names_in(run, compiled, closed) for one in role.split("+")]


def bylines(text: str, compiled: BylineRules) -> list[Byline]:
    """The credited names of `text` with their SPEC roles; `compiled`: document.py's
    compiled rules (patterns/document.toml [bylines])."""
    by = compiled.rules.bylines
    found: list[Byline] = []
    for match in compiled.role_label.finditer(text):
        role = by.roles.get(match.group("role"))
        if role is None:
            continue  # 策划, 海报 … are credits but not bylines
        rest = text[match.end():match.end() + 80]
        # without a colon the name must be set off (记者　罗琼) or bracketed (（记者赵鹏）)
        bracketed = match.start() > 0 and text[match.start() - 1] in by.open_brackets
        closed = False
        if not match.group("colon") and not bracketed and not compiled.set_off.match(rest):
            rest = _reported(rest, compiled)  # (or closed by 报道)
            if rest is None:
                continue
            closed = True
        if match.group("role") in by.colon_only and not match.group("colon"):
            continue  # bare 摄 / 图 only as labels with a colon; 摄 after a name below
        if compiled.photo.match(text, match.start("role")):
            continue  # 新华社记者 刘卫兵 摄: a photo credit, read below
        found += _credited(rest, role, "bylines.role_label", compiled, closed)
    for match in compiled.photo.finditer(text) if "摄" in text else ():  # every credit ends in 摄
        run = match.group("names")
        lead = compiled.role_label.match(run)  # 本报记者 汪晓峰 摄: the role word is no name
        found += _credited(run[lead.end():] if lead else run, "photographer", "bylines.photo_credit", compiled)
    for match in compiled.closing_bracket.finditer(text):
        found += _credited(match.group("names"), "reporter", "bylines.closing_brackets", compiled)
    for match in compiled.dateline_bracket.finditer(text) if "（" in text or "(" in text else ():
        found += _credited(match.group("names"), "reporter", "bylines.dateline_brackets", compiled)
    return _unique(found)


def _clean(name: str) -> str:
    return _SPACE.sub("", name)


def _unique(bylines: list[Byline]) -> list[Byline]:
    seen, out = set(), []
    for byline in bylines:
        key = (byline.name, byline.role)
        if key not in seen:
            seen.add(key)
            out.append(byline)
    return out
