"""Scoring of the phrases attached to numeric facts: `label`, `period`, a count's `item`.

SPEC.md: over paired numeric facts, exact accuracy (whitespace removed) and head
accuracy (one equals the other or ends with it, at least two characters:
`人口` for `常住人口` is a head match, `投资` for `实际利用外资` is not).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

PHRASE_FIELDS: dict[str, tuple[str, ...]] = {
    "counts": ("item", "period"),
    "percentages": ("label", "period"),
    "money": ("label", "period"),
    "measures": ("label", "period"),
}
_SPACE = regex.compile(r"\s+")


def _norm(value: str | None) -> str | None:
    return None if value is None else _SPACE.sub("", value)


def exact(gold: str | None, pred: str | None) -> bool:
    return _norm(gold) == _norm(pred)


def head(gold: str | None, pred: str | None) -> bool:
    """Exact, or one phrase ends with the other and the shorter has two characters or more."""
    g, p = _norm(gold), _norm(pred)
    if g == p:
        return True
    if not g or not p:
        return False
    short, long_ = sorted((g, p), key=len)
    return len(short) >= 2 and long_.endswith(short)


@dataclass
class PhraseScore:
    pairs: int = 0
    exact: int = 0
    head: int = 0

    def add(self, gold: str | None, pred: str | None) -> bool:
        self.pairs += 1
        self.exact += exact(gold, pred)
        ok = head(gold, pred)
        self.head += ok
        return ok

    def merge(self, other: PhraseScore) -> None:
        self.pairs += other.pairs
        self.exact += other.exact
        self.head += other.head

    def as_dict(self) -> dict:
        n = self.pairs
        return {"pairs": n, "exact": round(self.exact / n, 4) if n else None,
                "head": round(self.head / n, 4) if n else None}


@dataclass
class PhraseScores:
    by_field: dict[str, PhraseScore] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)

    def score_pair(self, kind: str, gold: dict, pred: dict, doc: str) -> None:
        for name in PHRASE_FIELDS[kind]:
            if name not in gold:
                continue  # gold made before the field existed: not scored
            score = self.by_field.setdefault(name, PhraseScore())
            if not score.add(gold[name], pred.get(name)) or not exact(gold[name], pred.get(name)):
                self.errors.append({"doc": doc, "kind": kind, "error": f"wrong {name}",
                                    "gold": gold, "predicted": pred})

    def merge(self, other: PhraseScores) -> None:
        for name, score in other.by_field.items():
            self.by_field.setdefault(name, PhraseScore()).merge(score)
        self.errors.extend(other.errors)
