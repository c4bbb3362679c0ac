"""Side by side with the specialised peers, on the same dev gold, with the same scoring.

    python bench/peers.py [--corpus DIR] [--errors TOOL:KIND] [--json]

Tools (the peers are optional: `pip install -e '.[peers]'`):

* ours       `extractor.extract_path` on NAME.txt (what `extract evaluate` runs).
* JioNLP     1.5.31: `jionlp.ner.extract_money(text)` (with_parsing=True, so each
             entity's `detail` is `jionlp.parse_money` of its string) -> money:
             amount = detail.num (the lower end when it is a range), currency =
             detail.case mapped to ISO 4217 (元 -> CNY, 美元 -> USD, 港元 -> HKD ...),
             span = entity.offset [start, end).
* RT         Microsoft Recognizers-Text Python 1.0.2a2, Culture.Chinese, the models
             that `recognize_percentage` / `recognize_currency` build (built once and
             reused; the functions rebuild them on every call, same results).
             Spans are [Start, End + 1): RT's End is inclusive.
             percentages: value = Resolution.value less its % / ‰ sign; unit =
             percentage_point when the matched text has 百分点, per_mille when it has
             ‰ or 千分之 (or the value ends in ‰), times when it has 倍 or 番, else percent.
             money: amount = Resolution.value; currency = Resolution.isoCurrency, else
             the English unit name mapped to ISO (Chinese yuan -> CNY ...); a result with
             no value or no known currency still counts as a prediction.

Every tool reads the same decoded text (`extractor.reading.decoding.decode`), so offsets
agree with the gold; each document is scored with `extractor.output.evaluate.score_numeric`
(SPEC.md "Scoring against gold": pair by overlapping span, correct when amount +
currency, or value + unit, agree within a relative 1e-6) and the counts summed over
the corpus (micro P/R/F1, as `extract evaluate` reports them).

Prints one table: tool, kind, gold, predicted, correct, P, R, F1, seconds. Exit 0,
also when a peer is not installed (it says so and scores the others).
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import time
import warnings
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import DEFAULT_CORPUS  # noqa: E402

INSTALL_HINT = "pip install -e '.[peers]'   (jionlp==1.5.31, recognizers-text-suite==1.0.2a2, emoji<1.0)"

# The figures issue 2 quotes for the peers on this gold (F1, and P where given).
QUOTED = {("JioNLP", "money"): "F1 0.942 / P 0.962", ("RT", "percentages"): "F1 0.976",
          ("RT", "money"): "F1 0.902"}

# JioNLP's `case` (after its own alias folding: 人民币/块钱 -> 元, 港币 -> 港元, 美金 -> 美元 ...)
JIONLP_CASES = {
    "元": "CNY", "人民币": "CNY", "美元": "USD", "欧元": "EUR", "港元": "HKD", "日元": "JPY",
    "英镑": "GBP", "韩元": "KRW", "新台币": "TWD", "台币": "TWD", "澳元": "AUD", "澳大利亚元": "AUD",
    "澳门元": "MOP", "加元": "CAD", "新加坡元": "SGD", "新西兰元": "NZD", "卢布": "RUB", "泰铢": "THB",
    "法郎": "CHF", "马克": "DEM", "缅元": "MMK", "马元": "MYR",
}
# RT's English unit names, for the results that carry no isoCurrency.
RT_UNITS = {
    "Chinese yuan": "CNY", "United States dollar": "USD", "Euro": "EUR", "Hong Kong dollar": "HKD",
    "Japanese yen": "JPY", "British pound": "GBP", "South Korean won": "KRW", "New Taiwan dollar": "TWD",
    "Australian dollar": "AUD", "Macanese pataca": "MOP", "Canadian dollar": "CAD",
    "Singapore dollar": "SGD", "New Zealand dollar": "NZD", "Russian ruble": "RUB", "Thai baht": "THB",
    "Swiss franc": "CHF",
}


def number(value) -> int | float | None:
    """A peer's number (str, Decimal, float) as the JSON number the gold would hold."""
    if value is None:
        return None
    try:
        d = Decimal(str(value).replace(",", "").strip())
    except (InvalidOperation, ValueError):
        return None
    if not d.is_finite():
        return None
    return int(d) if d == d.to_integral_value() else float(d)


# --- the tools ---------------------------------------------------------------------

Tool = Callable[[str], dict[str, list[dict]]]


