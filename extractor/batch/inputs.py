"""What to read: arguments expanded into one sorted list of paths, and each path's bytes.

Folders are walked recursively; hidden files and folders are skipped; symlinked
folders are followed once (a folder already visited, by device and inode, is
skipped, so a symlink loop ends the branch). The sorted path list is the only
thing a batch holds for the whole run: a few MB for 100,000 files. Reading is
bounded by --max-bytes: a larger regular file is refused without being read
(only hashed, so --resume can recognise it), anything else is read up to one
byte past the limit.
"""
from __future__ import annotations

import fnmatch
import hashlib
import os
import stat
from collections.abc import Sequence
from typing import IO

DEFAULT_SUFFIXES = (".txt", ".text", ".htm", ".html", ".shtml", ".xhtml", ".xml", ".md")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
STDIN = "-"

_SIZE_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 1024 ** 2, "mb": 1024 ** 2,
               "mib": 1024 ** 2, "g": 1024 ** 3, "gb": 1024 ** 3, "gib": 1024 ** 3}


class UsageError(Exception):
    """Bad combination of options; the CLI turns it into exit status 2."""


class DocumentError(Exception):
    """A document that cannot become facts (unreadable, too large, undecodable): `kind` is its error record's type."""

    def __init__(self, kind: str, message: str, sha256: str | None = None):
        super().__init__(message)
        self.kind, self.message, self.sha256 = kind, message, sha256


# --------------------------------------------------------------------------- which files

def parse_size(text: str) -> int:
    """'20MB', '512k', '1048576' → bytes."""
    raw = text.strip().lower().replace(" ", "")
    number = raw.rstrip("kmgib")
    suffix = raw[len(number):]
    try:
        value = float(number)
    except ValueError:
        raise UsageError(f"--max-bytes: not a size: {text!r} (try 20MB)") from None
    if suffix not in _SIZE_UNITS or value <= 0:
        raise UsageError(f"--max-bytes: not a size: {text!r} (try 20MB)")
    return int(value * _SIZE_UNITS[suffix])


def _wanted(rel: str, name: str, globs: Sequence[str]) -> bool:
    if not globs:
        return os.path.splitext(name)[1].lower() in DEFAULT_SUFFIXES
    for pattern in globs:
        target = rel if "/" in pattern else name
        if pattern.startswith("**/"):
            if fnmatch.fnmatch(rel, pattern[3:]) or fnmatch.fnmatch(rel, pattern):
                return True
        elif fnmatch.fnmatch(target, pattern):
            return True
    return False


def _entries(folder: str, broken: list[str] | None = None) -> tuple[list[os.DirEntry], list[str]]:
    """(files, sub-folders) of one folder, by name; hidden and unreadable entries left out,
    symbolic links that lead nowhere added to `broken`."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return [], []
    files, subdirs = [], []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir():  # follows symlinks
                subdirs.append(entry.path)
            elif entry.is_file():
                files.append(entry)
            elif broken is not None and entry.is_symlink() and not os.path.exists(entry.path):
                broken.append(entry.path)
        except OSError:
            continue
    return files, subdirs


def walk(root: str, globs: Sequence[str] = (), broken: list[str] | None = None) -> list[str]:
    """Every wanted file under `root`, sorted; hidden entries skipped; symlink loops harmless;
    symbolic links to nothing listed in `broken` when given."""
    found: list[str] = []
    seen_dirs: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
        except OSError:
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:  # a symlink loop, or a second way into a folder already walked
            continue
        seen_dirs.add(key)
        files, subdirs = _entries(folder, broken)
        for entry in files:
            rel = os.path.relpath(entry.path, root).replace(os.sep, "/")
            if _wanted(rel, entry.name, globs):
                found.append(entry.path)
        stack.extend(reversed(subdirs))
    found.sort()
    return found


def collect_inputs(args: Sequence[str], globs: Sequence[str], stderr: IO[str],
                   output: str | None = None) -> tuple[list[str], bool]:
    """Expand arguments in the order given (folders walked and sorted). Returns (paths, any_failed).

    The `output` file is never read back: a folder walk skips it (a rerun, --resume or
    not, would otherwise read its own output), and naming it as an input is a usage error."""
    paths: list[str] = []
    failed = False
    for arg in args:
        if arg != STDIN and os.path.isdir(arg):
            broken: list[str] = []
            found = [p for p in walk(arg, globs, broken) if not (output and _same_file(p, output))]
            for link in broken:
                print(f"extract: warning: {link}: broken symbolic link, skipped", file=stderr)
            if not found:
                print(f"extract: {arg}: no text files in this directory", file=stderr)
                failed = True
            paths.extend(found)
        elif arg != STDIN and output and _same_file(arg, output):
            raise UsageError(f"{arg} is also the --output file: it cannot be read and written at once")
        else:
            paths.append(arg)
    return paths, failed


def _same_file(path: str, other: str) -> bool:
    try:
        return os.path.samefile(path, other)
    except OSError:  # one of them does not exist (yet)
        return os.path.realpath(path) == os.path.realpath(other)


def check_output(output: str) -> None:
    """--output FILE must be a file in a folder that exists; say so before any work is done."""
    if os.path.isdir(output):
        example = os.path.join(output, "facts.jsonl")
        raise UsageError(f"--output {output}: is a folder; give a file name, such as {example}")
    parent = os.path.dirname(output) or "."
    if not os.path.isdir(parent):
        raise UsageError(f"--output {output}: folder {parent} does not exist (create it first)")


# --------------------------------------------------------------------------- reading

def hash_file(path: str) -> str | None:
    """sha256 of a file's bytes, read in blocks; None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def os_error_kind(exc: OSError) -> tuple[str, str]:
    """(error type, message) for a file that cannot be read, as error records name them."""
    if isinstance(exc, FileNotFoundError):
        return "FileNotFound", "no such file"
    if isinstance(exc, IsADirectoryError):
        return "IsADirectory", "is a directory"
    if isinstance(exc, PermissionError):
        return "PermissionDenied", "permission denied"
    return "ReadError", exc.strerror or str(exc)


def read_stdin(stdin: IO[bytes], max_bytes: int) -> bytes:
    """Standard input, up to one byte past the limit (so an endless stream is refused, not held)."""
    return stdin.read(max_bytes + 1)


def read_file(path: str, max_bytes: int, hash_too_large: bool = True) -> bytes:
    """The file's bytes, or raise DocumentError. A regular file over the limit is refused
    unread; its sha256 is streamed only when `hash_too_large` (a batch resumes by it)."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise DocumentError(*os_error_kind(exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise DocumentError("IsADirectory", "is a directory")
    if stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
        raise DocumentError("TooLarge", f"{st.st_size} bytes is over --max-bytes {max_bytes}",
                          hash_file(path) if hash_too_large else None)
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise DocumentError(*os_error_kind(exc)) from None
    check_size(data, max_bytes)
    return data


def check_size(data: bytes, max_bytes: int) -> None:
    """Bytes read up to one past the limit: over it, their size and hash say nothing of the whole."""
    if len(data) > max_bytes:
        raise DocumentError("TooLarge", f"over --max-bytes {max_bytes}")
