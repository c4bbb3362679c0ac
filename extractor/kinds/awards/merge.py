"""From written occurrences to awards: one `Award` per title as written, its kind
and rule from its first mention in the text, its recipients, and every mention
of it in the body."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ...doc.body import Body
from ...reading.textnorm import fold
from .reading import Found, Reading
from .rules import rules


@dataclass
class Merged:
    kind: str
    first: int
    rule: str
    spans: set[tuple[int, int]] = field(default_factory=set)
    recipients: list[str] = field(default_factory=list)


def merge(found: Iterable[Found], r: Reading, into: dict[str, Merged]) -> None:
    for f in found:
        if not r.body.contains(f.start, f.end):
            continue
        f.title = _original(r.text, f).translate(unquoted())  # (SPEC: the name without quotation marks)
        m = into.setdefault(f.title, Merged(f.kind, f.start, f.rule))
        if f.start < m.first:
            m.first, m.kind, m.rule = f.start, f.kind, f.rule
        m.spans.add((f.start, f.end))
        for recipient in f.recipients:
            if recipient in r.rules.data.recipients.person_pronouns:
                recipient = _named_before(r, f.start) or recipient  # 李长青…。今年，他被…授予“…”
            if recipient and recipient not in m.recipients and recipient != f.title and not _unnamed(r, recipient):
                m.recipients.append(recipient)


def _named_before(r: Reading, at: int) -> str | None:
    """The person a singular pronoun receiving an honour at `at` refers to: the last one the
    paragraph named before it (people found by the officials' evidence)."""
    paragraph = r.folded.rfind("\n", 0, at) + 1
    before = r.people_in(paragraph, at)
    return before[-1] if before else None


@lru_cache(maxsize=1)
def unquoted() -> dict[int, None]:
    """The quotation marks of awards.toml, deleted from a title (专精特新“小巨人”企业 → 专精特新小巨人企业)."""
    data = rules().data
    return str.maketrans("", "", data.open_quotes + data.close_quotes)


def _unnamed(r: Reading, recipient: str) -> bool:
    """他, 该艇员队: a recipient referred back to; 100个单位, 198人: one only counted; none is named (SPEC)."""
    words = r.rules.data.recipients
    return (recipient in words.pronouns or recipient.startswith(tuple(words.reference_openers))
            or r.rules.counted_item.search(recipient) is not None)


def _original(text: str, f: Found) -> str:
    """The title as written (full-width brackets kept); a rebuilt title keeps its rebuilt prefix."""
    written = text[f.start:f.end]
    if len(written) == len(f.title):
        return written
    if f.title.endswith(fold(written)):
        return f.title[: len(f.title) - len(written)] + written
    return f.title


def all_mentions(title: str, starts: list[int], body: Body, spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """`title`'s written spans and its verbatim occurrences (`starts`, over the whole
    text, of which those ending in the body count), each place once."""
    found = {(s, s + len(title)) for s in starts if s + len(title) <= body.end} | spans
    # A written span inside a longer verbatim mention is the same place: in the
    # order (start, longest first) a span is inside another iff one before it
    # reaches as far.
    kept, reach = [], -1
    for span in sorted(found, key=lambda s: (s[0], -s[1])):
        if span[1] > reach:
            kept.append(span)
        reach = max(reach, span[1])
    return sorted(kept)


_JOINED_REACH = 16  # the longest joined_conferral match: a joiner, an adverb, a verb, a quote


def share_joined(r: Reading, merged: dict[str, Merged]) -> None:
    """…追授王伟“海空卫士”荣誉称号，并追记一等功: an honour with no recipient of its own, conferred
    by a verb joined (并, 同时) to the conferral before it in the sentence, goes to its recipients."""
    spans = sorted(((s, e, m) for m in merged.values() for s, e in m.spans), key=lambda span: span[:2])
    joined, folded = r.rules.joined_conferral, r.folded
    for i, (start, _, award) in enumerate(spans):
        if award.recipients:
            continue
        link = joined.search(folded, max(0, start - _JOINED_REACH), start)
        if link is None:
            continue
        # the nearest honour before the joiner (walked back: most are just before it)
        prior = next((j for j in range(i - 1, -1, -1) if spans[j][1] <= link.start()), None)
        if prior is not None and r.structure.sentence_start(link.start()) <= spans[prior][1] \
                and spans[prior][2].recipients:  # (in the same sentence)
            award.recipients.extend(spans[prior][2].recipients)

