"""Small helpers for the extractor tests."""
from __future__ import annotations

from extractor import extract


def facts_of(kind: str, text: str) -> list[dict]:
    """The facts of one kind extracted from `text`, as JSON-ready dicts."""
    return [f.model_dump(mode="json") for f in getattr(extract(text), kind)]


def brief(kind: str, text: str, *fields: str) -> list[tuple]:
    return [tuple(f[k] for k in ("text",) + fields) for f in facts_of(kind, text)]
