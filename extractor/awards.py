"""Awards (placeholder until the awards extractor lands)."""
from __future__ import annotations

from .body import Body
from .models import Award, Official


def extract_awards(text: str, body: Body, officials: list[Official]) -> list[Award]:
    return []
