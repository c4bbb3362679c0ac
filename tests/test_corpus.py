"""Invariants on every real input we have: offsets ground every fact, the output
validates against the schema, nothing comes from boilerplate, and the seed
article matches its gold exactly."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
from conftest import CORPUS, needs

from extractor import extract_path
from extractor.output.contract import validate_json
from extractor.output.evaluate import Report, score_document
from extractor.reading.textnorm import fold

NUMERIC = ("counts", "percentages", "money", "measures")


def _inputs() -> list:
    if not CORPUS.exists():
        return [pytest.param(None, id="corpus-absent", marks=needs(CORPUS))]
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and not p.name.endswith((".gold.json", ".md"))
                  or p.suffix == ".md" and p.name != "README.md")


@pytest.mark.parametrize("path", _inputs(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_offsets_ground_every_fact(path: Path):
    facts = extract_path(path)
    text = _decoded(path)
    assert facts.source.chars == len(text)
    for kind in NUMERIC:
        for fact in getattr(facts, kind):
            assert text[fact.start:fact.end] == fact.text, (kind, fact)
            for phrase in ("label", "period", "item"):  # every attached phrase is grounded too
                value, span = getattr(fact, phrase, None), getattr(fact, f"{phrase}_span", None)
                assert (value is None) == (span is None), (kind, phrase, fact)
                if span is not None:
                    assert text[span[0]:span[1]] == value, (kind, phrase, fact)
    for official in facts.officials:
        for start, end in official.mentions:  # (a mention may write the name's dot otherwise: 戴维•格罗斯)
            assert fold(text[start:end].replace(" ", "").replace("\u3000", "")) == fold(official.name)
    for award in facts.awards:
        # As in the gold: a mention may be the shared tail of a listed title
        # (全国脱贫攻坚先进个人和先进集体) or keep a quotation mark inside it.
        for start, end in award.mentions:
            written = regex.sub(r"[“”\"「」]", "", text[start:end])
            assert 0 <= start < end <= len(text) and written in award.title, (award.title, text[start:end])
    # the JSON we print validates against the published schema's model
    validate_json(facts.model_dump_json())


def _decoded(path: Path) -> str:
    from extractor.reading.decoding import decode

    return decode(path.read_bytes())[0]


def test_corpus_is_present_or_skipped(corpus_dir):
    assert _inputs(), "the shared corpus is present but no inputs were found"


def test_no_facts_from_disclaimer(dev_dir):
    path = dev_dir / "shinan-2022-11-28.txt"
    text = path.read_text(encoding="utf-8")
    cut = text.index("相关阅读")
    facts = extract_path(path)
    for kind in NUMERIC:
        assert all(f.end <= cut for f in getattr(facts, kind)), kind


def test_seed_matches_gold(dev_dir):
    gold = json.loads((dev_dir / "shinan-2022-11-28.gold.json").read_text(encoding="utf-8"))
    pred = extract_path(dev_dir / "shinan-2022-11-28.txt").model_dump(mode="json")
    report = Report()
    score_document(gold, pred, "seed", report)
    for kind in NUMERIC + ("bylines",):
        assert report.kinds[kind].f1 == 1.0, (kind, report.kinds[kind].errors)
    for field in ("title", "published_at", "outlet", "dateline"):
        assert report.document_right[field] == 1, field


def test_dev_corpus_numeric_bars(dev_dir):
    """The issue's bars on the whole dev corpus (SPEC scoring)."""
    from extractor.output.evaluate import evaluate_dir

    report = evaluate_dir(dev_dir)
    money, pct = report.kinds["money"], report.kinds["percentages"]
    assert money.f1 >= 0.97 and money.precision >= 0.98
    assert pct.f1 >= 0.98 and pct.precision >= 0.98
    assert report.kinds["counts"].f1 >= 0.90
    assert report.kinds["measures"].f1 >= 0.90
    assert report.kinds["bylines"].f1 >= 0.90
