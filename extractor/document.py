"""Document metadata (placeholder until the document extractor lands)."""
from __future__ import annotations

from .body import Body
from .models import DocumentInfo


def extract_document(text: str, body: Body) -> DocumentInfo:
    lines = text.strip().splitlines()
    return DocumentInfo(title=lines[0].strip() if lines else None)
