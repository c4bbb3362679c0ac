"""One document in, one `Facts` out: the library entry points.

The CLI is a thin layer over these functions.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from .doc.body import find_body
from .output.models import Facts, Source
from .reading.decoding import decode, looks_traditional
from .reading.markup import markup_title, mask_markup


def extract(text: str, *, path: str | None = None, encoding: str | None = None,
            sha256: str | None = None) -> Facts:
    """Extract every fact from a decoded document text."""
    from .grammar import quantities
    from .kinds import awards, document, officials

    if sha256 is None:
        sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    facts = Facts(source=Source(path=path, sha256=sha256, encoding=encoding, chars=len(text)))
    if not text.strip():
        facts.warnings.append("empty document: no text to extract from")
        return facts
    # HTML/XML is read through a same-length view with the markup blanked out,
    # so offsets still index the decoded input.
    view = mask_markup(text)
    if looks_traditional(text):
        facts.warnings.append("traditional Chinese: officials, awards and some words are matched with "
                              "simplified-Chinese rules, so expect fewer of them")
    body = find_body(view)
    facts.document = document.extract_document(view, body)
    if view is not text:
        facts.document.title = markup_title(text) or facts.document.title
    found = quantities.extract_quantities(view, body)
    facts.counts, facts.percentages = _grounded(text, found.counts), _grounded(text, found.percentages)
    facts.money, facts.measures = _grounded(text, found.money), _grounded(text, found.measures)
    byline_names = {b.name for b in facts.document.bylines}
    facts.officials = officials.extract_officials(view, body, byline_names)
    facts.awards = awards.extract_awards(view, body, facts.officials)
    return facts


def _grounded(text: str, found: list) -> list:
    """Only facts whose span reads the same in the input (a span across blanked markup does not)."""
    return [f for f in found if text[f.start:f.end] == f.text]


def extract_bytes(data: bytes, *, path: str | None = None) -> Facts:
    """Decode raw bytes (UTF-8/16, GB18030, Big5 …) and extract. Raises DecodeError."""
    text, encoding = decode(data)
    return extract(text, path=path, encoding=encoding, sha256=hashlib.sha256(data).hexdigest())


def extract_path(path: str | Path) -> Facts:
    path = Path(path)
    return extract_bytes(path.read_bytes(), path=str(path))
