"""A disk cache of compiled rules, so a fresh `extract` does not parse every regex again.

Compiling the rules is most of a cold start (~0.15 s of pure-Python parsing in
the `regex` package). A compiled `regex` pattern carries the data it is rebuilt
from (`pattern._pickled_data`, what its own pickle support uses), so the first
run stores that data and later runs rebuild each pattern from it in
microseconds. The cache is keyed by the exact pattern string and flags, in a
file named after the `regex` and Python versions, and written with `marshal`
(plain data only, never code). Anything unexpected falls back to compiling.

Off for library users unless EXTRACT_CACHE_DIR is set; the `extract` command
turns it on (EXTRACT_NO_CACHE=1 turns it off).
"""
from __future__ import annotations

# _sre and re._compiler/_parser: re's own compiler, whose parsed code is cached like a
# `regex` pattern's data (internals of Python 3.11+; anything unexpected falls back)
import _sre
import atexit
import marshal
import os
import re
import sys
import threading
import warnings
from collections.abc import Callable
from pathlib import Path
from re import _compiler as _sre_compile
from re import _parser as _sre_parse

import regex

_MAX_ENTRIES = 4000
_lock = threading.Lock()
_state: dict = {"enabled": bool(os.environ.get("EXTRACT_CACHE_DIR")), "data": None, "dirty": False,
                "registered": False}


def enable() -> None:
    if not os.environ.get("EXTRACT_NO_CACHE"):
        _state["enabled"] = True


