"""Small helpers for the extractor tests."""
from __future__ import annotations

from extractor import extract
from extractor.output.evaluate import load_json


def facts_of(kind: str, text: str) -> list[dict]:
    """The facts of one kind extracted from `text`, as JSON read back (numbers as exact Decimals)."""
    return load_json(extract(text).model_dump_json())[kind]
