"""Chinese and Arabic numerals to exact Decimal values.

`parse_number("4.75亿") == Decimal("475000000")`. All arithmetic is Decimal,
so 16.4亿 is 1640000000 and never 1639999999.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Optional

import regex
from pydantic import BaseModel, ConfigDict

from . import patterns
from .textnorm import fold


class _NumberRules(BaseModel):
    model_config = ConfigDict(extra="forbid")
    digits: dict[str, int]
    small_units: dict[str, int]
    big_units: dict[str, int]
    fragments: dict[str, str]


@dataclass(frozen=True)
class _Tables:
    digits: dict[str, Decimal]
    small: dict[str, Decimal]
    big: dict[str, Decimal]
    fragments: dict[str, str]
    token: "regex.Pattern[str]"
    number: "regex.Pattern[str]"


@lru_cache(maxsize=1)
def tables() -> _Tables:
    rules = patterns.load("numbers", _NumberRules)
    token = regex.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|点[%s]+|." % "".join(rules.digits))
    number = regex.compile(patterns.expand("{number}", rules.fragments))
    return _Tables(
        digits={k: Decimal(v) for k, v in rules.digits.items()},
        small={k: Decimal(v) for k, v in rules.small_units.items()},
        big={k: Decimal(v) for k, v in rules.big_units.items()},
        fragments=rules.fragments,
        token=token,
        number=number,
    )


def fragments() -> dict[str, str]:
    """The named regex fragments (`{number}`, `{arabic}` …) for composing rules."""
    return tables().fragments


@dataclass(frozen=True)
class ParsedNumber:
    value: Decimal
    vague: bool = False  # 数十万, 十几, 几百: "more than" the stated round value


def parse(text: str) -> Optional[ParsedNumber]:
    """Parse a numeral (Arabic, Chinese, 大写 or mixed); None if it is not one."""
    text = fold(text).strip()
    vague = False
    if text[:1] in ("数", "几"):
        text, vague = text[1:], True
    if text.endswith("几") and len(text) > 1:
        text, vague = text[:-1], True
    if not text:
        return None
    value = _parse_plain(text)
    if value is None:
        return None
    return ParsedNumber(value, vague)


def parse_number(text: str) -> Optional[Decimal]:
    parsed = parse(text)
    return parsed.value if parsed else None


def _parse_plain(text: str) -> Optional[Decimal]:
    t = tables()
    tokens = t.token.findall(text)
    if "".join(tokens) != text:
        return None
    # A run of bare Chinese digits is read digit by digit (一二三 → 123, 二〇二三 → 2023).
    if len(tokens) > 1 and all(tok in t.digits and t.digits[tok] < 10 for tok in tokens):
        return Decimal("".join(str(int(t.digits[tok])) for tok in tokens))

    total = Decimal(0)        # completed sections (above the last 万/亿)
    section = Decimal(0)      # the current section below a big unit
    current: Optional[Decimal] = None
    last_unit: Optional[Decimal] = None  # the unit just applied, for 三万五 → 35000
    last_big: Optional[Decimal] = None
    saw_zero = False
    current_is_single_cn = False
    for tok in tokens:
        if tok[0].isdigit():
            current = Decimal(tok.replace(",", ""))
            current_is_single_cn = False
        elif tok.startswith("点"):
            if current is None:
                current = Decimal(0)
            frac = "".join(str(int(t.digits[c])) for c in tok[1:])
            current = Decimal(f"{int(current)}.{frac}") if current == current.to_integral_value() else None
            if current is None:
                return None
            current_is_single_cn = False
        elif tok in t.digits:
            d = t.digits[tok]
            if d == 0:
                saw_zero = True
                continue
            if current is not None and current_is_single_cn and d < 10:
                return None  # 三五 inside a numeral is ambiguous (3 to 5), not a number
            current = d
            current_is_single_cn = d < 10
        elif tok in t.small:
            unit = t.small[tok]
            section += (current if current is not None else Decimal(1)) * unit
            current = None
            last_unit, saw_zero = unit, False
        elif tok in t.big:
            unit = t.big[tok]
            group = section + (current or 0)
            if group == 0 and total == 0:
                group = Decimal(1)  # 万亿 / 亿元: one of that unit
            if last_big is not None and unit > last_big:
                total = (total + group) * unit  # 一万五千亿: the bigger unit scales everything
            else:
                total += group * unit
            section, current = Decimal(0), None
            last_unit, last_big, saw_zero = unit, unit, False
        else:
            return None
    if current is not None:
        if current_is_single_cn and last_unit is not None and last_unit >= 100 and not saw_zero:
            current *= last_unit / 10  # 三万五 → 35000, 一千二 → 1200
        section += current
    return total + section


def number_regex() -> "regex.Pattern[str]":
    return tables().number
