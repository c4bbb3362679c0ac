"""The numeral parser against other projects' published test cases.

The cases are read in place from the shared peer-cases folder (located by
conftest.py; bench/peer_report.py says how each source is judged); nothing from it is copied into this repository. One test per case,
so `pytest -rA tests/test_peer_cases.py` or `python bench/peer_report.py`
shows the pass rate per source. Cases that a scope rule puts out of scope are
strict expected failures carrying the rule's reason: if one starts to pass,
the rule is wrong and the suite says so.
"""
from __future__ import annotations

import peer_report  # bench/, put on the path by conftest.py
import pytest
from conftest import PEER_CASES, why_absent

ROOT = PEER_CASES
MISSING = why_absent(ROOT)


def _params(source: str) -> list:
    if not ROOT.is_dir():
        return [pytest.param(None, id=f"{source}-missing", marks=pytest.mark.skip(reason=MISSING))]
    params = []
    for case in peer_report.load_cases(ROOT, sources=[source]):
        marks = [pytest.mark.xfail(reason=case.out_of_scope, strict=True)] if case.out_of_scope else []
        params.append(pytest.param(case, id=case.id, marks=marks))
    return params


def _check(case: peer_report.Case) -> None:
    ok, got = peer_report.judge(case)
    if case.kind == "refuse":
        assert ok, f"{case.text!r} should be refused (None), parsed as {got}"
    elif case.kind == "no_number":
        assert ok, f"{case.text!r} should hold no numeral, found {got}"
    else:
        assert ok, f"{case.text!r}: expected {case.expected}, got {got}"


@pytest.mark.parametrize("case", _params("cn2an"))
def test_cn2an(case):
    _check(case)


@pytest.mark.parametrize("case", _params("duckling"))
def test_duckling_numeral(case):
    _check(case)


@pytest.mark.parametrize("case", _params("rt-number"))
def test_recognizers_number(case):
    _check(case)


@pytest.mark.parametrize("case", _params("rt-percent"))
def test_recognizers_percent_numeral(case):
    _check(case)


def test_report_runs(capsys):
    if not ROOT.is_dir():
        pytest.skip(MISSING)
    assert peer_report.main([str(ROOT)]) == 0
    out = capsys.readouterr().out
    for source in peer_report.SOURCES:
        assert source in out


def test_report_missing_folder(tmp_path, capsys):
    assert peer_report.main([str(tmp_path / "nowhere")]) == 2
    assert "not found" in capsys.readouterr().err
