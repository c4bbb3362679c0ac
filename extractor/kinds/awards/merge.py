"""From written occurrences to awards: one `Award` per title as written, its kind
and rule from its first mention in the text, its recipients, and every mention
of it in the body."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ...doc.body import Body
from ...reading.textnorm import fold
from .reading import Found, Reading, occurrences


@dataclass
class Merged:
    kind: str
    first: int
    rule: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)


def merge(found: Iterable[Found], r: Reading, into: dict[str, Merged]) -> None:
    for f in found:
        if not r.body.contains(f.start, f.end):
            continue
        f.title = _original(r.text, f)
        m = into.setdefault(f.title, Merged(f.kind, f.start, f.rule))
        if f.start < m.first:
            m.first, m.kind, m.rule = f.start, f.kind, f.rule
        if (f.start, f.end) not in m.spans:
            m.spans.append((f.start, f.end))
        for recipient in f.recipients:
            if recipient and recipient not in m.recipients and recipient != f.title:
                m.recipients.append(recipient)


def _original(text: str, f: Found) -> str:
    """The title as written (full-width brackets kept); a rebuilt title keeps its rebuilt prefix."""
    written = text[f.start:f.end]
    if len(written) == len(f.title):
        return written
    if f.title.endswith(fold(written)):
        return f.title[: len(f.title) - len(written)] + written
    return f.title


def all_mentions(folded: str, title: str, body: Body, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    found = set(occurrences(folded, title, body.end))
    found |= set(spans)
    # A written span inside a longer verbatim mention is the same place.
    kept = [s for s in found if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in found)]
    return sorted(kept)
