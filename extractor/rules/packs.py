"""Pattern packs: a user's own rule files, added to the shipped ones under `patterns/`.

A pack is a folder of TOML files, each named like a shipped file (`officials.toml`,
`surnames.toml`, `money.toml` …) and written in the same schema (the same `Rules`
class checks both). A pack only adds; what it means, key by key:

- a list grows: the pack's items are appended after the shipped ones (an item
  already there is not repeated);
- a table merges: the pack's entries are added, and an entry both have is merged
  by these same rules;
- a single value (a string, number, true/false, or a fixed pair such as a table
  entry `"万人次" = ["万", "人次"]`) cannot be changed: giving another value than
  the shipped one is an error (the same value is accepted, so a copy of a shipped
  file with words added is a valid pack).

Any other `.toml` file name, any key the schema does not know, and any value of the
wrong type stop the load with a `PatternError` that names the file and the key.
Several packs apply in the order given. Other files in the folder (a README) are
left alone.

Compiled rules are derived from the files in effect, so switching packs in a
process forgets every compiled rule (each module's `lru_cache`), and the next
document compiles them again from the new files; the shipped-only path never
switches and stays as fast as without packs.
"""
from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import get_args, get_origin

from . import patterns
from .patterns import PatternError
from .ruleclass import typed_fields

# The model that validates each shipped rule file (module, class): a pack file is
# validated by the same one, before any document is read.
MODELS: dict[str, tuple[str, str]] = {
    "awards": ("extractor.kinds.awards.rules", "AwardRules"),
    "boilerplate": ("extractor.doc.body", "_BoilerplateRules"),
    "counts": ("extractor.kinds.count_grammar", "CountRules"),
    "decoding_charsets": ("extractor.reading.decoding", "_DecodingRules"),
    "document": ("extractor.kinds.document", "_DocumentRules"),
    "known_people": ("extractor.kinds.officials.known", "KnownPeople"),
    "labels": ("extractor.kinds.label_grammar", "LabelRules"),
    "lists": ("extractor.kinds.list_rows", "ListRules"),
    "measures": ("extractor.kinds.measures", "_MeasureRules"),
    "money": ("extractor.kinds.money", "_MoneyRules"),
    "names": ("extractor.grammar.names", "_NameRules"),
    "numbers": ("extractor.grammar.numbers", "_NumberRules"),
    "officials": ("extractor.kinds.officials.grammar", "OfficialRules"),
    "officials_foreign": ("extractor.kinds.officials.foreign_shape", "ForeignRules"),
    "pages": ("extractor.reading.pagemeta", "_PageRules"),
    "people": ("extractor.kinds.officials.people_rules", "PeopleRules"),
    "percentages": ("extractor.kinds.percentages", "_PercentRules"),
    "periods": ("extractor.grammar.periods", "_PeriodRules"),
    "quantities": ("extractor.grammar.quantities", "_QuantityRules"),
    "records": ("extractor.reading.records", "_RecordRules"),
    "rules": ("extractor.rules.registry", "_RuleFile"),
    "surnames": ("extractor.grammar.names", "Surnames"),
    "verbs": ("extractor.grammar.words", "_Verbs"),
    "warnings": ("extractor.doc.warnings", "_WarningRules"),
}

ENV = "EXTRACT_PATTERNS"


@dataclass(frozen=True)
class PatternPacks:
    """Pack folders, opened and validated: the data of every rule file a pack extends."""

    folders: tuple[Path, ...]
    files: tuple[Path, ...]          # the pack files, in the order they apply
    data: Mapping[str, dict]         # rule file name → shipped data with every pack merged in


def model_for(name: str) -> type[patterns.Rules]:
    module, cls = MODELS[name]
    return getattr(importlib.import_module(module), cls)


def folders_from_env(value: str | None) -> list[str]:
    """EXTRACT_PATTERNS: one folder, or several separated by os.pathsep (':' on Unix)."""
    return [part for part in (value or "").split(os.pathsep) if part.strip()]


_OPENED: dict[tuple[str, ...], PatternPacks] = {}


def open_packs(folders: str | Path | Sequence[str | Path], extract: Callable[..., object]) -> PatternPacks | None:
    """Read and validate the packs in `folders`, and build the rules with them through
    `extract` (the pipeline's, called as extract(text, patterns=packs)); once per process.
    None when there are no folders."""
    if isinstance(folders, (str, Path)):
        folders = [folders]
    key = tuple(str(f) for f in folders)
    if not key:
        return None
    if key not in _OPENED:
        opened = _open(tuple(Path(f) for f in key))
        _check_rules_build(opened, extract)
        _OPENED[key] = opened
    return _OPENED[key]


def _open(folders: tuple[Path, ...]) -> PatternPacks:
    files = [f for folder in folders for f in _pack_files(folder)]
    data: dict[str, dict] = {}
    for path in files:
        name = path.stem
        model = model_for(name)
        base = data[name] if name in data else patterns.shipped_data(name, model)
        data[name] = _validated(model, _merge(model, base, _parse(path), str(path), ""), str(path))
    return PatternPacks(folders, tuple(files), data)


# Texts that make every kind load and compile its rules (currency signs, 分之, markup, a byline).
_EVERY_RULE = (
    "<html><body><p>人民币3亿元，$20，占三分之一，增长百分之五。市长王岩出席。荣获“先进集体”称号。</p></body></html>",
    "青岛市市南区:以奔跑之姿再创辉煌\n2022/11/28 16:10:42   来源:中国山东网\n"
    "中国山东网11月28日讯 新建51个项目，6万平方米。(王一婷)\n责任编辑：李明",
)


