"""The output contract (SPEC.md): one class per record and per kind of fact.

Plain dataclasses, so a fresh `extract FILE` builds and writes its facts without
importing Pydantic. The contract's checks live in output/contract.py, which builds
a Pydantic model of each class: `extract schema` prints the JSON Schema generated
from it, and the tests validate every output against it. This file is the single
place the output shape is defined; output/writer.py writes it as JSON.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

# Values are computed with Decimal (16.4亿 is 1640000000, never 1639999999) and
# written as plain JSON numbers: whole amounts as integers, others as floats.
Number = Decimal

Qualifier = Literal["approx", "over", "at_least", "under", "at_most", "range"]
Span = tuple[int, int]


def _about(text: str, **kw):
    """A field with a description for the schema."""
    return field(metadata={"description": text}, **kw)


class _Model:
    """What every record offers besides its fields: its plain data and its JSON (the
    names Pydantic models use, which this contract was first written with)."""

    __slots__ = ()

    def model_dump(self, mode: str = "python") -> dict:
        """The record as dicts, lists and numbers (spans stay tuples unless mode="json")."""
        from .writer import plain

        return plain(self, json_mode=mode == "json")

    def model_dump_json(self, indent: int | None = None) -> str:
        from .writer import to_json

        return to_json(self, indent)


_record = dataclass(kw_only=True, slots=True)

RULE = "the rule that made this fact, `<kind>.<rule>` as named in patterns/rules.toml"


@_record
class Fact(_Model):
    """A figure grounded in the text: `input[start:end] == text`."""

    text: str
    start: int
    end: int
    qualifier: Qualifier | None = None
    rule: str = _about(RULE)


PERIOD = "the time the figure refers to, as written (前三季度, 1—10月, 截至4月14日); null if none applies"
LABEL = "the noun phrase naming the quantity the figure is the value of (实际利用外资); null if none is named"


@_record
class Count(Fact):
    value: Number
    value_max: Number | None = None
    unit: str
    item: str | None = None
    item_span: Span | None = None
    period: str | None = _about(PERIOD, default=None)
    period_span: Span | None = None


@_record
class Percentage(Fact):
    value: Number
    value_max: Number | None = None
    unit: Literal["percent", "percentage_point", "per_mille", "times"]
    direction: Literal["up", "down"] | None = None
    basis: Literal["yoy", "mom"] | None = None
    label: str | None = _about(LABEL, default=None)
    label_span: Span | None = None
    period: str | None = _about(PERIOD, default=None)
    period_span: Span | None = None


@_record
class Money(Fact):
    amount: Number
    amount_max: Number | None = None
    currency: str = _about("ISO 4217 code")
    currency_explicit: bool = True
    label: str | None = _about(LABEL, default=None)
    label_span: Span | None = None
    period: str | None = _about(PERIOD, default=None)
    period_span: Span | None = None


@_record
class Measure(Fact):
    value: Number
    value_max: Number | None = None
    unit: str
    label: str | None = _about(LABEL, default=None)
    label_span: Span | None = None
    period: str | None = _about(PERIOD, default=None)
    period_span: Span | None = None


@_record
class Official(_Model):
    name: str
    title: str | None = None
    organization: str | None = None
    mentions: list[Span] = field(default_factory=list)
    rule: str = _about(RULE)


@_record
class Award(_Model):
    title: str
    kind: Literal["flag", "star", "prize", "title", "selection"]
    recipients: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    rule: str = _about(RULE)


@_record
class Byline(_Model):
    name: str
    role: Literal["reporter", "correspondent", "editor", "chief_editor", "photographer"]
    rule: str = _about(RULE)


@_record
class DocumentInfo(_Model):
    title: str | None = None
    published_at: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    bylines: list[Byline] = field(default_factory=list)


@_record
class Source(_Model):
    path: str | None = None
    sha256: str | None = None
    encoding: str | None = None
    chars: int = 0
    # Which record of a file of several (JSON array or Lines, feed entries), from 1;
    # left out of the output for a file that is one document.
    record: int | None = field(default=None, metadata={"omit_if_none": True})


@_record
class Facts(_Model):
    """Everything extracted from one document."""

    source: Source = field(default_factory=Source)
    document: DocumentInfo = field(default_factory=DocumentInfo)
    counts: list[Count] = field(default_factory=list)
    percentages: list[Percentage] = field(default_factory=list)
    money: list[Money] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@_record
class ErrorInfo(_Model):
    type: str
    message: str


@_record
class ErrorRecord(_Model):
    """What a batch writes in place of a document that could not be read."""

    source: Source
    error: ErrorInfo