def ours() -> Tool:
    from extractor import extract

    def run(text: str) -> dict[str, list[dict]]:
        facts = extract(text).model_dump(mode="json")
        return {"money": facts["money"], "percentages": facts["percentages"]}
    return run


def jionlp_tool() -> Tool:
    with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jionlp  # prints a banner on import

    def run(text: str) -> dict[str, list[dict]]:
        money = []
        for ent in jionlp.ner.extract_money(text):  # with_parsing=True: detail = parse_money(...)
            detail = ent.get("detail") or {}
            num = detail.get("num")
            lo, hi = (num[0], num[-1]) if isinstance(num, (list, tuple)) else (num, None)
            start, end = ent["offset"]
            money.append({"text": text[start:end], "start": start, "end": end,
                          "amount": number(lo), "amount_max": number(hi),
                          "currency": JIONLP_CASES.get(detail.get("case"), detail.get("case")),
                          "qualifier": None, "currency_explicit": None,
                          "peer": {"text": ent.get("text"), "detail": detail}})
        return {"money": money}
    return run


def rt_tool() -> Tool:
    from recognizers_number.number.number_recognizer import NumberRecognizer
    from recognizers_number_with_unit.number_with_unit.number_with_unit_recognizer import NumberWithUnitRecognizer
    from recognizers_text import Culture

    # exactly what recognize_percentage / recognize_currency build on each call
    percent_model = NumberRecognizer(Culture.Chinese).get_percentage_model(Culture.Chinese, True)
    currency_model = NumberWithUnitRecognizer(Culture.Chinese).get_currency_model(Culture.Chinese, True)

    def percentage(text: str, r) -> dict:
        start, end = r.start, r.end + 1  # End is inclusive
        span = text[start:end]
        raw = str((r.resolution or {}).get("value") or "")
        if "百分点" in span:
            unit = "percentage_point"
        elif "‰" in span or "千分之" in span or raw.endswith("‰"):
            unit = "per_mille"
        elif "倍" in span or "番" in span:
            unit = "times"
        else:
            unit = "percent"
        return {"text": span, "start": start, "end": end, "value": number(raw.rstrip("%‰")), "unit": unit,
                "qualifier": None, "direction": None, "basis": None,
                "peer": {"text": r.text, "resolution": r.resolution}}

    def currency(text: str, r) -> dict:
        start, end = r.start, r.end + 1
        res = r.resolution or {}
        iso = res.get("isoCurrency") or RT_UNITS.get(res.get("unit"), res.get("unit"))
        return {"text": text[start:end], "start": start, "end": end, "amount": number(res.get("value")),
                "currency": iso, "qualifier": None, "currency_explicit": None,
                "peer": {"text": r.text, "resolution": res}}

    def run(text: str) -> dict[str, list[dict]]:
        return {"percentages": [percentage(text, r) for r in percent_model.parse(text)],
                "money": [currency(text, r) for r in currency_model.parse(text)]}
    return run


PEERS: dict[str, tuple[str, Callable[[], Tool]]] = {
    "JioNLP": ("jionlp 1.5.31", jionlp_tool),
    "RT": ("recognizers-text-suite 1.0.2a2", rt_tool),
}


def version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as v

    try:
        return v(dist)
    except PackageNotFoundError:
        return "not installed"


# --- scoring ---------------------------------------------------------------------

def load_gold(folder: Path) -> list[tuple[str, str, dict]]:
    from extractor.reading.decoding import decode

    docs = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        text_path = gold_path.with_name(name + ".txt")
        if text_path.exists():
            text, _ = decode(text_path.read_bytes())
            docs.append((name, text, json.loads(gold_path.read_text(encoding="utf-8"))))
    return docs


