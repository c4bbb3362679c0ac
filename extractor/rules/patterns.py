"""Load the rule files under `patterns/` once, validate them, compile them.

Rules are data (TOML, so each file can document itself in comments). Every file
is checked on load by a Pydantic model that forbids unknown keys, so a typo in a
rule file fails loudly instead of silently matching nothing.

Regex templates may reference named fragments as `{name}`; fragments are
expanded recursively, in the style of Recognizers-Text, so long patterns read
as words.
"""
from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import TypeVar

import regex
from pydantic import BaseModel, ConfigDict

from . import rxcache

_PACKAGE = Path(__file__).resolve().parent.parent
# Installed wheel: extractor/patterns; source checkout: ../patterns.
_CANDIDATES = (_PACKAGE / "patterns", _PACKAGE.parent / "patterns")

M = TypeVar("M", bound=BaseModel)


class PatternError(RuntimeError):
    """A rule file is missing or malformed."""


def patterns_dir() -> Path:
    for candidate in _CANDIDATES:
        if candidate.is_dir():
            return candidate
    raise PatternError("patterns directory not found (looked in {})".format(", ".join(map(str, _CANDIDATES))))


@cache
def _read(name: str) -> dict:
    path = patterns_dir() / f"{name}.toml"
    try:
        return rxcache.cached_data(path, _parse_toml)
    except FileNotFoundError as exc:
        raise PatternError(f"rule file missing: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PatternError(f"rule file {path} is not valid TOML: {exc}") from exc


def _parse_toml(data: bytes) -> dict:
    return tomllib.loads(data.decode("utf-8"))


class Rules(BaseModel):
    """Base of every rule-file model.

    Unknown and missing keys are refused when a file is loaded. The full type
    validation (`validate`) needs Pydantic to build a schema per model, which
    costs about 2 ms a model at start-up; it runs in the test suite over every
    rule file instead (tests/test_patterns.py), so `extract` starts fast.
    """

    model_config = ConfigDict(extra="forbid", defer_build=True)


# Every (file, model) pair loaded in this process, for `validate_loaded`.
LOADED: dict[str, type[BaseModel]] = {}


def load(name: str, model: type[M]) -> M:
    """Read `patterns/<name>.toml`, check its keys against `model`, build it."""
    LOADED[name] = model
    return _construct(model, _read(name), f"patterns/{name}.toml")


def _construct(model: type[M], data: dict, where: str) -> M:
    fields = model.model_fields
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise PatternError(f"rule file {where}: unknown key(s) {', '.join(unknown)}")
    missing = sorted(k for k, f in fields.items() if f.is_required() and k not in data)
    if missing:
        raise PatternError(f"rule file {where}: missing key(s) {', '.join(missing)}")
    values = {}
    for key, value in data.items():
        annotation = fields[key].annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if not isinstance(value, dict):
                raise PatternError(f"rule file {where}: [{key}] must be a table")
            value = _construct(annotation, value, f"{where} [{key}]")
        values[key] = value
    return model.model_construct(**values)


def validate(name: str, model: type[M]) -> M:
    """Full Pydantic validation of one rule file (types, validators)."""
    try:
        return model.model_validate(_read(name))
    except ValueError as exc:
        raise PatternError(f"rule file patterns/{name}.toml is invalid: {exc}") from exc


_REF = rxcache.compile(r"\{(\w+)\}")


def expand(template: str, fragments: dict[str, str], _depth: int = 0) -> str:
    """Replace `{name}` with the fragment of that name, recursively."""
    if _depth > 20:
        raise PatternError(f"fragment references nest too deep in: {template[:60]}")

    def sub(match: regex.Match) -> str:
        key = match.group(1)
        if key not in fragments:
            return match.group(0)  # a regex quantifier like {2} or {1,3}
        return "(?:" + expand(fragments[key], fragments, _depth + 1) + ")"

    return _REF.sub(sub, template)


def alternation(words: list[str] | set[str]) -> str:
    """A regex alternation of literal words, longest first so 万吨 beats 万."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
