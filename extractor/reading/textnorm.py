"""Length-preserving text folding.

Matching runs on a folded copy of the input in which full-width digits and
letters, ％, ．, ideographic and non-breaking spaces and traditional numeral
characters are replaced one character for one character. Because the map is
1:1, every offset found in the folded copy is an offset into the input, so
`input[start:end] == text` holds without an offset table.
"""
from __future__ import annotations

import re

_MAP: dict[int, str] = {}
# Full-width ASCII block (！ .. ～) to ASCII, except the full-width comma and
# semicolon, which in Chinese text are clause punctuation, never digit separators.
for code in range(0xFF01, 0xFF5F):
    if chr(code) not in "，；":
        _MAP[code] = chr(code - 0xFEE0)
for src, dst in {
    "\u3000": " ", "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " ",
    "萬": "万", "億": "亿", "兩": "两", "點": "点", "〇": "零", "○": "零",
    "﹪": "%", "‰": "‰", "—": "—",
}.items():
    _MAP[ord(src)] = dst

_TABLE = str.maketrans(_MAP)
# Any character the table changes. Text has few of them among many Chinese
# characters, so replacing each match is several times faster than translating
# every character (str.translate looks each one up in the table).
_FOLDED = {chr(code): value for code, value in _MAP.items()}
_FOLDABLE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_MAP)) + "]")


def fold(text: str) -> str:
    """Return a copy of `text` of the same length with 1:1 character folding.

    A document is folded once, when its `Doc` is built; every rule reads that copy."""
    return _FOLDABLE.sub(_fold_one, text)


def _fold_one(match: re.Match[str]) -> str:
    return _FOLDED[match.group()]
