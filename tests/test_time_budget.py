"""The time budget per document (extractor/batch/budget.py): a document whose extraction
runs too long becomes an error record naming it, and the batch goes on with the others.

The slow path is injected (a loop in Python that never ends on a marked document), so
the tests do not time real extraction: they check that the budget stops the loop.
"""
from __future__ import annotations

import io
import json
import time

import pytest

from extractor import pipeline
from extractor.batch import budget
from extractor.batch.record import extract_record
from extractor.cli import main
from extractor.output.models import ErrorRecord

SLOW_MARK = "慢慢慢"


@pytest.fixture
def slow_on_mark(monkeypatch):
    """extract_documents loops without end on a document holding SLOW_MARK."""
    real = pipeline.extract_documents

    def maybe_forever(data, path=None):
        if SLOW_MARK.encode() in data:
            while True:
                time.sleep(0.01)
        return real(data, path=path)

    monkeypatch.setattr(pipeline, "extract_documents", maybe_forever)


def test_a_document_past_its_budget_is_an_error_record(tmp_path, monkeypatch, slow_on_mark):
    monkeypatch.setenv(budget.ENV, "0.3")
    slow = tmp_path / "slow.txt"
    slow.write_text(f"标题\n\n{SLOW_MARK}，新建项目12个。\n", encoding="utf-8")
    started = time.perf_counter()
    record = extract_record(str(slow), 1_000_000)
    assert time.perf_counter() - started < 5
    assert isinstance(record, ErrorRecord)
    assert record.error.type == "Timeout"
    assert "0.3 s" in record.error.message and budget.ENV in record.error.message


def test_a_batch_goes_on_past_a_slow_document(tmp_path, monkeypatch, slow_on_mark):
    monkeypatch.setenv(budget.ENV, "")  # --time-limit sets it: restored after the test
    (tmp_path / "a.txt").write_text("标题\n\n全市新建项目12个，总投资5亿元。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"标题\n\n{SLOW_MARK}\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("标题\n\n今年以来新增就业3.2万人。\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    status = main([str(tmp_path), "-j", "1", "-q", "--time-limit", "0.3"], stdout=out, stderr=err,
                  stdin=io.BytesIO(b""))
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["source"]["path"].rsplit("/", 1)[-1] for line in lines] == ["a.txt", "b.txt", "c.txt"]
    assert lines[1]["error"]["type"] == "Timeout"
    assert lines[0]["money"][0]["amount"] == 500000000 and lines[2]["counts"][0]["value"] == 32000
    assert status != 0 and "b.txt" in err.getvalue()


def test_the_default_budget_grows_with_the_input(monkeypatch):
    monkeypatch.delenv(budget.ENV, raising=False)
    assert budget.seconds_for(0) == budget.BASE_SECONDS
    assert budget.seconds_for(5_000_000) == budget.BASE_SECONDS + 5 * budget.PER_MB_SECONDS
    monkeypatch.setenv(budget.ENV, "0")
    assert budget.seconds_for(5_000_000) is None  # 0 turns it off


def test_a_bad_time_limit_is_a_usage_error(monkeypatch):
    monkeypatch.setenv(budget.ENV, "")
    err = io.StringIO()
    status = main(["--time-limit", "soon", "x.txt"], stdout=io.StringIO(), stderr=err, stdin=io.BytesIO(b""))
    assert status == 2
    assert err.getvalue().count("\n") == 1 and "--time-limit" in err.getvalue()
