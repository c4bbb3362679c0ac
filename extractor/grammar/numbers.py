"""Chinese and Arabic numerals to exact Decimal values.

`parse_number("4.75亿") == Decimal("475000000")`. All arithmetic is Decimal,
so 16.4亿 is 1640000000 and never 1639999999.

Two halves, both driven by `patterns/numbers.toml`:

* `number_regex()` / `fragments()["number"]` *find* a numeral in running text
  (4.75亿, 两千三百万, 3万4000, 1,100万, 数十万, 十几) without swallowing what
  follows it (2023年, the outline number in 3541.07万元2.3…). It is deliberately
  generous with bare 小写 numerals (一, 两, 十): whether 一看 or 四川 hold a
  number is for the extractor to decide from the unit or classifier after it.
* `parse()` *reads* a numeral given on its own: Arabic (1,100.5, full-width),
  Chinese 小写 and 大写 (三十五点五, 壹佰), mixed (12.5万亿, 25万6千, 200亿零四千230),
  colloquial (三万五, 一千二, 千三, 百二万), digit strings (一二三, 二〇二三),
  廿/卅/卌, 万万, a leading minus (负, -) and vague amounts (数十万, 十余, 二十几万).
  It returns None for anything it cannot read unambiguously (三五: 3 to 5;
  十一十二; 点一; a numeral ending in 兆), never a guess.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Context, Decimal, localcontext
from functools import lru_cache

import regex
from pydantic import field_validator

from ..reading.textnorm import fold
from ..rules import patterns, rxcache


class _Markers(patterns.Rules):
    minus: list[str]
    vague_prefix: list[str]
    vague_infix: list[str]


class _NumberRules(patterns.Rules):
    digits: dict[str, int]
    small_units: dict[str, int]
    big_units: dict[str, int]
    rewrites: dict[str, str]
    markers: _Markers
    fragments: dict[str, str]

    @field_validator("digits")
    @classmethod
    def _digits_are_digits(cls, value: dict[str, int]) -> dict[str, int]:
        for char, digit in value.items():
            if len(char) != 1 or not 0 <= digit <= 9:
                raise ValueError(f"digit {char!r} = {digit}: one character with a value 0-9 expected")
        return value


# Token kinds produced by the tokenizer.
_ARABIC, _POINT, _DIGIT, _SMALL, _BIG = range(5)

# 28 significant digits (Decimal's default) would round a 30-digit figure.
_CONTEXT = Context(prec=64)


@dataclass(frozen=True)
class _Tables:
    digits: dict[str, int]
    small: dict[str, int]
    big: dict[str, int]
    rewrites: tuple[tuple[str, str], ...]
    minus: tuple[str, ...]
    vague_prefix: tuple[str, ...]
    fragments: dict[str, str]
    token: regex.Pattern[str]
    vague_infix: regex.Pattern[str]
    plain: regex.Pattern[str]
    digit_gap: regex.Pattern[str]
    number: regex.Pattern[str]


@lru_cache(maxsize=1)
def tables() -> _Tables:
    rules = patterns.load("numbers", _NumberRules)
    cn_digits = regex.escape("".join(rules.digits))
    small = "".join(rules.small_units)
    token = rxcache.compile(
        r"(?P<a>\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
        rf"|(?P<p>点(?:\d+|[{cn_digits}]+))"
        r"|(?P<c>.)"
    )
    infix = "|".join(regex.escape(w) for w in rules.markers.vague_infix)
    # 几 takes the small unit after it along (三千几百万 → 三千万).
    vague_infix = rxcache.compile(rf"(?<=.)(?:{infix})[{regex.escape(small)}]?")
    return _Tables(
        digits=dict(rules.digits),
        small=dict(rules.small_units),
        big=dict(rules.big_units),
        rewrites=tuple(rules.rewrites.items()),
        minus=tuple(rules.markers.minus),
        vague_prefix=tuple(rules.markers.vague_prefix),
        fragments=rules.fragments,
        token=token,
        vague_infix=vague_infix,
        plain=rxcache.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"),
        digit_gap=rxcache.compile(r"\d\s+\d"),
        number=rxcache.compile(patterns.expand("{number}", rules.fragments)),
    )


def fragments() -> dict[str, str]:
    """The named regex fragments (`{number}`, `{arabic}` …) for composing rules."""
    return tables().fragments


def number_regex() -> regex.Pattern[str]:
    """The compiled `{number}` fragment: finds numerals in (folded) running text."""
    return tables().number


@dataclass(frozen=True)
class ParsedNumber:
    value: Decimal
    vague: bool = False  # 数十万, 十几, 几百, 十余万: "more than" the stated round value


def parse(text: str) -> ParsedNumber | None:
    """Parse a numeral (Arabic, Chinese, 大写 or mixed); None if it is not one."""
    return _parse_folded(fold(text))


def parse_number(text: str) -> Decimal | None:
    parsed = parse(text)
    return parsed.value if parsed else None


@lru_cache(maxsize=16384)
def _parse_folded(text: str) -> ParsedNumber | None:
    t = tables()
    text = text.strip()
    if not text:
        return None
    plain = t.plain.fullmatch(text)
    if plain:  # the common case: 2023, 3.5, 1,100
        return ParsedNumber(_tidy(Decimal(text.replace(",", ""))))
    if not text.isprintable() or " " in text:
        # Spaces inside a numeral (7 万5 千4 百) are dropped, but never between
        # two Arabic digits: "1 234" is two numbers.
        if t.digit_gap.search(text):
            return None
        text = "".join(text.split())
    negative = False
    for sign in t.minus:
        if text.startswith(sign):
            negative, text = True, text[len(sign):]
            break
    vague = False
    if len(text) > 1 and text[0] in t.vague_prefix:
        text, vague = text[1:], True
    stripped = t.vague_infix.sub("", text)
    if stripped != text:
        text, vague = stripped, True
    for old, new in t.rewrites:
        if old in text:
            text = text.replace(old, new)
    if not text:
        return None
    with localcontext(_CONTEXT):
        value = _read(text, t)
        if value is None:
            return None
        if negative:
            value = -value
    return ParsedNumber(_tidy(value), vague)


def _tidy(value: Decimal) -> Decimal:
    """1640000000.0 → 1640000000; 4.800 → 4.8; -0 → 0."""
    if value == value.to_integral_value():
        return value.to_integral_value() + 0
    return value.normalize(_CONTEXT)


def _tokens(text: str, t: _Tables) -> list[tuple[int, str, Decimal]] | None:
    out: list[tuple[int, str, Decimal]] = []
    for m in t.token.finditer(text):
        tok = m.group()
        if m.group("a") is not None:
            out.append((_ARABIC, tok, Decimal(tok.replace(",", "").replace("，", ""))))
        elif m.group("p") is not None:
            frac = "".join(c if c.isdigit() else str(t.digits[c]) for c in tok[1:])
            out.append((_POINT, tok, Decimal("0." + frac)))
        elif tok in t.digits:
            out.append((_DIGIT, tok, Decimal(t.digits[tok])))
        elif tok in t.small:
            out.append((_SMALL, tok, Decimal(t.small[tok])))
        elif tok in t.big:
            out.append((_BIG, tok, Decimal(t.big[tok])))
        else:
            return None
    return out


def _digit_string(tokens: list[tuple[int, str, Decimal]]) -> Decimal | None:
    """一二三 → 123, 二〇二三 → 2023, 一七二零点一 → 1720.1, 幺八九 → 189."""
    point = tokens[-1] if tokens[-1][0] == _POINT else None
    digits = tokens[:-1] if point else tokens
    if not point and len(digits) == 2 and digits[0][2] != 0 and digits[1][2] > digits[0][2]:
        return None  # 三五, 七八: "3 to 5", "7 or 8", not 35 or 78
    whole = "".join(str(int(d[2])) for d in digits)
    return Decimal(whole) + (point[2] if point else 0)


def _read(text: str, t: _Tables) -> Decimal | None:
    tokens = _tokens(text, t)
    if not tokens:
        return None
    kinds = [k for k, _, _ in tokens]
    if text.endswith("兆"):
        return None  # 5兆: 5×10^12 or 5 mega?
    if (
        kinds.count(_DIGIT) >= 2
        and all(k == _DIGIT for k in kinds[:-1])
        and kinds[-1] in (_DIGIT, _POINT)
    ):
        return _digit_string(tokens)

    total = Decimal(0)      # completed sections (above the last 万/亿)
    section = Decimal(0)    # the current section below a big unit
    current: Decimal | None = None  # a digit or Arabic number waiting for its unit
    cur_single_cn = False   # current is one Chinese digit (for 三万五 → 35000)
    cur_decimal = False     # current has a fractional part
    last_unit: Decimal | None = None   # the unit just before current
    last_small: Decimal | None = None  # the last small unit in this section
    last_big: Decimal | None = None
    prev_kind: int | None = None
    prev_implicit = False   # the previous small unit had no digit (百三, 千一)
    saw_zero = False
    closed = False          # a decimal was scaled by 万/亿: only bigger units may follow

    def colloquial(value: Decimal) -> Decimal:
        # 三万五 → 35000, 一千二 → 1200, 两千三点一 → 2300.1: a lone digit right
        # after a unit of 100 or more counts in the next unit down.
        if cur_single_cn and last_unit is not None and last_unit >= 100 and not saw_zero:
            return value * last_unit / 10
        return value

    for pos, (kind, tok, val) in enumerate(tokens):
        if closed and kind != _BIG:
            return None  # 10.1万零100
        if kind == _DIGIT:
            if val == 0:
                if current is not None:
                    return None  # 五零万
                saw_zero = True
                prev_kind = kind
                continue
            if current is not None:
                return None  # 三五万: two digits with no unit between them
            current, cur_single_cn, cur_decimal = val, True, False
        elif kind == _ARABIC:
            if current is not None:
                return None
            current, cur_single_cn, cur_decimal = val, False, "." in tok
        elif kind == _POINT:
            if current is None:
                if section == 0 and total == 0 and not saw_zero:
                    return None  # 点一: no whole part
                current = Decimal(0)
            elif cur_decimal:
                return None  # 1.2点3
            current = colloquial(current) + val
            cur_single_cn, cur_decimal = False, True
        elif kind == _SMALL:
            if cur_decimal and tokens[pos - 1][0] == _POINT:
                return None  # 三点五十: a Chinese decimal takes no small unit
            if last_small is not None and val >= last_small:
                return None  # 十一十二, 十七十八
            if current is None:
                if prev_kind == _SMALL and prev_implicit:
                    return None  # 百十一
                implicit = True
                current = Decimal(1)
            else:
                implicit = False
            section += current * val
            current, cur_single_cn, cur_decimal = None, False, False
            last_unit = last_small = val
            prev_implicit = implicit
            saw_zero = False
        else:  # _BIG
            if current is not None:
                if cur_decimal:
                    closed = True
                if last_unit is not None and last_unit < 10000:
                    current = colloquial(current)  # 百二万 → 1200000
            group = section + (current if current is not None else 0)
            if group == 0 and current is None and not saw_zero:
                if total == 0:
                    group = Decimal(1)  # 万亿 / 亿元: one of that unit
                elif last_big is not None and val < last_big:
                    return None  # 亿万: an idiom, not a figure
            if last_big is not None and val > last_big:
                total = (total + group) * val  # 一万五千亿: the bigger unit scales everything
            else:
                total += group * val
            section, current, cur_single_cn, cur_decimal = Decimal(0), None, False, False
            last_unit, last_big, last_small = val, val, None
            saw_zero = False
        prev_kind = kind
    if current is not None:
        if cur_single_cn:
            current = colloquial(current)
        section += current
    return total + section
