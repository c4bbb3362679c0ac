"""output/writer.py writes the records as Pydantic wrote them from the contract's
models (output/contract.py): the same text, byte for byte, compact and indented."""
from __future__ import annotations

import json
from decimal import Decimal

import pydantic_core
import pytest
from conftest import REPO
from hypothesis import given
from hypothesis import strategies as st

from extractor import extract, extract_path
from extractor.output import contract, models
from extractor.output.writer import small_float

SAMPLE = REPO / "samples" / "shinan-2022-11-28.txt"


def _as_pydantic_wrote(record, indent=None) -> str:
    validated = contract.model(type(record)).model_validate(record.model_dump())
    return validated.model_dump_json(indent=indent)


@pytest.mark.parametrize("indent", [None, 2])
def test_a_release_is_written_as_the_contract_writes_it(indent):
    facts = extract_path(SAMPLE)
    assert facts.counts and facts.officials  # a record with nested facts, spans and lists
    assert facts.model_dump_json(indent) == _as_pydantic_wrote(facts, indent)


def test_numbers_are_integers_when_whole_and_floats_otherwise():
    facts = extract("全年完成投资5亿元，增长3.5%，占比0.00001%，另有1.5亿美元。")
    printed = facts.model_dump_json()
    assert printed == _as_pydantic_wrote(facts)
    amounts = [m["amount"] for m in json.loads(printed)["money"]]
    assert amounts == [500000000, 150000000] and all(type(a) is int for a in amounts)
    assert '"value":3.5' in printed and '"value":0.00001' in printed


def test_the_record_number_is_left_out_of_a_single_document():
    one = models.Facts(source=models.Source(path="a.txt"))
    listed = models.Facts(source=models.Source(path="a.json", record=2))
    assert '"record"' not in one.model_dump_json() and '"record":2' in listed.model_dump_json()
    assert one.model_dump_json() == _as_pydantic_wrote(one)
    assert listed.model_dump_json() == _as_pydantic_wrote(listed)


@given(st.floats(min_value=1e-12, max_value=1e22, allow_nan=False, allow_infinity=False))
def test_any_float_is_spelt_as_pydantic_spells_it(value):
    fact = models.Percentage(text="x", start=0, end=1, rule="percentages.x", value=Decimal(repr(value)),
                             unit="percent")
    assert fact.model_dump_json() == _as_pydantic_wrote(fact)


@pytest.mark.parametrize("value", [1e-05, 2.5e-05, 9.99e-05, 1e-06, 1.5e-07, 1.2345e-11])
def test_small_floats_at_the_exponents_where_python_and_pydantic_differ(value):
    assert small_float(value) == pydantic_core.to_json(value).decode()


def test_every_output_class_has_a_contract_model():
    for cls in (models.Facts, models.ErrorRecord):
        schema = contract.model(cls).model_json_schema()
        assert schema["additionalProperties"] is False and schema["title"] == cls.__name__