def cache_file() -> Path:
    """One file per version of the rules (a fingerprint of patterns/), of `regex` and of
    Python: an edited or upgraded rule set starts a file of its own, and `save` removes
    the files of other rule versions, so the file holds only rules that can be asked
    for (a stale one was read whole by every run: ~35 ms for 1,000 old entries)."""
    base = os.environ.get("EXTRACT_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    name = f"rules-{_fingerprint()}-{_FORMAT}-regex{regex.__version__}-{_PY}.marshal"
    return Path(base) / ("" if os.environ.get("EXTRACT_CACHE_DIR") else "extract") / name


_PY = f"py{sys.version_info[0]}{sys.version_info[1]}"
# What the cache keeps, and under which keys: a new format starts a file of its own (and
# `save` drops the old one), so entries the code no longer asks for are not read on every
# start. 2: `re` forms keyed by the pattern as written (2026-12-06).
_FORMAT = "f2"
# Where the rule files are: set by extractor/rules/patterns.py when it is imported
# (it imports this module, so this one cannot import it).
rules_dir: Callable[[], Path] | None = None


def _fingerprint() -> str:
    """A short hash of every rule file's name and bytes, computed once per process."""
    if _state.get("fingerprint") is None:
        import hashlib

        digest = hashlib.sha256()
        try:
            for path in sorted(rules_dir().glob("*.toml")) if rules_dir else ():
                digest.update(path.name.encode() + b"\0" + path.read_bytes())
        except (OSError, RuntimeError):
            digest.update(b"no patterns")
        _state["fingerprint"] = digest.hexdigest()[:12]
    return _state["fingerprint"]


def _remove_other_versions(target: Path) -> None:
    """The cache files of other rule versions beside `target`, for the same `regex` and
    Python (another install may use other ones), and the unversioned name used before
    2026-12-05."""
    same = f"regex{regex.__version__}-{_PY}.marshal"
    for old in [*target.parent.glob(f"rules-*-{same}"), *target.parent.glob(f"rules-{same}")]:
        if old != target:
            try:
                old.unlink()
            except OSError:
                pass


def _entries() -> dict:
    if _state["data"] is None:
        try:
            data = marshal.loads(cache_file().read_bytes())
            _state["data"] = data if isinstance(data, dict) else {}
        except (OSError, ValueError, EOFError, TypeError):
            _state["data"] = {}
    return _state["data"]


def compile(pattern: str, flags: int = 0, *, regex_only: bool = False) -> regex.Pattern[str]:
    """The rule compiled by the standard `re` engine where it can express it the same
    way (2-3x faster matching on these rules), else by `regex`; `regex_only` for a
    caller that uses `regex`'s own API (overlapped=True)."""
    compiled = _compile_regex(pattern, flags)
    plain = None if regex_only else _as_re(pattern, flags)
    return compiled if plain is None else _Both(compiled, plain)


def compile_plain(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A rule written for the standard `re` engine alone (plain word lists and character
    classes, scanned several times faster by it), kept in the disk cache like the others:
    a fresh `extract` does not parse its thousands of alternatives again (~10 ms)."""
    compiled = _as_re(pattern, flags)
    return compiled if compiled is not None else re.compile(pattern, flags)


class _Both:
    """One rule compiled by both engines: `re` answers at a place (match, fullmatch)
    and in the calls measured faster there (search, findall, sub); `regex`, which
    skips ahead to a rule's literals, scans a whole text (finditer). Same results:
    the `re` form is made only where it reads the rule the same way."""

    __slots__ = ("match", "fullmatch", "search", "findall", "sub", "subn", "split", "finditer",
                 "pattern", "flags", "groups", "groupindex", "scanner")

    def __init__(self, compiled: regex.Pattern[str], plain: re.Pattern[str]) -> None:
        self.match, self.fullmatch, self.search = plain.match, plain.fullmatch, plain.search
        self.findall, self.sub, self.subn, self.split = plain.findall, plain.sub, plain.subn, plain.split
        self.finditer, self.scanner = compiled.finditer, compiled.scanner
        self.pattern, self.flags, self.groups, self.groupindex = (
            compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex)


# flags that mean the same in both engines (regex.VERSION0 is re's behaviour)
_SHARED_FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.DOTALL | regex.UNICODE | regex.VERSION0  # same values in re


_RE_CANNOT = "re cannot"  # kept for a rule `re` cannot read as `regex` does


def _as_re(pattern: str, flags: int, exact: bool = False) -> re.Pattern[str] | None:
    """`pattern` compiled by `re`, with \\p{Han} spelled as code point ranges (and, if
    `exact`, \\d and \\s as `regex` reads them: translate_han); None where `re` cannot say
    the same (other properties, nested sets, variable lookbehind, flags of `regex` alone).
    Kept in the cache under the pattern as written, so a fresh process neither
    translates nor parses it again."""
    if isinstance(flags, int) and flags & regex.V1 and not flags & regex.IGNORECASE:
        # V1 reads sets inside sets and set operations (refused below) and folds case
        # fully; without those it matches as V0 does
        flags &= ~regex.V1
    if flags & ~_SHARED_FLAGS or not isinstance(pattern, str) or "(?x" in pattern or "(?V1" in pattern:
        return None  # bytes patterns (a page's declared charset) and verbose ones (comments) stay with `regex`
    flags = int(flags) & ~int(regex.VERSION0)  # plain ints: the key and data are marshalled
    key = ("re", pattern, flags, exact)
    if _state["enabled"]:
        with _lock:
            data = _entries().get(key)
        if data == _RE_CANNOT:
            return None
        if data is not None:
            try:
                return _sre.compile(*data)
            except Exception:  # another Python build: compile as usual and store afresh
                pass
    translated = translate_han(pattern, exact=exact)
    compiled = None
    if translated is not None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # re's FutureWarning on a possible nested set
                compiled = re.compile(translated, flags)
        except (re.error, FutureWarning, ValueError, OverflowError, RecursionError):
            pass
    if _state["enabled"]:
        if compiled is None:
            _store(key, _RE_CANNOT)  # (found out once: a variable lookbehind is parsed before it fails)
        else:
            _store_re(key, compiled)
    return compiled


def compile_exact(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """`pattern` compiled by `re` reading every character as `regex` does (\\d and \\s
    spelt as regex reads them: translate_han's `exact`), kept in the rule cache; None
    where `re` cannot say the same. Case, where IGNORECASE asks, is folded as `re` folds
    it, as in `compile`'s re form (the two differ on the dotless and dotted i alone)."""
    return _as_re(pattern, flags, exact=True)


def _store_re(key: tuple, compiled: re.Pattern[str]) -> None:
    """Keep what `re` builds a pattern from (the pattern as translated and its parsed
    code, as re's own compiler passes them to _sre), checked to rebuild the same
    pattern before it is kept."""
    try:
        parsed = _sre_parse.parse(compiled.pattern, key[2])
        indexgroup = [None] * parsed.state.groups
        for name, index in parsed.state.groupdict.items():
            indexgroup[index] = name
        code = [int(op) for op in _sre_compile._code(parsed, key[2])]
        data = (compiled.pattern, key[2] | parsed.state.flags, code, parsed.state.groups - 1,
                dict(parsed.state.groupdict), tuple(indexgroup))
        if _sre.compile(*data) == compiled:
            _store(key, data)
    except Exception:  # another Python's internals: just don't cache it
        pass


def translate_han(pattern: str, *, exact: bool = False) -> str | None:
    """`pattern` with \\p{Han} as ranges (bare inside a set); None for what only
    `regex` reads (another property, \\P, a set inside a set). `exact`: \\d and \\s
    spelt as `regex` reads them too (`re`'s \\d knows 110 digits fewer, its \\s four
    separators more, \\x1c-\\x1f), and None for the other class escapes and word
    boundaries (\\w, \\D, \\b …), whose readings are not spelt here."""
    out, i, n = [], 0, len(pattern)
    in_class = False
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            esc = pattern[i:i + 2]
            if esc in ("\\p", "\\P"):
                if esc == "\\P" or not pattern.startswith("{Han}", i + 2):
                    return None
                out.append(han_ranges() if in_class else "[" + han_ranges() + "]")
                i += 7
            elif exact and esc in ("\\d", "\\s"):
                spelt = regex_classes()[esc[1]]
                out.append(spelt if in_class else "[" + spelt + "]")
                i += 2
            elif exact and esc[1:] in ("w", "W", "D", "S", "b", "B"):
                return None
            else:
                out.append(esc)
                i += 2
        elif in_class:
            if ch == "[":
                return None  # a set inside a set or a POSIX class: `regex` reads it otherwise
            in_class = ch != "]"
            out.append(ch)
            i += 1
        elif ch == "[":
            in_class = True
            # a ] first in a set (after any ^) is itself a member
            j = i + 1 + (pattern[i + 1:i + 2] == "^")
            j += pattern[j:j + 1] == "]"
            out.append(pattern[i:j])
            i = j
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def regex_classes() -> dict[str, str]:
    """\\d and \\s as `regex` reads them, spelt for inside a set of `re`'s: "d", re's own
    \\d and the digits only `regex` knows (a newer Unicode's); "s", regex's separators.
    Found once per process (no digit nor separator from U+20000 on: tests/test_rxcache.py
    checks all of Unicode)."""
    if _state.get("classes") is None:
        key = ("regex classes",)
        with _lock:
            cached = _entries().get(key) if _state["enabled"] else None
        if not isinstance(cached, dict):
            every = "".join(map(chr, range(0x20000)))
            re_digit = re.compile(r"\d").match
            digits_only_regex = [c for c in regex.findall(r"\d", every) if not re_digit(c)]
            cached = {"d": "\\d" + _spelt_ranges(digits_only_regex), "s": _spelt_ranges(regex.findall(r"\s", every))}
            if _state["enabled"]:
                _store(key, cached)
        _state["classes"] = cached
    return _state["classes"]


def _spelt_ranges(chars: list[str]) -> str:
    """Sorted characters as set ranges of escaped code points (a-b for each unbroken run)."""
    runs: list[list[int]] = []
    for code in map(ord, chars):
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in runs)


def han_ranges() -> str:
    """The code points of `regex`'s \\p{Han} as class ranges, found once per process."""
    if _state.get("han") is None:
        key = ("han ranges",)
        with _lock:
            cached = _entries().get(key) if _state["enabled"] else None
        if not isinstance(cached, str):
            base = 0x2E80  # no Han code point before it (tests/test_rxcache.py checks all of Unicode)
            block = "".join(map(chr, range(base, 0x40000)))
            cached = "".join(f"\\U{m.start() + base:08x}-\\U{m.end() - 1 + base:08x}"
                             for m in regex.finditer(r"\p{Han}+", block))
            if _state["enabled"]:
                _store(key, cached)
        _state["han"] = cached
    return _state["han"]


def _compile_regex(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile`, rebuilt from the disk cache when the same rule was seen before."""
    if not _state["enabled"]:
        return regex.compile(pattern, flags)
    key = (pattern, int(flags))
    with _lock:
        data = _entries().get(key)
    if data is not None:
        try:
            return regex._regex.compile(*data)
        except Exception:  # another regex build: compile as usual and store afresh
            pass
    compiled = regex.compile(pattern, flags)
    try:
        _store(key, compiled._pickled_data)
    except Exception:  # not plain data in this regex build: just don't cache it
        pass
    return compiled


def _store(key: tuple, value) -> None:
    """Remember `value` (plain data only: marshal refuses anything else) for `save`."""
    marshal.dumps(value)
    with _lock:
        _entries()[key] = value
        _state["dirty"] = True
        if not _state["registered"]:
            atexit.register(save)
            _state["registered"] = True


def cached_data(path: Path, parse, salt: str = "") -> dict:
    """`parse(path.read_bytes())`, kept in the cache under the file's content
    hash and `salt` (what else the result depends on), so a fresh process skips
    parsing and validating the rule files while an edited file is read afresh."""
    raw = path.read_bytes()
    if not _state["enabled"]:
        return parse(raw)
    import hashlib

    key = ("data", hashlib.sha256(raw).hexdigest(), salt)
    return cached_value(key, lambda: parse(raw), valid=lambda value: isinstance(value, dict))


def cached_value(key: tuple, build: Callable[[], object],
                 valid: Callable[[object], bool] = lambda value: True) -> object:
    """`build()`, kept in the cache under `key` (plain data: strings, numbers, None,
    dicts of them), so a fresh process reads what it would otherwise work out again; a
    kept value that is not `valid` is built and kept afresh."""
    if not _state["enabled"]:
        return build()
    with _lock:
        entries = _entries()
        if key in entries and valid(entries[key]):
            return entries[key]
    value = build()
    try:
        _store(key, value)
    except ValueError:
        pass
    return value


def save() -> Path | None:
    """Write new entries (atomically; a read-only or missing home is not an error)."""
    with _lock:
        if not _state["dirty"]:
            return None
        import tempfile  # only a run that compiled something writes (tempfile costs ~4 ms to import)

        entries = _entries()
        if len(entries) > _MAX_ENTRIES:  # rules changed many times: start again
            entries = dict(list(entries.items())[-_MAX_ENTRIES:])
        target = cache_file()
        tmp = None
        try:
            payload = marshal.dumps(entries)
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".rules-")
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
            os.replace(tmp, target)
            _remove_other_versions(target)
        except (OSError, ValueError):
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
            return None
        _state["dirty"] = False
        return target


