"""Records (output/models.py) as plain data and as JSON.

Written here rather than by Pydantic so a fresh `extract FILE` imports no Pydantic;
the text is the one Pydantic wrote for these models (tests/test_writer.py checks it
against output/contract.py's models): fields in declaration order, compact or
indented, characters as they are (no \\u escapes but for controls), Decimal values
as integers when whole and floats otherwise, and a field marked `omit_if_none` left
out when it is None.
"""
from __future__ import annotations

import dataclasses
import json
import re
from decimal import Decimal
from functools import cache

_SMALL_FLOAT = re.compile(r"\de-")  # what json.dumps writes for a float of exponent -5 or less


def plain(record, json_mode: bool = False) -> dict:
    """`record` as dicts, lists and numbers; spans are tuples unless `json_mode`."""
    out = {}
    for name, omit_if_none in _fields(type(record)):
        value = getattr(record, name)
        if value is None:
            if not omit_if_none:
                out[name] = None
            continue
        out[name] = _value(value, json_mode)
    return out


def _value(value, json_mode: bool):
    kind = type(value)
    if kind is str or kind is int or kind is bool or kind is float:
        return value
    if kind is Decimal:
        return number(value)
    if kind is list:
        return [_value(v, json_mode) for v in value]
    if kind is tuple:
        items = [_value(v, json_mode) for v in value]
        return items if json_mode else tuple(items)
    if dataclasses.is_dataclass(value):
        return plain(value, json_mode)
    return value


def number(value: Decimal) -> int | float:
    """Whole amounts as JSON integers, others as floats (exact digits kept)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


@cache
def _fields(cls: type) -> tuple[tuple[str, bool], ...]:
    return tuple((f.name, bool(f.metadata.get("omit_if_none"))) for f in dataclasses.fields(cls))


def to_json(record, indent: int | None = None) -> str:
    data = plain(record, json_mode=True)
    text = json.dumps(data, ensure_ascii=False, indent=indent, check_circular=False,
                      separators=(",", ":") if indent is None else (",", ": "))
    # a float with a negative exponent is spelt as Pydantic spells it (a digit and "e-" in a
    # string, not a path's people-1, takes the slower path too, which writes the same text)
    return text if _SMALL_FLOAT.search(text) is None else "".join(_encode(data, indent, 0))


def _encode(data, indent: int | None, depth: int):
    """json.dumps's text, with floats of exponent -5 or less written as Pydantic writes
    them (0.00001, 1.5e-7, where Python's repr says 1e-05, 1.5e-07); rare enough that
    this slower path runs only for a record that holds one."""
    kind = type(data)
    if kind is float:
        yield small_float(data) if "e-" in repr(data) else json.dumps(data)
        return
    if kind not in (dict, list) or not data:
        yield json.dumps(data, ensure_ascii=False)
        return
    opening, closing = "{}" if kind is dict else "[]"
    inner = "" if indent is None else "\n" + " " * (indent * (depth + 1))
    outer = "" if indent is None else "\n" + " " * (indent * depth)
    colon = ":" if indent is None else ": "
    yield opening
    items = data.items() if kind is dict else ((None, v) for v in data)
    for i, (key, value) in enumerate(items):
        yield ("," if i else "") + inner
        if key is not None:
            yield json.dumps(key, ensure_ascii=False) + colon
        yield from _encode(value, indent, depth + 1)
    yield outer + closing


def small_float(value: float) -> str:
    """A float Python writes with a negative exponent, as Pydantic writes it: in full when
    the exponent is -5, else with the exponent unpadded."""
    mantissa, exponent = repr(value).split("e-")
    if int(exponent) == 5:
        return format(Decimal(repr(value)), "f")
    return f"{mantissa}e-{int(exponent)}"
