"""One document in, one `Facts` out: the library entry points.

The CLI is a thin layer over these functions.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Optional

from .body import find_body
from .decoding import decode
from .models import Facts, Source


def extract(text: str, *, path: Optional[str] = None, encoding: Optional[str] = None,
            sha256: Optional[str] = None) -> Facts:
    """Extract every fact from a decoded document text."""
    from . import awards, document, officials, quantities

    if sha256 is None:
        sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    facts = Facts(source=Source(path=path, sha256=sha256, encoding=encoding, chars=len(text)))
    if not text.strip():
        facts.warnings.append("empty document: no text to extract from")
        return facts
    body = find_body(text)
    facts.document = document.extract_document(text, body)
    found = quantities.extract_quantities(text, body)
    facts.counts, facts.percentages = found.counts, found.percentages
    facts.money, facts.measures = found.money, found.measures
    byline_names = {b.name for b in facts.document.bylines}
    facts.officials = officials.extract_officials(text, body, byline_names)
    facts.awards = awards.extract_awards(text, body, facts.officials)
    return facts


def extract_bytes(data: bytes, *, path: Optional[str] = None) -> Facts:
    """Decode raw bytes (UTF-8/16, GB18030, Big5 …) and extract. Raises DecodeError."""
    text, encoding = decode(data)
    return extract(text, path=path, encoding=encoding, sha256=hashlib.sha256(data).hexdigest())


def extract_path(path: str | Path) -> Facts:
    path = Path(path)
    return extract_bytes(path.read_bytes(), path=str(path))
