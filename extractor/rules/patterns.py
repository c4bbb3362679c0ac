"""Load the rule files under `patterns/` once, validate them, compile them.

Rules are data (TOML, so each file can document itself in comments). Every file
is checked on load against its `Rules` class, which forbids unknown keys, so a typo
in a rule file fails loudly instead of silently matching nothing. Pydantic does the
checking (rules/validation.py) when a file is read afresh; the rule cache keeps the
checked data, so a fresh `extract` builds its rules without importing Pydantic.

Regex templates may reference named fragments as `{name}`; fragments are
expanded recursively, in the style of Recognizers-Text, so long patterns read
as words.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TypeVar

import regex

from . import rxcache
from .ruleclass import Rules, fields, is_rules

_PACKAGE = Path(__file__).resolve().parent.parent
# Installed wheel: extractor/patterns; source checkout: ../patterns.
_CANDIDATES = (_PACKAGE / "patterns", _PACKAGE.parent / "patterns")

M = TypeVar("M", bound="Rules")


class PatternError(RuntimeError):
    """A rule file is missing or malformed."""


def patterns_dir() -> Path:
    for candidate in _CANDIDATES:
        if candidate.is_dir():
            return candidate
    raise PatternError("patterns directory not found (looked in {})".format(", ".join(map(str, _CANDIDATES))))


rxcache.rules_dir = patterns_dir  # the rule cache is keyed by a fingerprint of these files


def _read(name: str, model: type[Rules]) -> dict:
    """The file's data, checked against `model` and its defaults filled in.

    The check runs once per content: the result is kept in the rule cache under
    the file's hash and the model's shape, so a fresh process skips the TOML
    parse and Pydantic both, while an edited file or a changed model is checked
    afresh."""
    path = patterns_dir() / f"{name}.toml"
    where = f"patterns/{name}.toml"

    def parse_and_validate(raw: bytes) -> dict:
        import tomllib  # (a file read afresh only: the cache holds the parsed data)

        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise PatternError(f"rule file {where} is not valid TOML: {exc}") from exc
        _check_keys(model, data, where)
        from . import validation  # Pydantic, imported only when a file is checked

        try:
            return validation.validate(model, data)
        except ValueError as exc:
            raise PatternError(f"rule file {where} is invalid: {_first_error(exc)}") from exc

    try:
        return rxcache.cached_data(path, parse_and_validate, salt=_shape(model))
    except FileNotFoundError as exc:
        raise PatternError(f"rule file missing: {path}") from exc


def _shape(model: type[Rules]) -> str:
    """A fingerprint of a model's fields, nested models included."""
    parts = []
    for key, f in fields(model).items():
        parts.append(f"{key}:{f.annotation!r}:{f.required}")
        if is_rules(f.annotation):
            parts.append("{" + _shape(f.annotation) + "}")
    return f"{model.__module__}.{model.__qualname__}(" + ",".join(parts) + ")"


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        return f"key {'.'.join(map(str, first['loc']))}: {first['msg']}"
    return str(exc)


# Every (file, model) pair loaded in this process, for the tests.
LOADED: dict[str, type[Rules]] = {}

# The pattern packs in effect (extractor/rules/packs.py): the object, and per rule file
# a pack extends its merged data. None: the shipped files alone.
_ACTIVE: dict = {"packs": None, "data": None}


def load(name: str, model: type[M]) -> M:
    """Read `patterns/<name>.toml` (with the packs in effect added), validate it against `model`, build it."""
    LOADED[name] = model
    extended = _ACTIVE["data"]
    if extended is not None and name in extended:
        return _construct(model, extended[name])
    return _construct(model, _read(name, model))


def shipped_data(name: str, model: type[Rules]) -> dict:
    """The shipped file's data, validated, without any pack."""
    return _read(name, model)


def active_packs():
    return _ACTIVE["packs"]


def set_active_packs(data: dict | None, packs) -> None:
    """Called by packs.use, which also forgets the rules compiled from the previous files."""
    _ACTIVE.update(packs=packs, data=data)


def _check_keys(model: type[Rules], data: dict, where: str) -> None:
    keys = fields(model)
    unknown = sorted(set(data) - set(keys))
    if unknown:
        raise PatternError(f"rule file {where}: unknown key(s) {', '.join(unknown)}")
    missing = sorted(k for k, f in keys.items() if f.required and k not in data)
    if missing:
        raise PatternError(f"rule file {where}: missing key(s) {', '.join(missing)}")


def _construct(model: type[M], data: dict) -> M:
    """Build `model` from data that already passed its check (nested models too)."""
    values = {}
    keys = fields(model)
    for key, value in data.items():
        annotation = keys[key].annotation
        if is_rules(annotation):
            value = _construct(annotation, value)
        values[key] = value
    return model(**values)


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


def longest_first(words: list[str] | set[str]) -> list[str]:
    """The distinct words, longest first (ties in code-point order): the order an
    alternation tries them in, so 万吨 beats 万."""
    return sorted(set(words), key=lambda w: (-len(w), w))


def alternation(words: list[str] | set[str]) -> str:
    """A regex alternation of literal words, longest first so 万吨 beats 万."""
    return "|".join(map(escape, longest_first(words)))


def reversed_alternation(words: list[str] | set[str]) -> str:
    """`alternation` with each word written backwards, in the same order: what a rule
    searched backwards ((?r)) reads, for a forward scan of the text reversed."""
    return "|".join(escape(w[::-1]) for w in longest_first(words))


# What regex.escape changes: its metacharacters and whitespace (str.isspace, as re's \s).
_NEEDS_ESCAPE = re.compile(r"[()\[\]{}?*+|^$\\.\-#&~\s]")


def escape(word: str) -> str:
    """`regex.escape(word)`, with the word itself returned where it has nothing to escape
    (most of the lexicons' thousands of words, escaped on every fresh start)."""
    return regex.escape(word) if _NEEDS_ESCAPE.search(word) else word


class WordsAt:
    """The `alternation` of a lexicon, compiled, for rules that read it at one place at
    a time (a noun read character by character asks at each whether a verb starts
    there): `match` tries only the words that open with the character at the place.
    `re` tries an alternation's words one by one, ~2 µs a call for a thousand verbs,
    0.3 µs so; what it finds is the same, the longest word there. Other calls use the
    whole alternation."""

    def __init__(self, words: list[str] | set[str]) -> None:
        whole = rxcache.compile(alternation(words))
        self.pattern, self.search, self.finditer = whole.pattern, whole.search, whole.finditer
        self._opening: dict[str, list[str]] = {}
        for word in set(words):
            self._opening.setdefault(word[:1], []).append(word)
        if "" in self._opening:  # an empty word matches anywhere: no character decides
            self.match = whole.match
        self._at: dict[str, re.Pattern[str]] = {}  # by first character, compiled when first asked for

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pos = max(pos, 0)  # (as re reads a negative start)
        first = string[pos:pos + 1]
        at = self._at.get(first)
        if at is None:
            if first not in self._opening:
                return None
            # literal words, so `re` reads them as the whole alternation does; longest first
            at = self._at[first] = re.compile("|".join(re.escape(w) for w in longest_first(self._opening[first])))
        return at.match(string, pos, endpos)
