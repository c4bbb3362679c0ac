"""Named officials (placeholder until the officials extractor lands)."""
from __future__ import annotations

from .body import Body
from .models import Official


def extract_officials(text: str, body: Body, exclude_names: set[str]) -> list[Official]:
    return []
