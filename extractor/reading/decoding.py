"""Bytes to text: detect the encoding of a press release and decode it.

Order of evidence, strongest first:
1. a byte-order mark (UTF-8, UTF-16 LE/BE);
2. NUL bytes without a UTF-16 BOM: binary, refused;
3. a charset the document declares for itself (HTML <meta>, <?xml encoding>),
   honoured when the bytes decode under it (pages often lie, so a failing
   declaration falls through to detection);
4. strict UTF-8;
5. GB18030 (a superset of GB2312 and GBK) and Big5: when both decode, the one
   whose text is richer in the most common Chinese characters wins.
Decoded text with a high share of control characters is refused as binary.
When no encoding reads every byte (a file damaged in transit, or cut in the
middle of a character), the same order is tried again with the bad bytes
replaced by U+FFFD, up to a small share of the file, and a warning says how
many bytes and where (`decode_damaged`); more damage than that is undecodable.

HTML, XML, Markdown, JSON and JS inputs are decoded, never converted: the
decoded text is the input that every fact offset points into, markup and all
(`input[start:end] == text` holds on exactly what `decode` returns). Markup
stripping, if ever wanted, belongs in a separate step with its own offset map.
The rules are data in patterns/decoding_charsets.toml.
"""
from __future__ import annotations

import codecs
import re
from functools import lru_cache

import regex

from ..rules import patterns, rxcache


class DecodeError(ValueError):
    """The bytes are not a text document we can read."""


class _Common(patterns.Rules):
    simplified: str
    traditional: str


class _DecodingRules(patterns.Rules):
    sniff_bytes: int
    declared_charset: list[str]
    max_bad_share: float
    min_bad_bytes: int
    max_control_share: float
    aliases: dict[str, str]
    common: _Common


# The name we report for each codec we decode with.
_REPORTED = {"gb18030": "gb18030", "cp950": "big5", "big5hkscs": "big5hkscs", "utf-8": "utf-8"}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
# Control characters that real text does contain.
_ALLOWED_CONTROLS = "\t\n\r\f\x1b"
_CONTROL = rxcache.compile(rf"[\p{{Cc}}--[{regex.escape(_ALLOWED_CONTROLS)}]]", regex.VERSION1)


@lru_cache(maxsize=1)
def _rules() -> _DecodingRules:
    return patterns.load("decoding_charsets", _DecodingRules)


@lru_cache(maxsize=1)
def _declared_patterns() -> list[regex.Pattern[bytes]]:
    return [rxcache.compile(p.encode("ascii"), regex.IGNORECASE) for p in _rules().declared_charset]


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    common = _rules().common
    return frozenset(regex.sub(r"\s", "", common.simplified + common.traditional))


@lru_cache(maxsize=1)
def _traditional_only() -> re.Pattern[str]:
    common = _rules().common
    chars = set(regex.sub(r"\s", "", common.traditional)) - set(regex.sub(r"\s", "", common.simplified))
    return re.compile("[" + "".join(sorted(chars)) + "]")


# Runs of Han characters: their lengths sum to the count of Han characters, found
# with one match per run instead of one per character (4x faster).
_HAN_RUN = re.compile("[\u4e00-\u9fff]+")


def looks_traditional(text: str, sample: int = 1200) -> bool:
    """Is the text written in traditional characters (國 們 這 …)? A few such
    characters in every hundred: simplified text has none of them."""
    head = text[:sample]
    han = sum(map(len, _HAN_RUN.findall(head)))
    return han >= 20 and len(_traditional_only().findall(head)) >= 0.03 * han


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise DecodeError with a short reason."""
    text, encoding, _ = decode_damaged(data)
    return text, encoding


def decode_damaged(data: bytes) -> tuple[str, str, str | None]:
    """`decode`, and a warning when bad bytes were replaced (None for a clean file)."""
    bad: list[int] = []
    try:
        text, encoding = _decode(data, _strict)
        # Damaged UTF-8 can still read as (wrong) GB18030 or Big5: UTF-8 with a few bad bytes wins.
        utf8 = _replacing(data, "utf-8", bad) if encoding in ("gb18030", "big5") else None
        if utf8 is None:
            return text, encoding, None
        text, encoding = _checked(utf8), "utf-8"
    except DecodeError as strict_failure:
        if "binary" in str(strict_failure):
            raise
        text, encoding = _decode(data, lambda raw, codec: _replacing(raw, codec, bad))
    shown = ", ".join(str(at) for at in bad[:5]) + (" …" if len(bad) > 5 else "")
    return text, encoding, (f"damaged input: {len(bad)} undecodable byte sequence(s) read as U+FFFD "
                            f"(at byte {shown})")


def _decode(data: bytes, reader) -> tuple[str, str]:
    """The decoding order of the module docstring, each attempt made by `reader(data, codec)`."""
    if not data:
        return "", "utf-8"
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            text = reader(data[len(bom):] if codec != "utf-8-sig" else data, codec)
            if text is None:
                raise DecodeError(f"not valid {name} despite its byte-order mark")
            return _checked(text), name
    if b"\x00" in data:
        raise DecodeError("binary data (NUL bytes and no UTF-16 byte-order mark)")
    declared = _declared(data)
    if declared:
        text = reader(data, declared)
        if text is not None:
            return _checked(text), _REPORTED.get(declared, declared)
    text = reader(data, "utf-8")
    if text is not None:
        return _checked(text), "utf-8"
    candidates = [(codec, text) for codec in ("gb18030", "cp950")
                  if (text := reader(data, codec)) is not None]
    if not candidates:
        raise DecodeError("undecodable: not UTF-8, GB18030 or Big5 text")
    codec, text = max(candidates, key=lambda c: _commonness(c[1]))
    return _checked(text), _REPORTED[codec]


def _replacing(data: bytes, codec: str, bad: list[int]) -> str | None:
    """`data` decoded with bad bytes replaced, if they are few; their byte offsets go to `bad`."""
    found: list[int] = []

    def note(exc: UnicodeDecodeError) -> tuple[str, int]:
        found.append(exc.start)
        return "\ufffd", exc.end

    codecs.register_error("extract-note-bad", note)
    try:
        text = data.decode(codec, errors="extract-note-bad")
    except LookupError:
        return None
    rules = _rules()
    # a few bad bytes in a long file; never a short file that is mostly bad bytes
    if len(found) > max(rules.min_bad_bytes, rules.max_bad_share * len(data)) or len(found) * 10 > len(data):
        return None
    bad[:] = found
    return text


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _declared(data: bytes) -> str | None:
    """The codec for the charset an HTML/XML head declares, if we know it."""
    head = data[: _rules().sniff_bytes]
    for pattern in _declared_patterns():
        match = pattern.search(head)
        if match:
            name = match.group("charset").decode("ascii").lower()
            codec = _rules().aliases.get(name)
            if codec is None:
                try:
                    codec = codecs.lookup(name).name
                except LookupError:
                    return None
            return codec
    return None


def _commonness(text: str) -> float:
    """Share of non-ASCII characters that are among the most common in Chinese prose."""
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return 0.0
    common = _common_chars()
    return sum(c in common for c in wide) / len(wide)


def _checked(text: str) -> str:
    """Refuse decoded text that is mostly control characters: a binary file."""
    if text and len(_CONTROL.findall(text)) / len(text) > _rules().max_control_share:
        raise DecodeError("binary data (too many control characters)")
    return text
