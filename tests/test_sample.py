"""The samples' committed JSON as golden tests: extracting samples/ gives exactly
the output the README shows, field for field (numbers compared as Decimal): the seed
article, and a commendation written for the people and honours a decision lists.

Only `source.path` may differ: it records the path as given on the command line.
To refresh after an intended change, run from the checkout
`extract --pretty samples/shinan-2022-11-28.txt > samples/shinan-2022-11-28.json` (and the same
for samples/commendation.txt)
and read the diff before committing it.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from extractor import extract_path

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SAMPLE = SAMPLES / "shinan-2022-11-28.txt"


def _differences(want, got, where: str = "") -> list[str]:
    """Where two JSON values differ, as readable paths (first few only matter)."""
    if isinstance(want, dict) and isinstance(got, dict):
        out = []
        for key in sorted(set(want) | set(got)):
            if key not in got or key not in want:
                out.append(f"{where}.{key}: only in {'committed' if key in want else 'extracted'}")
            else:
                out.extend(_differences(want[key], got[key], f"{where}.{key}"))
        return out
    if isinstance(want, list) and isinstance(got, list):
        out = [f"{where}: {len(want)} items committed, {len(got)} extracted"] if len(want) != len(got) else []
        for i, (w, g) in enumerate(zip(want, got, strict=False)):
            out.extend(_differences(w, g, f"{where}[{i}]"))
        return out
    return [] if want == got and type(want) is type(got) else [f"{where}: committed {want!r}, extracted {got!r}"]


@pytest.mark.parametrize("sample", [SAMPLE, SAMPLES / "commendation.txt"], ids=lambda p: p.stem)
def test_sample_output_matches_the_committed_json(sample: Path):
    committed = json.loads(sample.with_suffix(".json").read_text(encoding="utf-8"), parse_float=Decimal)
    extracted = json.loads(extract_path(sample).model_dump_json(), parse_float=Decimal)
    extracted["source"]["path"] = committed["source"]["path"]
    assert _differences(committed, extracted) == []
