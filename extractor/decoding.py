"""Bytes to text (placeholder: UTF-8 only until the decoding module lands)."""
from __future__ import annotations


class DecodeError(ValueError):
    """The bytes are not a text document we can read."""


def decode(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid UTF-8 ({exc.reason})") from exc
