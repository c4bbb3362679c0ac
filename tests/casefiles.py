"""The example files of the numeric kinds (tests/cases/<kind>.toml), read and checked.

Each file documents its format at its top; this module validates a file on load
(Pydantic, unknown keys forbidden, and every field an expected fact names must be
a field of that kind's output model), extracts an example's input, and compares
the facts found with the expected ones. tests/test_cases.py runs every row;
tests/test_layout.py uses the rows to find rules no example exercises.
"""
from __future__ import annotations

import dataclasses
import tomllib
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from helpers import facts_of
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from extractor.output.evaluate import same_value
from extractor.output.models import Count, Measure, Money, Percentage

CASES = Path(__file__).resolve().parent / "cases"
MODELS: dict[str, type] = {
    "counts": Count, "percentages": Percentage, "money": Money, "measures": Measure}
KINDS = tuple(MODELS)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Example(_Strict):
    """An input and every fact of the file's kind it must yield, in order."""

    input: str
    facts: list[dict[str, Any]]
    note: str | None = None


class Negative(_Strict):
    """An input that must yield no fact of the file's kind."""

    input: str
    note: str | None = None


class KnownFailure(Example):
    """An example the extractor gets wrong today, and why: run as a strict xfail."""

    reason: str


class CaseFile(_Strict):
    compare: list[str]
    defaults: dict[str, Any] = {}
    example: list[Example] = []
    negative: list[Negative] = []
    known_failure: list[KnownFailure] = []

    @model_validator(mode="after")
    def _facts_hold_fields_of_the_kind(self, info) -> CaseFile:
        fields = {f.name for f in dataclasses.fields(MODELS[info.context["kind"]])}
        named = set(self.compare) | set(self.defaults)
        for row in self.example + self.known_failure:
            for fact in row.facts:
                named |= set(fact)
        if unknown := sorted(named - fields):
            raise ValueError(f"not fields of a {info.context['kind']} fact: {unknown}")
        return self


@cache
def load(kind: str) -> CaseFile:
    path = CASES / f"{kind}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
        return CaseFile.model_validate(data, context={"kind": kind})
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        raise ValueError(f"{path}: {exc}") from None


def found(kind: str, text: str) -> list[dict]:
    """The facts of one kind extracted from `text`, each checked to be grounded."""
    facts = facts_of(kind, text)
    for fact in facts:
        assert text[fact["start"]:fact["end"]] == fact["text"], fact  # offsets ground every fact
    return facts


def expected_and_found(kind: str, row: Example) -> tuple[list[dict], list[dict]]:
    """The row's facts and those found, each cut to the fields the row checks.

    Every fact is checked on the file's `compare` fields (one a row leaves out is
    its default, else null) and on any other field the row gives. A number found
    that `evaluate` would count as the same (exact, or two fractions within a
    relative 1e-6) is shown as the expected one, so a diff shows real differences.
    """
    cases = load(kind)
    want = [{k: fact.get(k, cases.defaults.get(k)) for k in cases.compare} | fact for fact in row.facts]
    got = []
    for i, fact in enumerate(found(kind, row.input)):
        fields = want[i] if i < len(want) else dict.fromkeys(cases.compare)
        got.append({k: fields[k] if same_value(fields[k], fact.get(k)) else fact.get(k) for k in fields})
    return want, got
