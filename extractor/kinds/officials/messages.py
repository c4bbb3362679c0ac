"""A message sent to a person named in it (致电通伦，祝贺他再次当选老挝人民革命党中央总书记):
the name between the verb of sending and 祝贺他/她 (patterns/people.toml message_verbs,
congratulated) is a person's, written as a transliteration, a ·-name or a Chinese name; the
post the message congratulates them on taking is their title, as the post an appointment
notice gives is (SPEC.md settled cases)."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from ...rules import patterns, rxcache
from . import countries, foreign
from .people_rules import people_grammar
from .reading import Found, Reading


@lru_cache(maxsize=1)
def _message() -> regex.Pattern[str]:
    rules = people_grammar().rules
    return rxcache.compile(
        f"(?:{patterns.alternation(rules.message_verbs)})(?P<name>[^，,。；、\\s]{{2,16}}?)(?:{rules.congratulated})"
        f"(?:(?:{rules.took_office})+(?P<title>[^，,。；、\\n]{{2,30}}))?")


def congratulated(r: Reading) -> Iterator[Found]:
    """致电通伦，祝贺他…: the person a message is sent to and congratulates."""
    if not any(verb in r.folded for verb in people_grammar().rules.message_verbs):
        return  # (the cheap test first) no message is sent here
    for m in _message().finditer(r.folded, r.start, r.end):
        start, end = m.span("name")
        if _a_name(r, start, end):
            title, org = _title(r, m)
            yield r.found(start, end, "officials.congratulated", title, org=org)


def _a_name(r: Reading, start: int, end: int) -> bool:
    """A transliteration, a ·-name or a Chinese name's shape, and nothing else, at [start, end)."""
    name = r.folded[start:end]
    if "·" in name:
        return r.any_name_end(start) == end
    if all(ch in foreign.name_chars() for ch in name):
        return not countries.is_country(name)
    return end - start in r.names.lengths(start)


def _title(r: Reading, m: regex.Match[str]) -> tuple[tuple[int, int] | None, str | None]:
    """The post the person is congratulated on taking (…当选|老挝人民革命党中央总书记), the words
    after the verb when a post ends them, and the body a country before the post names
    (…就任|巴西总统: 巴西; 越南社会主义共和国主席: the republic), as foreign_leader reads it."""
    if m.group("title") is None:
        return None, None
    start, end = m.span("title")
    post = r.post_ending_at(end)
    if post is None or post.end() != end:
        post = next((p for p in foreign.post_pattern().finditer(r.folded, start, end) if p.end() == end), None)
    if post is None:
        return None, None
    leader = foreign.leader_descriptor(r, post.start(), end)
    return (start, end), leader[1] if leader and leader[0][0] == start else None
