"""Pydantic models built from the `Rules` classes, to check rule files.

A rule file is checked when it is read afresh (a new or edited file, a pattern
pack); the rule cache keeps the checked data, so this module, and Pydantic with
it, is imported only then. The model of a `Rules` class has its keys, types and
defaults and refuses unknown keys; the class's own `check` runs on what passes.
"""
from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, create_model

from .ruleclass import Rules, is_rules, map_types, typed_fields


def validate(model: type[Rules], data: dict) -> dict:
    """`data` as `model` reads it, defaults filled in, nested tables as plain dicts;
    ValueError (a pydantic ValidationError, or the class's `check`) if it does not fit."""
    checked = pydantic_model(model).model_validate(data).model_dump()
    _run_checks(model, checked)
    return checked


def _run_checks(model: type[Rules], data: dict) -> None:
    model.check(data)
    for key, f in typed_fields(model).items():
        if is_rules(f.annotation) and isinstance(data.get(key), dict):
            _run_checks(f.annotation, data[key])


@cache
def pydantic_model(model: type[Rules]) -> type[BaseModel]:
    """The Pydantic model of a `Rules` class (nested classes by their own models)."""
    definitions = {key: (_pydantic_type(f.annotation), ... if f.required else f.default)
                   for key, f in typed_fields(model).items()}
    return create_model(model.__name__, __config__=ConfigDict(extra="forbid"), __doc__=model.__doc__,
                        __module__=model.__module__, **definitions)


def _pydantic_type(annotation):
    """`annotation` with every `Rules` class in it replaced by its model."""
    return map_types(annotation, lambda t: pydantic_model(t) if is_rules(t) else None)
