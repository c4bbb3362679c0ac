"""The output contract as Pydantic models, built from output/models.py's dataclasses.

`extract schema` prints the JSON Schema of `Facts` from here, and the tests validate
every output they make against it (`validate_json`). The run itself writes its
records with output/writer.py and imports none of this: Pydantic is loaded only
when the contract is asked for.
"""
from __future__ import annotations

import dataclasses
import typing
from decimal import Decimal
from functools import cache
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, create_model

from ..rules.ruleclass import map_types
from . import models
from .writer import number

# Decimal values are written as plain JSON numbers (output/writer.py does the same).
Number = Annotated[Decimal, PlainSerializer(number, return_type=int | float, when_used="always")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


@cache
def model(cls: type) -> type[BaseModel]:
    """The Pydantic model of one record class: its fields, types, defaults, descriptions
    and docstring, unknown fields refused."""
    hints = typing.get_type_hints(cls)
    definitions = {f.name: (_pydantic_type(hints[f.name]), _field_info(f)) for f in dataclasses.fields(cls)}
    return create_model(cls.__name__, __base__=_Strict, __doc__=_own_doc(cls), __module__=cls.__module__,
                        **definitions)


def validate_json(text: str | bytes, cls: type = models.Facts) -> BaseModel:
    """`text` read by the contract of `cls` (a pydantic ValidationError if it breaks it)."""
    return model(cls).model_validate_json(text)


def json_schema() -> dict:
    return model(models.Facts).model_json_schema()


def _field_info(f: dataclasses.Field):
    kw = {}
    if f.default is not dataclasses.MISSING:
        kw["default"] = f.default
    elif f.default_factory is not dataclasses.MISSING:
        factory = f.default_factory
        kw["default_factory"] = model(factory) if dataclasses.is_dataclass(factory) else factory
    if "description" in f.metadata:
        kw["description"] = f.metadata["description"]
    if f.metadata.get("omit_if_none"):
        kw["exclude_if"] = _is_none
    return Field(**kw)


def _is_none(value) -> bool:
    return value is None


def _own_doc(cls: type) -> str | None:
    """The class's own docstring (a dataclass without one gets its signature as one)."""
    doc = cls.__doc__
    return None if doc is None or doc.startswith(cls.__name__ + "(") else doc


def _pydantic_type(annotation):
    """`annotation` with Decimal as `Number` and every record class as its model."""
    return map_types(annotation, lambda t: Number if t is Decimal else (
        model(t) if dataclasses.is_dataclass(t) else None))
