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

import atexit
import marshal
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

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
    name = f"rules-{_fingerprint()}-regex{regex.__version__}-{_PY}.marshal"
    return Path(base) / ("" if os.environ.get("EXTRACT_CACHE_DIR") else "extract") / name


_PY = f"py{sys.version_info[0]}{sys.version_info[1]}"
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


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
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
    with _lock:
        value = _entries().get(key)
    if isinstance(value, dict):
        return value
    value = parse(raw)
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
