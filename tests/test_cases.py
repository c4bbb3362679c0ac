"""Every row of the example files in tests/cases/ (one per numeric kind), as a test.

Examples must yield exactly their facts, negatives must yield no fact of the
file's kind, and known failures run as strict xfails carrying their reason: one
that starts to pass fails the suite, so its row moves to the examples.
"""
from __future__ import annotations

import pytest
from casefiles import CASES, KINDS, expected_and_found, found, load


def _id(kind: str, section: str, text: str) -> str:
    return f"{kind}-{section}-{text[:24]}"


def _examples() -> list:
    params = []
    for kind in KINDS:
        cases = load(kind)
        params += [pytest.param(kind, row, id=_id(kind, "example", row.input)) for row in cases.example]
        params += [pytest.param(kind, row, id=_id(kind, "known-failure", row.input),
                                marks=pytest.mark.xfail(reason=row.reason, strict=True))
                   for row in cases.known_failure]
    return params


def _negatives() -> list:
    return [pytest.param(kind, row, id=_id(kind, "negative", row.input))
            for kind in KINDS for row in load(kind).negative]


@pytest.mark.parametrize("kind, row", _examples())
def test_example(kind, row):
    want, got = expected_and_found(kind, row)
    assert got == want


@pytest.mark.parametrize("kind, row", _negatives())
def test_negative(kind, row):
    assert found(kind, row.input) == [], row.note


@pytest.mark.parametrize("kind", KINDS)
def test_each_file_documents_its_format_at_the_top(kind):
    lines = (CASES / f"{kind}.toml").read_text(encoding="utf-8").splitlines()
    header = "\n".join(line for line in lines[:lines.index("")] if line.startswith("#"))
    for name in ("compare", "[defaults]", "[[example]]", "[[negative]]", "[[known_failure]]"):
        assert name in header, f"the comment at the top of {kind}.toml does not explain {name}"
