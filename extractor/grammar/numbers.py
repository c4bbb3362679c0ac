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
from decimal import Context, Decimal, Inexact, localcontext
from functools import lru_cache

import regex

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

    @classmethod
    def check(cls, data: dict) -> None:
        for char, digit in data["digits"].items():
            if len(char) != 1 or not 0 <= digit <= 9:
                raise ValueError(f"key digits: digit {char!r} = {digit}: one character with a value 0-9 expected")


# Token kinds produced by the tokenizer.
_ARABIC, _POINT, _DIGIT, _SMALL, _BIG = range(5)

# 28 significant digits (Decimal's default) would round a 30-digit figure; a numeral
# with more than 64 is not read at all (Inexact is trapped): never a rounded value,
# and no JSON number of thousands of digits that readers refuse.
_CONTEXT = Context(prec=64, traps=[Inexact])


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


def parse_folded(text: str) -> ParsedNumber | None:
    """`parse` of a numeral read from folded text (a `Doc`'s): folding it again changes
    nothing (tests/test_numbers.py), and is skipped."""
    return _parse_folded(text)


def parse_number(text: str) -> Decimal | None:
    parsed = parse(text)
    return parsed.value if parsed else None


@lru_cache(maxsize=16384)
def _parse_folded(text: str) -> ParsedNumber | None:
    try:
        with localcontext(_CONTEXT):
            return _parse_in_context(text)
    except Inexact:
        return None  # more significant digits than a figure is read with


def _parse_in_context(text: str) -> ParsedNumber | None:
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
    value = _read(text, t)
    if value is None:
        return None
    return ParsedNumber(_tidy(-value if negative else value), vague)


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
    return _PositionalReader(tokens).read()


class _Invalid(Exception):
    """The tokens do not form one numeral (三五万, 十一十二, 亿万)."""


class _PositionalReader:
    """Reads digits and units left to right: 两千三百万, 一万五千亿, 三万五, 1.3万.

    Completed sections (above the last 万/亿) sum in `total`; the current section
    below a big unit in `section`; a digit or Arabic number waiting for its unit
    in `current`."""

    def __init__(self, tokens: list[tuple[int, str, Decimal]]) -> None:
        self.tokens = tokens
        self.total = Decimal(0)
        self.section = Decimal(0)
        self.current: Decimal | None = None
        self.cur_single_cn = False   # current is one Chinese digit (for 三万五 → 35000)
        self.cur_decimal = False     # current has a fractional part
        self.last_unit: Decimal | None = None   # the unit just before current
        self.last_small: Decimal | None = None  # the last small unit in this section
        self.last_big: Decimal | None = None
        self.prev_kind: int | None = None
        self.prev_implicit = False   # the previous small unit had no digit (百三, 千一)
        self.saw_zero = False
        self.closed = False          # a decimal was scaled by 万/亿: only bigger units may follow

    def read(self) -> Decimal | None:
        steps = {_DIGIT: self._digit, _ARABIC: self._arabic, _POINT: self._point, _SMALL: self._small,
                 _BIG: self._big}
        try:
            for pos, (kind, tok, val) in enumerate(self.tokens):
                if self.closed and kind != _BIG:
                    return None  # 10.1万零100
                steps[kind](pos, tok, val)
                self.prev_kind = kind
        except _Invalid:
            return None
        if self.current is not None:
            current = self._colloquial(self.current) if self.cur_single_cn else self.current
            self.section += current
        return self.total + self.section

    def _colloquial(self, value: Decimal) -> Decimal:
        # 三万五 → 35000, 一千二 → 1200, 两千三点一 → 2300.1: a lone digit right
        # after a unit of 100 or more counts in the next unit down.
        if self.cur_single_cn and self.last_unit is not None and self.last_unit >= 100 and not self.saw_zero:
            return value * self.last_unit / 10
        return value

    def _digit(self, pos: int, tok: str, val: Decimal) -> None:
        if val == 0:
            if self.current is not None:
                raise _Invalid  # 五零万
            self.saw_zero = True
            return
        if self.current is not None:
            raise _Invalid  # 三五万: two digits with no unit between them
        self.current, self.cur_single_cn, self.cur_decimal = val, True, False

    def _arabic(self, pos: int, tok: str, val: Decimal) -> None:
        if self.current is not None:
            raise _Invalid
        self.current, self.cur_single_cn, self.cur_decimal = val, False, "." in tok

    def _point(self, pos: int, tok: str, val: Decimal) -> None:
        if self.current is None:
            if self.section == 0 and self.total == 0 and not self.saw_zero:
                raise _Invalid  # 点一: no whole part
            self.current = Decimal(0)
        elif self.cur_decimal:
            raise _Invalid  # 1.2点3
        self.current = self._colloquial(self.current) + val
        self.cur_single_cn, self.cur_decimal = False, True

    def _small(self, pos: int, tok: str, val: Decimal) -> None:
        if self.cur_decimal and self.tokens[pos - 1][0] == _POINT:
            raise _Invalid  # 三点五十: a Chinese decimal takes no small unit
        if self.last_small is not None and val >= self.last_small:
            raise _Invalid  # 十一十二, 十七十八
        implicit = self.current is None
        if implicit:
            if self.prev_kind == _SMALL and self.prev_implicit:
                raise _Invalid  # 百十一
            self.current = Decimal(1)
        self.section += self.current * val
        self.current, self.cur_single_cn, self.cur_decimal = None, False, False
        self.last_unit = self.last_small = val
        self.prev_implicit = implicit
        self.saw_zero = False

    def _big(self, pos: int, tok: str, val: Decimal) -> None:
        current = self.current
        if current is not None:
            if self.cur_decimal:
                self.closed = True
            if self.last_unit is not None and self.last_unit < 10000:
                current = self._colloquial(current)  # 百二万 → 1200000
        group = self.section + (current if current is not None else 0)
        if group == 0 and current is None and not self.saw_zero:
            if self.total == 0:
                group = Decimal(1)  # 万亿 / 亿元: one of that unit
            elif self.last_big is not None and val < self.last_big:
                raise _Invalid  # 亿万: an idiom, not a figure
        if self.last_big is not None and val > self.last_big:
            self.total = (self.total + group) * val  # 一万五千亿: the bigger unit scales everything
        else:
            self.total += group * val
        self.section, self.current, self.cur_single_cn, self.cur_decimal = Decimal(0), None, False, False
        self.last_unit, self.last_big, self.last_small = val, val, None
        self.saw_zero = False
