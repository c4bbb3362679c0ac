"""The base class of the rule-file models (patterns/*.toml): plain annotated classes.

A `Rules` class lists a file's keys as annotated attributes; patterns.py builds one
from a file's checked data, and rules/validation.py checks a file against it (with
Pydantic, imported only then).
"""
from __future__ import annotations

import copy
import functools
import operator
import sys
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, NamedTuple


class Rules:
    """Base of every rule-file model: a plain class whose annotated attributes are
    the file's keys (a value given in the class is the key's default). A file is
    checked against it when read (unknown keys refused, types validated: `validate`);
    a subclass may add `check`, for what a type cannot say."""

    def __init__(self, **values: Any) -> None:
        for key, f in fields(type(self)).items():
            if key not in values and not f.required:
                values[key] = copy.copy(f.default)  # (a default list or table is the instance's own)
        self.__dict__.update(values)

    @classmethod
    def check(cls, data: dict) -> None:
        """Raise ValueError for checked data the rules cannot use (none by default)."""

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"


class Field(NamedTuple):
    annotation: Any
    required: bool
    default: Any


_NO_DEFAULT = object()


@cache
def fields(model: type) -> dict[str, Field]:
    """The keys of a `Rules` class, in order, with their defaults. An annotation that
    names a class (a nested table's `Rules`) is that class; any other is left as
    written (a string, under `from __future__ import annotations`): building the rules
    needs no more, and resolving every annotation costs a fresh start ~3 ms.
    `typed_fields` resolves them all."""
    out = {}
    for klass in reversed(model.__mro__):
        namespace = vars(sys.modules[klass.__module__])
        for key, annotation in vars(klass).get("__annotations__", {}).items():
            if isinstance(annotation, str) and annotation.isidentifier():
                annotation = namespace.get(annotation, annotation)
            default = getattr(model, key, _NO_DEFAULT)
            out[key] = Field(annotation, default is _NO_DEFAULT, None if default is _NO_DEFAULT else default)
    return out


@cache
def typed_fields(model: type) -> dict[str, Field]:
    """`fields` with every annotation resolved to its type (list[str], dict[str, RuleInfo]):
    what checking a file and merging a pack read."""
    hints = typing.get_type_hints(model)
    return {key: f._replace(annotation=hints[key]) for key, f in fields(model).items()}


def is_rules(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, Rules)


def map_types(annotation: Any, replace: Callable[[Any], Any]) -> Any:
    """`annotation` with every type for which `replace` gives another replaced by it,
    inside generics and unions too (`replace` gives None for a type it keeps). What the
    Pydantic models of the rule files and of the output contract are built with."""
    replaced = replace(annotation)
    if replaced is not None:
        return replaced
    args, origin = typing.get_args(annotation), typing.get_origin(annotation)
    if not args or origin is typing.Literal:
        return annotation
    mapped = tuple(map_types(a, replace) for a in args)
    if mapped == args:
        return annotation
    if origin in (types.UnionType, typing.Union):
        return functools.reduce(operator.or_, mapped)
    return origin[mapped]