def score(tool: Tool, docs: list[tuple[str, str, dict]], kinds: tuple[str, ...]):
    from extractor.output.evaluate import KindScore, score_numeric

    totals = {k: KindScore() for k in kinds}
    t0 = time.perf_counter()
    preds = [(name, gold, tool(text)) for name, text, gold in docs]
    seconds = time.perf_counter() - t0
    for name, gold, pred in preds:
        for kind in kinds:
            totals[kind].merge(score_numeric(kind, gold.get(kind, []), pred.get(kind, []), name))
    return totals, seconds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench/peers.py", description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of NAME.txt + NAME.gold.json")
    ap.add_argument("--errors", action="append", default=[], metavar="TOOL:KIND",
                    help="list the misses, extras and wrong values (key fields) of one tool and kind (repeatable), "
                         "e.g. JioNLP:money, RT:percentages, ours:money")
    ap.add_argument("--json", action="store_true", help="print the table as JSON")
    args = ap.parse_args(argv)

    docs = load_gold(args.corpus)
    if not docs:
        print(f"peers: no NAME.txt + NAME.gold.json pairs in {args.corpus}", file=sys.stderr)
        return 2

    tools: list[tuple[str, str, Tool, tuple[str, ...]]] = [("ours", "extract (this checkout)", ours(),
                                                            ("money", "percentages"))]
    missing = []
    for label, (dist, factory) in PEERS.items():
        try:
            tool = factory()
        except ImportError as exc:
            why = f"{label} ({dist}): cannot import: {exc}"
            if "UNICODE_EMOJI" in str(exc):  # recognizers-text 1.0.2a2 with emoji >= 2 (it was removed there)
                why += " -- recognizers-text 1.0.2a2 needs an emoji release before 1.0: pip install 'emoji<1.0'"
            missing.append(why)
            continue
        kinds = ("money",) if label == "JioNLP" else ("money", "percentages")
        tools.append((label, f"{dist.split()[0]} {version(dist.split()[0])}", tool, kinds))
    if missing:
        for m in missing:
            print(f"peers: {m}", file=sys.stderr)
        print(f"peers: to compare with the peers, install them: {INSTALL_HINT}", file=sys.stderr)
    if len(tools) == 1:
        print("peers: no peer is installed; nothing to compare (exit 0). " + INSTALL_HINT)
        return 0

    ours_tool = tools[0][2]
    ours_tool(docs[0][1])  # warm-up (rules load, patterns compile) so 'seconds' compares like with like
    rows, scored = [], {}
    for label, desc, tool, kinds in tools:
        totals, seconds = score(tool, docs, kinds)
        scored[label] = totals
        for kind, s in totals.items():
            rows.append({"tool": label, "version": desc, "kind": kind, "gold": s.gold, "predicted": s.predicted,
                         "correct": s.correct, "precision": round(s.precision, 4),
                         "recall": round(s.recall, 4), "f1": round(s.f1, 4), "seconds": round(seconds, 3),
                         "quoted_in_issue": QUOTED.get((label, kind))})

    if args.json:
        print(json.dumps({"corpus": str(args.corpus), "documents": len(docs), "rows": rows}, ensure_ascii=False,
                         indent=2))
    else:
        print(f"{args.corpus}: {len(docs)} documents; SPEC scoring (extractor.output.evaluate.score_numeric), "
              "micro-averaged over the corpus")
        for label, desc, _, _ in tools:
            print(f"  {label:<7} {desc}")
        head = (f"{'tool':<7} {'kind':<12} {'gold':>5} {'pred':>5} {'correct':>7} {'P':>6} {'R':>6} {'F1':>6} "
                f"{'secs':>6}  issue quotes")
        print("\n" + head + "\n" + "-" * len(head))
        for kind in ("money", "percentages"):
            for r in rows:
                if r["kind"] == kind:
                    print(f"{r['tool']:<7} {kind:<12} {r['gold']:>5} {r['predicted']:>5} {r['correct']:>7} "
                          f"{r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f} {r['seconds']:>6.2f}  "
                          f"{r['quoted_in_issue'] or ''}")
        print("secs: the tool's wall time over the corpus (one run gives both kinds, for ours and for RT); "
              "P, R, F1 on key fields only (amount + currency, value + unit)")

    for spec in args.errors:
        label, _, kind = spec.partition(":")
        s = scored.get(label, {}).get(kind)
        if s is None:
            print(f"\n--errors {spec}: no such tool:kind scored", file=sys.stderr)
            continue
        # key errors only: the peers give no qualifier/direction/basis, so attribute misses say nothing
        key_errors = [e for e in s.errors if e["error"] in ("missed", "extra", "wrong value")]
        print(f"\n== {label} {kind}: {len(key_errors)} misses, extras and wrong values ==")
        for e in key_errors:
            g, p = e.get("gold"), e.get("predicted")
            def show(f):
                return (f"{f['text']!r}@{f['start']} " + " ".join(
                            f"{k}={f.get(k)}" for k in ("amount", "currency", "value", "unit") if k in f)) if f else "-"
            print(f"  {e['doc']:<22} {e['error']:<14} gold: {show(g)}  |  pred: {show(p)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
