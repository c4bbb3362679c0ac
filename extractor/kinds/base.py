"""What every kind of fact implements, and what it hands to the pipeline."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from ..doc import Doc
from ..output.models import Award, Fact, Official
from ..rules import registry


@dataclass(frozen=True)
class Candidate:
    """A fact proposed by one kind, before overlaps between kinds are resolved.

    The fact names its rule (`fact.rule`); the rule's priority (patterns/rules.toml)
    settles which of two overlapping proposals is kept."""

    kind: str
    fact: Fact | Official | Award

    @property
    def start(self) -> int:
        return self.fact.start

    @property
    def end(self) -> int:
        return self.fact.end

    @property
    def priority(self) -> int:
        # (read once per candidate, by the sort in kinds/numeric.py resolve: a
        # cached_property's lock cost more than the look-up it saved)
        return registry.priority(self.fact.rule)


class Kind(Protocol):
    """A kind of fact: a module with its name and one function from a `Doc` to candidates."""

    NAME: str

    def candidates(self, doc: Doc) -> Iterable[Candidate]: ...
