"""Score extraction against gold files exactly as SPEC.md "Scoring against gold" says.

Numeric kinds pair a predicted and a gold fact when their spans overlap (each
used once) and count the pair correct when the key fields agree; officials pair
by name, awards by title, bylines by name+role; document fields by exact match.
Numbers are read as Decimal and compared exactly, but for two fractions (see _same).
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from .phrases import PhraseScores

NUMERIC_KEYS: dict[str, tuple[str, ...]] = {
    "counts": ("value", "unit"),
    "percentages": ("value", "unit"),
    "money": ("amount", "currency"),
    "measures": ("value", "unit"),
}
NUMERIC_ATTRS: dict[str, tuple[str, ...]] = {
    "counts": ("qualifier",),
    "percentages": ("qualifier", "direction", "basis"),
    "money": ("qualifier", "currency_explicit"),
    "measures": ("qualifier",),
}
DOCUMENT_FIELDS = ("title", "published_at", "outlet", "dateline")
KINDS = ("counts", "percentages", "money", "measures", "officials", "awards", "bylines")


def _decimal(value: Any) -> Decimal | None:
    """A JSON number as an exact Decimal (a float by its shortest repr); None if not a number."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    return value if isinstance(value, Decimal) else Decimal(str(value))


def same_value(a: Any, b: Any) -> bool:
    """Equal values; numbers exactly, but for two fractions within a relative 1e-6.

    Whole numbers must agree to the unit (16.4亿 is 1640000000, and 1639999999 is
    wrong). Only where both are fractions, such as 三分之一 printed as 33.333333,
    may the digits differ at a relative 1e-6.
    """
    x, y = _decimal(a), _decimal(b)
    if x is None or y is None:
        return a == b
    if x == y:
        return True
    if x == x.to_integral_value() or y == y.to_integral_value():
        return False
    return abs(x - y) <= Decimal("1e-6") * max(abs(x), abs(y))


