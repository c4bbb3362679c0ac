"""The output contract (SPEC.md) as Pydantic models.

`extract schema` prints the JSON Schema generated from these classes, so this
file is the single place the output shape is defined.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer


def _json_number(value: Decimal) -> Union[int, float]:
    """Whole amounts print as JSON integers, others as floats (exact digits kept)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


# Values are computed with Decimal (16.4亿 is 1640000000, never 1639999999) and
# serialised as plain JSON numbers.
Number = Annotated[
    Decimal,
    PlainSerializer(_json_number, return_type=Union[int, float], when_used="always"),
]

Qualifier = Literal["approx", "over", "at_least", "under", "at_most", "range"]
Span = tuple[int, int]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Fact(_Model):
    """A figure grounded in the text: `input[start:end] == text`."""

    text: str
    start: int
    end: int
    qualifier: Optional[Qualifier] = None


class Count(Fact):
    value: Number
    value_max: Optional[Number] = None
    unit: str
    item: Optional[str] = None


class Percentage(Fact):
    value: Number
    value_max: Optional[Number] = None
    unit: Literal["percent", "percentage_point", "per_mille", "times"]
    direction: Optional[Literal["up", "down"]] = None
    basis: Optional[Literal["yoy", "mom"]] = None


class Money(Fact):
    amount: Number
    amount_max: Optional[Number] = None
    currency: str = Field(description="ISO 4217 code")
    currency_explicit: bool = True


class Measure(Fact):
    value: Number
    value_max: Optional[Number] = None
    unit: str


class Official(_Model):
    name: str
    title: Optional[str] = None
    organization: Optional[str] = None
    mentions: list[Span] = Field(default_factory=list)


class Award(_Model):
    title: str
    kind: Literal["flag", "star", "prize", "title", "selection"]
    recipients: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)


class Byline(_Model):
    name: str
    role: Literal["reporter", "correspondent", "editor", "chief_editor", "photographer"]


class DocumentInfo(_Model):
    title: Optional[str] = None
    published_at: Optional[str] = None
    outlet: Optional[str] = None
    dateline: Optional[str] = None
    bylines: list[Byline] = Field(default_factory=list)


class Source(_Model):
    path: Optional[str] = None
    sha256: Optional[str] = None
    encoding: Optional[str] = None
    chars: int = 0


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
