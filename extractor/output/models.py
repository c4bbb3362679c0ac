"""The output contract (SPEC.md) as Pydantic models.

`extract schema` prints the JSON Schema generated from these classes, so this
file is the single place the output shape is defined.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer


def _json_number(value: Decimal) -> int | float:
    """Whole amounts print as JSON integers, others as floats (exact digits kept)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


# Values are computed with Decimal (16.4亿 is 1640000000, never 1639999999) and
# serialised as plain JSON numbers.
Number = Annotated[
    Decimal,
    PlainSerializer(_json_number, return_type=int | float, when_used="always"),
]

Qualifier = Literal["approx", "over", "at_least", "under", "at_most", "range"]
Span = tuple[int, int]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


RULE = "the rule that made this fact, `<kind>.<rule>` as named in patterns/rules.toml"


class Fact(_Model):
    """A figure grounded in the text: `input[start:end] == text`."""

    text: str
    start: int
    end: int
    qualifier: Qualifier | None = None
    rule: str = Field(description=RULE)


PERIOD = "the time the figure refers to, as written (前三季度, 1—10月, 截至4月14日); null if none applies"
LABEL = "the noun phrase naming the quantity the figure is the value of (实际利用外资); null if none is named"


class Count(Fact):
    value: Number
    value_max: Number | None = None
    unit: str
    item: str | None = None
    item_span: Span | None = None
    period: str | None = Field(default=None, description=PERIOD)
    period_span: Span | None = None


class Percentage(Fact):
    value: Number
    value_max: Number | None = None
    unit: Literal["percent", "percentage_point", "per_mille", "times"]
    direction: Literal["up", "down"] | None = None
    basis: Literal["yoy", "mom"] | None = None
    label: str | None = Field(default=None, description=LABEL)
    label_span: Span | None = None
    period: str | None = Field(default=None, description=PERIOD)
    period_span: Span | None = None


class Money(Fact):
    amount: Number
    amount_max: Number | None = None
    currency: str = Field(description="ISO 4217 code")
    currency_explicit: bool = True
    label: str | None = Field(default=None, description=LABEL)
    label_span: Span | None = None
    period: str | None = Field(default=None, description=PERIOD)
    period_span: Span | None = None


class Measure(Fact):
    value: Number
    value_max: Number | None = None
    unit: str
    label: str | None = Field(default=None, description=LABEL)
    label_span: Span | None = None
    period: str | None = Field(default=None, description=PERIOD)
    period_span: Span | None = None


class Official(_Model):
    name: str
    title: str | None = None
    organization: str | None = None
    mentions: list[Span] = Field(default_factory=list)
    rule: str = Field(description=RULE)


class Award(_Model):
    title: str
    kind: Literal["flag", "star", "prize", "title", "selection"]
    recipients: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)
    rule: str = Field(description=RULE)


class Byline(_Model):
    name: str
    role: Literal["reporter", "correspondent", "editor", "chief_editor", "photographer"]
    rule: str = Field(description=RULE)


class DocumentInfo(_Model):
    title: str | None = None
    published_at: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    bylines: list[Byline] = Field(default_factory=list)


class Source(_Model):
    path: str | None = None
    sha256: str | None = None
    encoding: str | None = None
    chars: int = 0
    # Which record of a file of several (JSON array or Lines, feed entries), from 1;
    # left out of the output for a file that is one document.
    record: int | None = Field(default=None, exclude_if=lambda value: value is None)


class Facts(_Model):
    """Everything extracted from one document."""

    source: Source = Field(default_factory=Source)
    document: DocumentInfo = Field(default_factory=DocumentInfo)
    counts: list[Count] = Field(default_factory=list)
    percentages: list[Percentage] = Field(default_factory=list)
    money: list[Money] = Field(default_factory=list)
    measures: list[Measure] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class ErrorInfo(_Model):
    type: str
    message: str


class ErrorRecord(_Model):
    """What a batch writes in place of a document that could not be read."""

    source: Source
    error: ErrorInfo