def _plain(value: Any) -> Any:
    """JSON-ready: the Decimals read from gold and predictions back to int or float."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def load_json(text: str) -> Any:
    """Gold or predicted JSON with its numbers read as exact Decimals."""
    return json.loads(text, parse_float=Decimal)


@dataclass
class KindScore:
    gold: int = 0
    predicted: int = 0
    correct: int = 0
    attr_right: dict[str, int] = field(default_factory=dict)
    attr_total: dict[str, int] = field(default_factory=dict)
    # set F1 of award recipients over pairs (micro-averaged)
    rec_tp: int = 0
    rec_pred: int = 0
    rec_gold: int = 0
    errors: list[dict] = field(default_factory=list)
    # label / period / item over paired facts (numeric kinds)
    phrases: PhraseScores = field(default_factory=PhraseScores)

    def add_attr(self, name: str, ok: bool) -> None:
        self.attr_total[name] = self.attr_total.get(name, 0) + 1
        self.attr_right[name] = self.attr_right.get(name, 0) + int(ok)

    def merge(self, other: KindScore) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.correct += other.correct
        for k, v in other.attr_total.items():
            self.attr_total[k] = self.attr_total.get(k, 0) + v
            self.attr_right[k] = self.attr_right.get(k, 0) + other.attr_right.get(k, 0)
        self.rec_tp += other.rec_tp
        self.rec_pred += other.rec_pred
        self.rec_gold += other.rec_gold
        self.errors.extend(other.errors)
        self.phrases.merge(other.phrases)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def attributes(self) -> dict[str, float]:
        out = {k: self.attr_right[k] / v for k, v in sorted(self.attr_total.items()) if v}
        if self.rec_pred or self.rec_gold:
            p = self.rec_tp / self.rec_pred if self.rec_pred else 0.0
            r = self.rec_tp / self.rec_gold if self.rec_gold else 0.0
            out["recipients_f1"] = 2 * p * r / (p + r) if p + r else 0.0
        return out

    def as_dict(self) -> dict:
        return {
            "gold": self.gold, "predicted": self.predicted, "correct": self.correct,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "attributes": {k: round(v, 4) for k, v in self.attributes().items()},
            **({"phrases": {k: v.as_dict() for k, v in self.phrases.by_field.items()}}
               if self.phrases.by_field else {}),
        }


def _overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def score_numeric(kind: str, gold: list[dict], pred: list[dict], doc: str) -> KindScore:
    keys, attrs = NUMERIC_KEYS[kind], NUMERIC_ATTRS[kind]
    score = KindScore(gold=len(gold), predicted=len(pred))
    used_pred: set[int] = set()
    pairs: dict[int, int] = {}

    def key_ok(g: dict, p: dict) -> bool:
        return all(same_value(g.get(k), p.get(k)) for k in keys)

    # Pair correct overlaps first, so a wrong neighbour cannot steal a right match.
    for want_correct in (True, False):
        for gi, g in enumerate(gold):
            if gi in pairs:
                continue
            for pi, p in enumerate(pred):
                if pi in used_pred or not _overlaps(g, p):
                    continue
                if want_correct and not key_ok(g, p):
                    continue
                pairs[gi] = pi
                used_pred.add(pi)
                break
    for gi, g in enumerate(gold):
        if gi not in pairs:
            score.errors.append({"doc": doc, "kind": kind, "error": "missed", "gold": g})
            continue
        p = pred[pairs[gi]]
        score.phrases.score_pair(kind, g, p, doc)
        if key_ok(g, p):
            score.correct += 1
            for a in attrs:
                ok = same_value(g.get(a), p.get(a))
                score.add_attr(a, ok)
                if not ok:
                    score.errors.append({"doc": doc, "kind": kind, "error": f"wrong {a}",
                                         "gold": g, "predicted": p})
        else:
            score.errors.append({"doc": doc, "kind": kind, "error": "wrong value", "gold": g, "predicted": p})
    for pi, p in enumerate(pred):
        if pi not in used_pred:
            score.errors.append({"doc": doc, "kind": kind, "error": "extra", "predicted": p})
    return score


def score_keyed(kind: str, gold: list[dict], pred: list[dict], key: Callable[[dict], Any],
                attrs: Iterable[str], doc: str) -> KindScore:
    score = KindScore(gold=len(gold), predicted=len(pred))
    by_key: dict[Any, dict] = {}
    for p in pred:
        by_key.setdefault(key(p), p)
    matched: set[Any] = set()
    for g in gold:
        k = key(g)
        p = by_key.get(k)
        if p is None or k in matched:
            score.errors.append({"doc": doc, "kind": kind, "error": "missed", "gold": g})
            continue
        matched.add(k)
        score.correct += 1
        for a in attrs:
            ok = same_value(g.get(a), p.get(a))
            score.add_attr(a, ok)
            if not ok:
                score.errors.append({"doc": doc, "kind": kind, "error": f"wrong {a}", "gold": g, "predicted": p})
        if kind == "awards":
            gs, ps = set(g.get("recipients", [])), set(p.get("recipients", []))
            score.rec_tp += len(gs & ps)
            score.rec_gold += len(gs)
            score.rec_pred += len(ps)
            if gs != ps:
                score.errors.append({"doc": doc, "kind": kind, "error": "wrong recipients",
                                     "gold": g, "predicted": p})
    for p in pred:
        if key(p) not in matched:
            score.errors.append({"doc": doc, "kind": kind, "error": "extra", "predicted": p})
    return score


@dataclass
class Report:
    kinds: dict[str, KindScore] = field(default_factory=lambda: {k: KindScore() for k in KINDS})
    document_right: dict[str, int] = field(default_factory=lambda: {f: 0 for f in DOCUMENT_FIELDS})
    documents: int = 0
    document_errors: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "kinds": {k: s.as_dict() for k, s in self.kinds.items()},
            "phrases": self.phrases(),
            "document": {f: round(self.document_right[f] / self.documents, 4) if self.documents else None
                         for f in DOCUMENT_FIELDS},
        }

    def errors(self) -> list[dict]:
        out = list(self.document_errors)
        for s in self.kinds.values():
            out.extend(s.errors)
            out.extend(s.phrases.errors)
        return _plain(out)

    def phrases(self) -> dict[str, dict]:
        """label / period / item accuracy per numeric kind and over all of them."""
        from .phrases import PhraseScore

        out: dict[str, dict] = {}
        total: dict[str, PhraseScore] = {}
        for kind, s in self.kinds.items():
            for name, score in s.phrases.by_field.items():
                out[f"{kind} {name}"] = score.as_dict()
                total.setdefault(name, PhraseScore()).merge(score)
        for name, score in total.items():
            out[f"all {name}"] = score.as_dict()
        return out


def score_document(gold: dict, pred: dict, doc: str, report: Report) -> None:
    report.documents += 1
    for kind in ("counts", "percentages", "money", "measures"):
        report.kinds[kind].merge(score_numeric(kind, gold.get(kind, []), pred.get(kind, []), doc))
    report.kinds["officials"].merge(score_keyed(
        "officials", gold.get("officials", []), pred.get("officials", []),
        lambda o: o["name"], ("title", "organization"), doc))
    report.kinds["awards"].merge(score_keyed(
        "awards", gold.get("awards", []), pred.get("awards", []),
        lambda a: a["title"], ("kind",), doc))
    gdoc, pdoc = gold.get("document", {}), pred.get("document", {})
    report.kinds["bylines"].merge(score_keyed(
        "bylines", gdoc.get("bylines", []), pdoc.get("bylines", []),
        lambda b: (b["name"], b["role"]), (), doc))
    for f in DOCUMENT_FIELDS:
        if gdoc.get(f) == pdoc.get(f):
            report.document_right[f] += 1
        else:
            report.document_errors.append({"doc": doc, "kind": "document", "error": f"wrong {f}",
                                           "gold": gdoc.get(f), "predicted": pdoc.get(f)})


def evaluate_dir(gold_dir: Path, without_headline: bool = False) -> Report:
    """Run the extractor on every NAME.txt with a NAME.gold.json beside it.

    `without_headline`: numeric facts on the first line are left out of both sides,
    for gold annotated from below the headline (the blind pool batches)."""
    from ..pipeline import extract_path

    report = Report()
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        text_path = gold_path.with_name(name + ".txt")
        if not text_path.exists():
            continue
        gold = load_json(gold_path.read_text(encoding="utf-8"))
        facts = extract_path(text_path)
        pred = load_json(facts.model_dump_json())
        if without_headline:
            headline_end = text_path.read_text(encoding="utf-8", errors="replace").find("\n")
            gold, pred = _below(gold, headline_end), _below(pred, headline_end)
        score_document(gold, pred, name, report)
    return report


def _below(facts: dict, line_end: int) -> dict:
    """The facts with the numeric ones starting on the first line left out."""
    if line_end < 0:
        return facts
    return {**facts, **{kind: [f for f in facts.get(kind, []) if f["start"] > line_end]
                        for kind in ("counts", "percentages", "money", "measures")}}
