"""The per-document time budget (extractor/batch/budget.py): a document that runs
out of time becomes an error record naming it, the batch goes on, and one file alone
is one line on stderr and status 1. The slow path is injected: a document holding a
marker spins until the alarm stops it, so no test depends on real speed."""
from __future__ import annotations

import io
import json
import os
import signal
import time

import pytest

import extractor.pipeline as pipeline
from extractor.batch import budget
from extractor.cli import main

SLOW_MARK = "慢慢慢"
SENTENCE = "前三季度实际利用外资4.75亿美元，同比增长39.43%。"

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="no SIGALRM on this platform")


@pytest.fixture
def slow_path(monkeypatch):
    """extract_documents spins (for at most 20 s) on a document holding SLOW_MARK."""
    real = pipeline.extract_documents

    def spinning(data, *args, **kwargs):
        if SLOW_MARK.encode("utf-8") in data:
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                pass
            raise AssertionError("the time budget did not stop the document")
        return real(data, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_documents", spinning)
    monkeypatch.delenv(budget.ENV, raising=False)


def run_main(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err, stdin=io.BytesIO(b""))
    return status, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_slow_document_is_an_error_record_and_the_batch_goes_on(tmp_path, slow_path, workers):
    names = ["a.txt", "b.txt", "c.txt"]
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"区长{SLOW_MARK}出席。", encoding="utf-8")
    (tmp_path / "c.txt").write_text("区长王建国荣获“全国先进个人”称号。", encoding="utf-8")
    started = time.monotonic()
    status, out, err = run_main(*(str(tmp_path / n) for n in names), "--time-budget", "0.3", "-j", workers, "-q")
    assert time.monotonic() - started < 15
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["source"]["path"] for r in records] == [str(tmp_path / n) for n in names]
    assert records[1]["error"]["type"] == "TimeBudgetExceeded"
    assert "b.txt" in err and "time budget" in err
    assert records[0]["money"] and records[2]["officials"]  # the others are kept
    assert status == 1
    assert budget.ENV not in os.environ  # the option does not outlive the run


def test_one_slow_file_is_one_line_and_status_1(tmp_path, slow_path, monkeypatch):
    path = tmp_path / "slow.txt"
    path.write_text(SLOW_MARK, encoding="utf-8")
    monkeypatch.setenv(budget.ENV, "0.2")
    status, out, err = run_main(str(path))
    assert (status, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith(f"extract: {path}: stopped after")


def test_no_budget_and_a_bad_one(tmp_path, monkeypatch):
    monkeypatch.delenv(budget.ENV, raising=False)
    assert budget.seconds_for(0) == budget.DEFAULT_BASE
    assert budget.seconds_for(5_000_000) > budget.seconds_for(1_000_000) > budget.DEFAULT_BASE
    monkeypatch.setenv(budget.ENV, "0")
    assert budget.seconds_for(5_000_000) == 0  # 0: no limit
    path = tmp_path / "a.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    status, out, err = run_main(str(path))
    assert status == 0 and json.loads(out)["money"]
    for bad in ("soon", "-1", "inf"):
        monkeypatch.setenv(budget.ENV, bad)
        status, _, err = run_main(str(path))
        assert status == 2 and "time budget" in err and err.count("\n") == 1
    monkeypatch.delenv(budget.ENV)
    assert run_main(str(path), "--time-budget", "never")[0] == 2