def _check_rules_build(opened: PatternPacks, extract: Callable[..., object]) -> None:
    """Compile the rules with the packs once, now: many entries are regexes (boilerplate
    markers, fragments), and one that does not compile must stop the load, not each document.
    The packs stay in effect (the next extraction with them compiles nothing again); every
    extraction puts its own packs in effect anyway."""
    previous = patterns.active_packs()
    try:
        for text in _EVERY_RULE:
            extract(text, patterns=opened)
    except Exception as exc:  # a pack entry the rules cannot use: find it, or name the packs
        use(previous)
        raise PatternError(_culprit(opened) or f"{', '.join(map(str, opened.files))}: the rules do not build "
                           f"with this pack ({type(exc).__name__}: {exc})") from None


def _culprit(opened: PatternPacks) -> str | None:
    """The first string of a pack file that is not a valid regex, as `file: key …: why`."""
    import regex

    for path in opened.files:
        for key, text in _strings(_parse(path), ""):
            try:
                regex.compile(text)
            except regex.error as exc:
                return f"{path}: key {key}: {text!r} is not a valid regular expression ({exc})"
    return None


def _strings(value, key: str):
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, dict):
        for name, inner in value.items():
            yield from _strings(inner, f"{key}.{name}" if key else name)
    elif isinstance(value, list):
        for inner in value:
            yield from _strings(inner, key)


def _pack_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise PatternError(f"pattern pack {folder}: no such folder")
    files = sorted(p for p in folder.glob("*.toml") if not p.name.startswith("."))
    if not files:
        raise PatternError(f"pattern pack {folder}: no .toml files in it")
    for path in files:
        if path.stem not in MODELS:
            raise PatternError(f"{path}: no shipped rule file is named {path.name} "
                               f"(`extract patterns` lists them)")
    return files


def _parse(path: Path) -> dict:
    import tomllib  # (a pack's file: the shipped files come from the rule cache)

    try:
        return tomllib.loads(path.read_bytes().decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PatternError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise PatternError(f"{path}: cannot be read: {exc.strerror or exc}") from None


def _is_list(annotation) -> bool:
    origin, args = get_origin(annotation), get_args(annotation)
    return origin in (list, set, frozenset) or (origin is tuple and len(args) == 2 and args[1] is Ellipsis)


def _merge(annotation, shipped, pack, where: str, key: str):
    """`pack` added to `shipped`, by the shape the schema gives this key."""
    if patterns.is_rules(annotation) or get_origin(annotation) is dict:
        if not isinstance(pack, dict):
            raise PatternError(f"{where}: key {key}: should be a table, not {_kind(pack)}")
        fields = typed_fields(annotation) if patterns.is_rules(annotation) else None
        merged = dict(shipped or {})
        for name, value in pack.items():
            inner = f"{key}.{name}" if key else name
            if fields is not None and name not in fields:
                raise PatternError(f"{where}: key {inner}: unknown key (not in the schema of {Path(where).name})")
            value_type = fields[name].annotation if fields is not None else get_args(annotation)[1]
            merged[name] = _merge(value_type, merged.get(name), value, where, inner)
        return merged
    if _is_list(annotation):
        if not isinstance(pack, list):
            raise PatternError(f"{where}: key {key}: should be a list, not {_kind(pack)}")
        merged = list(shipped or [])
        merged += [item for i, item in enumerate(pack) if item not in merged and item not in pack[:i]]
        return merged
    if shipped is not None and not _same(shipped, pack):
        raise PatternError(f"{where}: key {key}: the shipped file sets it to {shipped!r}; "
                           "a pack adds list items and table entries, it cannot change a value")
    return pack


def _same(shipped, pack) -> bool:
    if isinstance(shipped, (list, tuple)) and isinstance(pack, (list, tuple)):
        return list(shipped) == list(pack)
    return shipped == pack


def _kind(value) -> str:
    return {dict: "a table", list: "a list", str: "a string", bool: "true/false"}.get(type(value), "a number")


def _validated(model: type[patterns.Rules], data: dict, where: str) -> dict:
    """The merged data as the model reads it; the first error names the key and the value."""
    from pydantic import ValidationError

    from . import validation

    try:
        return validation.validate(model, data)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(part) for part in first["loc"] if not isinstance(part, int))
        raise PatternError(f"{where}: key {key}: {first['msg']} (got {first['input']!r})") from None
    except ValueError as exc:  # a class's own check
        raise PatternError(f"{where}: {exc}") from None


# --------------------------------------------------------------------------- which packs are in use

# What the library's `patterns=` takes: folders, an opened pack set, or None (the default).
Packs = PatternPacks | str | Path | Sequence[str | Path] | None

_DEFAULT: dict[str, PatternPacks | None] = {"packs": None}


def set_default(packs: PatternPacks | None) -> None:
    """The packs every extraction uses when it names none (the CLI's --patterns / EXTRACT_PATTERNS)."""
    _DEFAULT["packs"] = packs
    use(packs)


def default_packs() -> PatternPacks | None:
    return _DEFAULT["packs"]


def use(packs: PatternPacks | None) -> None:
    """Make `packs` (None: the shipped files alone) the rules in effect, forgetting compiled rules on a change."""
    if patterns.active_packs() is packs:
        return
    patterns.set_active_packs(packs.data if packs is not None else None, packs)
    _forget_compiled_rules()


def use_for_call(chosen: PatternPacks | None) -> None:
    """The packs one extraction asks for (opened by the pipeline); None: the default."""
    use(_DEFAULT["packs"] if chosen is None else chosen)


def _forget_compiled_rules() -> None:
    """Every rule compiled from the files (each module's `lru_cache`d builder) is built again on next use."""
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "extractor" or name.startswith("extractor.")):
            continue
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", None) == name:
                value.cache_clear()
